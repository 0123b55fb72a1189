package org.concord.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writing: tokens, body limits, atomic batches, new versions, incremental analysis, escaped text. */
abstract class ServeWritesTest extends StoreBackedTest {
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

    private static byte[] warcRecord(String type, String uri, String contentType, byte[] block) {
        String header = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID
                .nameUUIDFromBytes((type + uri).getBytes(StandardCharsets.UTF_8)) + ">\r\nWARC-Date: "
                + "2023-03-14T09:00:00Z\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static byte[] page(String uri, String title, String body) {
        String html = "<html><head><title>" + title + "</title><meta property=\"og:site_name\" content=\"Harbour Post\">"
                + "</head><body><nav>Home | News</nav><article><h1>" + title + "</h1><p>" + body + "</p><p>" + body
                + " Officials said more would follow.</p></article><footer>Contact us</footer></body></html>";
        byte[] b = html.getBytes(StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + b.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] block = new byte[http.length + b.length];
        System.arraycopy(http, 0, block, 0, http.length);
        System.arraycopy(b, 0, block, http.length, b.length);
        return warcRecord("response", uri, "application/http; msgtype=response", block);
    }

    private Served.Response upload(Served s, String query, byte[] body, String contentType, String disposition) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.app.url()
                + "/v1/documents" + query)).POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType).header("Authorization", "Bearer " + s.token);
        if (disposition != null) {
            b.header("Content-Disposition", disposition);
        }
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(b.build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Served.Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFileIsReadAsAnalyzeReadsIt() throws Exception {
        java.io.ByteArrayOutputStream warc = new java.io.ByteArrayOutputStream();
        warc.writeBytes(warcRecord("warcinfo", null, "application/warc-fields", "software: test\r\n"
                .getBytes(StandardCharsets.UTF_8)));
        warc.writeBytes(page("https://harbour.example/ferry-strike", "Ferry crews strike over pay",
                "Ferry crews in Lindmouth walked out on Tuesday over pay, stranding thousands of commuters at the "
                + "harbour terminal as the union and the operator traded blame for the breakdown in talks."));
        warc.writeBytes(page("https://harbour.example/gallery-theft", "Seascape stolen from gallery",
                "A 19th-century seascape was stolen from the Lindmouth gallery overnight, police said on Monday, "
                + "adding that the thieves entered through a skylight and left no trace on the cameras."));
        try (Served s = new Served(config())) {
            Served.Response r = upload(s, "?filename=crawl.warc", warc.toByteArray(), "application/warc", null);
            assertEquals(202, r.status(), r.body());
            assertEquals(2, r.json().get("accepted").asInt(), r.body());
            assertEquals(2, r.json().get("queued").asInt());
            s.awaitAnalysed();
            List<String> ids = new java.util.ArrayList<>();
            r.json().get("documents").forEach(d -> ids.add(d.get("id").asText()));
            java.util.Set<String> urls = new java.util.TreeSet<>();
            for (String id : ids) {
                JsonNode d = s.get("/v1/documents/" + Served.encode(id)).json();
                assertEquals("analysed", d.get("state").asText(), d.toString());
                urls.add(d.get("url").asText());
                assertFalse(d.get("document").get("text").asText().contains("Contact us"), "boilerplate removed");
                assertFalse(id.contains("concord-upload"), "no server path in an id: " + id);
            }
            assertEquals(java.util.Set.of("https://harbour.example/ferry-strike", "https://harbour.example/gallery-theft"),
                    urls);
            assertTrue(s.get("/v1/search?q=seascape").json().get("total").asLong() > 0);

            // the same crawl gzipped, named by Content-Disposition: the same documents, unchanged
            java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
                z.write(warc.toByteArray());
            }
            Served.Response again = upload(s, "", gz.toByteArray(), "application/octet-stream",
                    "attachment; filename=\"../../crawl.warc.gz\"");
            assertEquals(202, again.status(), again.body());
            again.json().get("documents").forEach(d -> assertEquals("unchanged", d.get("state").asText()));

            // JSON Lines and plain text as files
            byte[] wire = java.nio.file.Files.readAllBytes(Served.root().resolve("samples/demo/wire.jsonl"));
            Served.Response jsonl = upload(s, "?filename=wire.jsonl", wire, "application/octet-stream", null);
            assertEquals(202, jsonl.status(), jsonl.body());
            long lines = new String(wire, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
            assertEquals(lines, jsonl.json().get("accepted").asLong());
            Served.Response txt = upload(s, "?filename=note.txt", "The harbour reopened on Friday.\n"
                    .getBytes(StandardCharsets.UTF_8), "text/plain", null);
            assertEquals(202, txt.status(), txt.body());
            assertEquals(1, txt.json().get("accepted").asInt());

            Served.Response junk = upload(s, "?filename=blob.bin", new byte[] {0, 1, 2, 3}, "application/octet-stream",
                    null);
            assertEquals(400, junk.status(), junk.body());
            assertEquals(Problem.MEDIA_TYPE, junk.contentType());
            assertTrue(junk.json().get("errors").toString().contains("blob.bin"), junk.body());
            assertFalse(junk.body().contains("concord-upload"), "no server path in a problem: " + junk.body());
            assertEquals(400, upload(s, "?filename=" + Served.encode("../"), new byte[] {1}, "text/plain", null)
                    .status());
        }
        assertEquals("crawl.warc.gz", Upload.safeName("../../crawl.warc.gz"));
        assertEquals("passwd", Upload.safeName("/etc/passwd"));
        assertEquals("a_b.txt", Upload.safeName("..\\dir\\a b.txt"));
        assertEquals(null, Upload.safeName("..."));
    }
}
