package org.concord.report;

/**
 * A run of text in a rendered report, with its style; for a citation, {@code text} is its number, {@code title}
 * the hover text (the cited source text) and {@code anchor} the id of its footnote ({@link Sink#notes}).
 */
record Inline(Style style, String text, String title, String anchor) {
    enum Style { PLAIN, STRONG, EMPHASIS, ADDED, REMOVED, CITATION }

    static Inline plain(String text) {
        return new Inline(Style.PLAIN, text, null, null);
    }

    static Inline strong(String text) {
        return new Inline(Style.STRONG, text, null, null);
    }

    static Inline em(String text) {
        return new Inline(Style.EMPHASIS, text, null, null);
    }

    static Inline cite(String label, String hover, String anchor) {
        return new Inline(Style.CITATION, label, hover, anchor);
    }

    static Inline styled(Style style, String text) {
        return new Inline(style, text, null, null);
    }
}
