package org.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.concord.model.Provenance;
import org.concord.model.Report;
import org.junit.jupiter.api.Test;

/** A report written as it streams is byte for byte the report written whole. */
class ReportJsonStreamingTest {
    private static String streamed(Report r) throws IOException {
        StringWriter w = new StringWriter();
        ReportJson.writeStreaming(w, r.documents().iterator(), r.stories().iterator(), r.skipped().iterator(),
                r.analysis());
        return w.toString();
    }

    @Test
    void streamedIsWhole() throws IOException {
        Report r = ReportWritersTest.report();
        Report withProvenance = new Report(r.schema(), r.documents(), r.stories(), r.skipped(),
                new Provenance("dev", "test", 120, Provenance.IDS, List.of("s-x"), 0.5));
        assertEquals(ReportJson.toJson(withProvenance), streamed(withProvenance));
        assertEquals(ReportJson.toJson(r), streamed(r));
        Report empty = new Report(List.of(), List.of(), List.of());
        assertEquals(ReportJson.toJson(empty), streamed(empty));
    }
}
