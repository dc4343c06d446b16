package dev.strata.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON document as a Jackson tree plus the line and column where every value starts, asked
 * for by JSON path ({@code layers[0].vendors[2].name}). Jackson trees carry no positions; this
 * is what lets semantic problems point at the exact place in the file.
 *
 * <p>Parsing records, for each value in document order, where it starts, its parent and its
 * name or index, in plain arrays; the paths are spelled out only when a position is first asked
 * for, which a valid file never needs. (Building a path string and a map entry per value made
 * opening a large file several times slower than parsing it.)
 */
final class LocatedJson {

    /** A 1-based line and column. */
    record Position(int line, int column) {
        static final Position START = new Position(1, 1);

        static Position of(JsonLocation location) {
            if (location == null || location.getLineNr() < 1) {
                return START;
            }
            return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
        }
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(JsonLimits.CONSTRAINTS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** Keeps decimals exactly as written ("1.50" stays 1.50), so extras are written back unchanged. */
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final JsonNode root;
    private final Values values;
    private Map<String, Integer> byPath;

    private LocatedJson(JsonNode root, Values values) {
        this.root = root;
        this.values = values;
    }

    JsonNode root() {
        return root;
    }

    /** Where the value at {@code path} starts; the start of the file if unknown. */
    Position positionOf(String path) {
        if (byPath == null) {
            byPath = values.byPath();
        }
        Integer value = byPath.get(path);
        return value == null ? Position.START : values.start(value);
    }

    /**
     * Every value read so far, in document order: where it starts, the value it sits in (-1 for
     * the root), and its field name (null in an array) or its index in the array.
     */
    private static final class Values {
        private long[] starts = new long[256];
        private int[] parents = new int[256];
        private String[] names = new String[256];
        private int[] indexes = new int[256];
        private int count;

        int add(JsonLocation location, int parent, String name, int index) {
            if (count == starts.length) {
                int size = count * 2;
                starts = Arrays.copyOf(starts, size);
                parents = Arrays.copyOf(parents, size);
                names = Arrays.copyOf(names, size);
                indexes = Arrays.copyOf(indexes, size);
            }
            Position position = Position.of(location);
            starts[count] = ((long) position.line() << 32) | position.column();
            parents[count] = parent;
            names[count] = name;
            indexes[count] = index;
            return count++;
        }

        Position start(int value) {
            return new Position((int) (starts[value] >>> 32), (int) starts[value]);
        }

        /** The path of every value; a name given twice (YAML allows it) means the later value, as in the tree. */
        Map<String, Integer> byPath() {
            String[] paths = new String[count];
            Map<String, Integer> byPath = new HashMap<>(count * 2);
            for (int value = 0; value < count; value++) {
                int parent = parents[value];
                if (parent < 0) {
                    paths[value] = "";
                } else if (names[value] != null) {
                    paths[value] = child(paths[parent], names[value]);
                } else {
                    paths[value] = paths[parent] + "[" + indexes[value] + "]";
                }
                byPath.put(paths[value], value);
            }
            return byPath;
        }
    }

    /**
     * Parses one JSON value that must fill the whole text.
     *
     * @throws SyntaxError for anything that is not a single well-formed JSON value within limits
     */
    static LocatedJson parse(String text) throws SyntaxError {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return parse(parser);
        } catch (IOException e) {
            throw new SyntaxError(Position.START, "cannot parse: " + e.getMessage());
        }
    }

    /** Reads the one value of {@code parser} (JSON, or YAML through Jackson's YAML parser). */
    static LocatedJson parse(JsonParser parser) throws SyntaxError {
        try {
            Values values = new Values();
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new SyntaxError(Position.START, "the file holds no JSON value");
            }
            JsonNode root = readValue(parser, values, -1, null, 0);
            if (parser.nextToken() != null) {
                throw new SyntaxError(Position.of(parser.currentTokenLocation()),
                        "unexpected content after the end of the JSON value");
            }
            return new LocatedJson(root, values);
        } catch (SyntaxError e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw new SyntaxError(Position.of(e.getLocation()), describe(e));
        } catch (IOException e) {
            throw new SyntaxError(Position.START, "cannot parse: " + e.getMessage());
        }
    }

    private static JsonNode readValue(JsonParser parser, Values values, int parent, String name, int index)
            throws IOException, SyntaxError {
        int self = values.add(parser.currentTokenLocation(), parent, name, index);
        JsonNodeFactory nodes = NODES;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = wellFormed(parser, parser.currentName());
                    parser.nextToken();
                    object.set(field, readValue(parser, values, self, field, 0));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int element = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, values, self, null, element++));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(wellFormed(parser, parser.getText()));
            }
            case VALUE_NUMBER_INT -> {
                return nodes.numberNode(parser.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(decimal(parser));
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new SyntaxError(Position.of(parser.currentTokenLocation()),
                    "unexpected " + token);
        }
    }

    /** Refuses text that cannot be written back as UTF-8: a surrogate without its partner. */
    private static String wellFormed(JsonParser parser, String text) throws SyntaxError {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new SyntaxError(Position.of(parser.currentTokenLocation()), String.format(
                        "malformed JSON: a text holds a lone UTF-16 surrogate (\\u%04x)", (int) c));
            }
        }
        return text;
    }

    private static BigDecimal decimal(JsonParser parser) throws IOException, SyntaxError {
        try {
            return parser.getDecimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new SyntaxError(Position.of(parser.currentTokenLocation()),
                    "malformed JSON: the number is out of range");
        }
    }

    /** The path of a field of the object at {@code path}. */
    static String child(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String describe(JsonProcessingException e) {
        return JacksonMessages.plain(e.getOriginalMessage());
    }

    /** The text is not JSON, or asks for more than {@link JsonLimits} allow. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Position position;

        SyntaxError(Position position, String message) {
            super(message);
            this.position = position;
        }

        Position position() {
            return position;
        }
    }
}
