package org.concord.model;

/** A [start, end) range, in UTF-16 code units, of one document's cleaned text. */
public record Span(String document, int start, int end) implements java.io.Serializable {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") in " + document);
        }
    }
}
