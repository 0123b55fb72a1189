package org.concord.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI's writes over HTTP (no browser): signing in with a token (the cookie's attributes), the CSRF check that
 * refuses a form without this browser's value or from another site before anything is written, a write without a
 * sign-in, the feeds page's add, refresh and delete, and the story page's corrections, each stored as the API stores
 * it and audited with the token's name. Runs on each store ({@code WebUiFormsH2Test}, {@code WebUiFormsPostgresTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WebUiFormsTest {
    static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]+)\"");
    StoreBackend store;
    Served s;
    FeedServer feeds;

    abstract StoreBackend newStore();

    @BeforeAll
    void serve(@TempDir Path data) throws IOException {
        store = newStore();
        s = new Served(store.config(data), SourceOptions.defaults().withBackground(false));
        assertEquals(202, s.post("/v1/documents", String.join("\n", Served.demoLines())).status());
        s.awaitAnalysed();
        feeds = new FeedServer();
    }

    @AfterAll
    void stop() {
        if (feeds != null) {
            feeds.close();
        }
        if (s != null) {
            s.close();
        }
        if (store != null) {
            store.close();
        }
    }

    /** A browser's cookies, kept by hand: what the server set, sent back on each request. */
    final class Visitor {
        final Map<String, String> cookies = new LinkedHashMap<>();
        final List<String> setCookies = new ArrayList<>();

        Served.Response get(String path) {
            return keep(s.send(withCookies(HttpRequest.newBuilder(s.uri(path)).GET())));
        }

        Served.Response post(String path, Map<String, List<String>> form, String... headers) {
            StringBuilder body = new StringBuilder();
            form.forEach((k, vs) -> vs.forEach(v -> body.append(body.length() == 0 ? "" : "&").append(Served.encode(k))
                    .append('=').append(Served.encode(v))));
            HttpRequest.Builder b = HttpRequest.newBuilder(s.uri(path))
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .header("Content-Type", "application/x-www-form-urlencoded");
            for (int i = 0; i < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return keep(s.send(withCookies(b)));
        }

        /** The CSRF value of the forms of the page at {@code path}. */
        String csrf(String path) {
            Matcher m = CSRF.matcher(get(path).body());
            assertTrue(m.find(), path + " has a form with a CSRF value");
            assertEquals(cookies.get("concord_csrf"), m.group(1), "the form's value is the cookie's");
            return m.group(1);
        }

        /** Signs in with the test's token through the form. */
        void signIn() {
            Served.Response r = post("/signin", form("csrf", csrf("/signin"), "token", s.token, "next", "/feeds"));
            assertEquals(303, r.status(), r.body());
            assertEquals("/feeds", r.raw().headers().firstValue("Location").orElse(""));
            assertNotNull(cookies.get("concord_writer"));
        }

        private HttpRequest.Builder withCookies(HttpRequest.Builder b) {
            if (!cookies.isEmpty()) {
                StringBuilder c = new StringBuilder();
                cookies.forEach((k, v) -> c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
                b.header("Cookie", c.toString());
            }
            return b;
        }

        private Served.Response keep(Served.Response r) {
            for (String h : r.raw().headers().allValues("Set-Cookie")) {
                setCookies.add(h);
                String pair = h.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (h.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return r;
        }
    }

    static Map<String, List<String>> form(String... pairs) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        return out;
    }

    private int corrections() {
        return s.get("/v1/corrections?limit=200").json().get("corrections").size();
    }

    private int feedCount() {
        return s.get("/v1/feeds").json().get("feeds").size();
    }

    @Test
    void signingInKeepsTheTokenInAStrictHttpOnlyCookieAndABadTokenIsRefused() {
        Visitor v = new Visitor();
        Served.Response bad = v.post("/signin", form("csrf", v.csrf("/signin"), "token", "concord_not-a-token"));
        assertEquals(401, bad.status());
        assertTrue(bad.body().contains("not one this server knows"), bad.body());
        assertFalse(v.cookies.containsKey("concord_writer"));
        v.signIn();
        String set = v.setCookies.stream().filter(c -> c.startsWith("concord_writer=")).findFirst().orElseThrow();
        assertTrue(set.contains("; HttpOnly"), set);
        assertTrue(set.contains("; SameSite=Strict"), set);
        assertTrue(set.contains("; Path=/"), set);
        assertFalse(set.contains("Secure"), "not over plain http: " + set);
        assertTrue(v.setCookies.stream().filter(c -> c.startsWith("concord_csrf=")).allMatch(
                c -> c.contains("; HttpOnly") && c.contains("; SameSite=Strict")), v.setCookies.toString());
        String page = v.get("/signin").body();
        assertTrue(page.contains("You are signed in as <strong>test</strong>"), page);
        Visitor elsewhere = new Visitor();
        for (String next : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example", "/ok\r\nX: y")) {
            Served.Response r = elsewhere.post("/signin", form("csrf", elsewhere.csrf("/signin"), "token", s.token,
                    "next", next));
            assertEquals(303, r.status());
            assertEquals("/", r.raw().headers().firstValue("Location").orElse(""), "only a local page: " + next);
        }
        Served.Response out = v.post("/signout", form("csrf", v.csrf("/signin")));
        assertEquals(303, out.status());
        assertFalse(v.cookies.containsKey("concord_writer"), "signed out");
        assertTrue(v.get("/signin").body().contains("name=\"token\""));
    }

    @Test
    void aFormWithoutThisBrowsersCsrfValueOrFromAnotherSiteIsRefusedBeforeAnyWrite() {
        Visitor v = new Visitor();
        v.signIn();
        String csrf = v.csrf("/feeds");
        String url = feeds.url("/csrf.rss");
        int before = feedCount();
        // another value: the first character changed (a random value may itself start with "x")
        String wrong = (csrf.charAt(0) == 'x' ? "y" : "x") + csrf.substring(1);
        for (Map<String, List<String>> f : List.of(form("url", url), form("url", url, "csrf", wrong),
                form("url", url, "csrf", ""))) {
            Served.Response r = v.post("/feeds", f);
            assertEquals(403, r.status(), r.body());
            assertTrue(r.body().contains("CSRF"), r.body());
        }
        Served.Response foreign = v.post("/feeds", form("url", url, "csrf", csrf), "Origin", "https://evil.example");
        assertEquals(403, foreign.status(), foreign.body());
        assertEquals(before, feedCount(), "no feed added");
        String story = s.get("/v1/stories?sort=size&limit=1").json().get("stories").get(0).get("id").asText();
        int made = corrections();
        JsonNode docs = s.get("/v1/stories/" + story).json().get("documents");
        assertEquals(403, v.post("/stories/" + story + "/corrections", form("op", "split", "doc",
                docs.get(0).asText())).status());
        assertEquals(made, corrections(), "no correction stored");
        Visitor other = new Visitor();
        other.get("/signin");
        assertEquals(403, other.post("/signin", form("token", s.token, "csrf", csrf)).status(),
                "another browser's value is not this one's");
        assertFalse(other.cookies.containsKey("concord_writer"));
        Visitor reader = new Visitor();
        Served.Response unsigned = reader.post("/feeds", form("url", url, "csrf", reader.csrf("/signin")));
        assertEquals(401, unsigned.status(), "a write needs a signed-in writer");
        assertEquals(before, feedCount());
    }

    @Test
    void aWriterAddsRefreshesAndDeletesAFeedAndReadersSeeItWithoutForms() {
        String title = "Harbour <script>window.__pwned='feed'</script> News";
        feeds.serve("/harbour.rss", FeedServer.rss(title, List.<String[]>of(new String[] {
            "https://news.example/a", "Ferry strike ends", "<p>The ferry strike ended on Friday.</p>"})), "\"h1\"",
                null);
        Visitor v = new Visitor();
        v.signIn();
        String url = feeds.url("/harbour.rss");
        Served.Response added = v.post("/feeds", form("csrf", v.csrf("/feeds"), "url", url, "interval_seconds",
                "3600"));
        assertEquals(200, added.status(), added.body());
        assertTrue(added.body().contains("role=\"status\""), added.body());
        JsonNode feed = s.get("/v1/feeds").json().get("feeds").get(feedCount() - 1);
        assertEquals(url, feed.get("url").asText());
        assertEquals("test", feed.get("created_by").asText(), "audited with the token's name");
        assertEquals(3600, feed.get("interval_seconds").asInt());
        long id = feed.get("id").asLong();
        Served.Response again = v.post("/feeds", form("csrf", v.csrf("/feeds"), "url", url));
        assertEquals(409, again.status());
        Served.Response bad = v.post("/feeds", form("csrf", v.csrf("/feeds"), "url", "file:///etc/passwd"));
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("must be an http or https URL"), bad.body());
        Served.Response refreshed = v.post("/feeds/" + id + "/refresh", form("csrf", v.csrf("/feeds")));
        assertEquals(200, refreshed.status(), refreshed.body());
        assertTrue(refreshed.body().contains("read 1 items, 1 new"), refreshed.body());
        String page = new Visitor().get("/feeds").body();
        assertTrue(page.contains(org.concord.serve.web.WebUiAccess.escape(title)), "the title, escaped");
        assertFalse(page.contains("<script>window"), page);
        assertTrue(page.contains("HTTP 200, read"), page);
        assertFalse(page.contains("/feeds/" + id + "/refresh"), "a reader gets no buttons");
        assertTrue(page.contains("/signin?next=%2Ffeeds"));
        assertEquals(404, v.post("/feeds/99999/delete", form("csrf", v.csrf("/feeds"))).status());
        Served.Response deleted = v.post("/feeds/" + id + "/delete", form("csrf", v.csrf("/feeds")));
        assertEquals(200, deleted.status());
        assertTrue(deleted.body().contains("Deleted the feed"), deleted.body());
        assertEquals(404, s.get("/v1/feeds/" + id).status());
    }

    @Test
    void aWriterSplitsMovesAndMergesFromTheStoryPageAsTheApiWould() {
        Visitor v = new Visitor();
        JsonNode top = s.get("/v1/stories?sort=size&limit=2").json().get("stories");
        String story = top.get(0).get("id").asText();
        String other = top.get(1).get("id").asText();
        String readerPage = v.get("/stories/" + story).body();
        assertTrue(readerPage.contains("id=\"corrections\""));
        assertFalse(readerPage.contains("name=\"op\""), "no form for a reader");
        v.signIn();
        String page = v.get("/stories/" + story).body();
        assertTrue(page.contains("value=\"split\""), page);
        assertTrue(page.contains("<option value=\"" + other + "\""), "the other stories are offered");
        List<String> docs = new ArrayList<>();
        s.get("/v1/stories/" + story).json().get("documents").forEach(d -> docs.add(d.asText()));
        assertTrue(docs.size() >= 2, docs.toString());
        String csrf = v.csrf("/stories/" + story);
        int before = corrections();
        Served.Response none = v.post("/stories/" + story + "/corrections", form("csrf", csrf, "op", "split"));
        assertEquals(400, none.status());
        assertTrue(none.body().contains("Check the documents to split first."), none.body());
        Served.Response noOther = v.post("/stories/" + story + "/corrections", form("csrf", csrf, "op", "move",
                "doc", docs.get(0)));
        assertEquals(400, noOther.status());
        assertTrue(noOther.body().contains("Choose the other story"), noOther.body());
        Served.Response stranger = v.post("/stories/" + story + "/corrections", form("csrf", csrf, "op", "pin",
                "doc", "no-such-doc"));
        assertEquals(400, stranger.status());
        assertEquals(before, corrections(), "refused forms store nothing");
        String otherDoc = s.get("/v1/stories/" + other).json().get("documents").get(0).asText();
        Served.Response moved = v.post("/stories/" + story + "/corrections", form("csrf", csrf, "op", "move", "doc",
                docs.get(0), "other", other));
        assertEquals(200, moved.status(), moved.body());
        assertTrue(moved.body().contains("Correction stored"), moved.body());
        JsonNode last = s.get("/v1/corrections?limit=200").json().get("corrections").get(before);
        assertEquals("move", last.get("op").asText());
        assertEquals(List.of(docs.get(0), s.get("/v1/stories/" + other).json().get("documents").get(0).asText())
                .get(0), last.get("documents").get(0).asText());
        assertEquals("test", last.get("created_by").asText());
        s.awaitAnalysed();
        assertEquals(s.get("/v1/documents/" + otherDoc).json().get("story").asText(),
                s.get("/v1/documents/" + docs.get(0)).json().get("story").asText(), "moved to the other story");
        String now = s.get("/v1/documents/" + docs.get(1)).json().get("story").asText();
        Served.Response split = v.post("/stories/" + now + "/corrections", form("csrf", v.csrf("/stories/" + now),
                "op", "split", "doc", docs.get(1)));
        assertEquals(200, split.status(), split.body());
        s.awaitAnalysed();
        JsonNode after = s.get("/v1/stories/" + s.get("/v1/documents/" + docs.get(1)).json().get("story").asText())
                .json();
        assertEquals(1, after.get("documents").size(), "split into a story of its own: " + after.get("documents"));
        String a = s.get("/v1/documents/" + docs.get(1)).json().get("story").asText();
        String b = s.get("/v1/documents/" + otherDoc).json().get("story").asText();
        Served.Response merged = v.post("/stories/" + a + "/corrections", form("csrf", v.csrf("/stories/" + a),
                "op", "merge", "other", b));
        assertEquals(200, merged.status(), merged.body());
        s.awaitAnalysed();
        assertEquals(s.get("/v1/documents/" + otherDoc).json().get("story").asText(),
                s.get("/v1/documents/" + docs.get(1)).json().get("story").asText(), "merged");
        assertEquals(before + 3, corrections());
    }
}
