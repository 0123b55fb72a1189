package org.concord.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.concord.model.Skipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestFormatsTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private static IngestResult read(Path... paths) {
        return Ingest.create(IngestOptions.defaults()).read(List.of(paths));
    }

    @Test
    void htmlPageGivesBodyMetadataAndReasonedRemovals() throws IOException {
        IngestResult r = read(write("harbour.html", Fixtures.resource("harbour-page.html")));
        assertEquals(1, r.articles().size(), () -> "skipped: " + r.skipped());
        RawArticle a = r.articles().get(0);
        assertEquals("Ferry crews vote to end strike after pay deal", a.title());
        assertEquals("The Lindmouth Herald", a.outlet());
        assertEquals("2023-03-16", a.published());
        assertEquals(List.of("Ada Quill"), a.authors());
        assertEquals("en-GB", a.language());
        assertEquals("https://herald.example/news/2023/03/16/ferry-crews-vote", a.source());
        String[] paragraphs = a.text().split("\n");
        assertEquals(5, paragraphs.length, a.text());
        assertTrue(paragraphs[0].startsWith("Ferry crews in Lindmouth voted"));
        assertTrue(paragraphs[4].startsWith("The city council"));
        for (String junk : List.of("cookies", "Advertisement", "Sign up", "Share on", "what commuters need",
                "nightmare", "Storm warning", "All rights reserved", "north pier", "not text", "Home")) {
            assertFalse(a.text().contains(junk), () -> "'" + junk + "' left in the body: " + a.text());
        }
        Set<String> reasons = a.removed().stream().map(x -> x.reason().json()).collect(Collectors.toSet());
        for (String why : List.of("cookie prompt", "navigation", "caption", "advertisement", "sign-up prompt",
                "related links", "comments", "footer")) {
            assertTrue(reasons.contains(why), () -> "no removal for " + why + ": " + a.removed());
        }
    }

    @Test
    void windows1252AndLatin1PagesDecodeRight() throws IOException {
        IngestResult r = read(write("a/cafe.html", Fixtures.resource("cafe-cp1252.html")),
                write("b/cafe.htm", Fixtures.resource("cafe-latin1.html")));
        assertEquals(2, r.articles().size(), () -> "skipped: " + r.skipped());
        RawArticle cp = r.articles().get(0);
        assertTrue(cp.text().contains("The café on the quay reöpened on Monday – its owners called the strike "
                + "“a disaster” for trade."), cp.text());
        assertEquals("Café owners count the cost", cp.title());
        assertTrue(r.articles().get(1).text().contains("the crèche closed early"));
    }

    @Test
    void rssAndAtomItemsAreArticlesAndLinkOnlyItemsAreReported() throws IOException {
        IngestResult r = read(write("wire.xml", Fixtures.resource("feed-rss.xml")),
                write("tide", Fixtures.resource("feed-atom.xml")));
        assertEquals(3, r.articles().size(), () -> "skipped: " + r.skipped());
        RawArticle first = r.articles().stream().filter(a -> a.title().equals("Harbour strike enters third day"))
                .findFirst().orElseThrow();
        assertEquals("https://wire.example/2023/03/16/strike-day-three", first.source());
        assertEquals("Coastline Wire", first.outlet());
        assertEquals("2023-03-16", first.published());
        assertEquals(List.of("Tom Reed"), first.authors());
        assertEquals(2, first.text().split("\n").length);
        assertFalse(first.text().contains("alert"));
        RawArticle atom = r.articles().stream().filter(a -> a.outlet().equals("Tidewater Daily")).findFirst()
                .orElseThrow();
        assertEquals("2023-03-17", atom.published());
        assertEquals(List.of("Lena Marsh"), atom.authors());
        assertEquals(1, r.skipped().size());
        assertTrue(r.skipped().get(0).reason().contains("link only"));
    }

    @Test
    void warcResponsesAreArticlesAndABrokenRecordLosesNothingElse() throws IOException {
        byte[] one = Fixtures.response("https://a.example/one", "2023-03-14T10:00:00Z",
                Fixtures.page("One", "The first story has a paragraph long enough to be prose for the extractor."));
        byte[] request = Fixtures.warcRecord("request", "https://a.example/one", "2023-03-14T10:00:00Z",
                "application/http; msgtype=request", "GET /one HTTP/1.1\r\nHost: a.example\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        byte[] broken = "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\n<html>lost</html>\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] image = Fixtures.warcRecord("response", "https://a.example/x.png", "2023-03-14T10:00:00Z",
                "application/http; msgtype=response", Fixtures.httpResponse("image/png", new byte[] {1, 2, 3}));
        byte[] badHttp = Fixtures.warcRecord("response", "https://a.example/bad", "2023-03-14T10:00:00Z",
                "application/http; msgtype=response", "this is not HTTP at all\r\n".getBytes(StandardCharsets.ISO_8859_1));
        byte[] two = Fixtures.response("https://b.example/two", "2023-03-15T10:00:00Z",
                Fixtures.page("Two", "The second story also has a paragraph long enough to count as prose here."));
        byte[] warc = Fixtures.concat(one, request, broken, image, badHttp, two);
        IngestResult plain = read(write("crawl.warc", warc));
        List<String> sources = plain.articles().stream().map(RawArticle::source).toList();
        assertEquals(List.of("https://a.example/one", "https://b.example/two"), sources, () -> "skipped "
                + plain.skipped());
        assertEquals("2023-03-15", plain.articles().get(1).published(), "WARC-Date as the date of last resort");
        assertEquals(2, plain.skipped().size(), () -> plain.skipped().toString());
        assertTrue(plain.skipped().stream().allMatch(s -> s.source().contains("crawl.warc#record")));

        // per-record gzip members, as crawlers write .warc.gz
        byte[] gz = Fixtures.concat(Fixtures.gzip(one), Fixtures.gzip(request), Fixtures.gzip(two));
        IngestResult zipped = read(write("crawl2.warc.gz", gz));
        assertEquals(2, zipped.articles().size(), () -> zipped.skipped().toString());

        // a damaged member in the middle of a .warc.gz: the records before and after it are still read
        byte[] middle = Fixtures.gzip(Fixtures.response("https://c.example/three", "2023-03-15T11:00:00Z",
                Fixtures.page("Three", "A third story whose compressed bytes get damaged in transit, so it is lost.")));
        for (int i = 12; i < middle.length - 12; i += 7) {
            middle[i] ^= 0x5a;
        }
        byte[] damaged = Fixtures.concat(Fixtures.gzip(one), middle, Fixtures.gzip(two));
        IngestResult partly = read(write("crawl3.warc.gz", damaged));
        assertEquals(List.of("https://a.example/one", "https://b.example/two"),
                partly.articles().stream().map(RawArticle::source).toList(), () -> partly.skipped().toString());
        assertTrue(partly.skipped().stream().anyMatch(x -> x.reason().contains("gzip data corrupt")),
                () -> partly.skipped().toString());
        // truncated in the last member: the complete members before it are read
        byte[] cut = java.util.Arrays.copyOf(Fixtures.concat(Fixtures.gzip(one), Fixtures.gzip(two)),
                Fixtures.gzip(one).length + 20);
        IngestResult truncated = read(write("crawl4.warc.gz", cut));
        assertEquals(List.of("https://a.example/one"),
                truncated.articles().stream().map(RawArticle::source).toList(), () -> truncated.skipped().toString());
    }

    @Test
    void warcRecordLimitIsReported() throws IOException {
        byte[] warc = Fixtures.concat(
                Fixtures.response("https://a.example/1", "2023-03-14T10:00:00Z", Fixtures.page("A",
                        "Paragraph one of the first page is long enough to be taken as prose.")),
                Fixtures.response("https://a.example/2", "2023-03-14T10:00:00Z", Fixtures.page("B",
                        "Paragraph one of the second page is long enough to be taken as prose.")));
        IngestResult r = Ingest.create(IngestOptions.defaults().withMaxWarcRecords(1))
                .read(List.of(write("c.warc", warc)));
        assertEquals(1, r.articles().size());
        assertTrue(r.skipped().get(0).reason().contains("--max-warc-records"));
    }

    @Test
    void zipAndTarGzArchivesAreReadEntryByEntry() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("pages/harbour.html", Fixtures.resource("harbour-page.html"));
        entries.put("feeds/wire.rss", Fixtures.resource("feed-rss.xml"));
        entries.put("__MACOSX/._harbour.html", new byte[] {0, 1, 2});
        entries.put("notes/readme.bin", new byte[] {0, 0, 0, 1});
        IngestResult z = read(write("bundle.zip", Fixtures.zip(entries)));
        assertEquals(3, z.articles().size(), () -> z.skipped().toString());
        assertTrue(z.skipped().stream().anyMatch(s -> s.source().endsWith("bundle.zip!/notes/readme.bin")),
                () -> z.skipped().toString());
        IngestResult t = read(write("bundle.tar.gz", Fixtures.gzip(Fixtures.tar(entries))));
        assertEquals(3, t.articles().size(), () -> t.skipped().toString());
    }

    @Test
    void decompressionBombIsRefusedNotInflated() throws IOException {
        byte[] zeros = new byte[20_000_000];
        IngestOptions small = IngestOptions.defaults().withMaxDecompressedBytes(1_000_000);
        IngestResult g = Ingest.create(small).read(List.of(write("bomb.html.gz", Fixtures.gzip(zeros))));
        assertTrue(g.articles().isEmpty());
        assertTrue(g.skipped().get(0).reason().contains("decompression bomb"), g.skipped().toString());
        IngestResult z = Ingest.create(small).read(List.of(write("bomb.zip", Fixtures.zip(Map.of("a.txt", zeros)))));
        assertTrue(z.skipped().stream().anyMatch(s -> s.reason().contains("decompression bomb")), z.skipped().toString());
        // nested: each layer small, together past the limit
        byte[] quarter = new byte[400_000];
        Map<String, byte[]> inner = new LinkedHashMap<>();
        for (int i = 0; i < 2; i++) { // 800 KB per archive, under the 1 MB limit; 1.6 MB in all
            inner.put("part" + i + ".txt", Fixtures.concat(("Part " + i + " text.\n").getBytes(StandardCharsets.UTF_8), quarter));
        }
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("a.zip", Fixtures.zip(inner));
        outer.put("b.tar.gz", Fixtures.gzip(Fixtures.tar(inner)));
        IngestResult n = Ingest.create(small).read(List.of(write("nested.zip", Fixtures.zip(outer))));
        assertTrue(n.skipped().stream().anyMatch(s -> s.reason().contains("decompression bomb")), n.skipped().toString());
    }

    @Test
    void deeplyNestedHtmlIsSkippedWithItsReason() throws IOException {
        String deep = "<html><body>" + "<div>".repeat(3000) + "<p>deep text that would be prose if it were not "
                + "nested so deep</p>" + "</div>".repeat(3000) + "</body></html>";
        IngestResult r = Ingest.create(IngestOptions.defaults().withMaxHtmlDepth(500))
                .read(List.of(write("deep.html", deep.getBytes(StandardCharsets.UTF_8))));
        assertTrue(r.articles().isEmpty());
        assertTrue(r.skipped().get(0).reason().contains("--max-html-depth"), r.skipped().toString());
    }

    @Test
    void duplicatesAreReadOnceAndReported() throws IOException {
        byte[] page = Fixtures.resource("harbour-page.html");
        Path a = write("x/harbour.html", page);
        write("y/harbour-copy.html", page);
        IngestResult r = read(a, dir);
        assertEquals(1, r.articles().size());
        List<Skipped> dups = r.skipped().stream().filter(s -> s.reason().startsWith("duplicate of")).toList();
        assertEquals(2, dups.size(), () -> r.skipped().toString()); // a again via the directory, and the copy
    }

    @Test
    void formatIsSniffedFromContentNotOnlyTheName() throws IOException {
        IngestResult r = read(write("saved-page", Fixtures.resource("harbour-page.html")),
                write("feed.dat", Fixtures.resource("feed-atom.xml")));
        assertEquals(2, r.articles().size(), () -> r.skipped().toString());
        assertEquals(List.of("The Lindmouth Herald", "Tidewater Daily"),
                r.articles().stream().map(RawArticle::outlet).toList());
    }

    @Test
    void jsonlLinesMayCarryHtmlInsteadOfText() throws IOException {
        String page = new String(Fixtures.resource("harbour-page.html"), StandardCharsets.UTF_8);
        String line1 = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(
                Map.of("id", "h1", "html", page, "outlet", "Herald (from the line)"));
        String line2 = "{\"id\":\"h2\",\"html\":\"<html><body></body></html>\"}";
        IngestResult r = read(write("pages.jsonl", (line1 + "\n" + line2 + "\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, r.articles().size(), () -> r.skipped().toString());
        RawArticle a = r.articles().get(0);
        assertEquals("Herald (from the line)", a.outlet());
        assertEquals("2023-03-16", a.published());
        assertTrue(a.text().startsWith("Ferry crews in Lindmouth voted"));
        assertTrue(r.skipped().get(0).reason().contains("no article text"), r.skipped().toString());
    }

    @Test
    void plainTextAndJsonlStillReadAsBefore() throws IOException {
        IngestResult r = read(write("a.txt", "Headline here\nBody line one.\n".getBytes(StandardCharsets.UTF_8)),
                write("b.jsonl", "{\"id\":\"j1\",\"text\":\"Some text.\"}\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("a", "j1"), r.articles().stream().map(RawArticle::id).toList());
    }
}
