package dev.strata.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * A JSON document as a Jackson tree plus the line and column where every value starts, asked
 * for by JSON path ({@code layers[0].vendors[2].name}). Jackson trees carry no positions; this
 * is what lets semantic problems point at the exact place in the file.
 *
 * <p>Parsing records, for each value in document order, where it starts (a mark: a byte offset
 * in a JSON file, a packed line and column for other parsers), its parent and its name or index,
 * in plain arrays; the paths, lines and columns are worked out only when a position is first
 * asked for, which a valid file never needs. (Building a path string and a map entry per value
 * made opening a large file several times slower than parsing it.)
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

        long packed() {
            return ((long) line << 32) | column;
        }

        static Position unpacked(long packed) {
            return new Position((int) (packed >>> 32), (int) packed);
        }
    }

    /** How a parser's locations are kept per value, and turned into lines and columns later. */
    private interface Marks {
        /** Where the parser's current token starts. */
        long mark(JsonParser parser);

        /** The mark of a location the parser reports (a problem). */
        long mark(JsonLocation location);

        /** Where the key of the value marked {@code valueMark} starts, if it can be told; else the value's mark. */
        long keyBefore(long valueMark);

        /** The packed line and column of each of the first {@code count} marks. */
        long[] positions(long[] marks, int count);

        default Position position(long mark) {
            return Position.unpacked(positions(new long[] {mark}, 1)[0]);
        }
    }

    /** For parsers that count lines and columns in characters themselves (YAML): kept as they are. */
    private static final Marks LINES_AND_COLUMNS = new Marks() {
        @Override
        public long mark(JsonParser parser) {
            return mark(parser.currentTokenLocation());
        }

        @Override
        public long mark(JsonLocation location) {
            return Position.of(location).packed();
        }

        @Override
        public long keyBefore(long valueMark) {
            return valueMark;
        }

        @Override
        public long[] positions(long[] marks, int count) {
            return Arrays.copyOf(marks, count);
        }
    };

    /**
     * For Jackson's UTF-8 parser, whose columns count bytes: byte offsets, turned into lines and
     * columns in characters in one pass over the text.
     */
    private record ByteOffsets(byte[] bytes, int start) implements Marks {
        @Override
        public long mark(JsonParser parser) {
            // the offset Jackson's own parsers keep for the token, one past its first byte; reading
            // it makes no JsonLocation, of which a large file would make hundreds of thousands
            if (parser instanceof ParserBase base) {
                return base.getTokenCharacterOffset() - 1;
            }
            return mark(parser.currentTokenLocation());
        }

        @Override
        public long mark(JsonLocation location) {
            return location.getByteOffset();
        }

        /** Back from the value over the colon to the key's closing quote, then to its opening one. */
        @Override
        public long keyBefore(long valueMark) {
            int i = (int) (start + valueMark) - 1;
            while (i > start && bytes[i] != ':') {
                i--;
            }
            while (i > start && bytes[i] != '"') {
                i--;
            }
            do {
                i--;
            } while (i > start && (bytes[i] != '"' || escaped(i)));
            return Math.max(0, i - start);
        }

        private boolean escaped(int quote) {
            int backslashes = 0;
            for (int i = quote - 1; i >= start && bytes[i] == '\\'; i--) {
                backslashes++;
            }
            return backslashes % 2 == 1;
        }

        @Override
        public long[] positions(long[] marks, int count) {
            return TextDecoder.positionsAt(bytes, start, marks, count);
        }
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(JsonLimits.CONSTRAINTS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** Keeps decimals exactly as written ("1.50" stays 1.50), so extras are written back unchanged. */
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final JsonNode root;
    private final Values values;
    private final Marks marks;
    private Map<String, Integer> byPath;
    private long[] positions;

    private LocatedJson(JsonNode root, Values values, Marks marks) {
        this.root = root;
        this.values = values;
        this.marks = marks;
    }

    JsonNode root() {
        return root;
    }

    /** Where the value at {@code path} starts; the start of the file if unknown. */
    Position positionOf(String path) {
        if (byPath == null) {
            byPath = values.byPath();
            positions = marks.positions(values.marks, values.count);
        }
        Integer value = byPath.get(path);
        return value == null ? Position.START : Position.unpacked(positions[value]);
    }

    /**
     * Every value read so far, in document order: the mark of where it starts, the value it sits
     * in (-1 for the root), and its field name (null in an array) or its index in the array.
     */
    private static final class Values {
        private long[] marks = new long[256];
        private int[] parents = new int[256];
        private String[] names = new String[256];
        private int[] indexes = new int[256];
        private int count;

        int add(long mark, int parent, String name, int index) {
            if (count == marks.length) {
                int size = count * 2;
                marks = Arrays.copyOf(marks, size);
                parents = Arrays.copyOf(parents, size);
                names = Arrays.copyOf(names, size);
                indexes = Arrays.copyOf(indexes, size);
            }
            marks[count] = mark;
            parents[count] = parent;
            names[count] = name;
            indexes[count] = index;
            return count++;
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
     * Parses a JSON file: UTF-8 text holding one value, in which no object names a key twice.
     *
     * @throws SyntaxError for anything that is not a single well-formed JSON value within limits
     */
    static LocatedJson parse(byte[] bytes) throws SyntaxError {
        int start = TextDecoder.check(bytes);
        try (JsonParser parser = FACTORY.createParser(bytes, start, bytes.length - start)) {
            return new Reader(parser, new ByteOffsets(bytes, start), true).read();
        } catch (IOException e) {
            throw new SyntaxError(Position.START, "cannot parse: " + e.getMessage());
        }
    }

    /** Reads the one value of a parser that counts lines and columns in characters (Jackson's YAML parser). */
    static LocatedJson parse(JsonParser parser) throws SyntaxError {
        return new Reader(parser, LINES_AND_COLUMNS, false).read();
    }

    /** How many values are read between two looks at whether the reading thread was interrupted. */
    private static final int CANCEL_CHECK_EVERY = 4096;

    /**
     * One parse: the tree, with the mark of every value. An interrupted thread (a cancelled
     * open) stops it with a {@link CancellationException}, so that a large file read for nothing
     * does not hold up the work queued after it.
     */
    private static final class Reader {
        private final JsonParser parser;
        private final Marks marks;
        private final boolean refuseDuplicateKeys;
        private final Values values = new Values();

        Reader(JsonParser parser, Marks marks, boolean refuseDuplicateKeys) {
            this.parser = parser;
            this.marks = marks;
            this.refuseDuplicateKeys = refuseDuplicateKeys;
        }

        LocatedJson read() throws SyntaxError {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    throw new SyntaxError(Position.START, "the file holds no JSON value");
                }
                JsonNode root = readValue(-1, null, 0);
                if (parser.nextToken() != null) {
                    throw error("unexpected content after the end of the JSON value");
                }
                return new LocatedJson(root, values, marks);
            } catch (SyntaxError e) {
                throw e;
            } catch (JsonProcessingException e) {
                throw new SyntaxError(position(e.getLocation()), JacksonMessages.plain(e.getOriginalMessage()), e);
            } catch (IOException e) {
                throw new SyntaxError(Position.START, "cannot parse: " + e.getMessage());
            }
        }

        private JsonNode readValue(int parent, String name, int index) throws IOException, SyntaxError {
            int self = values.add(marks.mark(parser), parent, name, index);
            if (self % CANCEL_CHECK_EVERY == 0 && Thread.currentThread().isInterrupted()) {
                throw new CancellationException("reading was cancelled");
            }
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT -> {
                    ObjectNode object = NODES.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String field = wellFormed(parser.currentName());
                        parser.nextToken();
                        int value = values.count;
                        if (object.replace(field, readValue(self, field, 0)) != null && refuseDuplicateKeys) {
                            throw new SyntaxError(marks.position(marks.keyBefore(values.marks[value])),
                                    "malformed JSON: the key \"" + field + "\" appears twice in one object");
                        }
                    }
                    return object;
                }
                case START_ARRAY -> {
                    ArrayNode array = NODES.arrayNode();
                    int element = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        array.add(readValue(self, null, element++));
                    }
                    return array;
                }
                case VALUE_STRING -> {
                    return NODES.textNode(wellFormed(parser.getText()));
                }
                case VALUE_NUMBER_INT -> {
                    return NODES.numberNode(parser.getBigIntegerValue());
                }
                case VALUE_NUMBER_FLOAT -> {
                    return NODES.numberNode(decimal());
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
                }
                case VALUE_NULL -> {
                    return NODES.nullNode();
                }
                default -> throw error("unexpected " + token);
            }
        }

        /** Refuses text that cannot be written back as UTF-8: a surrogate without its partner. */
        private String wellFormed(String text) throws SyntaxError {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw error(String.format("malformed JSON: a text holds a lone UTF-16 surrogate (\\u%04x)", (int) c));
                }
            }
            return text;
        }

        private BigDecimal decimal() throws IOException, SyntaxError {
            try {
                return parser.getDecimalValue();
            } catch (NumberFormatException | ArithmeticException e) {
                throw error("malformed JSON: the number is out of range");
            }
        }

        /** A problem at the start of the current token. */
        private SyntaxError error(String message) {
            return new SyntaxError(marks.position(marks.mark(parser)), message);
        }

        private Position position(JsonLocation location) {
            return location == null ? Position.START : marks.position(marks.mark(location));
        }
    }

    /** The path of a field of the object at {@code path}. */
    static String child(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }


    /** The text is not JSON, or asks for more than {@link JsonLimits} allow. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Position position;

        SyntaxError(Position position, String message) {
            this(position, message, null);
        }

        /** @param cause the parser's own failure, for a caller that can say more about it */
        SyntaxError(Position position, String message, Throwable cause) {
            super(message, cause);
            this.position = position;
        }

        Position position() {
            return position;
        }
    }
}
