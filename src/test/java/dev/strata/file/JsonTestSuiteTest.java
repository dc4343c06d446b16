package dev.strata.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The 318 files of JSONTestSuite (shared/testdata, never copied here): none is a stack file, so
 * each is refused with the app's own error, except that {@code i_} files may also be accepted.
 * Valid JSON ({@code y_}) must not be called malformed, bar the duplicate keys Strata refuses.
 */
class JsonTestSuiteTest {

    private static final Path SUITE = Path.of(System.getProperty("strata.shared.dir", "../shared"),
            "testdata", "JSONTestSuite", "test_parsing");

    @TestFactory
    Stream<DynamicTest> everyFileIsRefusedWithoutACrash() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SUITE),
                "JSONTestSuite is not at " + SUITE.toAbsolutePath() + ": skipped");
        List<Path> files;
        try (Stream<Path> listing = Files.list(SUITE)) {
            files = listing.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSize(318);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String name = file.getFileName().toString();
            Throwable thrown = catchThrowable(() -> StackCodec.read(Files.readAllBytes(file), name));
            if (name.startsWith("i_") && thrown == null) {
                return;
            }
            assertThat(thrown).as(name).isInstanceOf(StackFileException.class);
            StackFileException error = (StackFileException) thrown;
            assertThat(error.problems()).allSatisfy(problem -> {
                assertThat(problem.line()).isPositive();
                assertThat(problem.column()).isPositive();
                assertThat(problem.message()).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
            });
            if (name.startsWith("y_") && !name.contains("duplicate")) {
                assertThat(error.problems().get(0).message()).as(name).doesNotStartWith("malformed JSON");
            }
        }));
    }
}
