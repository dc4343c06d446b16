package dev.strata.file;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.strata.file.StackRecord.LayerRecord;
import dev.strata.file.StackRecord.VendorRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LandscapeImportTest {

    private static final Path LANDSCAPES = Path.of(System.getProperty("strata.shared.dir", "../shared"),
            "testdata", "landscapes");

    private static final String SMALL = """
            landscape:
              - category:
                name: Hardware & Cloud
                subcategories:
                  - subcategory:
                    name: Accelerators
                    items:
                      - item:
                        name: NVIDIA
                        homepage_url: https://www.nvidia.com
                        logo: nvidia.svg
                        crunchbase: https://www.crunchbase.com/organization/nvidia
                      - item:
                        name: Some Chip
                        homepage_url: not a url
                  - subcategory:
                    name: Cloud
                    items:
                      - item:
                        name: Azure
                        description: Microsoft's cloud
                        homepage_url: https://azure.microsoft.com
              - category:
                name: Models
                subcategories:
                  - subcategory:
                    name: Accelerators
                    items:
                      - item:
                        name: nvidia
                        homepage_url: https://www.nvidia.com
                      - item:
                        name: OpenAI
                        homepage_url: https://openai.com
            """;

    private static LandscapeImport.Result importSmall(LandscapeMapping mapping) throws StackFileException {
        return LandscapeImport.read(SMALL.getBytes(UTF_8), "small.yml", mapping);
    }

    @Test
    void categoriesBecomeLayersSubcategoriesSegmentsAndItemsVendors() throws StackFileException {
        StackRecord stack = importSmall(null).stack();
        assertThat(stack.layers()).extracting(LayerRecord::id).containsExactly("hardware-cloud", "models");
        LayerRecord hardware = stack.layers().get(0);
        assertThat(hardware.segments()).extracting(segment -> segment.id()).containsExactly("accelerators", "cloud");
        assertThat(stack.layers().get(1).segments()).extracting(segment -> segment.id())
                .containsExactly("accelerators-2");
        VendorRecord nvidia = hardware.vendors().get(0);
        assertThat(nvidia.id()).isEqualTo("nvidia");
        assertThat(nvidia.website()).isEqualTo("https://www.nvidia.com");
        assertThat(nvidia.segment()).isEqualTo("accelerators");
        assertThat(nvidia.logo()).isNull();
        assertThat(nvidia.extras()).containsKeys("landscape_logo", "crunchbase");
        assertThat(hardware.vendors().get(2).description()).isEqualTo("Microsoft's cloud");
        VendorRecord chip = hardware.vendors().get(1);
        assertThat(chip.website()).isNull();
        assertThat(chip.extras().get("homepage_url").textValue()).isEqualTo("not a url");
    }

    @Test
    void anItemListedTwiceStaysOneVendorAndRemembersItsOtherPlace() throws StackFileException {
        LandscapeImport.Result result = importSmall(null);
        assertThat(result.items()).isEqualTo(5);
        assertThat(result.stack().layers().get(1).vendors()).extracting(VendorRecord::id).containsExactly("openai");
        VendorRecord nvidia = result.stack().layers().get(0).vendors().get(0);
        assertThat(nvidia.extras().get("also_in").toString())
                .isEqualTo("[{\"category\":\"Models\",\"subcategory\":\"Accelerators\"}]");
        assertThat(result.notes()).anyMatch(note -> note.equals("1 item listed in more than one place was imported once (see also_in)"));
    }

    @Test
    void theImportIsAValidStackFile() throws StackFileException {
        byte[] written = StackCodec.write(importSmall(null).stack());
        assertThat(StackCodec.read(written, "imported")).isEqualTo(importSmall(null).stack());
    }

    @Test
    void anImportedStackRemembersTheLandscapeFileItCameFrom() throws Exception {
        dev.strata.model.Stack imported = StackMapper.toModel(importSmall(null).stack());
        assertThat(LandscapeImport.importedFrom(imported)).contains(java.nio.file.Path.of("small.yml"));
        assertThat(LandscapeImport.importedFrom(StackFiles.builtIn())).isEmpty();
        dev.strata.model.Stack odd = StackFiles.builtIn();
        odd.setExtras(java.util.Map.of("landscape", new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree("{\"imported_from\": \"/\"}")));
        assertThat(LandscapeImport.importedFrom(odd)).as("a record that names no file").isEmpty();
        odd.setExtras(java.util.Map.of("landscape", new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree("{\"imported_from\": 7}")));
        assertThat(LandscapeImport.importedFrom(odd)).isEmpty();
    }

    @Test
    void aMappingPutsCategoriesIntoItsLayersAndSkipsTheRest() throws StackFileException {
        LandscapeMapping mapping = LandscapeMapping.read("""
                { "layers": [
                  { "id": "infrastructure", "name": "Infrastructure", "categories": ["Hardware & Cloud"] },
                  { "id": "model", "name": "Model", "categories": [] }
                ] }
                """.getBytes(UTF_8), "map.json");
        LandscapeImport.Result result = importSmall(mapping);
        assertThat(result.stack().layers()).extracting(LayerRecord::id).containsExactly("infrastructure", "model");
        assertThat(result.stack().layers().get(1).vendors()).isEmpty();
        assertThat(result.notes()).anyMatch(note -> note.contains("skipped category \"Models\""));
    }

    @Test
    void badYamlGetsOneMessageWithLineAndColumn() {
        String bad = "landscape:\n  - category:\n    name: [unclosed\n";
        StackFileException error = catchThrowableOfType(StackFileException.class,
                () -> LandscapeImport.read(bad.getBytes(UTF_8), "bad.yml", null));
        assertThat(error.problems()).hasSize(1);
        assertThat(error.lines().get(0)).matches("bad\\.yml:\\d+:\\d+: malformed YAML: .*");
        assertThat(error.lines().get(0)).doesNotContain("Exception");
    }

    @Test
    void badYamlSaysWhatIsWrongWhereItIsInPlainWords() {
        assertThat(yamlError("landscape:\n\t- category:\n")).isEqualTo(
                "bad.yml:2:1: malformed YAML: found a tab; indent with spaces, not tabs");
        assertThat(yamlError("landscape: [a, b,, c]\n")).isEqualTo(
                "bad.yml:1:18: malformed YAML: expected a value, but found ','");
        assertThat(yamlError("landscape:\n  - name: \"unclosed\n")).isEqualTo(
                "bad.yml:3:1: malformed YAML: found unexpected end of the file (while scanning a quoted text from line 2,"
                        + " column 11)");
    }

    private static String yamlError(String yaml) {
        StackFileException error = catchThrowableOfType(StackFileException.class,
                () -> LandscapeImport.read(yaml.getBytes(UTF_8), "bad.yml", null));
        assertThat(error.lines()).hasSize(1);
        return error.lines().get(0);
    }

    @Test
    void aFileThatIsNotALandscapeIsRefused() {
        StackFileException error = catchThrowableOfType(StackFileException.class,
                () -> LandscapeImport.read("title: hello\n".getBytes(UTF_8), "other.yml", null));
        assertThat(error.lines()).containsExactly(
                "other.yml:1:1: a landscape file holds a list \"landscape:\" of categories");
        StackFileException aliases = catchThrowableOfType(StackFileException.class,
                () -> LandscapeImport.read(billionLaughs().getBytes(UTF_8), "bomb.yml", null));
        assertThat(aliases).isNotNull();
    }

    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char name = 'b'; name <= 'j'; name++) {
            yaml.append(name).append(": &").append(name).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = name;
        }
        return yaml.toString();
    }

    @Test
    void theCncfLandscapeImportsAsAValidStack() throws IOException, StackFileException {
        Path cncf = LANDSCAPES.resolve("cncf-landscape.yml");
        Assumptions.assumeTrue(Files.isRegularFile(cncf), "no CNCF landscape at " + cncf.toAbsolutePath() + ": skipped");
        LandscapeImport.Result result = LandscapeImport.read(Files.readAllBytes(cncf), cncf.toString(), null);
        assertThat(result.items()).isEqualTo(2413);
        long vendors = result.stack().layers().stream().mapToLong(layer -> layer.vendors().size()).sum();
        assertThat(vendors).isEqualTo(result.items() - 8);
        assertThat(StackCodec.read(StackCodec.write(result.stack()), "cncf.stack.json")).isEqualTo(result.stack());
    }

    @Test
    void theLfAiLandscapeMapsOntoTheFourAiLayers() throws IOException, StackFileException {
        Path lfai = LANDSCAPES.resolve("lfai-landscape.yml");
        Assumptions.assumeTrue(Files.isRegularFile(lfai), "no LF AI landscape at " + lfai.toAbsolutePath() + ": skipped");
        Path mappingFile = Path.of("samples/lfai-ai-layers.mapping.json");
        LandscapeMapping mapping = LandscapeMapping.read(Files.readAllBytes(mappingFile), mappingFile.toString());
        LandscapeImport.Result result = LandscapeImport.read(Files.readAllBytes(lfai), lfai.toString(), mapping);
        assertThat(result.stack().layers()).extracting(LayerRecord::id)
                .containsExactly("infrastructure", "model", "middleware", "application");
        assertThat(result.stack().layers()).allSatisfy(layer -> assertThat(layer.vendors()).isNotEmpty());
        assertThat(StackCodec.read(StackCodec.write(result.stack()), "lfai.stack.json")).isEqualTo(result.stack());
    }
}
