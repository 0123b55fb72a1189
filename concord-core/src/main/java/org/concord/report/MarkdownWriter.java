package org.concord.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.concord.model.Report;

/**
 * The report as Markdown: a story index linking to each story (an {@code <a id>} anchor in its heading), follow-ups
 * linked both ways, citations as footnotes ([^id]) naming outlet and title with a link to the document, quote
 * variants as ~~removed~~ / **added** words; the documents' whole texts are left to the HTML and JSON reports. Text
 * from the inputs cannot forge structure: its line breaks become spaces, Markdown's inline characters are escaped
 * (so a table cell's {@code |} stays in its cell), and what would open a block at the start of a line (a list
 * item's {@code -}, {@code +} or {@code 1.}, a setext {@code ===}, a thematic break {@code ---}) is escaped there.
 */
final class MarkdownWriter implements ReportWriter {
    @Override
    public void write(Report report, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        new ReportLayout(report).render(new MarkdownSink(sb));
        out.write(sb.toString());
    }

    @Override
    public String extension() {
        return "md";
    }

    /** {@link MarkdownSink#lineStart}, for tests. */
    static String lineStartForTest(String line) {
        return MarkdownSink.lineStart(line);
    }

    private static final class MarkdownSink implements Sink {
        private final StringBuilder sb;

        MarkdownSink(StringBuilder sb) {
            this.sb = sb;
        }

        /** The anchor of the story opened last, put into its heading. */
        private String pendingAnchor;

        @Override
        public void begin(String title) {
        }

        @Override
        public void open(Region region, String id) {
            if (region == Region.STORY) {
                pendingAnchor = id;
            }
        }

        @Override
        public void close(Region region) {
        }

        @Override
        public void heading(int level, String text, String id) {
            String anchor = id != null ? id : pendingAnchor;
            pendingAnchor = null;
            sb.append("#".repeat(level)).append(' ');
            if (anchor != null) {
                sb.append("<a id=\"").append(anchor).append("\"></a>");
            }
            sb.append(escape(text)).append("\n\n");
        }

        @Override
        public void openSection(int level, String heading, String id, boolean open) {
            heading(level, heading, id);
        }

        @Override
        public void closeSection() {
        }

        /** A digest leaves the documents' whole texts to the HTML and JSON reports. */
        @Override
        public void fullText(String label, String text) {
        }

        @Override
        public void paragraph(List<Inline> runs) {
            sb.append(lineStart(inline(runs).strip())).append("\n\n");
        }

        @Override
        public void bullets(List<List<Inline>> items) {
            if (items.isEmpty()) {
                return;
            }
            for (List<Inline> item : items) {
                String text = inline(item);
                boolean nested = text.startsWith("  ");
                sb.append(nested ? "  - " : "- ").append(lineStart(text.strip())).append('\n');
            }
            sb.append('\n');
        }

        @Override
        public void numbered(List<List<Inline>> items) {
            for (int i = 0; i < items.size(); i++) {
                sb.append(i + 1).append(". ").append(lineStart(inline(items.get(i)).strip())).append('\n');
            }
            if (!items.isEmpty()) {
                sb.append('\n');
            }
        }

        @Override
        public void table(String caption, List<String> headers, List<List<List<Inline>>> rows) {
            sb.append("| ").append(String.join(" | ", headers.stream().map(MarkdownSink::escape).toList()))
                    .append(" |\n|");
            sb.append("---|".repeat(headers.size())).append('\n');
            for (List<List<Inline>> row : rows) {
                sb.append("| ");
                for (int i = 0; i < row.size(); i++) {
                    sb.append(inline(row.get(i)).strip());
                    sb.append(i + 1 < row.size() ? " | " : " |");
                }
                sb.append('\n');
            }
            sb.append('\n');
        }

        @Override
        public void notes(List<Note> notes) {
            if (notes.isEmpty()) {
                return;
            }
            for (Note n : notes) {
                sb.append("[^").append(n.anchor()).append("]: ").append(lineStart(inline(n.content()).strip()))
                        .append('\n');
            }
            sb.append('\n');
        }

        @Override
        public void end() {
        }

        private static String inline(List<Inline> runs) {
            StringBuilder b = new StringBuilder();
            for (Inline r : runs) {
                String t = escape(r.text());
                switch (r.style()) {
                    case STRONG -> b.append("**").append(t).append("**");
                    case EMPHASIS -> b.append(r.text().startsWith("  ") ? "  " : "").append('*').append(t.strip())
                            .append('*');
                    case ADDED -> b.append("**").append(t).append("**");
                    case REMOVED -> b.append("~~").append(t).append("~~");
                    case CITATION -> b.append("[^").append(r.anchor()).append(']');
                    case LINK -> b.append('[').append(t).append("](#").append(r.anchor()).append(')');
                    default -> b.append(t);
                }
            }
            return b.toString();
        }

        /**
         * Markdown-significant characters from article text are escaped so they print as written, and line breaks
         * (of any kind) become spaces, so a title or outlet stays on its line.
         */
        static String escape(String s) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    continue;
                }
                if (c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028'
                        || c == '\u2029') {
                    b.append(' ');
                    continue;
                }
                if ("\\`*_[]<>#~|".indexOf(c) >= 0) {
                    b.append('\\');
                }
                b.append(c);
            }
            return b.toString();
        }

        /**
         * {@code line}, about to start a line (a paragraph, a list item's content, a footnote's text), with what
         * Markdown would read there as the start of a block escaped: {@code -}, {@code +} and {@code =} (list items,
         * thematic breaks, setext underlines) and the {@code .} or {@code )} of an ordered list's number. The other
         * block markers ({@code #}, {@code >}, {@code *}, fences, tables, HTML) are escaped everywhere by
         * {@link #escape}.
         */
        static String lineStart(String line) {
            if (line.isEmpty()) {
                return line;
            }
            char c = line.charAt(0);
            if (c == '-' || c == '+' || c == '=') {
                return "\\" + line;
            }
            int digits = 0;
            while (digits < line.length() && digits < 10 && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
                digits++;
            }
            if (digits > 0 && digits < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')')) {
                return line.substring(0, digits) + "\\" + line.substring(digits);
            }
            return line;
        }
    }
}
