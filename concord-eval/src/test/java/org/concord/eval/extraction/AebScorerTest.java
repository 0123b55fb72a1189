package org.concord.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AebScorerTest {
    @Test
    void tokensAreRunsOfLettersNumbersAndUnderscore() {
        // "½" is a number (No), so "3½" is one token
        assertEquals(List.of("It", "s", "3½", "km_h", "naïve", "東京"), AebScorer.tokens("It's 3½ km_h — naïve, 東京!"));
        // a combining mark (U+0301) separates tokens, as Python's \w does not match it
        assertEquals(List.of("cafe", "x"), AebScorer.tokens("cafe\u0301x"));
        assertEquals(List.of(), AebScorer.tokens(null));
    }

    @Test
    void pageCountsUseFourTokenShingleMultisets() {
        AebScorer.PageCounts same = AebScorer.page("a b c d e", "a b c d e");
        assertEquals(new AebScorer.PageCounts(2, 0, 0, true), same);
        // gold shingles: abcd, bcde; predicted: abcd, bcdx -> tp 1, fp 1, fn 1
        assertEquals(new AebScorer.PageCounts(1, 1, 1, false), AebScorer.page("a b c d e", "a b c d x"));
        // fewer than four tokens: one shingle, the whole list
        assertEquals(new AebScorer.PageCounts(1, 0, 0, true), AebScorer.page("a b", "a, b."));
        assertEquals(new AebScorer.PageCounts(0, 0, 2, false), AebScorer.page("a b c d e", ""));
        // repeated shingles count as a multiset: abcd twice (one matched), bcda, cdab, dabc unmatched
        assertEquals(new AebScorer.PageCounts(1, 4, 0, false), AebScorer.page("a b c d", "a b c d a b c d"));
    }

    @Test
    void averagesAreMacroOverPagesThenHarmonic() {
        List<AebScorer.PageCounts> pages = List.of(
                new AebScorer.PageCounts(1, 1, 0, false),   // p 0.5, r 1
                new AebScorer.PageCounts(0, 0, 4, false),   // no prediction: skipped for precision, r 0
                new AebScorer.PageCounts(3, 0, 1, false));  // p 1, r 0.75
        Map<String, Double> m = AebScorer.metrics(pages);
        assertEquals(0.75, m.get("precision"), 1e-12);
        assertEquals((1 + 0 + 0.75) / 3, m.get("recall"), 1e-12);
        double p = 0.75;
        double r = 1.75 / 3;
        assertEquals(2 * p * r / (p + r), m.get("f1"), 1e-12);
        assertEquals(0.0, m.get("accuracy"), 1e-12);
    }
}
