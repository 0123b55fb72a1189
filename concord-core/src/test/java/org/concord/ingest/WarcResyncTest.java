package org.concord.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.concord.model.Skipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WARC resynchronisation: a record with a wrong Content-Length (too large for its gzip member or for what follows,
 * too small), a damaged or cut gzip member, garbage between members, a file cut short mid-record. Each loses only
 * the broken record, reported with the file, the byte offset and the reason; every other record is read.
 */
class WarcResyncTest {
    private static final int RECORDS = 5;
    private static final Pattern BYTE_OFFSET = Pattern.compile("bytes? \\d+");

    @TempDir
    Path dir;

    /** Record {@code i} (1-based): an HTML response whose page names it, so each article is told apart by URL. */
    private static byte[] record(int i) {
        String[] topics = {"harbour dredging", "tram timetable", "library reopening", "river flood barrier",
                "school meals", "bridge repainting"};
        String topic = topics[(i - 1) % topics.length];
        return Fixtures.response(url(i), "2023-03-1" + i + "T09:00:00Z", Fixtures.page("Update on the " + topic,
                "The council said on Tuesday that work on the " + topic + " would continue through the spring, "
                        + "with a report due before the summer recess.",
                "Residents asked for clearer notice of the " + topic + " plans at a meeting in the town hall, "
                        + "and officials promised a public update every month (item " + i + ")."));
    }

    private static String url(int i) {
        return "https://gazette.example/2023/03/item-" + i;
    }

