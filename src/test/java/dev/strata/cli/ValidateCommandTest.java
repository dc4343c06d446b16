package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final String SAMPLE = "samples/four-layer-ai-stack.stack.json";

    private final CliRun cli = new CliRun();

    @TempDir
    Path folder;

    @Test
    void aValidFileExitsZero() {
        assertThat(cli.run("validate", SAMPLE)).isEqualTo(Cli.OK);
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).contains(SAMPLE + ": ok");
    }

    @Test
    void anInvalidFileExitsOneWithFileLineAndColumn() throws IOException {
        Path bad = folder.resolve("bad.stack.json");
        Files.writeString(bad, "{\n  \"format\": \"strata-stack\",\n  \"version\": 1,\n  \"layers\": [\n"
                + "    { \"id\": \"Infra\", \"name\": \"Infrastructure\" }\n  ]\n}\n");
        assertThat(cli.run("validate", SAMPLE, bad.toString())).isEqualTo(Cli.FAILED);
        assertThat(cli.err().lines())
                .containsExactly(bad + ":5:13: layers[0].id: \"Infra\" is not a valid id: use lower-case "
                        + "letters, digits and '-', starting with a letter or digit");
    }

    @Test
    void aMissingFileIsReportedLikeAnInvalidOne() {
        String missing = folder.resolve("nowhere.stack.json").toString();
        assertThat(cli.run("validate", missing)).isEqualTo(Cli.FAILED);
        assertThat(cli.err()).isEqualTo(missing + ":1:1: no such file" + System.lineSeparator());
    }

    @Test
    void noFileIsAUsageError() {
        assertThat(cli.run("validate")).isEqualTo(Cli.USAGE);
        assertThat(cli.err()).contains("name at least one stack file");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(cli.run("validate", "--strict", SAMPLE)).isEqualTo(Cli.USAGE);
        assertThat(cli.run("--frobnicate")).isEqualTo(Cli.USAGE);
        assertThat(cli.err()).contains("unknown option --strict").contains("unknown option --frobnicate");
    }
}
