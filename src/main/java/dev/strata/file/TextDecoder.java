package dev.strata.file;

import dev.strata.file.LocatedJson.Position;
import dev.strata.file.LocatedJson.SyntaxError;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a file into text, strictly as UTF-8 (a byte-order mark is skipped), and
 * recognises the usual wrong files first so that their message says what they are.
 */
final class TextDecoder {

    private static final int SNIFF_BYTES = 4096;

    private TextDecoder() {
    }

    static String decode(byte[] bytes) throws SyntaxError {
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
        int offset = startsWith(bytes, 0xef, 0xbb, 0xbf) ? 3 : 0;
        for (int i = offset; i < Math.min(bytes.length, SNIFF_BYTES); i++) {
            if (bytes[i] == 0) {
                throw new SyntaxError(positionOf(bytes, offset, i), "binary data, not a stack file");
            }
        }
        String text = utf8(bytes, offset);
        String start = text.stripLeading();
        if (start.startsWith("<")) {
            throw new SyntaxError(positionOf(bytes, offset, offset), "this is HTML or XML, not a stack file");
        }
        return text;
    }

    private static String utf8(byte[] bytes, int offset) throws SyntaxError {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new SyntaxError(positionOf(bytes, offset, in.position()),
                    "the text is not valid UTF-8 (byte 0x"
                            + Integer.toHexString(bytes[in.position()] & 0xff) + ")");
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new SyntaxError(positionOf(bytes, offset, bytes.length), "the text is not valid UTF-8");
        }
        out.flip();
        return out.toString();
    }

    /** Line and column (counted in characters) of the byte at {@code index}. */
    private static Position positionOf(byte[] bytes, int offset, int index) {
        int line = 1;
        int column = 1;
        for (int i = offset; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xc0) != 0x80) {
                column++;
            }
        }
        return new Position(line, column);
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
