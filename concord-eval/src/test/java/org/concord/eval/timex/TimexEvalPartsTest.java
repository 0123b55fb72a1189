package org.concord.eval.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The per-part figures of {@code concord eval timex} (TBAQ's TimeBank and AQUAINT halves). */
class TimexEvalPartsTest {
    @Test
    void aDocumentBelongsToTheFirstDirectoryUnderTheData() {
        Path data = Path.of("data", "tbaq");
        assertEquals("timebank", TimexEval.partOf(data, data.resolve("TimeBank").resolve("a.tml")));
        assertEquals("aquaint", TimexEval.partOf(data, data.resolve("AQUAINT").resolve("x").resolve("b.tml")));
        assertEquals("", TimexEval.partOf(data, data.resolve("c.tml")));
    }

    @Test
    void eachPartIsScoredOnItsOwnCountsAndOnePartGivesNone() {
        Map<String, TimexCounts> parts = new TreeMap<>();
        parts.put("aquaint", new TimexCounts(10, 10, 8, 10, 9, 5));
        assertTrue(TimexEval.partMetrics(parts).isEmpty());
        parts.put("timebank", new TimexCounts(4, 5, 4, 4, 4, 2));
        Map<String, Double> m = TimexEval.partMetrics(parts);
        assertEquals(0.5, m.get("part_aquaint_value_f1"), 1e-9);
        assertEquals(0.8, m.get("part_aquaint_strict_f1"), 1e-9);
        // value P 2/5, R 2/4
        assertEquals(2 * 0.4 * 0.5 / 0.9, m.get("part_timebank_value_f1"), 1e-9);
        assertEquals(4.0, m.get("part_timebank_gold_timexes"), 1e-9);
    }
}
