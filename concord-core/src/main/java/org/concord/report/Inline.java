package org.concord.report;

/** A run of text in a rendered report, with its style; {@code title} is the hover text of a citation. */
record Inline(Style style, String text, String title) {
    enum Style { PLAIN, STRONG, EMPHASIS, ADDED, REMOVED, CITATION }

    static Inline plain(String text) {
        return new Inline(Style.PLAIN, text, null);
    }

    static Inline strong(String text) {
        return new Inline(Style.STRONG, text, null);
    }

    static Inline em(String text) {
        return new Inline(Style.EMPHASIS, text, null);
    }

    static Inline cite(String label, String hover) {
        return new Inline(Style.CITATION, label, hover);
    }
}
