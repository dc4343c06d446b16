package dev.strata.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes give either a stack or the app's own {@link StackFileException}: nothing else
 * escapes. In {@code ./mvnw verify} this runs in regression mode over the inputs in
 * {@code StackCodecFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class StackCodecFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void anyBytesGiveAStackOrAFileError(byte[] bytes) {
        try {
            StackRecord stack = StackCodec.read(bytes, "fuzz");
            byte[] written = StackCodec.write(stack);
            assertThat(StackCodec.read(written, "rewritten")).isEqualTo(stack);
        } catch (StackFileException e) {
            assertThat(e.problems()).isNotEmpty();
        }
    }
}
