package org.concord.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing: tokens, body limits, atomic batches, new versions, incremental analysis, escaped text. */
abstract class ServeWritesTest {
    @TempDir
    Path data;

    private StoreBackend store;

    /** The store this variant runs on (H2 or PostgreSQL). */
    abstract StoreBackend newStore();

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    @AfterEach
    void dropStore() {
        if (store != null) {
            store.close();
        }
    }

    private ServeConfig config() {
        return store.config(data);
    }

    @Test
    void writesNeedAValidTokenAndReadsFromLoopbackDoNot() {
        try (Served s = new Served(config())) {
            String doc = "{\"id\": \"a\", \"text\": \"Some text.\"}";
            for (String bearer : new String[] {null, "concord_not-a-token", "", s.token + "x"}) {
                Served.Response r = s.post("/v1/documents", doc, "application/json", bearer);
                assertEquals(401, r.status(), String.valueOf(bearer));
                assertEquals(Problem.MEDIA_TYPE, r.contentType());
                assertEquals("Bearer realm=\"concord\"", r.raw().headers().firstValue("WWW-Authenticate").orElse(""));
            }
            assertEquals(404, s.get("/v1/documents/a").status(), "nothing was stored");
            assertEquals(202, s.post("/v1/documents", doc, "application/json", s.token).status());
            assertEquals(200, s.get("/v1/documents/a").status());
            String stored = Sql.read(s.app.database(), c -> Sql.one(c, "SELECT token_sha256 FROM tokens", r -> r.getString(1)));
            assertEquals(Tokens.sha256(s.token), stored, "the store keeps the token's SHA-256 only");
            assertFalse(Api.loopback("192.0.2.1"));
            assertTrue(Api.loopback("127.0.0.1"));
            assertTrue(Api.loopback("0:0:0:0:0:0:0:1"));
        }
    }

    @Test
    void aBodyOverTheLimitIs413AndStoresNothing() {
        try (Served s = new Served(config().withMaxBodyBytes(2000))) {
            String big = "{\"id\": \"big\", \"text\": \"" + "word ".repeat(1000) + "\"}";
            Served.Response r = s.post("/v1/documents", big, "application/json", s.token);
            assertEquals(413, r.status(), r.body());
            assertEquals(Problem.MEDIA_TYPE, r.contentType());
            assertEquals(413, r.json().get("status").asInt());
            assertEquals(404, s.get("/v1/documents/big").status());
            assertEquals(202, s.post("/v1/documents", "{\"id\": \"small\", \"text\": \"A short one.\"}",
                    "application/json", s.token).status());
        }
    }

    @Test
    void aBatchWithOneBadDocumentStoresNone() {
        try (Served s = new Served(config().withWorker(false))) {
            String body = "{\"id\": \"good\", \"text\": \"Fine.\"}\n{\"id\": \"bad\", \"text\": 42}\nnot json\n"
                    + "{\"id\": \"empty\"}";
            Served.Response r = s.post("/v1/documents", body);
            assertEquals(400, r.status());
            assertEquals(Problem.MEDIA_TYPE, r.contentType());
            JsonNode errors = r.json().get("errors");
            assertEquals(3, errors.size(), errors.toString());
            assertTrue(errors.get(0).asText().startsWith("line 2"), errors.toString());
            assertEquals(404, s.get("/v1/documents/good").status(), "nothing of the batch was stored");
            assertEquals(415, s.post("/v1/documents", "{}", "application/xml", s.token).status());
            assertEquals(400, s.post("/v1/documents", "", "application/json", s.token).status());
        }
    }

    @Test
    void theSameContentIsUnchangedAndNewContentIsANewVersion() {
        try (Served s = new Served(config())) {
            String v1 = "{\"id\": \"d\", \"outlet\": \"One\", \"text\": \"The council met on Monday.\"}";
            assertEquals("queued", s.post("/v1/documents", v1).json().get("documents").get(0).get("state").asText());
            s.awaitAnalysed();
            assertEquals("unchanged", s.post("/v1/documents", v1).json().get("documents").get(0).get("state").asText());
            String v2 = "{\"id\": \"d\", \"outlet\": \"One\", \"text\": \"The council met on Tuesday.\"}";
            assertEquals("queued", s.post("/v1/documents", v2).json().get("documents").get(0).get("state").asText());
            s.awaitAnalysed();
            JsonNode d = s.get("/v1/documents/d").json();
            assertEquals("analysed", d.get("state").asText());
            assertTrue(d.get("document").get("text").asText().contains("Tuesday"), d.toString());
            long queued = Sql.read(s.app.database(), c -> Sql.count(c, "SELECT COUNT(*) FROM work_queue"));
            assertEquals(2, queued, "one work item per version, none for the unchanged post");
        }
    }

