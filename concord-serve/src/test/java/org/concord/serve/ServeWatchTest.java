package org.concord.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The watched folder: files dropped in are taken once settled (same size and time in two scans), through the
 * upload path (text, JSON Lines, gzip, WARC), recorded with their documents and moved to .done; a file nothing can
 * be read from is recorded with the reason and moved to .failed without stopping the scan; after a restart, a file
 * already recorded (a crash before it was moved) is not taken again. Scans are called directly.
 */
abstract class ServeWatchTest extends StoreBackedTest {
    private Path inbox() {
        return data.resolve("inbox");
    }

    private SourceOptions sources() {
        return SourceOptions.defaults().withBackground(false).withWatch(inbox());
    }

    private static String demo(String name) throws IOException {
        return Files.readString(Served.root().resolve("samples/demo/" + name), StandardCharsets.UTF_8);
    }

    static byte[] warc(String uri, String title, String text) {
        String html = "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>"
                + text.replace("\n\n", "</p><p>") + "</p></article></body></html>";
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html)
                .getBytes(StandardCharsets.UTF_8);
        String header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID
                .nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)) + ">\r\nWARC-Date: 2023-03-14T09:00:00Z\r\n"
                + "WARC-Target-URI: " + uri + "\r\nContent-Type: application/http; msgtype=response\r\n"
                + "Content-Length: " + http.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(http);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static long count(Served s, String sql) {
        return Sql.read(s.app.database(), c -> Sql.count(c, sql));
    }

    @Test
    void droppedFilesAreTakenOnceSettledAndNeverTwiceAcrossRestarts() throws IOException {
        Path in = inbox();
        try (Served s = new Served(config(), sources())) {
            WatchFolder w = s.app.watch();
            Files.writeString(in.resolve("ledger-mayor-talks.txt"), demo("ledger-mayor-talks.txt"));
            Files.write(in.resolve("wire.jsonl"), demo("wire.jsonl").getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
                z.write(demo("herald-deal-reached.txt").getBytes(StandardCharsets.UTF_8));
            }
            Files.write(in.resolve("herald-deal-reached.txt.gz"), gz.toByteArray());
            Files.write(in.resolve("crawl.warc"), warc("https://harbour.example/painting", "Seascape stolen",
                    demo("gazette-painting-stolen.txt")));
            Files.write(in.resolve("broken.jsonl"), "{not json\n".getBytes(StandardCharsets.UTF_8));
            Files.write(in.resolve("empty.txt"), new byte[0]);
            Files.writeString(in.resolve("half.txt.part"), "still being written");
            Files.writeString(in.resolve(".hidden.txt"), "a hidden file");

            assertEquals(new WatchFolder.Scan(0, 0), w.scan(), "first seen: not settled yet");
            Files.writeString(in.resolve("ledger-mayor-talks.txt"), "\nMore.", StandardOpenOption.APPEND);
            WatchFolder.Scan second = w.scan();
            assertEquals(new WatchFolder.Scan(3, 2), second, s.log.toString());
            assertEquals(new WatchFolder.Scan(1, 0), w.scan(), "the file that changed is taken once settled");
            assertEquals(new WatchFolder.Scan(0, 0), w.scan());

            for (String name : List.of("ledger-mayor-talks.txt", "wire.jsonl", "herald-deal-reached.txt.gz",
                    "crawl.warc")) {
                assertTrue(Files.isRegularFile(in.resolve(".done").resolve(name)), name);
                assertFalse(Files.exists(in.resolve(name)), name);
            }
            for (String name : List.of("broken.jsonl", "empty.txt")) {
                assertTrue(Files.isRegularFile(in.resolve(".failed").resolve(name)), name);
            }
            assertTrue(Files.exists(in.resolve("half.txt.part")) && Files.exists(in.resolve(".hidden.txt")),
                    "files being written and hidden files are left alone");
            assertEquals(6, count(s, "SELECT COUNT(*) FROM documents"), "1 + 3 + 1 + 1 documents");
            assertEquals(200, s.get("/v1/documents/ledger-mayor-talks").status());
            assertEquals(200, s.get("/v1/documents/cw-ferry-strike-begins").status());
            assertEquals(200, s.get("/v1/documents/herald-deal-reached").status());
            assertEquals(4, count(s, "SELECT COUNT(*) FROM watched_files WHERE outcome = 'ingested'"));
            String reason = Sql.read(s.app.database(), c -> Sql.one(c, "SELECT reason FROM watched_files WHERE "
                    + "file_path LIKE '%broken.jsonl'", r -> r.getString(1)));
            assertTrue(reason != null && reason.startsWith("broken.jsonl"), reason);
            assertFalse(reason.contains(in.toString()), "no server path in the reason: " + reason);
            assertTrue(s.log.stream().anyMatch(l -> l.startsWith("watch: broken.jsonl: no document read")),
                    s.log.toString());
            String metrics = s.get("/metrics").body();
            assertTrue(metrics.contains("concord_watched_files_total{outcome=\"ingested\"} 4"), metrics);
            assertTrue(metrics.contains("concord_watched_files_total{outcome=\"failed\"} 2"), metrics);
            s.awaitAnalysed();
            assertEquals(6, s.get("/health").json().get("documents").get("analysed").asInt());
        }

        // a crash after the commit, before the move: the file is still in the folder when the server starts again
        Path done = in.resolve(".done").resolve("crawl.warc");
        FileTime mtime = Files.getLastModifiedTime(done);
        Files.copy(done, in.resolve("crawl.warc"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.setLastModifiedTime(in.resolve("crawl.warc"), mtime);
        try (Served s = new Served(config(), sources())) {
            long work = count(s, "SELECT COUNT(*) FROM work_queue");
            WatchFolder w = s.app.watch();
            assertEquals(new WatchFolder.Scan(0, 0), w.scan());
            assertEquals(new WatchFolder.Scan(0, 0), w.scan(), "recorded already: only moved");
            assertFalse(Files.exists(in.resolve("crawl.warc")));
            assertTrue(Files.exists(in.resolve(".done").resolve("crawl.warc~1")));
            assertEquals(6, count(s, "SELECT COUNT(*) FROM documents"));
            assertEquals(work, count(s, "SELECT COUNT(*) FROM work_queue"), "nothing queued again");
            assertEquals(6, count(s, "SELECT COUNT(*) FROM watched_files"));

            // the same name with new content is a new version of its document
            Files.writeString(in.resolve("ledger-mayor-talks.txt"), demo("ledger-mayor-talks.txt") + "\nUpdated.");
            w.scan();
            assertEquals(new WatchFolder.Scan(1, 0), w.scan());
            assertEquals(6, count(s, "SELECT COUNT(*) FROM documents"));
            assertEquals(work + 1, count(s, "SELECT COUNT(*) FROM work_queue"));
        }
    }

    @Test
    void theWatcherRunsOnItsOwnThread() throws Exception {
        try (Served s = new Served(config(), sources().withBackground(true).withWatchEvery(Duration.ofMillis(50)))) {
            Files.writeString(inbox().resolve("ledger-mayor-talks.txt"), demo("ledger-mayor-talks.txt"));
            Path done = inbox().resolve(".done").resolve("ledger-mayor-talks.txt");
            // a generous cap only guards against a hang; nothing here depends on how long a scan takes
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!Files.exists(done) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(Files.exists(done), s.log.toString());
            s.awaitAnalysed();
            assertEquals("analysed", s.get("/v1/documents/ledger-mayor-talks").json().get("state").asText());
        }
    }
}
