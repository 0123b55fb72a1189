package org.concord.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.concord.annotate.Sentence;
import org.concord.annotate.Token;
import org.junit.jupiter.api.Test;

class ClaimAlignerTest {
    @Test
    void editDistance() {
        assertEquals(1, ClaimAligner.levenshtein("pantaleo", "panteleo"));
        assertEquals(2, ClaimAligner.levenshtein("kowalczyk", "kowalcyzk"));
        assertEquals(0, ClaimAligner.levenshtein("lynch", "lynch"));
        assertEquals(5, ClaimAligner.levenshtein("", "lynch"));
    }

    static Token t(int i, String w, String lemma, String pos) {
        return new Token(i, i * 10, i * 10 + w.length(), w, lemma, pos, "O");
    }

    @Test
    void numbersAreKeyedByTheNounTheyCount() {
        Sentence s = new Sentence(0, 0, 60, List.of(t(0, "About", "about", "RB"), t(1, "1,200", "1,200", "CD"),
                t(2, "ferry", "ferry", "NN"), t(3, "workers", "worker", "NNS"), t(4, "walked", "walk", "VBD"),
                t(5, "out", "out", "RP")));
        assertEquals(Map.of("worker", new ClaimAligner.Count("1,200", "workers")), ClaimAligner.counts(s));
    }
}
