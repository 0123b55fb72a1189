package org.concord.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.cluster.Corrections;
import org.concord.model.Document;
import org.concord.model.Report;
import org.concord.model.Story;
import org.concord.report.ReportJson;

/**
 * {@code analyze --previous REPORT}: analysis that continues an earlier one. The earlier report's documents are read
 * again (as JSONL written to a temporary folder, their ids kept) and each of its stories is held together by a
 * {@code merge} correction, so a new article joins the story it belongs to or starts one of its own, and what was
 * grouped before stays grouped. The user's own corrections are applied after these.
 */
final class PreviousReport {
    /** The JSONL file of the earlier documents, and the corrections that keep its stories. */
    record Continuation(Path jsonl, Corrections corrections, int documents, int stories) {}

    private PreviousReport() {
    }

    /**
     * Reads {@code report} and writes its documents to {@code dir}/previous.jsonl.
     * @throws IllegalArgumentException naming the file when it is not a Concord JSON report
     */
    static Continuation read(Path report, Path dir, Corrections user) throws IOException {
        Report r;
        try {
            r = ReportJson.read(report);
        } catch (IOException e) {
            throw new IllegalArgumentException("--previous " + report + " is not a Concord JSON report: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (r == null || r.documents() == null || r.stories() == null) {
            throw new IllegalArgumentException("--previous " + report + " is not a Concord JSON report (no documents"
                    + " or stories)");
        }
        Path jsonl = dir.resolve("previous.jsonl");
        ObjectMapper m = ReportJson.mapper();
        try (Writer w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (Document d : r.documents()) {
                ObjectNode o = m.createObjectNode();
                o.put("id", d.id());
                if (d.source() != null && d.source().matches("(?i)https?://.*")) {
                    o.put("url", d.source());
                }
                o.put("outlet", d.outlet());
                o.put("title", d.title());
                if (d.published() != null && !d.publishedInferred()) {
                    o.put("published", d.published());
                }
                o.put("text", d.text());
                w.write(m.writeValueAsString(o));
                w.write('\n');
            }
        }
        List<Corrections.Op> ops = new ArrayList<>();
        for (Story s : r.stories()) {
            if (s.documents().size() >= 2) {
                ops.add(new Corrections.Op(Corrections.Kind.MERGE, s.documents()));
            }
        }
        ops.addAll(user.ops());
        return new Continuation(jsonl, Corrections.of(ops), r.documents().size(), r.stories().size());
    }
}
