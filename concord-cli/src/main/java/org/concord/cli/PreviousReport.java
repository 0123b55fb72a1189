package org.concord.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.concord.model.Report;
import org.concord.report.ReportJson;

/**
 * {@code analyze --previous REPORT}: the earlier report an analysis continues ({@code Concord.update}). Its
 * documents enter the analysis as they are (not read or cleaned again, and with {@code --cache} not annotated
 * again), each of its stories stays together and keeps its id, and a story no new document touches is kept as
 * it was.
 */
final class PreviousReport {
    private PreviousReport() {
    }

    /**
     * Reads {@code report}.
     * @throws IllegalArgumentException naming the file when it is not a Concord JSON report
     */
    static Report read(Path report) throws IOException {
        return read(report, "--previous");
    }

    /**
     * Reads {@code report}, given with {@code option} (--previous, or quotes' --report).
     * @throws IllegalArgumentException naming the option and the file when it is not a Concord JSON report
     */
    static Report read(Path report, String option) throws IOException {
        Report r;
        try {
            r = ReportJson.read(report);
        } catch (IOException e) {
            throw new IllegalArgumentException(option + " " + report + " is not a Concord JSON report: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (r == null || r.documents() == null || r.stories() == null) {
            throw new IllegalArgumentException(option + " " + report + " is not a Concord JSON report (no documents"
                    + " or stories)");
        }
        return r;
    }
}
