package dev.strata.file;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.file.LocatedJson.SyntaxError;
import dev.strata.file.StackRecord.DriverRecord;
import dev.strata.file.StackRecord.LayerRecord;
import dev.strata.file.StackRecord.LinkRecord;
import dev.strata.file.StackRecord.SegmentRecord;
import dev.strata.file.StackRecord.SourceRecord;
import dev.strata.file.StackRecord.VendorRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Stack files (format v1) to records and back. Reading checks every rule and reports all
 * problems with line and column; writing is canonical: fixed key order, two-space indent,
 * {@code \n} line ends, a final newline, UTF-8 without a byte-order mark.
 */
public final class StackCodec {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "strata-stack";
    /** The newest format version this release reads and the one it writes. */
    public static final int VERSION = 1;
    /** File names end with this. */
    public static final String EXTENSION = ".stack.json";


    private StackCodec() {
    }

    /**
     * Reads a stack file.
     *
     * @param file the name to use in messages
     * @throws StackFileException listing every problem, when the bytes are not a valid stack file
     */
    public static StackRecord read(byte[] bytes, String file) throws StackFileException {
        if (bytes.length > JsonLimits.MAX_FILE_BYTES) {
            throw new StackFileException(file, new Problem("", 1, 1, JsonLimits.tooLarge(bytes.length)));
        }
        LocatedJson json;
        try {
            json = LocatedJson.parse(bytes);
        } catch (SyntaxError e) {
            throw new StackFileException(file,
                    new Problem("", e.position().line(), e.position().column(), e.getMessage()));
        }
        StackDecoder.Result result = StackDecoder.decode(json);
        if (!result.problems().isEmpty()) {
            throw new StackFileException(file, result.problems());
        }
        return result.stack();
    }

    /** The canonical bytes of a stack. The same stack always gives the same bytes. */
    public static byte[] write(StackRecord stack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator json = TreeWriter.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(prettyPrinter());
            json.setCodec(TreeWriter.MAPPER);
            writeStack(json, stack);
            json.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    private static void writeStack(JsonGenerator json, StackRecord stack) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeNumberField("version", VERSION);
        text(json, "title", stack.title());
        text(json, "description", stack.description());
        if (stack.source() != null) {
            SourceRecord source = stack.source();
            json.writeObjectFieldStart("source");
            text(json, "title", source.title());
            text(json, "author", source.author());
            text(json, "url", source.url());
            extras(json, source.extras());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("layers");
        for (LayerRecord layer : stack.layers()) {
            writeLayer(json, layer);
        }
        json.writeEndArray();
        if (!stack.links().isEmpty()) {
            json.writeArrayFieldStart("links");
            for (LinkRecord link : stack.links()) {
                json.writeStartObject();
                text(json, "from", link.from());
                text(json, "to", link.to());
                text(json, "kind", link.kind());
                extras(json, link.extras());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!stack.drivers().isEmpty()) {
            json.writeArrayFieldStart("drivers");
            for (DriverRecord driver : stack.drivers()) {
                json.writeStartObject();
                text(json, "id", driver.id());
                text(json, "layer", driver.layer());
                text(json, "kind", driver.kind());
                text(json, "name", driver.name());
                text(json, "text", driver.text());
                extras(json, driver.extras());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        extras(json, stack.extras());
        json.writeEndObject();
    }

    private static void writeLayer(JsonGenerator json, LayerRecord layer) throws IOException {
        json.writeStartObject();
        text(json, "id", layer.id());
        text(json, "name", layer.name());
        text(json, "summary", layer.summary());
        if (!layer.segments().isEmpty()) {
            json.writeArrayFieldStart("segments");
            for (SegmentRecord segment : layer.segments()) {
                json.writeStartObject();
                text(json, "id", segment.id());
                text(json, "name", segment.name());
                extras(json, segment.extras());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("vendors");
        for (VendorRecord vendor : layer.vendors()) {
            writeVendor(json, vendor);
        }
        json.writeEndArray();
        extras(json, layer.extras());
        json.writeEndObject();
    }

    private static void writeVendor(JsonGenerator json, VendorRecord vendor) throws IOException {
        json.writeStartObject();
        text(json, "id", vendor.id());
        text(json, "name", vendor.name());
        text(json, "segment", vendor.segment());
        text(json, "role", vendor.role());
        text(json, "description", vendor.description());
        textList(json, "tags", vendor.tags());
        text(json, "website", vendor.website());
        text(json, "logo", vendor.logo());
        extras(json, vendor.extras());
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String field, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            json.writeStringField(field, wellFormed(value));
        }
    }

    private static void textList(JsonGenerator json, String field, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            json.writeArrayFieldStart(field);
            for (String value : values) {
                json.writeString(wellFormed(value));
            }
            json.writeEndArray();
        }
    }

    /**
     * Text typed or pasted into the app may hold a UTF-16 surrogate without its partner, which
     * UTF-8 cannot encode; it is written as U+FFFD so that a save never fails over it.
     */
    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static String wellFormed(String text) {
        if (!hasSurrogates(text)) {
            return text; // nearly every text: nothing to pair up
        }
        StringBuilder fixed = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (fixed != null) {
                    fixed.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (fixed == null) {
                    fixed = new StringBuilder(text.length()).append(text, 0, i);
                }
                fixed.append('\ufffd');
            } else if (fixed != null) {
                fixed.append(c);
            }
        }
        return fixed == null ? text : fixed.toString();
    }

    private static void extras(JsonGenerator json, Map<String, JsonNode> extras) throws IOException {
        for (Map.Entry<String, JsonNode> extra : extras.entrySet()) {
            json.writeFieldName(extra.getKey());
            json.writeTree(extra.getValue());
        }
    }

    /**
     * Writes the trees of unknown fields. Made on the first save, not when the class loads: an
     * ObjectMapper costs a few hundred classes, which a start-up that only reads does not need.
     */
    private static final class TreeWriter {
        static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder().build());
    }
}
