package org.concord.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.concord.model.Report;

/** The report as Markdown: citations as footnotes ([^id]), quote variants as ~~removed~~ / **added** words. */
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

    private static final class MarkdownSink implements Sink {
        private final StringBuilder sb;

        MarkdownSink(StringBuilder sb) {
            this.sb = sb;
        }

        @Override
        public void begin(String title) {
        }

        @Override
        public void heading(int level, String text) {
            sb.append("#".repeat(level)).append(' ').append(escape(text)).append("\n\n");
        }

        @Override
        public void paragraph(List<Inline> runs) {
            sb.append(inline(runs).strip()).append("\n\n");
        }

        @Override
        public void bullets(List<List<Inline>> items) {
            if (items.isEmpty()) {
                return;
            }
            for (List<Inline> item : items) {
                String text = inline(item);
                boolean nested = text.startsWith("  ");
                sb.append(nested ? "  - " : "- ").append(text.strip()).append('\n');
            }
            sb.append('\n');
        }

        @Override
        public void table(List<String> headers, List<List<List<Inline>>> rows) {
            sb.append("| ").append(String.join(" | ", headers.stream().map(MarkdownSink::escape).toList()))
                    .append(" |\n|");
            sb.append("---|".repeat(headers.size())).append('\n');
            for (List<List<Inline>> row : rows) {
                sb.append("| ");
                for (int i = 0; i < row.size(); i++) {
                    sb.append(inline(row.get(i)).strip().replace("|", "\\|").replace("\n", " "));
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
                sb.append("[^").append(n.anchor()).append("]: ").append(escape(n.text()).replace("\n", " "))
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
                    default -> b.append(t);
                }
            }
            return b.toString();
        }

        /** Markdown-significant characters from article text are escaped so they print as written. */
        static String escape(String s) {
            StringBuilder b = new StringBuilder();
            for (char c : s.toCharArray()) {
                if ("\\`*_[]<>#~|".indexOf(c) >= 0) {
                    b.append('\\');
                }
                b.append(c);
            }
            return b.toString();
        }
    }
}
