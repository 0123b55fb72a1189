package org.concord.eval.quotes;

import java.util.BitSet;
import java.util.List;

/**
 * Character sets of spans as the quotes scorer compares them. A span is normalised by dropping its whitespace
 * characters (including no-break spaces) and then trimming punctuation (Unicode categories Pc, Pd, Ps, Pe, Pi, Pf,
 * Po: quotation marks, apostrophes, dashes, periods, commas, ellipses, ...) from both ends, so that
 * {@code “We will win,”} and {@code We will win} are the same span.
 */
public final class Spans {
    private Spans() {
    }

    /** The normalised character offsets of {@code fragments} of {@code text}. */
    public static BitSet normalised(String text, List<Fragment> fragments) {
        BitSet b = new BitSet(text.length());
        for (Fragment f : fragments) {
            for (int i = f.start(); i < Math.min(f.end(), text.length()); i++) {
                if (!isSpace(text.charAt(i))) {
                    b.set(i);
                }
            }
        }
        for (int i = b.nextSetBit(0); i >= 0 && isPunctuation(text.charAt(i)); i = b.nextSetBit(i + 1)) {
            b.clear(i);
        }
        for (int i = b.length() - 1; i >= 0 && isPunctuation(text.charAt(i)); i = b.previousSetBit(i - 1)) {
            b.clear(i);
        }
        return b;
    }

    /** The normalised offsets of [start, end). */
    public static BitSet normalised(String text, int start, int end) {
        return normalised(text, List.of(new Fragment(start, end)));
    }

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    public static boolean isPunctuation(char c) {
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    /** The number of offsets in both sets. */
    public static int intersection(BitSet a, BitSet b) {
        BitSet c = (BitSet) a.clone();
        c.and(b);
        return c.cardinality();
    }

    /**
     * The overlap rule: the two sets share at least half of the smaller set's characters (and at least one).
     */
    public static boolean halfOverlap(int intersection, int sizeA, int sizeB) {
        return intersection > 0 && 2L * intersection >= Math.min(sizeA, sizeB);
    }

    /**
     * The characters of {@code text} inside quotation marks, the marks included, paragraph by paragraph (a
     * paragraph ends at a line break): those from a U+201C to the next U+201D, and those from an odd-numbered
     * straight double quote U+0022 to the next one. A quotation left open runs to the end of its paragraph (the
     * newspaper convention for a quotation continued in the next paragraph, which opens with a new mark).
     */
    public static BitSet insideQuotationMarks(String text) {
        BitSet inside = new BitSet(text.length());
        int open = -1; // where the current quotation opened
        char closer = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    inside.set(open, i);
                }
                open = -1;
                continue;
            }
            if (open < 0) {
                if (c == '\u201C') {
                    open = i;
                    closer = '\u201D';
                } else if (c == '"') {
                    open = i;
                    closer = '"';
                }
            } else if (c == closer) {
                inside.set(open, i + 1);
                open = -1;
            }
        }
        if (open >= 0) {
            inside.set(open, text.length());
        }
        return inside;
    }
}
