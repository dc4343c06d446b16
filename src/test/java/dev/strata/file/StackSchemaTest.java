package dev.strata.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/stack.schema.json, the schema editors use, agrees with the samples and the bad-file corpus. */
class StackSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA = loadSchema();

    private static Schema loadSchema() {
        try (InputStream in = Files.newInputStream(Path.of("docs/stack.schema.json"))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(file -> file.toString().endsWith(StackCodec.EXTENSION)).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleSatisfiesTheSchema(Path sample) throws IOException {
        assertThat(SCHEMA.validate(JSON.readTree(sample.toFile()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad-ids", "missing-layers", "empty-layers", "website-not-http", "wrong-types",
            "newer-version", "wrong-format", "version-text", "blank-name", "layer-missing-id-and-name", "logo-paths"})
    void filesBrokenInWaysASchemaCanSeeFailIt(String name) throws IOException {
        try (InputStream in = StackSchemaTest.class.getResourceAsStream("bad/" + name + ".json")) {
            JsonNode file = JSON.readTree(in);
            assertThat(SCHEMA.validate(file)).as(name).isNotEmpty();
        }
    }
}
