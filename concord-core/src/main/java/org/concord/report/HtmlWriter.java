package org.concord.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.concord.model.Report;

/**
 * The report as one self-contained HTML page (inline CSS, no scripts, no external resources). Every string
 * that comes from an article is escaped; citations show their source text on hover and link to a footnote.
 */
final class HtmlWriter implements ReportWriter {
    private static final String CSS = "body{font-family:Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
            + "line-height:1.5;color:#222}h1,h2,h3{font-family:Helvetica,Arial,sans-serif}"
            + "table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}"
            + "td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}"
            + "th{background:#f3f3f3}sup.cite{color:#06c;cursor:help}ins{background:#dfd;text-decoration:none}"
            + "del{background:#fdd}li.variant{list-style:none;margin-left:1.5rem;color:#555}"
            + "sup.cite a{text-decoration:none}ol.notes{font-size:.85rem;color:#444}";

    @Override
    public void write(Report report, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        new ReportLayout(report).render(new HtmlSink(sb));
        out.write(sb.toString());
    }

    @Override
    public String extension() {
        return "html";
    }

    /** Escapes text for HTML element content and attribute values. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final class HtmlSink implements Sink {
        private final StringBuilder sb;

        HtmlSink(StringBuilder sb) {
            this.sb = sb;
        }

        @Override
        public void begin(String title) {
            sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                    .append(escape(title)).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
        }

        @Override
        public void heading(int level, String text) {
            sb.append("<h").append(level).append('>').append(escape(text)).append("</h").append(level).append(">\n");
        }

        @Override
        public void paragraph(List<Inline> runs) {
            sb.append("<p>").append(inline(runs)).append("</p>\n");
        }

        @Override
        public void bullets(List<List<Inline>> items) {
            if (items.isEmpty()) {
                return;
            }
            sb.append("<ul>\n");
            for (List<Inline> item : items) {
                boolean variant = !item.isEmpty() && item.get(0).text().startsWith("  ");
                sb.append(variant ? "<li class=\"variant\">" : "<li>").append(inline(item)).append("</li>\n");
            }
            sb.append("</ul>\n");
        }

        @Override
        public void table(List<String> headers, List<List<List<Inline>>> rows) {
            sb.append("<table>\n<tr>");
            for (String h : headers) {
                sb.append("<th>").append(escape(h)).append("</th>");
            }
            sb.append("</tr>\n");
            for (List<List<Inline>> row : rows) {
                sb.append("<tr>");
                for (List<Inline> cell : row) {
                    sb.append("<td>").append(inline(cell)).append("</td>");
                }
                sb.append("</tr>\n");
            }
            sb.append("</table>\n");
        }

        @Override
        public void notes(List<Note> notes) {
            if (notes.isEmpty()) {
                return;
            }
            sb.append("<ol class=\"notes\">\n");
            for (Note n : notes) {
                sb.append("<li id=\"").append(escape(n.anchor())).append("\" value=\"").append(escape(n.label()))
                        .append("\">").append(escape(n.text())).append("</li>\n");
            }
            sb.append("</ol>\n");
        }

        @Override
        public void end() {
            sb.append("</body>\n</html>\n");
        }

        private static String inline(List<Inline> runs) {
            StringBuilder b = new StringBuilder();
            for (Inline r : runs) {
                String t = escape(r.text());
                switch (r.style()) {
                    case STRONG -> b.append("<strong>").append(t).append("</strong>");
                    case EMPHASIS -> b.append("<em>").append(t).append("</em>");
                    case ADDED -> b.append("<ins>").append(t).append("</ins>");
                    case REMOVED -> b.append("<del>").append(t).append("</del>");
                    case CITATION -> b.append("<sup class=\"cite\" title=\"").append(escape(r.title()))
                            .append("\"><a href=\"#").append(escape(r.anchor())).append("\">[").append(t)
                            .append("]</a></sup>");
                    default -> b.append(t);
                }
            }
            return b.toString();
        }
    }
}
