package org.concord.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.concord.model.Skipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs, generated small (issue 23): batch budgets, the article length limit, limits too large to hold,
 * FIFOs and links, unlistable subdirectories, path traversal and special entries in archives. Each bad input is a
 * skipped entry with its reason and the good inputs around it are read.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    private static final Duration NEVER_BLOCK = Duration.ofSeconds(30);

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private static String article(int i, int chars) {
        StringBuilder b = new StringBuilder("Headline number " + i + "\n");
        while (b.length() < chars) {
            b.append("Sentence ").append(i).append(" of a plain article about the harbour. ");
        }
        return b.substring(0, chars);
    }

    private static Map<String, String> reasons(IngestResult r) {
        return r.skipped().stream().collect(Collectors.toMap(Skipped::source, Skipped::reason, (a, b) -> a + " | " + b,
                LinkedHashMap::new));
    }

    private static List<String> sources(IngestResult r) {
        return r.articles().stream().map(RawArticle::source).toList();
    }

    private static boolean mkfifo(Path p) {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void theCharacterBudgetOfTheBatchSkipsTheRestByName() throws IOException {
        for (int i = 0; i < 5; i++) {
            write("in/a" + i + ".txt", article(i, 1_000));
        }
        IngestOptions o = IngestOptions.defaults().withBatchBudget(IngestOptions.DEFAULT_MAX_BATCH_BYTES, 2_500);
        IngestResult r = Ingest.create(o).read(List.of(dir.resolve("in")));
        assertEquals(List.of(dir.resolve("in/a0.txt").toString(), dir.resolve("in/a1.txt").toString()), sources(r));
        assertEquals(3, r.skipped().size(), () -> r.skipped().toString());
        for (Skipped s : r.skipped()) {
            assertTrue(s.reason().contains("batch budget is spent (--max-batch-chars 2500"), s::toString);
        }
    }

    @Test
    void theByteBudgetCountsInflatedBytesAcrossArchives() throws IOException {
        // a zip flood: each archive within every per-input limit, together past the batch budget
        for (int i = 0; i < 6; i++) {
            write("flood/z" + i + ".zip", Fixtures.zip(Map.of("story" + i + ".txt",
                    article(i, 40_000).getBytes(StandardCharsets.UTF_8))));
        }
        Path good = write("good.txt", article(99, 500));
        Path after = write("after.txt", article(98, 500));
        IngestOptions o = IngestOptions.defaults().withBatchBudget(100_000, IngestOptions.DEFAULT_MAX_BATCH_CHARS);
        IngestResult r = Ingest.create(o).read(List.of(good, dir.resolve("flood"), after));
        // 100,000 bytes inflate two archives of 40,000; the third is refused part-way and the rest not unpacked
        assertEquals(List.of(good.toString(), dir.resolve("flood/z0.zip!/story0.txt").toString(),
                dir.resolve("flood/z1.zip!/story1.txt").toString(), after.toString()), sources(r));
        Map<String, String> why = reasons(r);
        assertTrue(why.get(dir.resolve("flood/z2.zip!/story2.txt").toString())
                .startsWith("inflates past the batch budget (--max-batch-bytes 100000"), why::toString);
        for (int i = 3; i < 6; i++) {
            assertEquals("not unpacked: the batch budget is spent (--max-batch-bytes 100000 bytes inflated in all)",
                    why.get(dir.resolve("flood/z" + i + ".zip").toString()), why::toString);
        }
        assertEquals(4, r.skipped().size(), why::toString);
    }

    @Test
    void theByteBudgetCountsBytesReadFromFiles() throws IOException {
        for (int i = 0; i < 4; i++) {
            write("in/a" + i + ".txt", article(i, 30_000));
        }
        IngestOptions o = IngestOptions.defaults().withBatchBudget(100_000, IngestOptions.DEFAULT_MAX_BATCH_CHARS);
        IngestResult r = Ingest.create(o).read(List.of(dir.resolve("in")));
        assertEquals(3, r.articles().size(), () -> r.skipped().toString());
        assertEquals("not read: the batch budget is spent (--max-batch-bytes 100000 bytes read in all)",
                reasons(r).get(dir.resolve("in/a3.txt").toString()));
    }

    @Test
    void anArticleOverTheLengthLimitIsSkippedNamingTheFlag() throws IOException {
        Path longOne = write("long.txt", article(1, 5_000));
        Path shortOne = write("short.txt", article(2, 200));
        IngestResult r = Ingest.create(IngestOptions.defaults().withMaxArticleChars(1_000))
                .read(List.of(longOne, shortOne));
        assertEquals(List.of(shortOne.toString()), sources(r));
        assertEquals("article too long: 5000 characters, limit 1000 (--max-article-chars)",
                reasons(r).get(longOne.toString()));
    }

    @Test
    void limitsTooLargeToHoldAreRefusedUpFront() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IngestOptions.defaults().withMaxFileBytes(3_000_000_000L));
        assertTrue(e.getMessage().contains("at most " + IngestOptions.MAX_IN_MEMORY), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> IngestOptions.defaults().withMaxDecompressedBytes(Long.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> IngestOptions.defaults().withBatchBudget(0, 1));
        // the largest allowed per-input limit reads a small file without overflow
        IngestResult r = assertTimeoutPreemptively(NEVER_BLOCK, () -> Ingest.create(IngestOptions.defaults()
                .withMaxFileBytes(IngestOptions.MAX_IN_MEMORY)).read(List.of(write("a.txt", article(1, 300)))));
        assertEquals(1, r.articles().size(), () -> r.skipped().toString());
    }

    @Test
    void aFifoIsNeverOpenedGivenOrInsideADirectory() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path good = write("in/good.txt", article(1, 300));
        Path inner = in.resolve("pipe.txt");
        Path given = dir.resolve("given.txt");
        assumeTrue(mkfifo(inner) && mkfifo(given), "mkfifo is not available");
        IngestResult r = assertTimeoutPreemptively(NEVER_BLOCK,
                () -> Ingest.create(IngestOptions.defaults()).read(List.of(given, in)));
        assertEquals(List.of(good.toString()), sources(r));
        assertEquals("not a regular file: FIFO", reasons(r).get(given.toString()));
        assertEquals("not a regular file: FIFO", reasons(r).get(inner.toString()));
    }

    @Test
    void aLinkOutOfTheInputsIsSkippedUnlessLinksAreFollowed() throws IOException {
        Path secret = write("outside/secret.txt", article(7, 300));
        Path good = write("in/good.txt", article(1, 300));
        Path out = Files.createSymbolicLink(dir.resolve("in/secret.txt"), secret);
        Path within = Files.createSymbolicLink(Files.createDirectories(dir.resolve("in/sub")).resolve("alias.txt"),
                Path.of("../good.txt"));
        Path passwd = Path.of("/etc/passwd");
        Path toPasswd = Files.isRegularFile(passwd) ? Files.createSymbolicLink(dir.resolve("in/passwd"), passwd)
                : null;
        IngestResult r = Ingest.create(IngestOptions.defaults()).read(List.of(dir.resolve("in")));
        assertEquals(List.of(good.toString()), sources(r));
        Map<String, String> why = reasons(r);
        assertEquals("symbolic link outside the inputs (use --follow-links)", why.get(out.toString()));
        if (toPasswd != null) {
            assertEquals("symbolic link outside the inputs (use --follow-links)", why.get(toPasswd.toString()));
        }
        assertTrue(why.get(within.toString()).startsWith("duplicate of " + good), why::toString);

        IngestResult followed = Ingest.create(IngestOptions.defaults().withFollowLinks(true))
                .read(List.of(dir.resolve("in")));
        assertTrue(sources(followed).contains(out.toString()), () -> sources(followed).toString());
        // a link named as an input is the user's own choice: followed
        IngestResult given = Ingest.create(IngestOptions.defaults()).read(List.of(out));
        assertEquals(List.of(out.toString()), sources(given));
    }

    @Test
    void anUnreadableSubdirectorySkipsOnlyItself() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "running as root: permissions are not enforced");
        Path good = write("in/good.txt", article(1, 300));
        Path other = write("in/z/other.txt", article(2, 300));
        Path locked = Files.createDirectories(dir.resolve("in/locked"));
        write("in/locked/hidden.txt", article(3, 300));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(locked), "permissions are not enforced here");
            IngestResult r = Ingest.create(IngestOptions.defaults()).read(List.of(dir.resolve("in")));
            assertEquals(List.of(good.toString(), other.toString()), sources(r));
            assertEquals(Map.of(locked.toString(), "cannot list directory: permission denied"), reasons(r));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void archiveEntriesThatClimbOutOrAreNotFilesAreNamed() throws IOException {
        Map<String, byte[]> z = new LinkedHashMap<>();
        z.put("../escape.txt", article(1, 300).getBytes(StandardCharsets.UTF_8));
        z.put("/etc/abs.txt", article(2, 300).getBytes(StandardCharsets.UTF_8));
        z.put("ok.txt", article(3, 300).getBytes(StandardCharsets.UTF_8));
        Path zip = write("evil.zip", Fixtures.zip(z));
        Path tar = write("links.tar", tarWithSpecials(article(4, 300)));
        IngestResult r = Ingest.create(IngestOptions.defaults()).read(List.of(zip, tar));
        assertEquals(List.of(zip + "!/ok.txt", tar + "!/good.txt"), sources(r));
        Map<String, String> why = reasons(r);
        assertEquals("zip entry named \"../escape.txt\": an absolute path or '..' (path traversal), not read",
                why.get(zip + "!/../escape.txt"), why::toString);
        assertEquals("zip entry named \"/etc/abs.txt\": an absolute path or '..' (path traversal), not read",
                why.get(zip + "!/etc/abs.txt"), why::toString);
        assertEquals("tar symbolic link (to /etc/passwd): not read", why.get(tar + "!/link.txt"), why::toString);
        assertEquals("tar hard link (to good.txt): not read", why.get(tar + "!/hard.txt"), why::toString);
        assertEquals("tar device entry: not read", why.get(tar + "!/dev/tty.txt"), why::toString);
        assertEquals(5, r.skipped().size(), why::toString);
        assertTrue(why.values().stream().noneMatch(w -> w.toLowerCase(Locale.ROOT).contains("empty")));
    }

    private static byte[] tarWithSpecials(String good) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream t = new TarArchiveOutputStream(out)) {
            byte[] body = good.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry file = new TarArchiveEntry("good.txt");
            file.setSize(body.length);
            t.putArchiveEntry(file);
            t.write(body);
            t.closeArchiveEntry();
            TarArchiveEntry link = new TarArchiveEntry("link.txt", TarConstants.LF_SYMLINK);
            link.setLinkName("/etc/passwd");
            t.putArchiveEntry(link);
            t.closeArchiveEntry();
            TarArchiveEntry hard = new TarArchiveEntry("hard.txt", TarConstants.LF_LINK);
            hard.setLinkName("good.txt");
            t.putArchiveEntry(hard);
            t.closeArchiveEntry();
            TarArchiveEntry dev = new TarArchiveEntry("dev/tty.txt", TarConstants.LF_CHR);
            t.putArchiveEntry(dev);
            t.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
