package org.concord.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Durability: an acknowledged document is in the store before the answer, and the queue lives there too, so a
 * server closed before analysing resumes on the next start, analysing each document once.
 */
abstract class ServeRestartTest extends StoreBackedTest {
    @Test
    void acknowledgedDocumentsSurviveARestartAndTheQueueResumes() {
        List<String> demo = Served.demoLines();
        String token;
        try (Served first = new Served(config().withWorker(false))) {
            token = first.token;
            assertEquals(202, first.post("/v1/documents", String.join("\n", demo.subList(0, 6))).status());
            assertEquals(202, first.post("/v1/documents", String.join("\n", demo.subList(6, demo.size()))).status());
            assertEquals(demo.size(), first.get("/health").json().get("queue").asInt());
        }
        try (Database db = config().openDatabase()) {
            assertEquals((long) demo.size(), (long) Sql.read(db, c -> Sql.count(c, "SELECT COUNT(*) FROM work_queue WHERE done_at IS NULL")));
            assertTrue(new Tokens(db, java.time.Clock.systemUTC()).check(token).isPresent(), "tokens persist");
        }
        try (Served second = new Served(config())) {
            second.awaitAnalysed();
            assertEquals(0, second.get("/health").json().get("queue").asInt());
            assertEquals(demo.size(), second.get("/health").json().get("documents").get("analysed").asInt());
            assertEquals(3, second.get("/v1/stories").json().get("stories").size());
            long rounds = Sql.read(second.app.database(), c -> Sql.count(c, "SELECT COUNT(*) FROM analyses"));
            long closed = Sql.read(second.app.database(), c -> Sql.count(c,
                    "SELECT COUNT(*) FROM work_queue WHERE done_at IS NOT NULL AND attempts = 1"));
            assertEquals(1, rounds, "one round took the whole queue");
            assertEquals(demo.size(), closed, "each document analysed once");
        }
        try (Served third = new Served(config())) {
            third.awaitAnalysed();
            assertEquals(1L, (long) Sql.read(third.app.database(), c -> Sql.count(c, "SELECT COUNT(*) FROM analyses")),
                    "nothing left to do after a restart");
            assertTrue(third.get("/v1/search?q=ferry").json().get("total").asLong() > 0, "the search index persists");
        }
    }

    @Test
    void theSearchIndexIsRebuiltFromTheStoreWhenMissing() throws Exception {
        try (Served s = new Served(config())) {
            s.post("/v1/documents", String.join("\n", Served.demoLines()));
            s.awaitAnalysed();
        }
        try (var files = java.nio.file.Files.walk(data.resolve("index"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
        try (Served s = new Served(config())) {
            assertTrue(s.log.stream().anyMatch(l -> l.contains("rebuilding")), s.log.toString());
            assertTrue(s.get("/v1/search?q=ferry").json().get("total").asLong() > 0);
        }
    }
}
