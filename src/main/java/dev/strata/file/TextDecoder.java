package dev.strata.file;

import dev.strata.file.LocatedJson.Position;
import dev.strata.file.LocatedJson.SyntaxError;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks that the bytes of a file are text, strictly UTF-8 (a byte-order mark is skipped),
 * recognising the usual wrong files first so that their message says what they are; and turns
 * places in those bytes into lines and columns counted in characters, as an editor shows them.
 */
final class TextDecoder {

    private static final int SNIFF_BYTES = 4096;
    /** Characters decoded at a time while checking; the text itself is never held as chars. */
    private static final int CHUNK = 8192;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private TextDecoder() {
    }

    /** The text of {@code bytes}, once {@link #check checked}. */
    static String decode(byte[] bytes) throws SyntaxError {
        int start = check(bytes);
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /**
     * Checks that {@code bytes} hold UTF-8 text that could be a JSON or YAML document.
     *
     * @return where the text starts: after the byte-order mark, if there is one
     * @throws SyntaxError for an empty file, a known binary format, UTF-16, or bytes that are not UTF-8
     */
    static int check(byte[] bytes) throws SyntaxError {
        if (bytes.length == 0) {
            throw new SyntaxError(Position.START, "the file is empty");
        }
        if (startsWith(bytes, 0x1f, 0x8b)) {
            throw new SyntaxError(Position.START, "this is gzip-compressed data, not a stack file");
        }
        if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
            throw new SyntaxError(Position.START, "this is a zip archive, not a stack file");
        }
        if (startsWith(bytes, 0xfe, 0xff) || startsWith(bytes, 0xff, 0xfe)) {
            throw new SyntaxError(Position.START, "this text is UTF-16; stack files are UTF-8");
        }
        int start = startsWith(bytes, 0xef, 0xbb, 0xbf) ? 3 : 0;
        for (int i = start; i < Math.min(bytes.length, SNIFF_BYTES); i++) {
            if (bytes[i] == 0) {
                throw new SyntaxError(positionAt(bytes, start, i), "binary data, not a stack file");
            }
        }
        checkUtf8(bytes, start);
        int first = start;
        while (first < bytes.length && isSpace(bytes[first])) {
            first++;
        }
        if (first < bytes.length && bytes[first] == '<') {
            throw new SyntaxError(positionAt(bytes, start, start), "this is HTML or XML, not a stack file");
        }
        return start;
    }

    private static void checkUtf8(byte[] bytes, int start) throws SyntaxError {
        int ascii = asciiUpTo(bytes, start);
        if (ascii == bytes.length) {
            return;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, ascii, bytes.length - ascii);
        CharBuffer out = CharBuffer.allocate(Math.min(CHUNK, bytes.length - ascii + 1));
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw new SyntaxError(positionAt(bytes, start, in.position()),
                        "the text is not valid UTF-8 (byte 0x" + Integer.toHexString(bytes[in.position()] & 0xff) + ")");
            }
        } while (result.isOverflow());
        out.clear();
        if (decoder.flush(out).isError()) {
            throw new SyntaxError(positionAt(bytes, start, bytes.length), "the text is not valid UTF-8");
        }
    }

    /**
     * Where the first byte that is not ASCII is, from {@code start}; the length if there is none.
     * ASCII is valid UTF-8 as it is, and most stack files are ASCII or nearly: eight bytes at a time.
     */
    private static int asciiUpTo(byte[] bytes, int start) {
        int i = start;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            if (((long) LONGS.get(bytes, i) & 0x8080808080808080L) != 0) {
                break;
            }
        }
        while (i < bytes.length && bytes[i] >= 0) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x0b;
    }

    /** Line and column of the byte at {@code index}, for text that starts at {@code start}. */
    static Position positionAt(byte[] bytes, int start, long index) {
        long packed = positionsAt(bytes, start, new long[] {index - start}, 1)[0];
        return new Position((int) (packed >>> 32), (int) packed);
    }

    /**
     * Line and column (packed: line in the high half) of each of the first {@code count}
     * {@code offsets}, counted from {@code start}, in one pass when the offsets ascend. Lines end
     * at {@code \n}, {@code \r\n} or {@code \r}; columns count characters, not bytes.
     */
    static long[] positionsAt(byte[] bytes, int start, long[] offsets, int count) {
        long[] positions = new long[count];
        int line = 1;
        int column = 1;
        int i = start;
        for (int n = 0; n < count; n++) {
            long target = Math.min(bytes.length, start + Math.max(0, offsets[n]));
            if (target < i) {
                line = 1;
                column = 1;
                i = start;
            }
            for (; i < target; i++) {
                byte b = bytes[i];
                if (b == '\n' || (b == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
                    line++;
                    column = 1;
                } else if (b != '\r' && (b & 0xc0) != 0x80) {
                    column++;
                }
            }
            positions[n] = ((long) line << 32) | column;
        }
        return positions;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
