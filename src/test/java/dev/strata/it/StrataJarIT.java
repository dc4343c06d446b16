package dev.strata.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the packaged {@code target/strata.jar} as a user would, with its {@code lib/} beside it. */
class StrataJarIT {

    private static final Path JAR = Path.of("target/strata.jar");

    record Run(int exit, String out, String err) {
    }

    private static Run strata(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("strata ends").isTrue();
        return new Run(process.exitValue(), new String(out, UTF_8), new String(err, UTF_8));
    }

    @Test
    void theJarAndItsLibrariesSitSideBySide() {
        assertThat(JAR).isRegularFile();
        assertThat(Path.of("target/lib")).isDirectoryContaining("glob:**/jackson-databind-*.jar")
                .isDirectoryContaining("glob:**/javafx-controls-*.jar");
    }

    @Test
    void validateAcceptsTheSample() throws Exception {
        Run run = strata("validate", "samples/four-layer-ai-stack.stack.json");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validateRefusesABadFileWithOneLineAndNoStackTrace() throws Exception {
        Path bad = Files.createTempFile("bad", ".stack.json");
        try {
            Files.writeString(bad, "{\"format\": \"strata-stack\", \"version\": 1, \"layers\": [}");
            Run run = strata("validate", bad.toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err().lines()).hasSize(1).allMatch(line -> line.startsWith(bad + ":1:"));
            assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        } finally {
            Files.deleteIfExists(bad);
        }
    }

    @Test
    void exportDrawsAPictureWithoutADisplay() throws Exception {
        Path png = Files.createTempFile("stack", ".png");
        try {
            Run run = strata("export", "samples/four-layer-ai-stack.stack.json", "--png", png.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(Files.size(png)).isGreaterThan(10_000);
        } finally {
            Files.deleteIfExists(png);
            Files.deleteIfExists(png.resolveSibling(png.getFileName() + ".bak"));
        }
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertThat(strata("validate").exit()).isEqualTo(2);
        assertThat(strata("--no-such-option").exit()).isEqualTo(2);
    }
}