    @Test
    void aNewDocumentReanalysesOnlyTheStoryItJoins() {
        try (Served s = new Served(config())) {
            List<String> demo = Served.demoLines();
            s.post("/v1/documents", String.join("\n", demo));
            s.awaitAnalysed();
            JsonNode painting = s.get("/v1/stories/s-gazette-painting-stolen").json();
            String later = "{\"id\": \"gazette-painting-found\", \"outlet\": \"Brackwater Gazette\", "
                    + "\"published\": \"2023-03-22\", \"title\": \"Stolen seascape found in Lindmouth gallery storeroom\", "
                    + "\"text\": \"The 19th-century seascape stolen from the Lindmouth gallery was found on Wednesday in a "
                    + "storeroom of the same gallery, police said. The painting thieves took from the gallery was "
                    + "unharmed.\"}";
            assertEquals(202, s.post("/v1/documents", later).status());
            s.awaitAnalysed();
            long[] last = Sql.read(s.app.database(), c -> Sql.one(c, "SELECT stories_analysed, stories_reused FROM "
                    + "analyses ORDER BY id DESC LIMIT 1", r -> new long[] {r.getLong(1), r.getLong(2)}));
            JsonNode after = s.get("/v1/stories?limit=200").json().get("stories");
            assertEquals(after.size(), last[0] + last[1]);
            assertTrue(last[1] >= 1, "untouched stories are kept, not analysed again: " + last[0] + "/" + last[1]);
            assertEquals(1, last[0], "only the story the new document touches is analysed: " + s.log);
            JsonNode d = s.get("/v1/documents/gazette-painting-found").json();
            assertEquals("analysed", d.get("state").asText());
            String story = d.get("story").asText();
            JsonNode joined = s.get("/v1/stories/" + story).json();
            assertTrue(joined.get("documents").toString().contains("gazette-painting-found"));
            if (story.equals("s-gazette-painting-stolen")) {
                assertEquals(painting.get("documents").size() + 1, joined.get("documents").size());
            }
        }
    }

    @Test
    void storedMarkupComesBackEscapedInHighlightsAndHtml() {
        try (Served s = new Served(config())) {
            String xss = "{\"id\": \"xss\", \"outlet\": \"<img src=x onerror=alert(1)>\", \"title\": \"<script>alert(1)</script>\", "
                    + "\"text\": \"The harbour <script>alert('x')</script> ferry sailed. Officials said \\\"<b onmouseover=alert(2)>\\\" "
                    + "was the reply. The ferry returned.\"}";
            assertEquals(202, s.post("/v1/documents", xss).status());
            s.awaitAnalysed();
            JsonNode hits = s.get("/v1/search?q=ferry").json().get("hits");
            assertEquals(1, hits.size());
            String hl = hits.get(0).get("highlights").toString();
            assertTrue(hl.contains("&lt;script&gt;"), hl);
            assertFalse(hl.contains("<script"), hl);
            String story = s.get("/v1/documents/xss").json().get("story").asText();
            String html = s.get("/v1/stories/" + story + "/report.html").body();
            assertFalse(html.contains("<script"), "no stored markup is ever executed");
            assertFalse(html.contains("<img"), html);
        }
    }

    @Test
    void nulCharactersAndUnpairedSurrogatesAreStoredTheSameWayOnEveryBackend() {
        // PostgreSQL refuses U+0000 in text and cannot encode an unpaired surrogate: the store replaces both with
        // U+FFFD on every backend, so a post never fails on one store and passes on the other
        try (Served s = new Served(config())) {
            String doc = "{\"id\": \"odd\", \"outlet\": \"Nul\\u0000Outlet\", \"title\": \"Half \\ud800 title\", "
                    + "\"text\": \"The ferry\\u0000 sailed at noon. The harbour \\udc00 master said it was on time.\"}";
            Served.Response r = s.post("/v1/documents", doc, "application/json", s.token);
            assertEquals(202, r.status(), r.body());
            s.awaitAnalysed();
            JsonNode d = s.get("/v1/documents/odd").json();
            assertEquals("analysed", d.get("state").asText(), d.toString());
            assertEquals("Nul\uFFFDOutlet", d.get("outlet").asText());
            assertEquals("Half \uFFFD title", d.get("title").asText());
            assertEquals(200, s.get("/v1/stories?outlet=" + Served.encode("Nul\uFFFDOutlet")).status());
            assertEquals(1, s.get("/v1/stories?outlet=" + Served.encode("Nul\uFFFDOutlet")).json().get("stories").size());
            assertEquals("unchanged", s.post("/v1/documents", doc, "application/json", s.token).json().get("documents")
                    .get(0).get("state").asText(), "the same post again is recognised");
        }
    }
}
