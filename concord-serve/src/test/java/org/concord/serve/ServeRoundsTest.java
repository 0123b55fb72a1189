package org.concord.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.concord.ingest.RawArticle;
import org.concord.model.Report;
import org.concord.pipeline.Concord;
import org.concord.pipeline.DocumentBudget;
import org.concord.pipeline.PlainAnnotator;
import org.concord.report.ReportJson;
import org.junit.jupiter.api.Test;

/**
 * A server's rounds keep per-document outputs and the report between rounds; what they store must be what the same
 * rounds give from scratch: each round's {@code update} of the stored report with every earlier document going
 * through the per-document stages again, as the server did before it kept them.
 */
abstract class ServeRoundsTest extends StoreBackedTest {
    @Test
    void roundsStoreTheReportsOfRoundsFromScratch() {
        List<String> demo = Served.demoLines();
        List<List<String>> rounds = new ArrayList<>();
        rounds.add(demo.subList(0, 5));
        rounds.add(demo.subList(5, 9));
        rounds.add(demo.subList(9, demo.size()));
        // a new version of the first document
        rounds.add(List.of(demo.get(0).replace("\"text\":\"", "\"text\":\"A new first paragraph.\\n\\n")));
        assertTrue(!rounds.get(3).get(0).equals(demo.get(0)), "the new version differs");

        Concord scratch = Concord.builder().annotator(new PlainAnnotator()).threads(1).summaryWords(120)
                .documentBudget(DocumentBudget.defaults()).build();
        Report expected = null;
        try (Served s = new Served(config())) {
            StoryStore stories = new StoryStore(s.app.database(), Clock.systemUTC());
            SpeakerFixes speakers = new CorrectionStore(s.app.database(), Clock.systemUTC()).speakers();
            for (int i = 0; i < rounds.size(); i++) {
                assertEquals(202, s.post("/v1/documents", String.join("\n", rounds.get(i))).status());
                s.awaitAnalysed();
                List<RawArticle> articles = new ArrayList<>();
                for (String line : rounds.get(i)) {
                    articles.add(DocumentInput.parseBody(line, Integer.MAX_VALUE).get(0).article());
                }
                Report made = expected == null ? scratch.analyzeArticles(articles, List.of()).report()
                        : scratch.update(expected, articles, List.of()).report();
                expected = StoryStore.asStored(speakers.apply(made));
                Report stored = stories.currentReport();
                assertEquals(ReportJson.toJson(expected), ReportJson.toJson(stored), "round " + i);
                assertEquals(expected, stored, "round " + i + ": the report the worker keeps is the stored one");
            }
            long rounds0 = Sql.read(s.app.database(), c -> Sql.count(c, "SELECT COUNT(*) FROM analyses"));
            assertEquals(rounds.size(), rounds0, "one round per post");
            assertTrue(s.log.stream().anyMatch(l -> l.matches("analysed 1 new documents in .*, 1 annotated; .*")),
                    "the last round annotated its new document only: " + s.log);
        }
    }
    @Test
    void aDocumentWithANewerVersionQueuedStaysQueuedWhenTheOlderIsCommitted() {
        List<String> demo = Served.demoLines();
        String newer = demo.get(0).replace("\"text\":\"", "\"text\":\"A new first paragraph.\\n\\n");
        try (Served s = new Served(config().withWorker(false))) {
            assertEquals(202, s.post("/v1/documents", String.join("\n", demo.subList(0, 3))).status());
            assertEquals(202, s.post("/v1/documents", newer).status());
            DocumentStore documents = new DocumentStore(s.app.database(), Clock.systemUTC());
            StoryStore stories = new StoryStore(s.app.database(), Clock.systemUTC());
            List<DocumentStore.WorkItem> open = documents.openWork(10);
            assertEquals(4, open.size(), "three documents, and a second version of the first");
            // the round that took the first three items (the older version of the first document) commits
            List<DocumentStore.WorkItem> round = open.subList(0, 3);
            List<RawArticle> articles = new ArrayList<>();
            for (String line : demo.subList(0, 3)) {
                articles.add(DocumentInput.parseBody(line, Integer.MAX_VALUE).get(0).article());
            }
            Concord concord = Concord.builder().annotator(new PlainAnnotator()).threads(1).summaryWords(120)
                    .documentBudget(DocumentBudget.defaults()).build();
            stories.commit(null, concord.analyzeArticles(articles, List.of()), 0.1, round);
            String first = open.get(0).documentId();
            String second = open.get(1).documentId();
            assertEquals(first, open.get(3).documentId());
            assertEquals(DocumentStore.QUEUED, Sql.read(s.app.database(), c -> Sql.one(c,
                    "SELECT state FROM documents WHERE id = ?", r -> r.getString(1), first)),
                    "the newer version is still to analyse");
            assertEquals(DocumentStore.ANALYSED, Sql.read(s.app.database(), c -> Sql.one(c,
                    "SELECT state FROM documents WHERE id = ?", r -> r.getString(1), second)));
            assertEquals(List.of(open.get(3)), documents.openWork(10));
        }
    }
}
