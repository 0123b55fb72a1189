package org.concord.eval.timex;

import java.util.Objects;

/**
 * A temporal expression as the timex task scores it: [start, end) character offsets into a document's text, its
 * TIMEX3 {@code type} (DATE, TIME, DURATION, SET) and normalized {@code value} (null when the system gave none).
 */
public record TimexSpan(int start, int end, String type, String value) {
    public TimexSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad timex span [" + start + ", " + end + ")");
        }
    }

    public static TimexSpan of(int start, int end, String type, String value) {
        return new TimexSpan(start, end, type, value);
    }

    /** The covered text of {@code documentText}. */
    public String textIn(String documentText) {
        return Objects.requireNonNull(documentText, "documentText").substring(start, end);
    }
}
