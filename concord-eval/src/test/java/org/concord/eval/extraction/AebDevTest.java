package org.concord.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.concord.testkit.SharedData;
import org.concord.testkit.SharedDataCondition;

/** Reads the AEB dev split from the shared data folder (system property {@code concord.shared}). */
@SharedData({"data/extraction/aeb/ground-truth.json", "data/extraction/aeb/html"})
class AebDevTest {
    static Path dev() {
        return SharedDataCondition.path("data/extraction/aeb");
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
