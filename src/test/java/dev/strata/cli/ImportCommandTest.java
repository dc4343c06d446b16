package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    /** Two categories; "Pinecone" is listed twice and becomes one vendor. */
    private static final String LANDSCAPE = """
            landscape:
              - category:
                name: Hardware
                subcategories:
                  - subcategory:
                    name: Chips
                    items:
                      - item:
                        name: NVIDIA
                        homepage_url: https://www.nvidia.com
              - category:
                name: Middleware
                subcategories:
                  - subcategory:
                    name: Vector databases
                    items:
                      - item:
                        name: Pinecone
                      - item:
                        name: Pinecone
            """;

    private final CliRun cli = new CliRun();

    @TempDir
    Path folder;

    @Test
    void writesTheStackAndCountsTheVendorsNotTheItems() throws IOException {
        Path landscape = Files.writeString(folder.resolve("landscape.yml"), LANDSCAPE);
        Path target = folder.resolve("out.stack.json");
        assertThat(cli.run("import", landscape.toString(), "-o", target.toString())).isEqualTo(Cli.OK);
        assertThat(cli.out()).isEqualTo(target + ": 2 vendors in 2 layers" + System.lineSeparator());
        assertThat(cli.err()).isEqualTo(landscape
                + ": note: 1 item listed in more than one place was imported once (see also_in)" + System.lineSeparator());
        assertThat(Files.readString(target)).contains("\"NVIDIA\"", "\"Pinecone\"");
    }

    @Test
    void aLandscapeOfGigabytesIsRefusedByItsSizeBeforeItIsRead() throws IOException {
        Path landscape = folder.resolve("huge.yml");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(landscape.toFile(), "rw")) {
            file.setLength(3L << 30); // sparse: no disk used
        }
        Path target = folder.resolve("out.stack.json");
        assertThat(cli.run("import", landscape.toString(), "-o", target.toString())).isEqualTo(Cli.FAILED);
        assertThat(cli.err().lines()).singleElement().asString().startsWith(landscape + ":1:1: the file is too large");
        assertThat(target).doesNotExist();
    }

    @Test
    void badYamlIsOneLineWithItsPlaceAndWritesNothing() throws IOException {
        Path landscape = Files.writeString(folder.resolve("landscape.yml"), "landscape:\n  - category: [unclosed\n");
        Path target = folder.resolve("out.stack.json");
        assertThat(cli.run("import", landscape.toString(), "-o", target.toString())).isEqualTo(Cli.FAILED);
        assertThat(cli.err().lines()).singleElement().asString().isEqualTo(landscape + ":3:1: malformed YAML: expected ',' "
                + "or ']', but got the end of the file (while parsing a [...] list from line 2, column 15)");
        assertThat(target).doesNotExist();
    }
}
