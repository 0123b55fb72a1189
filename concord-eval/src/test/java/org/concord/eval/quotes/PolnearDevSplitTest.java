package org.concord.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.concord.testkit.SharedData;
import org.concord.testkit.SharedDataCondition;

/** Reads the real PolNeAR dev split from the shared data folder (system property {@code concord.shared}). */
@SharedData({"data/quotes/polnear/dev/text", "data/quotes/polnear/dev/attributions"})
class PolnearDevSplitTest {
    static Path devSplit() {
        return SharedDataCondition.path("data/quotes/polnear/dev");
    }

    @Test
    void readsTheDevSplitAsItsSourceDescribesIt() throws Exception {
        PolnearReader.Split split = PolnearReader.read(devSplit(), 0);
        assertEquals(List.of(), split.problems());
        assertEquals(84, split.documents().size());
        assertNotNull(split.silverFile());
        int gold = 0;
        int withSilver = 0;
        int withSource = 0;
        QuoteScorer.Counts c = QuoteScorer.Counts.ZERO;
        for (PolnearDocument d : split.documents()) {
            gold += d.attributions().size();
            withSource += (int) d.attributions().stream().filter(GoldAttribution::hasSource).count();
            withSilver += (int) d.attributions().stream().filter(a -> a.silver() != SilverSource.NONE).count();
            c = c.plus(QuoteScorer.score(d, List.of()).counts());
        }
        // SOURCE.txt: 2,193 E records in the primary files, one without content; 624 contents with a " or “ ”
        assertEquals(2192, gold);
        assertEquals(2192, c.gold());
        assertEquals(624, c.quotedGold());
        // SOURCE.txt counts 402 "mostly quoted" with its own paragraph rule; ours is within a few of it
        assertTrue(Math.abs(c.directGold() - 402) <= 5, "direct gold " + c.directGold());
        // the silver table has a row for every event with a source (2,066 of the 2,192)
        assertEquals(2066, withSource);
        assertEquals(withSource, withSilver);
    }

    @Test
    void anOracleScoresPerfectOverlapOnTheDevSplit() throws Exception {
        List<PolnearDocument> docs = PolnearReader.read(devSplit(), 0).documents();
        QuotesEvalTest.Oracle oracle = new QuotesEvalTest.Oracle(docs);
        QuoteScorer.Counts c = QuoteScorer.Counts.ZERO;
        for (PolnearDocument d : docs) {
            c = c.plus(QuoteScorer.score(d, oracle.extract(d.name(), d.text()).quotes()).counts());
        }
        Map<String, Double> m = QuoteScorer.metrics(c);
        // the hull of a discontinuous content can enclose a larger gold item, which then takes that prediction by
        // the greedy rule: a hull oracle loses a very few pairs, nothing more
        assertTrue(m.get("content_f1_overlap") > 0.999, "overlap F1 " + m.get("content_f1_overlap"));
        assertTrue(c.gold() - c.overlapTp() <= 2, "unmatched gold " + (c.gold() - c.overlapTp()));
        // (and the swapped pair then carries the other attribution's source)
        assertTrue(c.speakerScored() - c.speakerRight() <= 2, "wrong oracle speakers "
                + (c.speakerScored() - c.speakerRight()));
        assertTrue(c.overlapTp() - c.e2eTp() <= 2, "oracle pairs wrong end to end " + (c.overlapTp() - c.e2eTp()));
        assertTrue(m.get("direct_content_recall_overlap") > 0.99, "direct recall " + m.get("direct_content_recall_overlap"));
        double exact = m.get("content_f1_exact");
        assertTrue(exact > 0.8 && exact < 1.0, "discontinuous gold contents are not exact as hulls: " + exact);
    }
}
