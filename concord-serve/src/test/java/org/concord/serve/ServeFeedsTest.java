package org.concord.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.concord.ingest.DocumentIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feeds against a feed server on 127.0.0.1: conditional GETs (304 is nothing new), items stored once however often
 * fetched, backoff and auto-disable, refresh now, OPML import and export, and fetched items analysed into the
 * stories of posted documents. The schedule's step is called directly with a clock the test moves: nothing waits
 * for time to pass.
 */
abstract class ServeFeedsTest extends StoreBackedTest {
    static final String LAST_MODIFIED = "Tue, 14 Mar 2023 10:00:00 GMT";
    FeedServer feedServer;
    TestClock clock;

    @BeforeEach
    void startFeedServer() throws IOException {
        feedServer = new FeedServer();
        clock = new TestClock(Instant.parse("2026-01-05T08:00:00Z"));
    }

    @AfterEach
    void stopFeedServer() {
        feedServer.close();
    }

    SourceOptions sources() {
        return SourceOptions.defaults().withBackground(false).withClock(clock).withFeedTimeout(Duration.ofSeconds(20));
    }

    /** The demo article {@code name}.txt as a feed item {link, title, text in paragraphs of HTML}. */
    static String[] item(String name) {
        try {
            String text = Files.readString(Served.root().resolve("samples/demo/" + name + ".txt"),
                    StandardCharsets.UTF_8);
            List<String> paras = new ArrayList<>();
            for (String p : text.split("\\n\\s*\\n")) {
                if (!p.isBlank()) {
                    paras.add("<p>" + p.strip().replace("&", "&amp;").replace("<", "&lt;") + "</p>");
                }
            }
            return new String[] {"https://news.example/" + name, name, String.join("", paras)};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String feedDocumentId(String name) {
        return DocumentIds.derived("feed", "https://news.example/" + name, null);
    }

    static JsonNode add(Served s, String url, int interval) {
        Served.Response r = s.post("/v1/feeds", "{\"url\": \"" + url + "\", \"interval_seconds\": " + interval + "}",
                "application/json", s.token);
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    static long documents(Served s) {
        return Sql.read(s.app.database(), c -> Sql.count(c, "SELECT COUNT(*) FROM documents"));
    }

    static long work(Served s) {
        return Sql.read(s.app.database(), c -> Sql.count(c, "SELECT COUNT(*) FROM work_queue"));
    }

    @Test
    void conditionalFetchesStoreEachItemOnceAndItemsJoinTheStoriesOfPostedDocuments() {
        List<String> inFeed = List.of("northshore-strike-day-one", "tidewater-ferry-strike");
        List<String> posted = new ArrayList<>();
        for (String line : Served.demoLines()) {
            if (inFeed.stream().noneMatch(n -> line.contains("\"id\":\"" + n + "\""))) {
                posted.add(line);
            }
        }
        assertEquals(Served.demoLines().size() - 2, posted.size());
        feedServer.serve("/news.rss", FeedServer.rss("North Shore News", List.<String[]>of(item(inFeed.get(0)))), "\"v1\"",
                LAST_MODIFIED);
        try (Served s = new Served(config(), sources())) {
            assertEquals(202, s.post("/v1/documents", String.join("\n", posted)).status());
            JsonNode f = add(s, feedServer.url("/news.rss"), 600);
            long id = f.get("id").asLong();
            assertEquals("new", f.get("state").asText());
            assertEquals(clock.instant().toString(), f.get("next_due_at").asText(), "a new feed is due at once");
            long before = documents(s);

            assertEquals(1, s.app.feeds().fetchDue());
            JsonNode after = s.get("/v1/feeds/" + id).json();
            assertEquals("ok", after.get("state").asText(), after.toString());
            assertEquals(200, after.get("last_http_status").asInt());
            assertEquals(1, after.get("last_items_new").asInt());
            assertEquals("\"v1\"", after.get("etag").asText());
            assertEquals(LAST_MODIFIED, after.get("last_modified").asText());
            assertEquals("North Shore News", after.get("title").asText());
            assertEquals(clock.instant().plusSeconds(600).toString(), after.get("next_due_at").asText());
            assertEquals(before + 1, documents(s));
            JsonNode doc = s.get("/v1/documents/" + feedDocumentId(inFeed.get(0))).json();
            assertEquals("https://news.example/" + inFeed.get(0), doc.get("url").asText(), doc.toString());
            assertEquals("North Shore News", doc.get("outlet").asText());

            assertEquals(0, s.app.feeds().fetchDue(), "not due again before its interval");
            clock.advance(Duration.ofSeconds(600));
            assertEquals(1, s.app.feeds().fetchDue());
            FeedServer.Seen last = feedServer.requests.get(feedServer.requests.size() - 1);
            assertEquals("\"v1\"", last.ifNoneMatch());
            assertEquals(LAST_MODIFIED, last.ifModifiedSince());
            assertEquals(FeedFetcher.USER_AGENT, last.userAgent());
            assertEquals(304, last.answered());
            after = s.get("/v1/feeds/" + id).json();
            assertEquals("not_modified", after.get("last_outcome").asText());
            assertEquals(304, after.get("last_http_status").asInt());
            assertEquals("ok", after.get("state").asText());
            assertEquals("\"v1\"", after.get("etag").asText(), "a 304 keeps the validators");
            assertEquals(before + 1, documents(s));

            // a new item: only it is new; then a server that ignores validators: nothing is stored twice
            feedServer.serve("/news.rss", FeedServer.rss("North Shore News", List.of(item(inFeed.get(1)),
                    item(inFeed.get(0)))), "\"v2\"", "Tue, 14 Mar 2023 12:00:00 GMT");
            JsonNode refreshed = s.post("/v1/feeds/" + id + "/refresh", "", "application/json", s.token).json();
            assertEquals(2, refreshed.get("last_items_read").asInt(), refreshed.toString());
            assertEquals(1, refreshed.get("last_items_new").asInt());
            assertEquals(2, refreshed.get("items_new_total").asInt());
            assertEquals("\"v2\"", refreshed.get("etag").asText());
            long queued = work(s);
            feedServer.serveAlways("/news.rss", FeedServer.rss("North Shore News", List.of(item(inFeed.get(1)),
                    item(inFeed.get(0)))), "application/rss+xml");
            refreshed = s.post("/v1/feeds/" + id + "/refresh", "", "application/json", s.token).json();
            assertEquals(200, refreshed.get("last_http_status").asInt());
            assertEquals(0, refreshed.get("last_items_new").asInt(), "fetched again, the items are unchanged");
            assertTrue(refreshed.get("etag").isNull(), "validators follow the last answer");
            assertEquals(before + 2, documents(s));
            assertEquals(queued, work(s), "nothing queued again");

            s.awaitAnalysed();
            for (String name : inFeed) {
                JsonNode d = s.get("/v1/documents/" + feedDocumentId(name)).json();
                assertEquals("analysed", d.get("state").asText(), d.toString());
                JsonNode story = s.get("/v1/stories/" + d.get("story").asText()).json();
                List<String> members = new ArrayList<>();
                story.get("documents").forEach(m -> members.add(m.isTextual() ? m.asText() : m.get("id").asText()));
                assertTrue(members.stream().anyMatch(m -> !m.startsWith("feed-")),
                        name + " joined a story of posted documents: " + members);
            }
            String metrics = s.get("/metrics").body();
            assertTrue(metrics.contains("concord_feed_fetches_total{outcome=\"not_modified\"} 1"), metrics);
            assertTrue(metrics.contains("concord_feed_items_total 2"), metrics);
            assertTrue(metrics.contains("concord_feeds{state=\"ok\"} 1"), metrics);
        }
    }

    @Test
    void aFailingFeedBacksOffIsDisabledAndARefreshThatWorksEnablesIt() {
        feedServer.fail("/down.rss", 503);
        try (Served s = new Served(config(), sources().withFeedMaxFailures(3))) {
            long id = add(s, feedServer.url("/down.rss"), 600).get("id").asLong();
            assertEquals(1, s.app.feeds().fetchDue());
            JsonNode f = s.get("/v1/feeds/" + id).json();
            assertEquals("failing", f.get("state").asText(), f.toString());
            assertEquals(503, f.get("last_http_status").asInt());
            assertEquals("HTTP 503", f.get("last_error").asText());
            assertEquals(1, f.get("consecutive_failures").asInt());
            assertEquals(clock.instant().plusSeconds(1200).toString(), f.get("next_due_at").asText(),
                    "backed off: twice the interval");
            clock.advance(Duration.ofSeconds(600));
            assertEquals(0, s.app.feeds().fetchDue(), "not due at its plain interval");
            clock.advance(Duration.ofSeconds(600));
            assertEquals(1, s.app.feeds().fetchDue());
            f = s.get("/v1/feeds/" + id).json();
            assertEquals(2, f.get("consecutive_failures").asInt());
            assertEquals(clock.instant().plusSeconds(2400).toString(), f.get("next_due_at").asText(), "then four");
            clock.advance(Duration.ofSeconds(2400));
            assertEquals(1, s.app.feeds().fetchDue());
            f = s.get("/v1/feeds/" + id).json();
            assertEquals("disabled", f.get("state").asText(), f.toString());
            assertFalse(f.get("enabled").asBoolean());
            assertTrue(f.get("next_due_at").isNull());
            assertEquals(clock.instant().toString(), f.get("disabled_at").asText());
            clock.advance(Duration.ofDays(30));
            assertEquals(0, s.app.feeds().fetchDue(), "a disabled feed is not fetched");
            String metrics = s.get("/metrics").body();
            assertTrue(metrics.contains("concord_feeds{state=\"disabled\"} 1"), metrics);
            assertTrue(metrics.contains("concord_feed_fetches_total{outcome=\"failed\"} 3"), metrics);
            assertTrue(s.log.stream().anyMatch(l -> l.contains("disabled after 3 failures")), s.log.toString());

            feedServer.serve("/down.rss", FeedServer.rss("Back", List.<String[]>of(item("gazette-painting-stolen"))), "\"b\"",
                    null);
            f = s.post("/v1/feeds/" + id + "/refresh", "", "application/json", s.token).json();
            assertEquals("ok", f.get("state").asText(), f.toString());
            assertTrue(f.get("enabled").asBoolean());
            assertEquals(0, f.get("consecutive_failures").asInt());
            assertTrue(f.get("last_error").isNull());
            assertEquals(1, f.get("last_items_new").asInt());
            assertEquals(clock.instant().plusSeconds(600).toString(), f.get("next_due_at").asText());
        }
    }

    @Test
    void unreachableUnreadableAndOversizedFeedsAreFailuresWithTheirReason() throws IOException {
        java.net.ServerSocket closed = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        int port = closed.getLocalPort();
        closed.close();
        feedServer.serveAlways("/page.html", "<html><body><p>Not a feed at all.</p></body></html>", "text/html");
        feedServer.serve("/big.rss", FeedServer.rss("Big", List.of(item("herald-deal-reached"),
                item("herald-contract-ratified"))), null, null);
        try (Served s = new Served(config(), sources().withFeedMaxBytes(4000))) {
            long refused = add(s, "http://127.0.0.1:" + port + "/feed.rss", 600).get("id").asLong();
            long html = add(s, feedServer.url("/page.html"), 600).get("id").asLong();
            long big = add(s, feedServer.url("/big.rss"), 600).get("id").asLong();
            long missing = add(s, feedServer.url("/gone.rss"), 600).get("id").asLong();
            assertEquals(4, s.app.feeds().fetchDue());
            JsonNode f = s.get("/v1/feeds/" + refused).json();
            assertEquals("failing", f.get("state").asText());
            assertTrue(f.get("last_http_status").isNull(), "no answer came");
            assertFalse(f.get("last_error").asText().isBlank());
            f = s.get("/v1/feeds/" + html).json();
            assertEquals(200, f.get("last_http_status").asInt());
            assertTrue(f.get("last_error").asText().startsWith("not a readable RSS or Atom feed"), f.toString());
            f = s.get("/v1/feeds/" + big).json();
            assertTrue(f.get("last_error").asText().contains("limit is 4000")
                    || f.get("last_error").asText().contains("limit of 4000"), f.toString());
            f = s.get("/v1/feeds/" + missing).json();
            assertEquals(404, f.get("last_http_status").asInt());
            assertEquals(0, documents(s), "nothing stored from a failed fetch");
        }
    }

    @Test
    void feedRequestsAreChecked() {
        try (Served s = new Served(config(), sources())) {
            assertEquals(401, s.post("/v1/feeds", "{\"url\": \"http://127.0.0.1/a.rss\"}", "application/json", null)
                    .status());
            for (String url : new String[] {"file:///etc/passwd", "ftp://news.example/feed.rss", "/relative.rss",
                    "jar:file:/x.jar!/a", "http:///no-host", ""}) {
                Served.Response r = s.post("/v1/feeds", "{\"url\": \"" + url + "\"}", "application/json", s.token);
                assertEquals(400, r.status(), url);
                assertEquals(Problem.MEDIA_TYPE, r.contentType());
                assertTrue(r.json().get("detail").asText().startsWith("url: "), r.body());
                assertTrue(r.json().get("errors").get(0).asText().startsWith("url: "), r.body());
            }
            Served.Response r = s.post("/v1/feeds", "{\"url\": \"http://127.0.0.1/a.rss\", \"interval_seconds\": 5, "
                    + "\"colour\": 1}", "application/json", s.token);
            assertEquals(400, r.status());
            assertEquals(2, r.json().get("errors").size(), r.body());
            assertTrue(r.body().contains("interval_seconds: must be between 60"), r.body());
            assertEquals(415, s.post("/v1/feeds", "url=x", "application/x-www-form-urlencoded", s.token).status());
            assertEquals(0, s.get("/v1/feeds").json().get("feeds").size(), "nothing was added");

            long a = add(s, "http://127.0.0.1:9/a.rss", 3600).get("id").asLong();
            long b = add(s, "https://news.example/b.atom", 3600).get("id").asLong();
            Served.Response again = s.post("/v1/feeds", "{\"url\": \"http://127.0.0.1:9/a.rss\"}", "application/json",
                    s.token);
            assertEquals(409, again.status());
            assertTrue(again.json().get("detail").asText().contains("/v1/feeds/" + a), again.body());
            JsonNode page = s.get("/v1/feeds?limit=1").json();
            assertEquals(a, page.get("feeds").get(0).get("id").asLong());
            page = s.get("/v1/feeds?limit=1&cursor=" + Served.encode(page.get("next_cursor").asText())).json();
            assertEquals(b, page.get("feeds").get(0).get("id").asLong());
            assertTrue(page.get("next_cursor").isNull());
            assertEquals("test", page.get("feeds").get(0).get("created_by").asText());
            assertEquals(404, s.get("/v1/feeds/999999").status());
            assertEquals(404, s.get("/v1/feeds/abc").status());
            assertEquals(401, s.delete("/v1/feeds/" + a, null).status());
            assertEquals(204, s.delete("/v1/feeds/" + a, s.token).status());
            assertEquals(404, s.get("/v1/feeds/" + a).status());
            assertEquals(404, s.delete("/v1/feeds/" + a, s.token).status());
            assertEquals(404, s.post("/v1/feeds/" + a + "/refresh", "", "application/json", s.token).status());
        }
    }

    @Test
    void opmlImportFollowsEveryOutlineWithAFeedUrlAndExportsThemBack() {
        String opml = "<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><head><title>Mine</title></head><body>\n"
                + "<outline text=\"News\">\n"
                + "  <outline type=\"rss\" text=\"One\" xmlUrl=\"" + feedServer.url("/one.rss") + "\"/>\n"
                + "  <outline type=\"rss\" text=\"Two\" xmlUrl=\"https://news.example/two.xml\" htmlUrl=\"https://news.example/\"/>\n"
                + "</outline>\n"
                + "<outline text=\"One again\" xmlurl=\"" + feedServer.url("/one.rss") + "\"/>\n"
                + "<outline text=\"A page, no feed\" htmlUrl=\"https://news.example/\"/>\n"
                + "</body></opml>\n";
        try (Served s = new Served(config(), sources())) {
            assertEquals(401, s.post("/v1/feeds/opml", opml, "text/x-opml", null).status());
            Served.Response r = s.post("/v1/feeds/opml?interval_seconds=900", opml, "text/x-opml", s.token);
            assertEquals(201, r.status(), r.body());
            JsonNode created = r.json().get("created");
            assertEquals(2, created.size(), r.body());
            assertEquals(feedServer.url("/one.rss"), created.get(0).get("url").asText());
            assertEquals("https://news.example/two.xml", created.get(1).get("url").asText());
            assertEquals(900, created.get(1).get("interval_seconds").asInt());
            assertEquals(0, r.json().get("existing").size());

            Served.Response exported = s.get("/v1/feeds/opml");
            assertEquals(200, exported.status());
            assertTrue(exported.contentType().startsWith("text/x-opml"), exported.contentType());
            List<Opml.Outline> back = Opml.read(exported.body().getBytes(StandardCharsets.UTF_8));
            assertEquals(List.of(feedServer.url("/one.rss"), "https://news.example/two.xml"),
                    back.stream().map(Opml.Outline::xmlUrl).toList());
            r = s.post("/v1/feeds/opml", exported.body(), "application/xml", s.token);
            assertEquals(200, r.status(), "everything already followed");
            assertEquals(2, r.json().get("existing").size());
            assertEquals(created.get(0).get("id").asLong(), r.json().get("existing").get(0).get("id").asLong());

            String bad = "<opml version=\"2.0\"><body><outline text=\"ok\" xmlUrl=\"https://news.example/three.rss\"/>"
                    + "<outline text=\"local\" xmlUrl=\"file:///etc/passwd\"/></body></opml>";
            r = s.post("/v1/feeds/opml", bad, "text/xml", s.token);
            assertEquals(400, r.status());
            assertEquals(1, r.json().get("errors").size());
            assertTrue(r.json().get("errors").get(0).asText().startsWith("outline 2 (local): xmlUrl: "), r.body());
            String xxe = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<opml><body><outline text=\"&x;\" xmlUrl=\"https://news.example/four.rss\"/></body></opml>";
            assertEquals(400, s.post("/v1/feeds/opml", xxe, "text/xml", s.token).status(), "DOCTYPEs are refused");
            assertEquals(400, s.post("/v1/feeds/opml", "<rss/>", "text/xml", s.token).status());
            assertEquals(400, s.post("/v1/feeds/opml", "not xml", "text/xml", s.token).status());
            assertEquals(400, s.post("/v1/feeds/opml", "<opml><body/></opml>", "text/xml", s.token).status());
            assertEquals(2, s.get("/v1/feeds").json().get("feeds").size(), "no refused list added anything");
            assertNotNull(s.app.feeds());
        }
    }
}