    private static List<String> urlsBut(int... lost) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= RECORDS; i++) {
            int n = i;
            if (Arrays.stream(lost).noneMatch(l -> l == n)) {
                out.add(url(i));
            }
        }
        return out;
    }

    private static byte[][] records() {
        byte[][] r = new byte[RECORDS][];
        for (int i = 0; i < RECORDS; i++) {
            r[i] = record(i + 1);
        }
        return r;
    }

    /** The record with its Content-Length changed by {@code delta} (the block itself untouched). */
    private static byte[] withLengthOff(byte[] record, long delta) {
        String s = new String(record, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = Pattern.compile("Content-Length: (\\d+)\r\n").matcher(s);
        assertTrue(m.find());
        long declared = Long.parseLong(m.group(1)) + delta;
        return (s.substring(0, m.start(1)) + declared + s.substring(m.end(1))).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] gzipEach(byte[]... records) {
        byte[][] members = new byte[records.length][];
        for (int i = 0; i < records.length; i++) {
            members[i] = Fixtures.gzip(records[i]);
        }
        return Fixtures.concat(members);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static IngestResult read(Path file) {
        return Ingest.create(IngestOptions.defaults()).read(List.of(file));
    }

    private static List<String> sources(IngestResult r) {
        return r.articles().stream().map(RawArticle::source).toList();
    }

    /** Every skipped entry names the file (by its name, with or without .gz) and gives a byte offset. */
    private static void assertReported(IngestResult r, String fileName) {
        assertFalse(r.skipped().isEmpty(), "the broken part is reported");
        String stem = fileName.replaceFirst("\\.gz$", "");
        for (Skipped s : r.skipped()) {
            assertTrue(s.source().contains(stem), () -> "names the file: " + s);
            assertTrue(BYTE_OFFSET.matcher(s.reason()).find(), () -> "gives a byte offset: " + s);
        }
    }

    @Test
    void warcGzWithABrokenRecordInTheMiddleYieldsEveryOtherRecord() throws IOException {
        byte[][] r = records();
        // Content-Length larger than its gzip member, yet shorter than the rest of the file: framed on the
        // concatenated output it would swallow the next records
        r[2] = withLengthOff(r[2], 900);
        IngestResult result = read(write("crawl.warc.gz", gzipEach(r)));
        assertEquals(urlsBut(3), sources(result), () -> result.skipped().toString());
        assertEquals(1, result.skipped().size(), () -> result.skipped().toString());
        Skipped s = result.skipped().get(0);
        assertTrue(s.source().endsWith("crawl.warc#record3"), s::toString);
        assertTrue(s.reason().contains("Content-Length"), s::toString);
        assertTrue(s.reason().contains("gzip member at byte " + (Fixtures.gzip(r[0]).length
                + Fixtures.gzip(r[1]).length) + " of "), s::toString);
        assertReported(result, "crawl.warc.gz");
    }

    @Test
    void aContentLengthThatSpansExactlyTheNextRecordIsCaughtAtTheGzipMember() throws IOException {
        byte[][] r = records();
        // declared so that the block ends exactly where record 4 ends: the bytes after it look like a good record
        // boundary, only the gzip members show that record 3 runs into record 4
        r[2] = withLengthOff(r[2], 4 + r[3].length);
        IngestResult result = read(write("span.warc.gz", gzipEach(r)));
        assertEquals(urlsBut(3), sources(result), () -> result.skipped().toString());
        assertEquals(1, result.skipped().size(), () -> result.skipped().toString());
        assertTrue(result.skipped().get(0).source().endsWith("span.warc#record3"));
    }

    @Test
    void aContentLengthPastTheEndOfTheFileLosesOnlyItsRecord() throws IOException {
        byte[][] r = records();
        r[1] = withLengthOff(r[1], 1_000_000);
        for (String name : List.of("huge.warc", "huge.warc.gz")) {
            byte[] bytes = name.endsWith(".gz") ? gzipEach(r) : Fixtures.concat(r);
            IngestResult result = read(write(name, bytes));
            assertEquals(urlsBut(2), sources(result), () -> name + ": " + result.skipped());
            assertEquals(1, result.skipped().size(), () -> name + ": " + result.skipped());
            assertTrue(result.skipped().get(0).source().endsWith("huge.warc#record2"));
            assertReported(result, name);
        }
    }

    @Test
    void plainWarcWithAContentLengthTooLargeOrTooSmallLosesOnlyThatRecord() throws IOException {
        for (long delta : new long[] {300, -100, 7, -7}) {
            byte[][] r = records();
            r[2] = withLengthOff(r[2], delta);
            String name = "off" + (delta < 0 ? "minus" : "plus") + Math.abs(delta) + ".warc";
            IngestResult result = read(write(name, Fixtures.concat(r)));
            assertEquals(urlsBut(3), sources(result), () -> name + ": " + result.skipped());
            assertEquals(1, result.skipped().size(), () -> name + ": " + result.skipped());
            Skipped s = result.skipped().get(0);
            assertTrue(s.source().endsWith(name + "#record3"), s::toString);
            assertTrue(s.reason().toLowerCase(Locale.ROOT).contains("content-length"), s::toString);
            assertReported(result, name);
        }
    }

    @Test
    void aCorruptGzipMemberInTheMiddleLosesOnlyItsRecord() throws IOException {
        byte[][] r = records();
        byte[][] members = new byte[RECORDS][];
        for (int i = 0; i < RECORDS; i++) {
            members[i] = Fixtures.gzip(r[i]);
        }
        // bytes flipped inside the deflate data of member 3
        byte[] flipped = members[2].clone();
        for (int i = 30; i < flipped.length - 30; i += 11) {
            flipped[i] ^= (byte) 0xa5;
        }
        // only the CRC of member 4 wrong: it inflates, but its check fails
        byte[] badCrc = members[3].clone();
        badCrc[badCrc.length - 6] ^= 0x01;
        byte[] gz = Fixtures.concat(members[0], members[1], flipped, badCrc, members[4]);
        IngestResult result = read(write("damaged.warc.gz", gz));
        assertEquals(urlsBut(3, 4), sources(result), () -> result.skipped().toString());
        int at = members[0].length + members[1].length;
        assertEquals(1, result.skipped().size(), () -> result.skipped().toString());
        Skipped s = result.skipped().get(0);
        assertTrue(s.source().endsWith("damaged.warc.gz"), s::toString);
        assertTrue(s.reason().contains("gzip data corrupt at bytes " + at + "-" + (at + flipped.length
                + badCrc.length)), s::toString);
        assertTrue(s.reason().contains("gzip member at byte " + (gz.length - members[4].length)), s::toString);
    }

    @Test
    void aFileCutShortMidRecordKeepsEveryRecordBeforeTheCut() throws IOException {
        byte[][] r = records();
        byte[] plain = Fixtures.concat(r);
        int cutAt = plain.length - r[4].length / 2;
        IngestResult warc = read(write("cut.warc", Arrays.copyOf(plain, cutAt)));
        assertEquals(urlsBut(5), sources(warc), () -> warc.skipped().toString());
        assertEquals(1, warc.skipped().size(), () -> warc.skipped().toString());
        assertTrue(warc.skipped().get(0).source().endsWith("cut.warc#record5"));
        assertTrue(warc.skipped().get(0).reason().contains("cut short"), () -> warc.skipped().toString());
        assertReported(warc, "cut.warc");

        // record per member, cut inside the last member
        byte[] perRecord = gzipEach(r);
        int lastMember = perRecord.length - Fixtures.gzip(r[4]).length;
        IngestResult members = read(write("cut1.warc.gz", Arrays.copyOf(perRecord, lastMember + 60)));
        assertEquals(urlsBut(5), sources(members), () -> members.skipped().toString());
        assertReported(members, "cut1.warc.gz");

        // the whole file one gzip stream, cut inside the fifth record: the inflated part before the cut is kept
        ByteArrayOutputStream oneStream = new ByteArrayOutputStream();
        int flushed;
        try (GZIPOutputStream g = new GZIPOutputStream(oneStream, true)) {
            g.write(Fixtures.concat(r[0], r[1], r[2], r[3]));
            g.flush(); // everything so far can be inflated from the bytes written
            flushed = oneStream.size();
            g.write(r[4]);
        }
        int cut = flushed + (oneStream.size() - flushed) / 2;
        IngestResult stream = read(write("cut2.warc.gz", Arrays.copyOf(oneStream.toByteArray(), cut)));
        assertEquals(urlsBut(5), sources(stream), () -> stream.skipped().toString());
        assertTrue(stream.skipped().stream().anyMatch(s -> s.source().endsWith("cut2.warc#record5")
                && s.reason().contains("cut short")), () -> stream.skipped().toString());
        assertTrue(stream.skipped().stream().anyMatch(s -> s.source().endsWith("cut2.warc.gz")
                && s.reason().contains("cut short")), () -> stream.skipped().toString());
        assertReported(stream, "cut2.warc.gz");
    }

    @Test
    void garbageBetweenGzipMembersIsReportedAndSkipped() throws IOException {
        byte[][] r = records();
        byte[] junk = "some bytes that are not gzip at all\n".getBytes(StandardCharsets.US_ASCII);
        // a false member header: the gzip magic followed by nonsense
        byte[] fakeMember = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0x77, 0x77, 0x77, (byte) 0xff, (byte) 0xff};
        byte[] first = Fixtures.gzip(r[0]);
        byte[] second = Fixtures.gzip(r[1]);
        byte[] gz = Fixtures.concat(first, second, junk, gzipEach(r[2], r[3]), fakeMember, junk,
                Fixtures.gzip(r[4]));
        IngestResult result = read(write("junk.warc.gz", gz));
        assertEquals(urlsBut(), sources(result), () -> result.skipped().toString());
        assertEquals(2, result.skipped().size(), () -> result.skipped().toString());
        int at = first.length + second.length;
        assertTrue(result.skipped().get(0).reason().startsWith("gzip data corrupt at bytes " + at + "-"
                + (at + junk.length) + " of " + gz.length), () -> result.skipped().toString());
        assertReported(result, "junk.warc.gz");

        // trailing bytes after the last member are reported too
        IngestResult tail = read(write("tail.warc.gz", Fixtures.concat(gzipEach(r), junk)));
        assertEquals(urlsBut(), sources(tail), () -> tail.skipped().toString());
        assertEquals(1, tail.skipped().size(), () -> tail.skipped().toString());
        assertTrue(tail.skipped().get(0).reason().contains("nothing readable after it"),
                () -> tail.skipped().toString());
    }

    @Test
    void theReadInputApiResyncsLikeFiles() {
        byte[][] r = records();
        r[2] = withLengthOff(r[2], 500);
        IngestResult result = Ingest.create(IngestOptions.defaults()).readInput("hdfs/crawl.warc.gz", gzipEach(r),
                true);
        assertEquals(urlsBut(3), sources(result), () -> result.skipped().toString());
        assertEquals(1, result.skipped().size(), () -> result.skipped().toString());
        assertTrue(result.skipped().get(0).source().endsWith("crawl.warc#record3"));
    }

    @Test
    void aRecordLimitStillHoldsWhenRecordsAreBroken() throws IOException {
        byte[][] r = records();
        r[1] = withLengthOff(r[1], -50);
        IngestResult result = Ingest.create(IngestOptions.defaults().withMaxWarcRecords(3))
                .read(List.of(write("limit.warc.gz", gzipEach(r))));
        assertEquals(List.of(url(1), url(3)), sources(result), () -> result.skipped().toString());
        assertTrue(result.skipped().stream().anyMatch(s -> s.reason().contains("--max-warc-records")));
    }

    @Test
    void soundFilesAreReadWhateverTheirMembersAndPaddingAndBodies() throws IOException {
        byte[][] r = records();
        byte[] plain = Fixtures.concat(r);
        // members that split records at random (as bgzip writes 64 KiB blocks): no record is lost for it
        List<byte[]> blocks = new ArrayList<>();
        for (int i = 0; i < plain.length; i += 500) {
            blocks.add(Fixtures.gzip(Arrays.copyOfRange(plain, i, Math.min(plain.length, i + 500))));
        }
        IngestResult split = read(write("blocks.warc.gz", Fixtures.concat(blocks.toArray(byte[][]::new))));
        assertEquals(urlsBut(), sources(split), () -> split.skipped().toString());
        assertEquals(List.of(), split.skipped());
        // zero bytes padding the end of a plain WARC
        IngestResult padded = read(write("padded.warc", Fixtures.concat(plain, new byte[64])));
        assertEquals(urlsBut(), sources(padded), () -> padded.skipped().toString());
        assertEquals(List.of(), padded.skipped());
        // a page that quotes a WARC header line is framed by its Content-Length, not cut at that line
        byte[] quoting = Fixtures.response("https://gazette.example/2023/03/warc-explained", "2023-03-20T09:00:00Z",
                Fixtures.page("How web archives store pages", "A web archive file is a list of records, and every "
                        + "record starts with a version line such as the one below, then its header fields.",
                        "\nWARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12\r\n\r\n",
                        "Archivists keep these files for decades, so readers must cope with damaged copies."));
        IngestResult quoted = read(write("quoting.warc.gz", gzipEach(r[0], quoting, r[1])));
        assertEquals(List.of(url(1), "https://gazette.example/2023/03/warc-explained", url(2)), sources(quoted),
                () -> quoted.skipped().toString());
        assertEquals(List.of(), quoted.skipped());
    }
}
