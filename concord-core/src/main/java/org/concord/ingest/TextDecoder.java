package org.concord.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text for article files: UTF-8 (BOM stripped) when the bytes are valid UTF-8, else Windows-1252 when
 * they look like single-byte Western text, else an {@link IllegalArgumentException} with the reason. Line ends
 * are normalized to "\n".
 */
final class TextDecoder {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** Why these bytes are not text, or null when they are. */
    static String binaryReason(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return "binary file (contains NUL bytes)";
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (n > 0 && control * 20 > n) {
            return "binary file (" + control + " control bytes in the first " + n + ")";
        }
        return null;
    }

    static String decode(byte[] bytes) {
        String why = binaryReason(bytes);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            offset = 3;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            text = decodeSingleByte(bytes);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Windows-1252 (a superset of Latin-1's printable range), refused when the result is not plausible text. */
    private static String decodeSingleByte(byte[] bytes) {
        CharBuffer cb;
        try {
            cb = CP1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("undecodable text: not UTF-8, not Windows-1252");
        }
        String s = cb.toString();
        int letters = 0;
        int high = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c > 0x7f) {
                    high++;
                }
            }
        }
        if (letters == 0 || high * 3 > letters) {
            throw new IllegalArgumentException("undecodable text: not UTF-8, and too many non-ASCII letters for "
                    + "Windows-1252/Latin-1");
        }
        return s;
    }
}
