package org.concord.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads the AEB dev split from the shared data folder (system property {@code concord.shared}). */
class AebDevTest {
    static Path dev() {
        String shared = System.getProperty("concord.shared");
        assertNotNull(shared, "system property concord.shared is not set (the parent pom's surefire config sets it)");
        Path d = Path.of(shared, "data", "extraction", "aeb");
        assertTrue(Files.isRegularFile(d.resolve("ground-truth.json")) && Files.isDirectory(d.resolve("html")),
                "AEB dev split missing: expected " + d + "/ground-truth.json and /html");
        return d;
    }

    @Test
    void readsEveryDevPageAndAGoldOracleScoresPerfect() throws Exception {
        List<AebPage> pages = AebReader.read(dev(), 0);
        assertEquals(119, pages.size()); // SOURCE.txt: 119 DEV pages
        int nonEmpty = 0;
        for (AebPage p : pages) {
            assertEquals(64, p.id().length());
            assertTrue(p.html().length > 1000, p.id());
            AebScorer.PageCounts c = AebScorer.page(p.goldBody(), p.goldBody());
            assertEquals(0, c.fp() + c.fn());
            nonEmpty += c.tp() > 0 ? 1 : 0;
        }
        assertTrue(nonEmpty >= 118);
    }

    @Test
    void concordBeatsBothBaselinesOnTheFirstPages() throws Exception {
        ExtractionEval eval = new ExtractionEval();
        var opts = new org.concord.eval.EvalOptions(30, 2, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        double concord = eval.run(dev(), "aeb", "concord", opts).metrics().get("f1");
        double boilerpipe = eval.run(dev(), "aeb", "boilerpipe", opts).metrics().get("f1");
        assertTrue(concord > boilerpipe, "concord " + concord + " vs boilerpipe " + boilerpipe);
        assertTrue(concord > 0.9, "concord f1 on 30 dev pages " + concord);
    }
}
