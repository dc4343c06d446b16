package dev.strata.file;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Input made to hurt the reader is refused with one message: no stack trace, hang or OutOfMemoryError. */
class HostileInputTest {

    private static final String HEAD = "{\"format\": \"strata-stack\", \"version\": 1, ";

    private static Problem refused(String text) {
        return refused(text.getBytes(UTF_8));
    }

    private static Problem refused(byte[] bytes) {
        StackFileException error = catchThrowableOfType(StackFileException.class,
                () -> StackCodec.read(bytes, "hostile"));
        assertThat(error).isNotNull();
        assertThat(error.problems()).hasSize(1);
        return error.problems().get(0);
    }

    @Test
    void nesting50000DeepIsRefusedAtTheLimit() {
        String deep = HEAD + "\"x\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}";
        Problem problem = refused(deep);
        assertThat(problem.message()).isEqualTo("malformed JSON: nested too deeply (more than 64 levels)");
        assertThat(problem.line()).isEqualTo(1);
    }

    @Test
    void aNumberOf200000DigitsIsRefused() {
        Problem problem = refused(HEAD + "\"x\": " + "9".repeat(200_000) + ", \"layers\": []}");
        assertThat(problem.message()).startsWith("malformed JSON: a number of").endsWith("is too long (at most 1000)");
    }

    @Test
    void aHugeExponentIsRefused() {
        Problem problem = refused(HEAD + "\"x\": 1e9999999999999999999, \"layers\": []}");
        assertThat(problem.message()).isEqualTo("malformed JSON: the number is out of range");
    }

    @Test
    void aTwoMegabyteStringIsRefused() {
        Problem problem = refused(HEAD + "\"title\": \"" + "a".repeat(2 * 1024 * 1024) + "\", \"layers\": []}");
        assertThat(problem.message()).startsWith("malformed JSON: a text of").endsWith("(at most 1048576)");
    }

    @Test
    void aVeryLongKeyIsRefused() {
        Problem problem = refused(HEAD + "\"" + "k".repeat(5000) + "\": 1, \"layers\": []}");
        assertThat(problem.message()).isEqualTo("malformed JSON: a key is too long (at most 1024 characters)");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing() {
        byte[] huge = new byte[(int) JsonLimits.MAX_FILE_BYTES + 1];
        assertThat(refused(huge).message()).startsWith("the file is too large");
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreHandled() {
        assertThat(refused(HEAD + "\"title\": \"a\u0001b\", \"layers\": []}").message()).startsWith("malformed JSON");
        byte[] loneSurrogate = (HEAD + "\"title\": \"a\\ud800b\", \"layers\": [{\"id\": \"a\", \"name\": \"A\"}]}")
                .getBytes(UTF_8);
        Problem problem = refused(loneSurrogate);
        assertThat(problem.message()).isEqualTo("malformed JSON: a text holds a lone UTF-16 surrogate (\\ud800)");
        assertThat(problem.column()).as("the start of the text").isEqualTo(51);
    }

    @Test
    void polymorphicTypeHintsAreJustUnknownFields() throws StackFileException {
        String text = HEAD + "\"@class\": \"java.lang.ProcessBuilder\", \"layers\": "
                + "[{\"id\": \"a\", \"name\": \"A\", \"@type\": \"java.net.URL\"}]}";
        StackRecord stack = StackCodec.read(text.getBytes(UTF_8), "typed");
        assertThat(stack.extras()).containsKey("@class");
        assertThat(stack.layers().get(0).extras().get("@type").isTextual()).isTrue();
    }
}
