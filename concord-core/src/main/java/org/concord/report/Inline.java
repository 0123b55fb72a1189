package org.concord.report;

/**
 * A run of text in a rendered report, with its style. For a citation, {@code text} is its number, {@code title}
 * the hover text (the cited source text) and {@code anchor} the id of its footnote ({@link Sink#notes}); for a
 * link, {@code anchor} is the id it points to in the same page ({@link Anchors}) and {@code title} (or null) what
 * it names in full (ids and offsets, kept out of the text a person reads).
 */
record Inline(Style style, String text, String title, String anchor) {
    enum Style { PLAIN, STRONG, EMPHASIS, ADDED, REMOVED, CITATION, LINK }

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

    static Inline link(String text, String anchor, String title) {
        return new Inline(Style.LINK, text, title, anchor);
    }

    static Inline styled(Style style, String text) {
        return new Inline(style, text, null, null);
    }
}
