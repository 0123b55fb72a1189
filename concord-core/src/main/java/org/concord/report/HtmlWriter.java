package org.concord.report;

import java.io.IOException;
import java.io.Writer;
import org.concord.model.Report;

/**
 * The report as one self-contained HTML page (inline CSS, no scripts, no external resources), readable on a phone:
 * a story index, each story with its cited summary and folding sections ({@link ReportLayout}, {@link HtmlSink}).
 * Every string that comes from an article is escaped; citations show their source text on hover and link to a
 * footnote naming the outlet and the document, which links to the document.
 */
final class HtmlWriter implements ReportWriter {
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
}
