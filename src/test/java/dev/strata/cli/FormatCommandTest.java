package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatCommandTest {

    private static final String MESSY = "{\"layers\":[{\"name\":\"Infrastructure\",\"id\":\"infrastructure\","
            + "\"x-color\":\"blue\"}],\"version\":1,\"format\":\"strata-stack\"}";
    private static final String CANONICAL = """
            {
              "format": "strata-stack",
              "version": 1,
              "layers": [
                {
                  "id": "infrastructure",
                  "name": "Infrastructure",
                  "vendors": [],
                  "x-color": "blue"
                }
              ]
            }
            """;

    private final CliRun cli = new CliRun();

    @TempDir
    Path folder;

    @Test
    void rewritesInPlaceKeepingUnknownFieldsAndABackup() throws IOException {
        Path file = Files.writeString(folder.resolve("messy.stack.json"), MESSY);
        assertThat(cli.run("format", file.toString())).isEqualTo(Cli.OK);
        assertThat(file).hasContent(CANONICAL);
        assertThat(folder.resolve("messy.stack.json.bak")).hasContent(MESSY);
    }

    @Test
    void writesToAnotherFileWithDashO() throws IOException {
        Path file = Files.writeString(folder.resolve("messy.stack.json"), MESSY);
        Path target = folder.resolve("clean.stack.json");
        assertThat(cli.run("format", file.toString(), "-o", target.toString())).isEqualTo(Cli.OK);
        assertThat(target).hasContent(CANONICAL);
        assertThat(file).hasContent(MESSY);
    }

    @Test
    void anInvalidFileIsLeftAloneAndReported() throws IOException {
        Path file = Files.writeString(folder.resolve("bad.stack.json"), "{\"format\": \"strata-stack\"");
        assertThat(cli.run("format", file.toString())).isEqualTo(Cli.FAILED);
        assertThat(file).hasContent("{\"format\": \"strata-stack\"");
        assertThat(cli.err()).startsWith(file + ":1:");
        assertThat(folder.resolve("bad.stack.json.bak")).doesNotExist();
    }

    @Test
    void wrongCommandLinesAreUsageErrors() {
        assertThat(cli.run("format")).isEqualTo(Cli.USAGE);
        assertThat(cli.run("format", "a.stack.json", "-o")).isEqualTo(Cli.USAGE);
        assertThat(cli.run("format", "a.stack.json", "b.stack.json")).isEqualTo(Cli.USAGE);
        assertThat(cli.run("format", "--pretty", "a.stack.json")).isEqualTo(Cli.USAGE);
    }
}
