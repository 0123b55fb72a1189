package org.concord.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitDigestTest {
    @TempDir
    Path tmp;

    private static Path split(Path corpus, String name, String text) throws Exception {
        Path dir = corpus.resolve(name);
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text").resolve("a.txt"), text, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("text").resolve("b.txt"), "Second.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("attributions").resolve("a_x1.ann"), "", StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void theDigestDependsOnContentNotOnWhereTheSplitLies() throws Exception {
        SplitDigest here = SplitDigest.of(split(tmp.resolve("one"), "train", "The mayor said so."), null);
        SplitDigest there = SplitDigest.of(split(tmp.resolve("two"), "train", "The mayor said so."), null);
        assertEquals("train", here.name());
        assertEquals(3, here.files());
        assertTrue(here.sha256().matches("[0-9a-f]{64}"), here.sha256());
        assertEquals(here, there);
        // one character changed
        assertNotEquals(here.sha256(), SplitDigest.of(split(tmp.resolve("three"), "train", "The mayor said no."),
                null).sha256());
        // the same bytes under another file name
        Path renamed = split(tmp.resolve("four"), "train", "The mayor said so.");
        Files.move(renamed.resolve("text").resolve("b.txt"), renamed.resolve("text").resolve("c.txt"));
        assertNotEquals(here.sha256(), SplitDigest.of(renamed, null).sha256());
        // the silver table beside the split is part of it
        Path withSilver = split(tmp.resolve("five"), "train", "The mayor said so.");
        Path silver = tmp.resolve("five").resolve("silver_source_coref").resolve("train.tsv");
        Files.createDirectories(silver.getParent());
        Files.writeString(silver, "ann_file\tevent_id\n", StandardCharsets.UTF_8);
        SplitDigest s = SplitDigest.of(withSilver, silver);
        assertEquals(4, s.files());
        assertNotEquals(here.sha256(), s.sha256());
        assertTrue(s.describe().startsWith("split train, sha256 " + s.sha256() + " of its 4 files"), s.describe());
    }
}
