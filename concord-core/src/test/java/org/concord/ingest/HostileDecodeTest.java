package org.concord.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.clean.CleanedArticle;
import org.concord.clean.Cleaner;
import org.concord.model.Document;
import org.concord.model.RemovalReason;
import org.concord.model.Removed;
import org.concord.model.Report;
import org.concord.model.Skipped;
import org.concord.report.ReportChecks;
import org.concord.report.ReportJson;
import org.concord.report.ReportWriter;
import org.concord.report.ReportWriters;
import org.concord.text.Utf16;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs at decoding (issue 23): lone surrogates, UTF-16 and UTF-32 text, JSONL fields of the wrong type and
 * a WARC record whose Content-Encoding inflates past the input's limit. Each is read or skipped with its reason;
 * none stops the batch or the report.
 */
class HostileDecodeTest {
    private static final String BODY = "The harbour council voted on Tuesday to freeze ferry fares for two years. "
            + "Commuters welcomed the decision.";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static IngestResult read(IngestOptions options, Path... paths) {
        return Ingest.create(options).read(List.of(paths));
    }

    /** A strict UTF-8 writer, as the report files are written: it throws on an unpaired surrogate. */
    private static String writeStrictUtf8(ReportWriter w, Report r) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            w.write(r, out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void loneSurrogatesAreReplacedAndCountedInEveryField() throws IOException {
        // the JSON escapes themselves, as a hostile record carries them: "\ud800" alone, "\udc00" alone
        String line = "{\"id\":\"lone\\ud800\",\"outlet\":\"Wire\\udc00\",\"title\":\"Fares \\ud800 frozen\","
                + "\"text\":\"" + BODY + " Bad \\ud800 here, a pair \\ud83d\\ude00 kept, \\udfff\\ud800 twice.\"}\n";
        IngestResult r = read(IngestOptions.defaults(), write("wire.jsonl", line.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, r.articles().size(), () -> "skipped: " + r.skipped());
        RawArticle a = r.articles().get(0);
        for (String field : new String[] {a.id(), a.outlet(), a.title(), a.text()}) {
            assertEquals(0, Utf16.unpaired(field), field);
            assertTrue(field.indexOf('\uFFFD') >= 0, field);
        }
        assertTrue(a.text().contains("pair \ud83d\ude00 kept"), "a proper pair is left alone: " + a.text());
        assertTrue(a.text().contains("\uFFFD\uFFFD twice"), a.text());
        List<Removed> invalid = a.removed().stream().filter(x -> x.reason() == RemovalReason.INVALID_CHARACTER)
                .toList();
        assertEquals(4, invalid.size(), invalid.toString());
        assertTrue(invalid.stream().anyMatch(x -> x.text().equals(
                "3 unpaired UTF-16 surrogates in the text, replaced by U+FFFD")), invalid.toString());
        assertTrue(invalid.stream().anyMatch(x -> x.text().contains("in the title")), invalid.toString());
        assertTrue(invalid.stream().anyMatch(x -> x.text().contains("in the outlet")), invalid.toString());

        // cleaning keeps the entries; the report (every format) is written by a strict UTF-8 writer
        CleanedArticle c = Cleaner.create().clean(a);
        assertEquals(4, c.removed().stream().filter(x -> x.reason() == RemovalReason.INVALID_CHARACTER).count());
        Document d = new Document(a.id(), a.source(), c.outlet(), c.title(), c.published(), false, c.text(),
                c.removed(), null);
        Report report = new Report(List.of(d), List.of(), List.of(new Skipped("x\ud800.jsonl", "bad \udc00")));
        assertEquals(List.of(), ReportChecks.check(report));
        String json = writeStrictUtf8(ReportWriters.json(), report);
        assertTrue(json.contains("\"reason\" : \"invalid character\""), json);
        assertEquals(List.of(d), ReportJson.read(new java.io.StringReader(json)).documents());
        writeStrictUtf8(ReportWriters.markdown(), report);
        writeStrictUtf8(ReportWriters.html(), report);
    }

    @Test
    void aRecordRebuiltFromARepairedOneIsNotCountedTwice() {
        RawArticle a = new RawArticle("a", "s", null, "T\ud800", null, BODY);
        RawArticle b = new RawArticle(a.id(), a.source(), a.outlet(), a.title(), a.published(), a.text(),
                a.removed(), a.authors(), a.language());
        assertEquals(a.removed(), b.removed());
        assertEquals(List.of(new Removed("1 unpaired UTF-16 surrogate in the title, replaced by U+FFFD",
                RemovalReason.INVALID_CHARACTER)), b.removed());
        assertEquals("invalid character", RemovalReason.INVALID_CHARACTER.json());
    }

    @Test
    void utf16AndUtf32WithAByteOrderMarkAreDecoded() throws IOException {
        String text = "Caf\u00e9 owners welcome the fare freeze\n" + BODY + " \u201cGood news,\u201d one said.";
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, (text + " le").getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, (text + " be").getBytes(StandardCharsets.UTF_16BE));
        byte[] le32 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
                (text + " le32").getBytes(Charset.forName("UTF-32LE")));
        byte[] be32 = concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
                (text + " be32").getBytes(Charset.forName("UTF-32BE")));
        String jsonl = "{\"id\":\"j16\",\"text\":\"" + BODY + " From UTF-16.\"}\r\n";
        byte[] jsonl16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, jsonl.getBytes(StandardCharsets.UTF_16LE));
        byte[] html16 = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, Fixtures.page("Fares frozen in UTF-16",
                BODY, "The council will meet again in May to review the budget and the ferry timetable.")
                .getBytes(StandardCharsets.UTF_16BE));
        IngestResult r = read(IngestOptions.defaults(), write("le.txt", le), write("be.txt", be),
                write("le32.txt", le32), write("be32.txt", be32), write("w.jsonl", jsonl16),
                write("page.html", html16));
        assertEquals(List.of(), r.skipped());
        assertEquals(6, r.articles().size());
        for (RawArticle a : r.articles().subList(0, 4)) {
            assertEquals(text + " " + a.id(), a.text(), a.id());
        }
        assertEquals(BODY + " From UTF-16.", r.articles().get(4).text());
        assertEquals("Fares frozen in UTF-16", r.articles().get(5).title());

        // a BOM is no pass for binary or broken bytes
        byte[] nul16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "a\u0000b\u0000c".getBytes(StandardCharsets.UTF_16LE));
        byte[] odd16 = new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b'};
        IngestResult bad = read(IngestOptions.defaults(), write("nul16.txt", nul16), write("odd16.txt", odd16));
        assertEquals(0, bad.articles().size());
        assertTrue(bad.skipped().get(0).reason().contains("NUL"), bad.skipped().toString());
        assertTrue(bad.skipped().get(1).reason().contains("not UTF-16LE"), bad.skipped().toString());
    }

    @Test
    void jsonlFieldsOfTheWrongTypeSkipTheirLineNamingFieldAndType() throws IOException {
        String lines = String.join("\n",
                "{\"text\": 12345}",
                "{\"id\": \"ok\", \"text\": \"" + BODY + "\"}",
                "{\"title\": [\"a\"], \"text\": \"" + BODY + " Two.\"}",
                "{\"outlet\": {\"name\": \"x\"}, \"text\": \"" + BODY + " Three.\"}",
                "{\"url\": true, \"text\": \"" + BODY + " Four.\"}",
                "{\"id\": 7, \"text\": \"" + BODY + " Five.\"}",
                "{\"published\": 20230314, \"text\": \"" + BODY + " Six.\"}",
                "{\"html\": 1.5}",
                "{\"id\": null, \"title\": null, \"text\": \"" + BODY + " Nulls are absent.\"}");
        IngestResult r = read(IngestOptions.defaults(), write("types.jsonl", lines.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, r.articles().size(), () -> r.articles().toString());
        assertEquals("ok", r.articles().get(0).id());
        List<String> reasons = r.skipped().stream().map(Skipped::reason).toList();
        assertEquals(List.of(
                "line 1: \"text\" is a number, not a string",
                "line 3: \"title\" is an array, not a string",
                "line 4: \"outlet\" is an object, not a string",
                "line 5: \"url\" is a boolean, not a string",
                "line 6: \"id\" is a number, not a string",
                "line 7: \"published\" is a number, not a string",
                "line 8: \"html\" is a number, not a string"), reasons);
        assertTrue(r.skipped().get(0).source().endsWith("types.jsonl:1"), r.skipped().get(0).source());
    }

    @Test
    void aGzipBombInAWarcRecordCountsAgainstTheInputsLimit() throws IOException {
        String page = Fixtures.page("Fares frozen", BODY, "The council will meet again in May to review it.");
        // each bomb: ~50 KB of gzip that inflates to 6 MB of HTML; the limit below is 4 MB per input
        byte[] bombBody = Fixtures.gzip(("<!DOCTYPE html><html><body><p>" + "a".repeat(6_000_000) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        byte[] small = Fixtures.gzip(page.getBytes(StandardCharsets.UTF_8));
        byte[] warc = Fixtures.concat(
                encodedResponse("https://wire.example/ok", small),
                encodedResponse("https://wire.example/bomb", bombBody),
                Fixtures.response("https://wire.example/plain", "2023-03-14T10:00:00Z",
                        Fixtures.page("Plain record", BODY, "Plain bodies are read as before, whatever the budget.")));
        IngestOptions options = IngestOptions.defaults().withMaxDecompressedBytes(4_000_000);
        IngestResult r = read(options, write("crawl.warc", warc));
        assertEquals(List.of("https://wire.example/ok", "https://wire.example/plain"),
                r.articles().stream().map(RawArticle::source).toList(), () -> r.skipped().toString());
        assertEquals(1, r.skipped().size(), r.skipped().toString());
        assertTrue(r.skipped().get(0).source().endsWith("crawl.warc#record2"), r.skipped().toString());
        assertTrue(r.skipped().get(0).reason().contains("--max-decompressed-size"), r.skipped().toString());

        // many records each under the limit, together over it: the budget is the input's, not the record's
        byte[] third = Fixtures.gzip(("<!DOCTYPE html><html><body><p>" + "b".repeat(1_500_000) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        byte[] flood = Fixtures.concat(encodedResponse("https://wire.example/f1", third),
                encodedResponse("https://wire.example/f2", third), encodedResponse("https://wire.example/f3", third),
                encodedResponse("https://wire.example/ok2", small));
        IngestResult f = read(options, write("flood.warc", flood));
        List<String> reasons = f.skipped().stream().map(s -> s.source() + ": " + s.reason()).toList();
        assertTrue(reasons.stream().anyMatch(s -> s.contains("flood.warc#record3")
                && s.contains("inflates past the limit of 4000000 bytes")), reasons.toString());
        assertFalse(f.articles().stream().anyMatch(a -> a.source().endsWith("/f3")), reasons.toString());
    }

    @Test
    void inflatedWarcRecordsCountAgainstTheBatchBudgetAcrossFiles() throws IOException {
        byte[] big = Fixtures.gzip(("<!DOCTYPE html><html><body><p>" + "c".repeat(900_000) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        Path one = write("one.warc", encodedResponse("https://wire.example/one", big));
        Path two = write("two.warc", encodedResponse("https://wire.example/two", big));
        Path plain = write("plain.warc", Fixtures.response("https://wire.example/plain", "2023-03-14T10:00:00Z",
                Fixtures.page("Plain record", BODY, "Plain bodies are read once the budget is spent.")));
        IngestOptions options = IngestOptions.defaults().withBatchBudget(1_500_000, IngestOptions.DEFAULT_MAX_BATCH_CHARS);
        // each record is within the per-input limit; the two inflate past the batch's 1.5 MB
        IngestResult r = read(options, one, two, plain);
        assertEquals(List.of("https://wire.example/one", "https://wire.example/plain"),
                r.articles().stream().map(RawArticle::source).toList(), () -> r.skipped().toString());
        assertEquals(1, r.skipped().size(), r.skipped().toString());
        assertTrue(r.skipped().get(0).source().endsWith("two.warc#record1"), r.skipped().toString());
        assertTrue(r.skipped().get(0).reason().contains("--max-batch-bytes"), r.skipped().toString());
        // the budget is the batch's: a second read starts with the whole of it again
        Ingest ingest = Ingest.create(options);
        ingest.read(List.of(one));
        assertEquals(1, ingest.read(List.of(two)).articles().size());
    }

    @Test
    void aBatchBudgetIsSharedByTheFilesOfOneReader() {
        ByteBudget batch = new ByteBudget(100, "--batch-budget");
        ByteBudget one = ByteBudget.within(batch, 80, "--max-decompressed-size");
        one.take(60, "x");
        ByteBudget two = ByteBudget.within(batch, 80, "--max-decompressed-size");
        assertEquals(40, two.remaining());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> two.take(50, "record 2"));
        assertTrue(e.getMessage().contains("--batch-budget"), e.getMessage());
        assertEquals(40, two.remaining(), "a refused take counts nothing");
    }

    private static byte[] encodedResponse(String uri, byte[] gzipped) {
        byte[] http = Fixtures.concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                + "Content-Encoding: gzip\r\nContent-Length: " + gzipped.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1), gzipped);
        return Fixtures.warcRecord("response", uri, "2023-03-14T10:00:00Z", "application/http; msgtype=response",
                http);
    }

    private static byte[] concat(byte[]... parts) {
        return Fixtures.concat(parts);
    }
}
