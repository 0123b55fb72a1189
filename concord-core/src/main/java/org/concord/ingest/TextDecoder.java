package org.concord.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text for article files: UTF-32 or UTF-16 (either byte order) when the bytes start with that byte order
 * mark, else UTF-8 (BOM stripped) when the bytes are valid UTF-8, else Windows-1252 when they look like single-byte
 * Western text, else an {@link IllegalArgumentException} with the reason. Line ends are normalized to "\n".
 */
final class TextDecoder {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** A byte order mark: its charset and length. */
    private record Bom(Charset charset, int length) {}

    /**
     * The UTF-32 or UTF-16 byte order mark {@code b} starts with, or null (UTF-8's is handled by the UTF-8 path).
     * UTF-32LE's mark starts with UTF-16LE's, so it is tried first; with {@code utf32} false only UTF-16 is
     * recognized (for readers whose own decoder knows no UTF-32).
     */
    private static Bom bom(byte[] b, boolean utf32) {
        int b0 = b.length > 0 ? b[0] & 0xff : -1;
        int b1 = b.length > 1 ? b[1] & 0xff : -1;
        if (utf32 && b.length >= 4) {
            int b2 = b[2] & 0xff;
            int b3 = b[3] & 0xff;
            if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
                return new Bom(Charset.forName("UTF-32BE"), 4);
            }
            if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
                return new Bom(Charset.forName("UTF-32LE"), 4);
            }
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }

    /**
     * Why these bytes are not text, or null when they are. Bytes that start with a UTF-16 byte order mark are judged
     * on their decoded characters (their NUL high bytes are not binary).
     */
    static String binaryReason(byte[] b) {
        Bom bom = bom(b, false);
        if (bom != null) {
            try {
                wideText(b, bom);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
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

    /**
     * Text with a byte order mark, decoded; IllegalArgumentException with the reason when it is undecodable or holds
     * NUL or too many control characters.
     */
    private static String wideText(byte[] b, Bom bom) {
        String text;
        try {
            text = strict(bom.charset(), b, bom.length());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("undecodable text: starts with a " + bom.charset().name()
                    + " byte order mark but is not " + bom.charset().name());
        }
        int n = Math.min(text.length(), 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new IllegalArgumentException("binary file (" + bom.charset().name() + " with NUL characters)");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (n > 0 && control * 20 > n) {
            throw new IllegalArgumentException("binary file (" + control + " control characters in the first " + n
                    + ")");
        }
        return text;
    }

    private static String strict(Charset cs, byte[] b, int offset) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
    }

    static String decode(byte[] bytes) {
        Bom bom = bom(bytes, true);
        if (bom != null) {
            return lines(wideText(bytes, bom));
        }
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
        return lines(text);
    }

    private static String lines(String text) {
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
