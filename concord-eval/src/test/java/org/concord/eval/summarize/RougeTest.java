package org.concord.eval.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed ROUGE-1.5.5 figures. */
class RougeTest {
    private static final double EPS = 1e-9;

    @Test
    void tokensAreLowerCasedSplitAtNonAlphanumericsHyphensDroppedLongWordsStemmed() {
        Rouge r = Rouge.spec(0);
        assertEquals(List.of("the", "u", "s", "led", "coalit", "s", "2004", "report"),
                r.tokens("The U.S.-led coalition's 2004 report"));
        // words of three characters or fewer are not stemmed; accented letters split words as in byte-mode Perl
        assertEquals(List.of("ran", "sai", "caf", "ouvert"), r.tokens("ran says caf\u00e9 ouvert"));
        assertEquals(List.of("ran", "says"), Rouge.of(0, false, true, 0.5).tokens("ran says"));
    }

    @Test
    void oneReferenceUnigramsAndBigrams() {
        Rouge r = Rouge.of(0, false, true, 0.5);
        List<String> ref = List.of("the cat is on the mat");
        // unigrams: the x2, cat, on, mat hit -> 5 of 6 both ways
        Rouge.Score s1 = r.score("the cat sat on the mat", ref, 1);
        assertEquals(0.83333, s1.recall(), EPS);
        assertEquals(0.83333, s1.precision(), EPS);
        assertEquals(0.83333, s1.f(), EPS);
        // bigrams: "the cat", "on the", "the mat" -> 3 of 5
        Rouge.Score s2 = r.score("the cat sat on the mat", ref, 2);
        assertEquals(0.6, s2.recall(), EPS);
        assertEquals(0.6, s2.precision(), EPS);
    }

    @Test
    void hitsAreClippedToTheReferenceCount() {
        Rouge r = Rouge.of(0, false, false, 0.5);
        // peer has "the" x3, reference x1: one hit; R = 1/2, P = 1/3, F = 2PR/(P+R) = 0.4
        Rouge.Score s = r.score("the the the", List.of("the dog"), 1);
        assertEquals(0.5, s.recall(), EPS);
        assertEquals(0.33333, s.precision(), EPS);
        assertEquals(0.4, s.f(), EPS);
    }

    @Test
    void formulaASumsOverReferencesWithoutJackknifing() {
        Rouge r = Rouge.of(0, false, false, 0.5);
        // hits 5 + 2 over reference unigrams 6 + 3; peer unigrams 6 counted once per reference
        Rouge.Score s = r.score("the cat sat on the mat", List.of("the cat is on the mat", "a cat sat"), 1);
        assertEquals(0.77778, s.recall(), EPS);
        assertEquals(0.58333, s.precision(), EPS);
        assertEquals(0.66667, s.f(), EPS);
    }

    @Test
    void jackknifingAveragesTheLeaveOneOutScores() {
        Rouge r = Rouge.of(0, false, true, 0.5);
        // against reference 1 alone: 5/6 both ways; against reference 2 alone: R 2/3, P 2/6, F 0.44444
        Rouge.Score s = r.score("the cat sat on the mat", List.of("the cat is on the mat", "a cat sat"), 1);
        assertEquals((0.83333 + 0.66667) / 2, s.recall(), EPS);
        assertEquals((0.83333 + 0.33333) / 2, s.precision(), EPS);
        assertEquals((0.83333 + 0.44444) / 2, s.f(), EPS);
    }

    @Test
    void wordLimitCutsPeerAndReferencesAlike() {
        Rouge r = Rouge.of(3, false, false, 0.5);
        assertEquals(List.of("one", "two", "three"), r.tokens("One two\nthree four five"));
        // the reference is cut too: "a b c" of "a b c d", so "d" is no miss
        Rouge.Score s = r.score("a b c", List.of("a b c d"), 1);
        assertEquals(1.0, s.recall(), EPS);
    }

    @Test
    void truncationFollowsPerlSplitAndSkipsEmptyLines() {
        // a line that starts with whitespace yields an empty first word that counts against the limit
        assertEquals("x  a", Rouge.truncate("x\n a b", 3));
        assertEquals("x y z", Rouge.truncate("x\n\ny z", 3));
        assertEquals("x y z w", Rouge.truncate("x\n\ny z\nw", 0));
    }

    @Test
    void emptyPeerScoresZero() {
        Rouge.Score s = Rouge.spec(100).score("", List.of("some reference text"), 1);
        assertEquals(0, s.recall(), EPS);
        assertEquals(0, s.f(), EPS);
    }

    @Test
    void roundsAsCPrintfDoes() {
        assertEquals(0.01562, Rouge.round5(0.015625), EPS); // exact binary tie: to even
        assertEquals(0.33333, Rouge.round5(1.0 / 3), EPS);
        assertEquals(0.66667, Rouge.round5(2.0 / 3), EPS);
    }
}
