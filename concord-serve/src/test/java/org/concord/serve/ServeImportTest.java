package org.concord.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.concord.ingest.Ingest;
import org.concord.ingest.IngestOptions;
import org.concord.ingest.IngestResult;
import org.concord.model.Document;
import org.concord.model.Entity;
import org.concord.model.Report;
import org.concord.model.Story;
import org.concord.pipeline.Concord;
import org.concord.pipeline.PlainAnnotator;
import org.concord.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code concord serve --import DIR}: a folder in the Spark job's layout (report.json, stories.jsonl,
 * documents.jsonl, skipped.jsonl), made here by the batch analysis of the sample corpus with the rule-based
 * annotator (the job's report is byte for byte that analysis, AnalyzeJobTest checks), is loaded into the store and
 * served at once, without annotating; importing it again changes nothing; broken folders are refused with the
 * store left as it was; and a document posted afterwards joins the imported analysis incrementally.
 */
abstract class ServeImportTest extends StoreBackedTest {
    @TempDir
    Path work;

    private final List<String> log = new ArrayList<>();
    private final Consumer<String> sink = log::add;

    /** The batch analysis of samples/demo, as the Spark job reads and analyses it. */
    static Report demoReport() {
        IngestResult read = Ingest.create(IngestOptions.defaults()).read(List.of(Served.root().resolve("samples/demo")));
        return Concord.builder().annotator(new PlainAnnotator()).threads(1).build()
                .analyzeArticles(read.articles(), read.skipped()).report();
    }

    /** Writes {@code report} into {@code dir} as AnalyzeJob does: report.json and one JSON object per line. */
    static Path writeJobOutput(Report report, Path dir) {
        try {
            Files.createDirectories(dir);
            ObjectWriter line = ReportJson.mapper().writer();
            Files.writeString(dir.resolve("report.json"), ReportJson.toJson(report), StandardCharsets.UTF_8);
            List<String> stories = new ArrayList<>();
            for (Story s : report.stories()) {
                stories.add(line.writeValueAsString(s));
            }
            List<String> docs = new ArrayList<>();
            for (Document d : report.documents()) {
                docs.add(line.writeValueAsString(d));
            }
            List<String> skipped = new ArrayList<>();
            for (var s : report.skipped()) {
                skipped.add(line.writeValueAsString(s));
            }
            Files.write(dir.resolve("stories.jsonl"), stories, StandardCharsets.UTF_8);
            Files.write(dir.resolve("documents.jsonl"), docs, StandardCharsets.UTF_8);
            Files.write(dir.resolve("skipped.jsonl"), skipped, StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JobImport.Result importJob(Path dir) {
        return JobImport.run(config(), dir, new PlainAnnotator(), sink);
    }

    /** Everything the store holds that an import writes, as text (the store is opened and closed here). */
    private String snapshot() {
        try (Database db = config().openDatabase()) {
            return Sql.read(db, c -> String.join("\n",
                    Sql.list(c, "SELECT id, state, story_id, analysis_id, input_sha256, analysed_json FROM documents "
                            + "ORDER BY id", r -> r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " "
                            + r.getLong(4) + " " + r.getString(5) + " " + r.getString(6)).toString(),
                    Sql.list(c, "SELECT id, rank_in_report, analysis_id, story_json FROM stories ORDER BY id",
                            r -> r.getString(1) + " " + r.getInt(2) + " " + r.getLong(3) + " " + r.getString(4))
                            .toString(),
                    Sql.list(c, "SELECT story_id, quote_id FROM quotes ORDER BY story_id, quote_id",
                            r -> r.getString(1) + "/" + r.getString(2)).toString(),
                    Sql.list(c, "SELECT story_id, entity_id FROM entities ORDER BY story_id, entity_id",
                            r -> r.getString(1) + "/" + r.getString(2)).toString(),
                    "analyses " + Sql.count(c, "SELECT COUNT(*) FROM analyses"),
                    "imports " + Sql.count(c, "SELECT COUNT(*) FROM imports"),
                    "work " + Sql.count(c, "SELECT COUNT(*) FROM work_queue")));
        }
    }

    private long documentsStored() {
        try (Database db = config().openDatabase()) {
            return Sql.read(db, c -> Sql.count(c, "SELECT COUNT(*) FROM documents"));
        }
    }

    @Test
    void theImportedReportIsServedAtOnceWithoutAnnotating() throws IOException {
        Report report = demoReport();
        assertEquals(12, report.documents().size());
        Path dir = writeJobOutput(report, work.resolve("job"));
        JobImport.Result r = importJob(dir);
        assertEquals(JobImport.Outcome.IMPORTED, r.outcome());
        assertEquals(report.documents().size(), r.documents());
        assertEquals(report.stories().size(), r.stories());
        try (Served s = new Served(config())) {
            JsonNode page = s.get("/v1/stories?limit=200").json();
            List<String> served = new ArrayList<>();
            page.get("stories").forEach(n -> served.add(n.get("id").asText()));
            assertEquals(new TreeSet<>(report.stories().stream().map(Story::id).toList()), new TreeSet<>(served));
            for (Story story : report.stories()) {
                Served.Response one = s.get("/v1/stories/" + story.id());
                assertEquals(200, one.status());
                assertEquals(Json.mapper().valueToTree(story), one.json(), "story " + story.id() + " as imported");
            }
            for (Document d : report.documents()) {
                JsonNode doc = s.get("/v1/documents/" + Served.encode(d.id())).json();
                assertEquals("analysed", doc.get("state").asText(), doc.toString());
                assertEquals(Json.mapper().valueToTree(d), doc.get("document"));
                assertTrue(report.stories().stream().anyMatch(x -> x.id().equals(doc.get("story").asText())
                        && x.documents().contains(d.id())), doc.toString());
            }
            JsonNode hits = s.get("/v1/search?q=ferry").json();
            assertTrue(hits.get("total").asLong() > 0, hits.toString());
            Set<String> storyIds = new TreeSet<>(report.stories().stream().map(Story::id).toList());
            hits.get("hits").forEach(h -> assertTrue(storyIds.contains(h.get("story").asText()), h.toString()));
            long quotes = report.stories().stream().mapToLong(x -> x.quotes().size()).sum();
            assertTrue(quotes > 0);
            assertFalse(s.get("/v1/quotes?limit=200").json().get("quotes").isEmpty());
            String someEntity = report.stories().stream().flatMap(x -> x.entities().stream()).map(Entity::id)
                    .findFirst().orElseThrow();
            assertEquals(200, s.get("/v1/entities/" + Served.encode(someEntity)).status());
            assertEquals(0, s.app.documents().queueDepth(), "an import queues no work");
        }
        if (Files.isDirectory(data.resolve("annotations"))) {
            try (Stream<Path> saved = Files.walk(data.resolve("annotations"))) {
                assertEquals(0, saved.filter(Files::isRegularFile).count(), "nothing was annotated");
            }
        }
    }

    @Test
    void aDocumentPostedAfterwardsJoinsIncrementallyAndASecondImportChangesNothing() {
        Report report = demoReport();
        Path dir = writeJobOutput(report, work.resolve("job"));
        assertEquals(JobImport.Outcome.IMPORTED, importJob(dir).outcome());
        String imported = snapshot();
        JobImport.Result again = importJob(dir);
        assertEquals(JobImport.Outcome.ALREADY_IMPORTED, again.outcome());
        assertEquals(imported, snapshot(), "a second import is a no-op");

        try (Served s = new Served(config())) {
            String later = "{\"id\": \"gazette-painting-found\", \"outlet\": \"Brackwater Gazette\", "
                    + "\"published\": \"2023-03-22\", \"title\": \"Stolen seascape found in Lindmouth gallery "
                    + "storeroom\", \"text\": \"The 19th-century seascape stolen from the Lindmouth gallery was found "
                    + "on Wednesday in a storeroom of the same gallery, police said. The painting thieves took from "
                    + "the gallery was unharmed.\"}";
            assertEquals(202, s.post("/v1/documents", later).status());
            s.awaitAnalysed();
            long[] last = Sql.read(s.app.database(), c -> Sql.one(c, "SELECT stories_analysed, stories_reused, "
                    + "document_count FROM analyses ORDER BY id DESC LIMIT 1",
                    x -> new long[] {x.getLong(1), x.getLong(2), x.getLong(3)}));
            assertEquals(report.documents().size() + 1, last[2]);
            assertEquals(1, last[0], "only the story the new document touches is analysed: " + s.log);
            assertEquals(s.get("/v1/stories?limit=200").json().get("stories").size(), last[0] + last[1]);
            JsonNode d = s.get("/v1/documents/gazette-painting-found").json();
            assertEquals("analysed", d.get("state").asText(), d.toString());
            String joined = d.get("story").asText();
            assertTrue(s.get("/v1/stories/" + joined).json().get("documents").toString()
                    .contains("gazette-painting-found"));
            assertTrue(s.get("/v1/search?q=storeroom").json().get("total").asLong() >= 1);
            int kept = 0;
            for (Story story : report.stories()) {
                if (!story.id().equals(joined)) {
                    // kept as imported (its links to other stories are worked out again by every round)
                    ObjectNode served = (ObjectNode) s.get("/v1/stories/" + story.id()).json();
                    ObjectNode was = Json.mapper().valueToTree(story);
                    served.remove("related");
                    was.remove("related");
                    assertEquals(was, served, story.id());
                    kept++;
                }
            }
            assertTrue(kept >= report.stories().size() - 1);
        }
        String posted = snapshot();
        assertEquals(JobImport.Outcome.ALREADY_IMPORTED, importJob(dir).outcome(),
                "restarting with the same --import changes nothing, also after later posts");
        assertEquals(posted, snapshot());
    }

    @Test
    void brokenFoldersAreRefusedNamingTheFileAndTheStoreIsLeftAsItWas() throws IOException {
        Report report = demoReport();
        Path good = writeJobOutput(report, work.resolve("good"));
        String json = Files.readString(good.resolve("report.json"));

        Path missing = work.resolve("nowhere");
        assertRefused(missing, missing + ": no such folder");

        Path noDocs = copy(good, "no-documents");
        Files.delete(noDocs.resolve("documents.jsonl"));
        assertRefused(noDocs, noDocs.resolve("documents.jsonl") + ": missing");

        Path cut = copy(good, "cut");
        Files.writeString(cut.resolve("report.json"), json.substring(0, json.length() / 2));
        assertRefused(cut, cut.resolve("report.json") + ": not valid JSON at line ");

        Path v2 = copy(good, "v2");
        Files.writeString(v2.resolve("report.json"), json.replace("\"concord.report/1\"", "\"concord.report/2\""));
        assertRefused(v2, v2.resolve("report.json") + ": a \"concord.report/2\" report; this Concord imports "
                + "\"concord.report/1\" only");

        Path shape = copy(good, "shape");
        Files.writeString(shape.resolve("report.json"), "{\"schema\": \"concord.report/1\", \"documents\": 3}");
        assertRefused(shape, shape.resolve("report.json") + ": not in the report-v1 shape at line 1");

        Path badLine = copy(good, "bad-line");
        List<String> lines = new ArrayList<>(Files.readAllLines(badLine.resolve("stories.jsonl")));
        lines.set(1, lines.get(1).substring(0, 20));
        Files.write(badLine.resolve("stories.jsonl"), lines);
        assertRefused(badLine, badLine.resolve("stories.jsonl") + " line 2: not valid JSON");

        Path mixed = copy(good, "mixed");
        List<String> docs = new ArrayList<>(Files.readAllLines(mixed.resolve("documents.jsonl")));
        docs.remove(docs.size() - 1);
        Files.write(mixed.resolve("documents.jsonl"), docs);
        assertRefused(mixed, mixed.resolve("documents.jsonl") + ": 11 document lines, report.json holds 12");

        Path inconsistent = copy(good, "inconsistent");
        Files.writeString(inconsistent.resolve("report.json"), json.replaceFirst(
                "\"documents\" : \\[\\s*\"", "\"documents\" : [ \"nobody\", \""));
        assertRefused(inconsistent, inconsistent.resolve("report.json") + ": not a consistent report: ");
        assertEquals(0, documentsStored(), "nothing was stored");

        assertEquals(JobImport.Outcome.IMPORTED, importJob(good).outcome());
        String imported = snapshot();
        assertRefused(cut, cut.resolve("report.json") + ": not valid JSON");
        Report other = new Report(report.documents().subList(0, 1), List.of(new Story("s-" + report.documents()
                .get(0).id(), "One", List.of(report.documents().get(0).id()), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of())), List.of(), report.analysis());
        Path another = writeJobOutput(other, work.resolve("another"));
        assertRefused(another, another + ": the store already holds 12 documents (from an import of another "
                + "report); --import loads a job's output into an empty store only");
        assertEquals(imported, snapshot(), "the store is as the first import left it");
    }

    @Test
    void aFailureWhileStoringLeavesNothingStored() {
        Report report = demoReport();
        // a report the checks accept but the store cannot hold (entity ids are at most 200 characters): the
        // documents are written before the stories, so the transaction fails half way
        List<Story> stories = new ArrayList<>(report.stories());
        int at = stories.size() - 1;
        while (stories.get(at).entities().isEmpty()) {
            at--;
        }
        Story last = stories.get(at);
        List<Entity> entities = new ArrayList<>(last.entities());
        Entity e = entities.get(0);
        entities.set(0, new Entity("e-" + "x".repeat(300), e.name(), e.type(), e.aliases(), e.titles(),
                e.documents(), e.mentions()));
        stories.set(at, new Story(last.id(), last.headline(), last.documents(), last.related(),
                last.summary(), entities, last.quotes(), last.timeline(), last.claims()));
        Path dir = writeJobOutput(new Report(report.documents(), stories, report.skipped(), report.analysis()),
                work.resolve("too-long"));
        assertThrows(Database.StoreException.class, () -> importJob(dir));
        assertEquals(0, documentsStored());
        assertTrue(snapshot().endsWith("analyses 0\nimports 0\nwork 0"), snapshot());
    }

    private void assertRefused(Path dir, String message) {
        JobImport.ImportException e = assertThrows(JobImport.ImportException.class, () -> importJob(dir));
        assertTrue(e.getMessage().startsWith(message), "expected '" + message + "...', got: " + e.getMessage());
    }

    private Path copy(Path from, String name) throws IOException {
        Path to = work.resolve(name);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
