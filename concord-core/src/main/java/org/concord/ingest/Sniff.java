package org.concord.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Content sniffing on the first bytes of an input. */
final class Sniff {
    private Sniff() {
    }

    static boolean gzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    static boolean zip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 && b[3] == 4 || b[2] == 5 && b[3] == 6);
    }

    static boolean tar(byte[] b) {
        return b.length >= 262 && new String(b, 257, 5, StandardCharsets.ISO_8859_1).equals("ustar");
    }

    static boolean warc(byte[] b) {
        return new String(b, 0, Math.min(b.length, 8), StandardCharsets.ISO_8859_1).startsWith("WARC/");
    }

    /** The head as lower-case text with a BOM, leading white space, XML declarations and comments skipped. */
    static String markupStart(byte[] b) {
        String s = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1);
        if (s.startsWith("\u00ef\u00bb\u00bf")) {
            s = s.substring(3);
        }
        s = s.toLowerCase(Locale.ROOT);
        int i = 0;
        while (true) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (s.startsWith("<?", i)) {
                int e = s.indexOf("?>", i);
                if (e < 0) {
                    return s.substring(i);
                }
                i = e + 2;
            } else if (s.startsWith("<!--", i)) {
                int e = s.indexOf("-->", i);
                if (e < 0) {
                    return s.substring(i);
                }
                i = e + 3;
            } else {
                return s.substring(i);
            }
        }
    }

    static boolean feed(byte[] b) {
        String s = markupStart(b);
        return s.startsWith("<rss") || s.startsWith("<feed") || s.startsWith("<rdf:rdf")
                || s.startsWith("<!doctype rss");
    }

    static boolean html(byte[] b) {
        String s = markupStart(b);
        return s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<head")
                || s.startsWith("<body") || s.startsWith("<meta") || s.startsWith("<title");
    }
}
