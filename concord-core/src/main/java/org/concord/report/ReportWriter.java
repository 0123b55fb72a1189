package org.concord.report;

import java.io.IOException;
import java.io.Writer;
import org.concord.model.Report;

/** Writes a report in one format. Implementations are stateless and thread-safe. */
public interface ReportWriter {
    void write(Report report, Writer out) throws IOException;

    /** The file extension of the format, without the dot ("json", "md", "html"). */
    String extension();
}
