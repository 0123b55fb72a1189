package org.concord.report;

import java.util.List;

/** What a rendered format must do; {@link ReportLayout} decides what goes where, a sink only how it looks. */
interface Sink {
    void begin(String title);

    void heading(int level, String text);

    void paragraph(List<Inline> runs);

    void bullets(List<List<Inline>> items);

    void table(List<String> headers, List<List<List<Inline>>> rows);

    /** The footnotes that citations ({@link Inline.Style#CITATION}) point to, by their anchor. */
    void notes(List<Note> notes);

    /** A footnote: the anchor its citations name, its number as shown and its text. */
    record Note(String anchor, String label, String text) {}

    void end();
}
