package org.concord.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.concord.model.Skipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random mutation of real inputs of every format: truncated, bytes flipped, spliced, nested in archives,
 * inflated. Whatever the input, reading it must end (no hang), not throw (no crash, no out-of-memory within the
 * small limits set here), and account for itself: at least one article or one skipped entry, and every skipped
 * entry with a source and a reason. Deterministic: the seed is fixed and printed on failure.
 */
class IngestFuzzTest {
    private static final long SEED = 20_261_201L;
    private static final int CASES = 240;

    @TempDir
    Path dir;

    private static List<byte[]> seeds() {
        List<byte[]> s = new ArrayList<>();
        byte[] page = Fixtures.resource("harbour-page.html");
        s.add(page);
        s.add(Fixtures.resource("feed-rss.xml"));
        s.add(Fixtures.resource("feed-atom.xml"));
        s.add(Fixtures.resource("cafe-cp1252.html"));
        String html = new String(page, StandardCharsets.UTF_8);
        s.add(Fixtures.concat(Fixtures.response("https://a.example/1", "2023-03-14T10:00:00Z", html),
                Fixtures.response("https://a.example/2", "2023-03-14T11:00:00Z", Fixtures.page("Two",
                        "A second paragraph of prose that is long enough to be taken as the article."))));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.html", page);
        entries.put("b.rss", Fixtures.resource("feed-rss.xml"));
        s.add(Fixtures.zip(entries));
        s.add(Fixtures.gzip(Fixtures.tar(entries)));
        s.add(Fixtures.gzip(page));
        s.add("{\"id\":\"x\",\"text\":\"Line one.\"}\n{broken\n".getBytes(StandardCharsets.UTF_8));
        s.add(("{\"id\":\"h\",\"html\":\"<html><body><div><p>" + "A paragraph of prose in a JSON line. ".repeat(4)
                + "</p></div></body></html>\"}\n").getBytes(StandardCharsets.UTF_8));
        return s;
    }

    private static final String[] NAMES = {"page.html", "feed.xml", "feed.atom", "x.htm", "crawl.warc", "a.zip",
            "a.tar.gz", "p.html.gz", "d.jsonl", "noext", "a.txt"};

    @Test
    void mutatedInputsNeverCrashHangOrGoUnreported() {
        Random rnd = new Random(SEED);
        List<byte[]> seeds = seeds();
        IngestOptions small = IngestOptions.defaults().withMaxDecompressedBytes(2_000_000).withMaxHtmlDepth(300)
                .withMaxWarcRecords(50).withMaxArchiveEntries(50).withMaxFileBytes(3_000_000);
        for (int c = 0; c < CASES; c++) {
            byte[] input = mutate(seeds.get(rnd.nextInt(seeds.size())), rnd, seeds);
            String name = NAMES[rnd.nextInt(NAMES.length)];
            int caseNo = c;
            Path file;
            try {
                file = Files.write(Files.createDirectories(dir.resolve("c" + c)).resolve(name), input);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            IngestResult r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                try {
                    return Ingest.create(small).read(List.of(file));
                } catch (Throwable t) {
                    fail("case " + caseNo + " (seed " + SEED + ", " + name + ", " + input.length + " bytes) threw "
                            + t, t);
                    return null;
                }
            }, () -> "case " + caseNo + " (seed " + SEED + ") hung");
            assertNotNull(r);
            assertTrue(!r.articles().isEmpty() || !r.skipped().isEmpty(),
                    () -> "case " + caseNo + " (seed " + SEED + ", " + name + ") neither read nor reported");
            for (Skipped s : r.skipped()) {
                assertTrue(s.source() != null && !s.source().isBlank(), () -> "case " + caseNo + ": skipped without source");
                assertTrue(s.reason() != null && !s.reason().isBlank(), () -> "case " + caseNo + ": skipped without reason "
                        + s.source());
                // Ingest turns an unexpected exception into "cannot read (Type)": that would be a reader bug
                assertFalse(s.reason().startsWith("cannot read ("), () -> "case " + caseNo + " (seed " + SEED + ", "
                        + name + "): reader failed: " + s.reason());
            }
            for (RawArticle a : r.articles()) {
                assertNotNull(a.text());
            }
        }
    }

    private static byte[] mutate(byte[] b, Random rnd, List<byte[]> seeds) {
        int rounds = 1 + rnd.nextInt(3);
        byte[] out = b;
        for (int i = 0; i < rounds; i++) {
            out = switch (rnd.nextInt(8)) {
                case 0 -> truncate(out, rnd);
                case 1 -> flip(out, rnd);
                case 2 -> splice(out, seeds.get(rnd.nextInt(seeds.size())), rnd);
                case 3 -> Fixtures.gzip(out);
                case 4 -> Fixtures.zip(Map.of("inner" + rnd.nextInt(3) + ".html", out));
                case 5 -> inflate(out, rnd);
                case 6 -> nestTags(out, rnd);
                default -> insertJunk(out, rnd);
            };
        }
        return out;
    }

    private static byte[] truncate(byte[] b, Random rnd) {
        return b.length == 0 ? b : java.util.Arrays.copyOf(b, rnd.nextInt(b.length));
    }

    private static byte[] flip(byte[] b, Random rnd) {
        byte[] c = b.clone();
        int n = 1 + rnd.nextInt(20);
        for (int i = 0; i < n && c.length > 0; i++) {
            c[rnd.nextInt(c.length)] = (byte) rnd.nextInt(256);
        }
        return c;
    }

    private static byte[] splice(byte[] a, byte[] b, Random rnd) {
        int i = a.length == 0 ? 0 : rnd.nextInt(a.length);
        int j = b.length == 0 ? 0 : rnd.nextInt(b.length);
        return Fixtures.concat(java.util.Arrays.copyOf(a, i), java.util.Arrays.copyOfRange(b, j, b.length));
    }

    private static byte[] inflate(byte[] b, Random rnd) {
        int times = 2 + rnd.nextInt(30);
        byte[] chunk = b.length > 4096 ? java.util.Arrays.copyOf(b, 4096) : b;
        List<byte[]> parts = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            parts.add(chunk);
        }
        return Fixtures.concat(parts.toArray(new byte[0][]));
    }

    private static byte[] nestTags(byte[] b, Random rnd) {
        String tag = new String[] {"div", "span", "b", "table", "li"}[rnd.nextInt(5)];
        int depth = 100 + rnd.nextInt(5000);
        return Fixtures.concat(("<html><body>" + ("<" + tag + ">").repeat(depth)).getBytes(StandardCharsets.UTF_8), b);
    }

    private static byte[] insertJunk(byte[] b, Random rnd) {
        byte[] junk = new byte[1 + rnd.nextInt(200)];
        rnd.nextBytes(junk);
        int at = b.length == 0 ? 0 : rnd.nextInt(b.length);
        return Fixtures.concat(java.util.Arrays.copyOf(b, at), junk, java.util.Arrays.copyOfRange(b, at, b.length));
    }
}
