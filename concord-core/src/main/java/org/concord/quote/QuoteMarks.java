package org.concord.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages in a text by their marks: curly marks pair directly; a straight double mark opens after a
 * space, a paragraph start or an opening bracket and closes elsewhere. A mark still open at the end of a
 * paragraph closes there (an unclosed quote); when the next paragraph opens with a mark, the quote continues
 * there (the newspaper convention for a quotation running over several paragraphs).
 */
final class QuoteMarks {
    /** One quoted passage: content [start, end) without the marks; {@code continues} links to the next part. */
    record Passage(int start, int end, boolean closed, int paragraph, boolean opensParagraph) {}

    private QuoteMarks() {
    }

    static boolean isQuoteChar(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e' || c == '\u00ab' || c == '\u00bb';
    }

    static List<Passage> find(String text) {
        List<Passage> out = new ArrayList<>();
        int paragraph = 0;
        int ps = 0;
        int n = text.length();
        while (ps <= n) {
            int pe = text.indexOf('\n', ps);
            if (pe < 0) {
                pe = n;
            }
            scanParagraph(text, ps, pe, paragraph, out);
            paragraph++;
            ps = pe + 1;
            if (pe == n) {
                break;
            }
        }
        return out;
    }

    private static void scanParagraph(String text, int ps, int pe, int paragraph, List<Passage> out) {
        int open = -1;
        int openLen = 1;
        int firstNonSpace = ps;
        while (firstNonSpace < pe && Character.isWhitespace(text.charAt(firstNonSpace))) {
            firstNonSpace++;
        }
        for (int i = ps; i < pe; i++) {
            char c = text.charAt(i);
            // doubled single marks stand for double ones: '' (both ways, newspaper and typewriter style) and ``
            int len = 1;
            boolean straight = c == '"';
            boolean backticks = false;
            if ((c == '\'' || c == '`') && i + 1 < pe && text.charAt(i + 1) == c) {
                len = 2;
                straight = c == '\'';
                backticks = c == '`';
            }
            boolean opener = c == '\u201c' || c == '\u201e' || c == '\u00ab' || backticks
                    || (straight && opensAt(text, i, ps));
            boolean closer = c == '\u201d' || c == '\u00bb' || (straight && !opensAt(text, i, ps));
            if (open < 0) {
                if (opener) {
                    open = i;
                    openLen = len;
                }
            } else if (closer || (straight && open >= 0)) {
                add(out, text, open, openLen, i, true, paragraph, open == firstNonSpace);
                open = -1;
            } else if (opener) {
                // a second opening mark before any close: the first quote was never closed
                add(out, text, open, openLen, i, false, paragraph, open == firstNonSpace);
                open = i;
                openLen = len;
            }
            i += len - 1;
        }
        if (open >= 0) {
            add(out, text, open, openLen, pe, false, paragraph, open == firstNonSpace);
        }
    }

    private static boolean opensAt(String text, int i, int ps) {
        if (i == ps) {
            return true;
        }
        char p = text.charAt(i - 1);
        return Character.isWhitespace(p) || p == '(' || p == '[' || p == '{' || p == '\u2014' || p == '\u2013'
                || p == '-' || p == '/' || p == ':';
    }

    private static void add(List<Passage> out, String text, int open, int openLen, int end, boolean closed,
                            int paragraph, boolean opensParagraph) {
        int s = open + openLen;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        if (e > s) {
            out.add(new Passage(s, e, closed, paragraph, opensParagraph));
        }
    }
}
