package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code concord bench serve} through the real {@code Main} at a tiny size: two real {@code concord serve} JVMs on
 * one data folder (the first killed with SIGKILL while two clients post), with the rule-based test annotator so no
 * model loads. Nothing acknowledged may be lost and nothing analysed twice; every phase reports figures.
 */
class BenchServeTest {
    @TempDir
    Path tmp;

    /** Invented articles on four topics (names repeat within a topic, so stories form). */
    private Path corpus(int n) throws Exception {
        String[][] topics = {
                {"Harbour ferry strike", "Mara Lindqvist", "ferry crews walked out over pay at the harbour"},
                {"Council budget vote", "Tomas Adeyemi", "the council voted on the budget for schools and roads"},
                {"River flood warning", "Ines Okafor", "the river rose past the flood mark after the storm"},
                {"Stadium roof repair", "Pavel Brandt", "engineers closed the stadium to repair the roof"}};
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] t = topics[i % topics.length];
            ObjectNode o = json.createObjectNode();
            o.put("id", String.format(Locale.ROOT, "doc-%03d", i));
            o.put("outlet", "Outlet " + (i % 3));
            o.put("title", t[0] + " day " + (i / topics.length + 1));
            o.put("published", String.format(Locale.ROOT, "2026-03-%02d", 1 + i / topics.length));
            o.put("text", t[0] + ". On day " + (i / topics.length + 1) + " " + t[2] + ". \"We will keep going,\" said "
                    + t[1] + " on Monday. Report number " + i + " follows the story.");
            lines.add(json.writeValueAsString(o));
        }
        Path f = tmp.resolve("articles.jsonl");
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void killedMidIngestLosesNothingAndAnalysesEachDocumentOnce() throws Exception {
        Path data = corpus(27);
        Path out = tmp.resolve("bench.json");
        Cli.Run run = Cli.run("bench", "serve", "--data", data.toString(), "--documents", "20", "--clients", "2",
                "--batch", "2", "--warmup", "2", "--fresh", "3", "--readers", "4", "--read-seconds", "1",
                "--threads", "1", "--seed", "7", "--timeout", "120", "--store", tmp.resolve("store").toString(),
                "--annotator-class", "org.concord.pipeline.PlainAnnotator", "--out", out.toString());
        assertEquals(Main.OK, run.status(), run.err());
        JsonNode r = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals("concord.bench-serve/1", r.path("schema").asText());
        JsonNode d = r.path("durability");
        assertEquals(0, d.path("lost").asInt(), run.err());
        assertEquals(0, d.path("duplicated").asInt(), run.err());
        assertEquals(0, d.path("open_work").asInt());
        assertTrue(d.path("acknowledged").asInt() >= d.path("kill_after").asInt(), d.toString());
        assertTrue(d.path("acknowledged").asInt() < 20, "the kill came mid-ingest: " + d);
        assertEquals(20, d.path("acknowledged").asInt() + d.path("unacknowledged").asInt(), d.toString());
        assertTrue(d.path("already_stored").asInt() <= d.path("unacknowledged").asInt(), d.toString());
        assertEquals(22, d.path("stored_documents").asInt(), "the posted and warm-up documents, each in one story");
        assertTrue(d.path("stories").asInt() >= 1, d.toString());
        // each server's log is kept beside its data folder
        assertTrue(Files.exists(tmp.resolve("store").resolve("durability-server-1.log")));
        assertTrue(Files.exists(tmp.resolve("store").resolve("durability-server-2.log")));
        assertEquals(3, r.path("freshness").path("sample").asInt());
        assertTrue(r.path("freshness").path("p95_s").asDouble() >= r.path("freshness").path("p50_s").asDouble());
        JsonNode reads = r.path("reads");
        assertEquals(25, reads.path("store_documents").asInt(), "20 posted, 2 warm-up, 3 fresh");
        assertTrue(reads.path("search").path("requests").asLong() > 0, reads.toString());
        assertTrue(reads.path("story").path("requests").asLong() > 0, reads.toString());
        assertEquals(0, reads.path("search").path("errors").asLong(), reads.toString());
        assertEquals(0, reads.path("story").path("errors").asLong(), reads.toString());
        assertTrue(reads.path("story").path("p99_ms").asDouble() >= reads.path("story").path("p50_ms").asDouble());
        JsonNode rate = r.path("ingest");
        assertEquals(20, rate.path("documents").asInt());
        assertTrue(rate.path("server_docs_per_s").asDouble() > 0 && rate.path("batch_docs_per_s").asDouble() > 0,
                rate.toString());
        assertTrue(run.err().contains("server killed (SIGKILL)"), run.err());
    }
}
