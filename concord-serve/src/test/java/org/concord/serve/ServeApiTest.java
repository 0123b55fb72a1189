package org.concord.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.concord.ingest.RawArticle;
import org.concord.model.Report;
import org.concord.model.Story;
import org.concord.pipeline.Concord;
import org.concord.pipeline.PlainAnnotator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server end to end on the sample corpus (samples/demo, posted as one JSON Lines batch): documents are
 * acknowledged, analysed by the worker into the same stories a batch analysis makes, and read back through every
 * read route.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServeApiTest {
    StoreBackend store;
    Served s;
    List<String> demo;

    /** The store this variant runs on (H2 or PostgreSQL). */
    abstract StoreBackend newStore();

    @BeforeAll
    void postDemo(@TempDir Path data) {
        store = newStore();
        s = new Served(store.config(data));
        demo = Served.demoLines();
        Served.Response r = s.post("/v1/documents", String.join("\n", demo));
        assertEquals(202, r.status(), r.body());
        assertEquals(demo.size(), r.json().get("queued").asInt());
        s.awaitAnalysed();
    }

    @AfterAll
    void stop() {
        if (s != null) {
            s.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void storiesAreThoseOfABatchAnalysisOfTheSameArticles() {
        List<RawArticle> articles = new ArrayList<>();
        for (DocumentInput d : DocumentInput.parseBody(String.join("\n", demo), Integer.MAX_VALUE)) {
            articles.add(d.article());
        }
        Report batch = Concord.builder().annotator(new PlainAnnotator()).threads(1).build()
                .analyzeArticles(articles, List.of()).report();
        assertEquals(12, batch.documents().size());
        JsonNode page = s.get("/v1/stories?limit=200").json();
        Set<String> served = new HashSet<>();
        page.get("stories").forEach(n -> served.add(n.get("id").asText()));
        Set<String> expected = new HashSet<>();
        batch.stories().forEach(x -> expected.add(x.id()));
        assertEquals(expected, served);
        for (Story story : batch.stories()) {
            Served.Response r = s.get("/v1/stories/" + story.id());
            assertEquals(200, r.status());
            assertEquals("application/json", r.contentType());
            assertEquals(Json.mapper().valueToTree(story), r.json(), "story " + story.id() + " as report-v1 has it");
        }
    }

    @Test
    void everyPostedDocumentIsAnalysedIntoAStory() {
        for (String line : demo) {
            String id = Served.JSON.valueToTree(parse(line)).get("id").asText();
            JsonNode d = s.get("/v1/documents/" + id).json();
            assertEquals("analysed", d.get("state").asText(), d.toString());
            assertTrue(d.get("story").asText().startsWith("s-"));
            assertEquals(id, d.get("document").get("id").asText());
            assertTrue(d.get("received_at").asText().endsWith("Z"));
        }
    }

    @Test
    void storyReportsInJsonAndMarkdown() throws Exception {
        String id = s.get("/v1/stories?sort=size&limit=1").json().get("stories").get(0).get("id").asText();
        Served.Response json = s.get("/v1/stories/" + id + "/report.json");
        assertEquals(200, json.status());
        Report r = org.concord.report.ReportJson.read(new java.io.StringReader(json.body()));
        assertEquals(Report.SCHEMA, r.schema());
        assertEquals(1, r.stories().size());
        assertEquals(r.stories().get(0).documents().size(), r.documents().size());
        Served.Response md = s.get("/v1/stories/" + id + "/report.md");
        assertEquals(200, md.status());
        assertTrue(md.contentType().startsWith("text/markdown"));
        assertTrue(md.body().contains(r.stories().get(0).headline()), md.body());
        Served.Response html = s.get("/v1/stories/" + id + "/report.html");
        assertEquals(200, html.status());
        assertTrue(html.raw().headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
    }

    @Test
    void cursorPagesCoverTheListingOnceInOrder() {
        for (String sort : List.of("latest", "size")) {
            List<String> all = ids(s.get("/v1/stories?limit=200&sort=" + sort).json());
            List<String> paged = new ArrayList<>();
            String cursor = null;
            do {
                JsonNode page = s.get("/v1/stories?limit=1&sort=" + sort
                        + (cursor == null ? "" : "&cursor=" + Served.encode(cursor))).json();
                paged.addAll(ids(page));
                cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
            } while (cursor != null);
            assertEquals(all, paged, sort);
        }
    }

    @Test
    void storiesFilterByOutletAndText() {
        JsonNode wire = s.get("/v1/stories?outlet=" + Served.encode("Coastline Wire")).json();
        assertFalse(wire.get("stories").isEmpty());
        wire.get("stories").forEach(n -> assertTrue(n.get("outlets").toString().contains("Coastline Wire")));
        assertTrue(s.get("/v1/stories?outlet=Nobody").json().get("stories").isEmpty());
        JsonNode ferry = s.get("/v1/stories?q=FERRY").json();
        assertFalse(ferry.get("stories").isEmpty());
        JsonNode all = s.get("/v1/stories?limit=200").json();
        assertTrue(ferry.get("stories").size() < all.get("stories").size(), "the painting story has no ferry");
    }

    @Test
    void parametersAreDataNeverSql() {
        for (String evil : List.of("' OR 1=1 --", "%", "_", "\\", "x'); DROP TABLE stories; --")) {
            Served.Response r = s.get("/v1/stories?q=" + Served.encode(evil) + "&outlet=" + Served.encode(evil));
            assertEquals(200, r.status(), r.body());
            assertTrue(r.json().get("stories").isEmpty(), evil);
            Served.Response q = s.get("/v1/quotes?speaker=" + Served.encode(evil));
            assertEquals(200, q.status());
            assertTrue(q.json().get("quotes").isEmpty(), evil);
        }
        assertEquals(200, s.get("/v1/stories").status(), "the tables are still there");
    }

    @Test
    void quotesAcrossStoriesBySpeakerAndText() {
        List<JsonNode> all = new ArrayList<>();
        s.get("/v1/quotes?limit=200").json().get("quotes").forEach(all::add);
        int inStories = 0;
        for (JsonNode st : s.get("/v1/stories?limit=200").json().get("stories")) {
            inStories += s.get("/v1/stories/" + st.get("id").asText()).json().get("quotes").size();
        }
        assertEquals(inStories, all.size());
        JsonNode named = all.stream().filter(q -> !q.get("quote").get("speaker").isNull()
                && !q.get("quote").get("speaker").get("name").isNull()).findFirst().orElse(null);
        if (named != null) {
            String name = named.get("quote").get("speaker").get("name").asText();
            String part = name.substring(0, Math.min(5, name.length())).toUpperCase(java.util.Locale.ROOT);
            JsonNode found = s.get("/v1/quotes?speaker=" + Served.encode(part)).json().get("quotes");
            assertFalse(found.isEmpty());
            found.forEach(q -> assertTrue(q.get("quote").get("speaker").get("name").asText()
                    .toUpperCase(java.util.Locale.ROOT).contains(part)));
        }
    }

    @Test
    void searchRanksHighlightsAndCountsOutlets() {
        JsonNode r = s.get("/v1/search?q=ferry+strike").json();
        assertTrue(r.get("total").asLong() > 0);
        JsonNode hit = r.get("hits").get(0);
        assertNotNull(hit.get("story").asText());
        assertTrue(hit.get("highlights").toString().contains("<b>"), hit.toString());
        assertFalse(r.get("facets").get("outlet").isEmpty());
        JsonNode herald = s.get("/v1/search?q=ferry&outlet=" + Served.encode("Lindmouth Herald")).json();
        herald.get("hits").forEach(h -> assertEquals("Lindmouth Herald", h.get("outlet").asText()));
        assertEquals(400, s.get("/v1/search?q=" + Served.encode("title:(unbalanced")).status());
        assertEquals(400, s.get("/v1/search").status());
    }

    @Test
    void errorsAreProblemDetails() {
        for (String path : List.of("/v1/stories/s-nothing", "/v1/documents/nothing", "/v1/no-such-route",
                "/v1/stories?limit=0", "/v1/stories?limit=x", "/v1/stories?cursor=bogus", "/v1/stories?sort=name",
                "/v1/stories?from=yesterday")) {
            Served.Response r = s.get(path);
            assertTrue(r.status() == 404 || r.status() == 400, path + ": " + r.status());
            assertEquals(Problem.MEDIA_TYPE, r.contentType(), path);
            JsonNode p = r.json();
            assertEquals(r.status(), p.get("status").asInt());
            assertEquals("about:blank", p.get("type").asText());
            assertFalse(p.get("title").asText().isEmpty());
            assertFalse(p.get("detail").asText().isEmpty(), path);
        }
    }

    @Test
    void healthAndMetrics() {
        JsonNode h = s.get("/health").json();
        assertEquals("ok", h.get("status").asText());
        assertEquals(store.kind(), h.get("store").asText());
        assertEquals(0, h.get("queue").asInt());
        assertEquals(demo.size(), h.get("documents").get("analysed").asInt() + h.get("documents").get("skipped").asInt());
        Served.Response m = s.get("/metrics");
        assertTrue(m.contentType().startsWith("text/plain; version=0.0.4"));
        assertTrue(m.body().contains("# TYPE concord_http_requests_total counter"));
        assertTrue(m.body().contains("route=\"/v1/documents\",status=\"202\""), m.body());
        assertTrue(m.body().contains("concord_queue_depth 0"));
        assertTrue(m.body().matches("(?s).*concord_analysis_rounds_total [1-9].*"), m.body());
    }

    private static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("stories").forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    private static JsonNode parse(String line) {
        try {
            return Served.JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
