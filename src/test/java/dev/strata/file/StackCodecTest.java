package dev.strata.file;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class StackCodecTest {

    private static final String MINIMAL = """
            {
              "format": "strata-stack",
              "version": 1,
              "layers": [
                {
                  "id": "infrastructure",
                  "name": "Infrastructure",
                  "vendors": []
                }
              ]
            }
            """;

    private static final String WITH_UNKNOWN_FIELDS = """
            {
              "format": "strata-stack",
              "version": 1,
              "title": "Future",
              "layers": [
                {
                  "id": "infrastructure",
                  "name": "Infrastructure",
                  "segments": [
                    {
                      "id": "hardware",
                      "name": "Hardware",
                      "icon": "chip"
                    }
                  ],
                  "vendors": [
                    {
                      "id": "nvidia",
                      "name": "NVIDIA",
                      "segment": "hardware",
                      "ticker": "NVDA",
                      "metrics": {
                        "share": 0.8,
                        "since": [
                          2006,
                          null,
                          true
                        ]
                      }
                    }
                  ],
                  "color": "green"
                }
              ],
              "links": [
                {
                  "from": "nvidia",
                  "to": "nvidia",
                  "weight": 3
                }
              ],
              "drivers": [
                {
                  "id": "cost",
                  "name": "Cost",
                  "since": "2023"
                }
              ],
              "theme": {
                "dark": true
              }
            }
            """;

    @Test
    void readsAMinimalFileAndWritesItBackByteForByte() throws StackFileException {
        StackRecord stack = StackCodec.read(MINIMAL.getBytes(UTF_8), "minimal");
        assertThat(stack.layers()).singleElement().satisfies(layer -> assertThat(layer.id()).isEqualTo("infrastructure"));
        assertThat(new String(StackCodec.write(stack), UTF_8)).isEqualTo(MINIMAL);
    }

    @Test
    void keepsUnknownFieldsAtEveryLevelAndWritesThemBackUnchanged() throws StackFileException {
        StackRecord stack = StackCodec.read(WITH_UNKNOWN_FIELDS.getBytes(UTF_8), "future");
        assertThat(stack.extras()).containsOnlyKeys("theme");
        assertThat(stack.layers().get(0).extras()).containsOnlyKeys("color");
        assertThat(stack.layers().get(0).segments().get(0).extras()).containsOnlyKeys("icon");
        assertThat(stack.layers().get(0).vendors().get(0).extras()).containsOnlyKeys("ticker", "metrics");
        assertThat(stack.links().get(0).extras()).containsOnlyKeys("weight");
        assertThat(stack.drivers().get(0).extras()).containsOnlyKeys("since");
        assertThat(new String(StackCodec.write(stack), UTF_8)).isEqualTo(WITH_UNKNOWN_FIELDS);
    }

    @Test
    void unknownFieldsSurviveTheLiveModel() throws StackFileException {
        StackRecord read = StackCodec.read(WITH_UNKNOWN_FIELDS.getBytes(UTF_8), "future");
        StackRecord throughModel = StackMapper.toRecord(StackMapper.toModel(read));
        assertThat(throughModel).isEqualTo(read);
    }

    @Test
    void toleratesAUtf8ByteOrderMarkAndWritesWithoutOne() throws StackFileException {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] withBom = new byte[bom.length + MINIMAL.length()];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(MINIMAL.getBytes(UTF_8), 0, withBom, bom.length, MINIMAL.length());
        byte[] written = StackCodec.write(StackCodec.read(withBom, "bom"));
        assertThat(written).isEqualTo(MINIMAL.getBytes(UTF_8));
    }

    @Test
    void writesCanonicalFormRegardlessOfInputLayout() throws StackFileException {
        String messy = "{\"layers\":[{\"vendors\":[],\"name\":\"Infrastructure\",\"id\":\"infrastructure\"}],"
                + "\"version\":1,\r\n\"format\":\"strata-stack\"}";
        byte[] once = StackCodec.write(StackCodec.read(messy.getBytes(UTF_8), "messy"));
        assertThat(new String(once, UTF_8)).isEqualTo(MINIMAL);
        assertThat(StackCodec.write(StackCodec.read(once, "again"))).isEqualTo(once);
    }

    @Test
    void emptyOptionalTextIsDroppedNotKept() throws StackFileException {
        String withEmpty = MINIMAL.replace("\"name\": \"Infrastructure\",",
                "\"name\": \"Infrastructure\",\n      \"summary\": \"\",");
        assertThat(new String(StackCodec.write(StackCodec.read(withEmpty.getBytes(UTF_8), "empty")), UTF_8))
                .isEqualTo(MINIMAL);
    }

    @Test
    void reportsEveryProblemOfAFileInOnePass() {
        String bad = """
                {
                  "format": "strata-stack",
                  "version": 1,
                  "layers": [
                    { "id": "model", "name": "Model",
                      "vendors": [ { "id": "openai", "name": "OpenAI", "segment": "edge" },
                                   { "id": "openai", "name": "" } ] }
                  ]
                }
                """;
        StackFileException error = catchThrowableOfType(StackFileException.class,
                () -> StackCodec.read(bad.getBytes(UTF_8), "bad.stack.json"));
        assertThat(error.lines()).containsExactly(
                "bad.stack.json:6:67: layers[0].vendors[0].segment: no segment \"edge\" in layer \"model\"",
                "bad.stack.json:7:28: layers[0].vendors[1].id: duplicate vendor id \"openai\" (first used at "
                        + "layers[0].vendors[0])",
                "bad.stack.json:7:46: layers[0].vendors[1].name: the name is blank");
        assertThat(error.getMessage()).startsWith("bad.stack.json:6:67:").endsWith("(and 2 more)");
    }

    @Test
    void everySampleIsValidAndCanonical() throws IOException, StackFileException {
        try (var samples = Files.list(Path.of("samples"))) {
            for (Path sample : samples.filter(file -> file.toString().endsWith(StackCodec.EXTENSION)).toList()) {
                byte[] bytes = Files.readAllBytes(sample);
                assertThat(StackCodec.write(StackCodec.read(bytes, sample.toString())))
                        .as("%s is in canonical form", sample).isEqualTo(bytes);
            }
        }
    }

    @Test
    void aLoneSurrogateTypedIntoTheModelIsWrittenAsAReplacementCharacter() throws StackFileException {
        StackRecord stack = StackCodec.read(MINIMAL.getBytes(UTF_8), "minimal");
        StackRecord.LayerRecord layer = stack.layers().get(0);
        StackRecord broken = new StackRecord("a\ud800b 😀 c\udc00", null, null,
                List.of(new StackRecord.LayerRecord(layer.id(), "x\ud83d", null, List.of(), List.of(), Map.of())),
                List.of(), List.of(), Map.of());
        StackRecord read = StackCodec.read(StackCodec.write(broken), "written");
        assertThat(read.title()).isEqualTo("a\ufffdb 😀 c\ufffd");
        assertThat(read.layers().get(0).name()).isEqualTo("x\ufffd");
    }

    @Test
    void columnsCountCharactersNotBytes() {
        String line3 = "\"title\": \"Größe ✓ 😀\", \"layers\": [{\"id\": \"a\", \"name\": \"Ä\", \"summary\": 7}]";
        String text = "{\r\n\"format\": \"strata-stack\", \"version\": 1,\r\n" + line3 + "\r\n}\r\n";
        StackFileException semantic = catchThrowableOfType(StackFileException.class,
                () -> StackCodec.read(text.getBytes(UTF_8), "wide"));
        assertThat(semantic.lines()).containsExactly("wide:3:" + (line3.codePointCount(0, line3.indexOf("7")) + 1)
                + ": layers[0].summary: expected text, found a number");

        String broken = text.replace("\"summary\": 7", "\"summary\": ,");
        StackFileException syntax = catchThrowableOfType(StackFileException.class,
                () -> StackCodec.read(broken.getBytes(UTF_8), "wide"));
        assertThat(syntax.problems().get(0).line()).isEqualTo(3);
        assertThat(syntax.problems().get(0).column()).isEqualTo(line3.codePointCount(0, line3.indexOf("7")) + 1);
    }

    @Test
    void everyProblemOfAOneLineFileHasItsOwnColumn() {
        StringBuilder vendors = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            vendors.append(i == 0 ? "" : ",").append("{\"id\":\"v").append(i).append("\",\"name\":\"é\",\"website\":\"x\"}");
        }
        String text = "{\"format\":\"strata-stack\",\"version\":1,\"layers\":[{\"id\":\"a\",\"name\":\"A\",\"vendors\":["
                + vendors + "]}]}";
        StackFileException error = catchThrowableOfType(StackFileException.class,
                () -> StackCodec.read(text.getBytes(UTF_8), "minified"));
        assertThat(error.problems()).hasSize(300);
        int from = 0;
        for (Problem problem : error.problems()) {
            int at = text.indexOf("\"x\"", from);
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.column()).as(problem.path()).isEqualTo(at + 1);
            from = at + 1;
        }
    }

    @Test
    void aDuplicateKeyIsShownWhereItIsRepeated() {
        String text = "{\"format\": \"strata-stack\", \"version\": 1,\n  \"layers\": [],\n  \"layers\": []}";
        StackFileException error = catchThrowableOfType(StackFileException.class,
                () -> StackCodec.read(text.getBytes(UTF_8), "twice"));
        assertThat(error.lines()).containsExactly("twice:3:3: malformed JSON: the key \"layers\" appears twice in one object");

        String escaped = "{\"format\": \"strata-stack\", \"version\": 1, \"layers\": [],\n \"a\\\"b\" : 1, \"a\\\"b\"\t:\n 2}";
        StackFileException quoted = catchThrowableOfType(StackFileException.class,
                () -> StackCodec.read(escaped.getBytes(UTF_8), "quoted"));
        assertThat(quoted.lines()).containsExactly("quoted:2:14: malformed JSON: the key \"a\"b\" appears twice in one object");
    }

    @Test
    void readingOnAnInterruptedThreadStopsPartWay() {
        StringBuilder vendors = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            vendors.append(i == 0 ? "" : ",").append("{\"id\":\"v").append(i).append("\",\"name\":\"V\"}");
        }
        byte[] big = ("{\"format\":\"strata-stack\",\"version\":1,\"layers\":[{\"id\":\"a\",\"name\":\"A\","
                + "\"vendors\":[" + vendors + "]}]}").getBytes(UTF_8);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> StackCodec.read(big, "big")).isInstanceOf(CancellationException.class);
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is left for the caller").isTrue();
        }
        assertThat(catchThrowable(() -> StackCodec.read(big, "big"))).as("a thread not interrupted reads it all").isNull();
    }

    @Test
    void extrasAreCopiedNotShared() {
        var extras = new java.util.LinkedHashMap<String, com.fasterxml.jackson.databind.JsonNode>();
        extras.put("a", JsonNodeFactory.instance.numberNode(1));
        StackRecord.SegmentRecord segment = new StackRecord.SegmentRecord("s", "S", extras);
        extras.put("b", JsonNodeFactory.instance.numberNode(2));
        assertThat(segment.extras()).containsOnlyKeys("a");
    }
}
