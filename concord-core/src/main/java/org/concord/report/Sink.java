package org.concord.report;

import java.util.List;

/**
 * What a rendered format must do; {@link ReportLayout} decides what goes where, a sink only how it looks. Every
 * string given to a sink is plain text (a sink escapes it); an anchor or a link target is an id made by
 * {@link Anchors}, safe as it is in HTML and Markdown.
 */
interface Sink {
    /** The page's landmarks and parts: a sink may show them (HTML) or only what they hold (Markdown). */
    enum Region { HEADER, NAV, MAIN, STORY }

    void begin(String title);

    /** Opens a region; {@code id} (or null) is the anchor a link can point to. */
    void open(Region region, String id);

    void close(Region region);

    /** A heading; {@code id} (or null) is the anchor a link can point to. */
    void heading(int level, String text, String id);

    void paragraph(List<Inline> runs);

    void bullets(List<List<Inline>> items);

    /** A numbered list, from 1. */
    void numbered(List<List<Inline>> items);

    /** A table; {@code caption} names it (for a screen reader, or as a label of its scrolling container). */
    void table(String caption, List<String> headers, List<List<List<Inline>>> rows);

    /** The footnotes that citations ({@link Inline.Style#CITATION}) point to, by their anchor. */
    void notes(List<Note> notes);

    /** A footnote: the anchor its citations name, its number as shown and its content. */
    record Note(String anchor, String label, List<Inline> content) {}

    /**
     * Opens a part that a reader can fold ({@code <details>} in HTML, so it works without scripts), headed by
     * {@code heading} at {@code level}; {@code open} says whether it shows unfolded at first.
     */
    void openSection(int level, String heading, String id, boolean open);

    void closeSection();

    /**
     * A document's whole text, its lines as paragraphs, folded under {@code label}; a format meant for a digest
     * (Markdown) may leave it out.
     */
    void fullText(String label, String text);

    void end();
}
