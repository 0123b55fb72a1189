package org.concord.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Bytes of a web page to text, choosing the encoding in the order the HTML standard's sniffing does: a byte order
 * mark, then the transport's charset (a WARC record's Content-Type), then a {@code <meta charset>} or
 * {@code http-equiv} declaration in the first 4 KB, then valid UTF-8, then statistical detection (juniversalchardet),
 * and Windows-1252 as the last resort. ISO-8859-1 and US-ASCII labels are read as Windows-1252, as browsers do.
 */
public final class HtmlDecoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private HtmlDecoder() {
    }

    /** The decoded text and the charset used. */
    public record Decoded(String text, Charset charset, String how) {}

    /** Decodes with {@code transportCharset} (may be null) as the declared charset of the transport. */
    public static Decoded decode(byte[] bytes, String transportCharset) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    "bom");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE, "bom");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE, "bom");
        }
        Charset declared = charset(transportCharset);
        if (declared != null) {
            return new Decoded(new String(bytes, declared), declared, "transport");
        }
        Charset meta = metaCharset(bytes);
        if (meta != null) {
            return new Decoded(new String(bytes, meta), meta, "meta");
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, "valid-utf8");
        }
        UniversalDetector det = new UniversalDetector(null);
        det.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        det.dataEnd();
        Charset detected = charset(det.getDetectedCharset());
        if (detected != null && !detected.equals(StandardCharsets.UTF_8)) {
            return new Decoded(new String(bytes, detected), detected, "detected");
        }
        return new Decoded(new String(bytes, CP1252), CP1252, "fallback");
    }

    /** The charset a {@code <meta>} declares in the first 4 KB, or null. */
    static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Charset c = charset(m.group(1));
            if (c != null) {
                // a page that says UTF-16 in ASCII bytes is not UTF-16 (HTML standard: treat as UTF-8)
                return c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c;
            }
        }
        return null;
    }

    /** A charset by label, Latin-1 and ASCII widened to Windows-1252; null when unknown or blank. */
    public static Charset charset(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT).replace("\"", "").replace("'", "");
        if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("latin-1") || l.equals("us-ascii")
                || l.equals("ascii") || l.equals("iso8859-1") || l.equals("iso_8859-1") || l.equals("l1")) {
            return CP1252;
        }
        if (l.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(l);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
