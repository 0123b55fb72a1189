package org.concord.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI's pages over HTTP (no browser): each page answers HTML with its policy and the content of the store,
 * links lead to the pages they name, stored markup is text, and the JSON API is unchanged beside it. Runs on each
 * store ({@code WebUiPagesH2Test}, {@code WebUiPagesPostgresTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WebUiPagesTest {
    StoreBackend store;
    Served s;

    /** The store this variant runs on (H2 or PostgreSQL). */
    abstract StoreBackend newStore();

    @BeforeAll
    void serve(@TempDir Path data) {
        store = newStore();
        s = new Served(store.config(data));
        Served.Response r = s.post("/v1/documents", String.join("\n", WebUiFixture.lines()));
        assertEquals(202, r.status(), r.body());
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

    private Served.Response page(String path) {
        Served.Response r = s.get(path);
        assertEquals(200, r.status(), () -> path + ": " + s.log + "\n" + r.body());
        assertEquals("text/html;charset=utf-8", r.contentType(), path);
        assertTrue(r.raw().headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"),
                path);
        assertTrue(r.body().startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), path);
        assertTrue(r.body().contains("<meta name=\"viewport\""), path);
        assertTrue(r.body().contains("<main id=\"main\""), path);
        return r;
    }

    private static List<String> hrefs(String html, String prefix) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"(" + Pattern.quote(prefix) + "[^\"#]*)").matcher(html);
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&"));
        }
        return out;
    }

    @Test
    void everyStoryOfTheListingHasAPageAndEveryDocumentOfAStoryToo() {
        JsonNode stories = s.get("/v1/stories?limit=200").json().get("stories");
        String list = page("/").body();
        List<String> storyLinks = hrefs(list, "/stories/");
        assertEquals(stories.size(), storyLinks.stream().distinct().count(), "each story once in the listing");
        for (JsonNode st : stories) {
            String headline = st.get("headline").asText();
            assertTrue(list.contains(org.concord.serve.web.WebUiAccess.escape(headline)), headline);
            String story = page("/stories/" + Served.encode(st.get("id").asText()).replace("+", "%20")).body();
            for (JsonNode doc : s.get("/v1/stories/" + st.get("id").asText()).json().get("documents")) {
                assertTrue(story.contains("href=\"/documents/" + Served.encode(doc.asText()) + "\""), doc.asText());
            }
        }
        for (String link : hrefs(list, "/stories/")) {
            page(link);
        }
    }

    @Test
    void storyPageCitesSentencesThatTheDocumentPageAnchors() {
        JsonNode story = s.get("/v1/stories?sort=size&limit=1").json().get("stories").get(0);
        String html = page("/stories/" + story.get("id").asText()).body();
        Matcher m = Pattern.compile("class=\"cite\" href=\"(/documents/[^\"#]+)#(s-\\d+-\\d+)\"").matcher(html);
        int cites = 0;
        while (m.find()) {
            cites++;
            String doc = page(m.group(1)).body();
            assertTrue(doc.contains("id=\"" + m.group(2) + "\""), m.group(0));
        }
        assertTrue(cites > 0, "the summary cites its sentences");
        for (String section : List.of("id=\"summary\"", "id=\"timeline\"", "id=\"coverage\"", "id=\"quotes\"",
                "id=\"claims\"", "id=\"entities\"")) {
            assertTrue(html.contains(section), section);
        }
        for (String entity : hrefs(html, "/entities/")) {
            page(entity);
        }
        for (String speaker : hrefs(html, "/speakers/")) {
            assertTrue(page(speaker).body().contains("<blockquote>"), speaker);
        }
    }

    @Test
    void storedMarkupIsTextOnEveryPage() {
        String id = WebUiFixture.XSS_ID;
        JsonNode doc = s.get("/v1/documents/" + id).json();
        assertEquals("analysed", doc.get("state").asText(), doc.toString());
        List<String> pages = new ArrayList<>(List.of("/documents/" + id, "/stories/" + doc.get("story").asText(),
                "/", "/search?q=ferry+talks", "/search?q=sail&outlet=" + Served.encode(WebUiFixture.XSS_OUTLET)));
        String story = s.get("/stories/" + doc.get("story").asText()).body();
        pages.addAll(hrefs(story, "/speakers/"));
        pages.addAll(hrefs(story, "/entities/"));
        for (String path : pages) {
            String html = page(path).body();
            assertFalse(html.contains("<script>window"), path);
            assertFalse(html.contains("<img src=x"), path);
            assertFalse(html.contains("<svg onload"), path);
            assertFalse(html.contains("<b onmouseover"), path);
            assertFalse(html.contains("href=\"javascript:"), path);
            assertEquals(1, count(html, "<script"), path + ": only the page's own script");
        }
        String page = s.get("/documents/" + id).body();
        assertTrue(page.contains("&lt;script&gt;window.__pwned=&#39;title&#39;&lt;/script&gt;Ferry talks"), page);
        assertTrue(page.contains("javascript:window.__pwned=&#39;url&#39;</span>"), "the URL shown as text");
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void filtersKeepOnlyTheStoriesTheyName() {
        String outlet = "Coastline Wire";
        JsonNode api = s.get("/v1/stories?limit=200&outlet=" + Served.encode(outlet)).json().get("stories");
        String html = page("/?outlet=" + Served.encode(outlet)).body();
        assertEquals(api.size(), hrefs(html, "/stories/").stream().distinct().count());
        assertTrue(api.size() > 0 && api.size() < s.get("/v1/stories?limit=200").json().get("stories").size());
        JsonNode entity = s.get("/v1/entities?limit=1").json().get("entities").get(0);
        String byEntity = page("/?entity=" + Served.encode(entity.get("id").asText())).body();
        assertEquals(entity.get("stories").asLong(), hrefs(byEntity, "/stories/").stream().distinct().count());
        String none = page("/?from=2999-01-01").body();
        assertTrue(none.contains("No story matches these filters."));
        Served.Response bad = s.get("/?from=yesterday");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("from must be a date"), bad.body());
    }

    @Test
    void searchShowsHitsFacetsAndHighlights() {
        String html = page("/search?q=ferry").body();
        assertTrue(html.contains("<mark>"), "highlights");
        assertTrue(html.contains("/search?q=ferry&amp;outlet="), "outlet facets");
        assertTrue(page("/search").body().contains("<label for=\"q\">"));
        assertEquals(400, s.get("/search?q=%22unclosed").status());
    }

    @Test
    void unknownThingsAreHtml404sAndTheApiStillAnswersProblems() {
        for (String path : List.of("/stories/nope", "/documents/nope", "/entities/e-nobody", "/speakers/Nobody")) {
            Served.Response r = s.get(path);
            assertEquals(404, r.status(), path);
            assertTrue(r.contentType().startsWith("text/html"), path + ": " + r.contentType() + " " + r.body());
        }
        Served.Response api = s.get("/v1/stories/nope");
        assertEquals(404, api.status());
        assertEquals("application/problem+json", api.contentType());
        assertTrue(api.body().contains("no story nope"), api.body());
        assertTrue(s.get("/ui/concord.css").contentType().startsWith("text/css"));
        assertTrue(s.get("/ui/concord.js").body().contains("use strict"));
    }
}
