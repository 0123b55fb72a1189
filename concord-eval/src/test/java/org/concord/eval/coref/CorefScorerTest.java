package org.concord.eval.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-computed cases (worked out on paper from the definitions in Pradhan et al. 2014). */
class CorefScorerTest {
    private static final double EPS = 1e-9;

    @Test
    void splitAndMergedClusters() {
        // key {a,b,c} {d,e}; response {a,b} {c,d,e}
        CorefScorer.Scores s = CorefScorer.score(List.of(Set.of("a", "b", "c"), Set.of("d", "e")),
                List.of(Set.of("a", "b"), Set.of("c", "d", "e")));
        // MUC recall (3-2)+(2-1) / (2+1); precision (2-1)+(3-2) / (1+2)
        assertEquals(2.0 / 3, s.muc().recall(), EPS);
        assertEquals(2.0 / 3, s.muc().precision(), EPS);
        // B3 recall (2/3+2/3+1/3+1+1)/5, precision (1+1+1/3+2/3+2/3)/5
        assertEquals(11.0 / 15, s.bcubed().recall(), EPS);
        assertEquals(11.0 / 15, s.bcubed().precision(), EPS);
        // CEAF-e: phi4(K1,R1)=4/5, phi4(K2,R2)=4/5: 1.6 over 2 clusters each side
        assertEquals(0.8, s.ceafe().recall(), EPS);
        assertEquals(0.8, s.ceafe().f1(), EPS);
        assertEquals((2.0 / 3 + 11.0 / 15 + 0.8) / 3, s.conllF1(), EPS);
    }

    @Test
    void unequalSidesGiveDifferentPrecisionAndRecall() {
        // key {a,b,c,d}; response {a,b} {c} {d}
        CorefScorer.Scores s = CorefScorer.score(List.of(Set.of("a", "b", "c", "d")),
                List.of(Set.of("a", "b"), Set.of("c"), Set.of("d")));
        assertEquals(1.0 / 3, s.muc().recall(), EPS);      // 4 - 3 partitions over 3 links
        assertEquals(1.0, s.muc().precision(), EPS);       // 1 response link, kept
        assertEquals((0.5 + 0.5 + 0.25 + 0.25) / 4, s.bcubed().recall(), EPS);
        assertEquals(1.0, s.bcubed().precision(), EPS);
        // one key cluster aligned with {a,b}: phi4 = 4/6; recall over 1 key cluster, precision over 3 responses
        assertEquals(2.0 / 3, s.ceafe().recall(), EPS);
        assertEquals(2.0 / 9, s.ceafe().precision(), EPS);
        assertEquals(2 * (2.0 / 3) * (2.0 / 9) / (2.0 / 3 + 2.0 / 9), s.ceafe().f1(), EPS);
    }

    @Test
    void allSingletonsScoreNoMucButPerfectBcubedAndCeaf() {
        CorefScorer.Scores s = CorefScorer.score(List.of(Set.of("a"), Set.of("b")), List.of(Set.of("a"), Set.of("b")));
        assertEquals(0.0, s.muc().f1(), EPS);
        assertEquals(1.0, s.bcubed().f1(), EPS);
        assertEquals(1.0, s.ceafe().f1(), EPS);
        assertEquals(2.0 / 3, s.conllF1(), EPS);
    }

    @Test
    void twinlessMentionsCountAgainstBothSides() {
        // key {a,b}; response {a,c}: b and c have no twin
        CorefScorer.Scores s = CorefScorer.score(List.of(Set.of("a", "b")), List.of(Set.of("a", "c")));
        assertEquals(0.0, s.muc().recall(), EPS);
        assertEquals(0.0, s.muc().precision(), EPS);
        assertEquals(0.25, s.bcubed().recall(), EPS);
        assertEquals(0.25, s.bcubed().precision(), EPS);
        assertEquals(0.5, s.ceafe().f1(), EPS);
    }

    @Test
    void ceafeUsesTheOptimalNotTheGreedyAlignment() {
        // greedy (0.9 first) would give 1.0
        assertEquals(1.6, Assignment.maxWeight(new double[][] {{0.9, 0.8}, {0.8, 0.1}}), EPS);
        assertEquals(0.6, Assignment.maxWeight(new double[][] {{0.5, 0.6, 0.1}}), EPS);
        assertEquals(0.6, Assignment.maxWeight(new double[][] {{0.5}, {0.6}, {0.1}}), EPS);
        assertEquals(1.5, Assignment.maxWeight(new double[][] {{1, 0.5, 0}, {1, 0, 0}, {0.5, 0, 0}}), EPS);
    }

    @Test
    void aMentionInTwoClustersIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> CorefScorer.score(
                List.of(Set.of("a", "b"), Set.of("b")), List.of(Set.of("a"), Set.of("b"))));
    }
}
