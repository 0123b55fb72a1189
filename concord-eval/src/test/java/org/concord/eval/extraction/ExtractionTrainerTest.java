package org.concord.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtractionTrainerTest {
    @Test
    void aBlockIsArticleTextWhenHalfItsShinglesAreInTheGoldBody() {
        String gold = "the council met on monday and voted to close the old bridge for repairs";
        Set<List<String>> shingles = AebScorer.shingles(AebScorer.tokens(gold)).keySet();
        Set<String> tokens = new HashSet<>(AebScorer.tokens(gold));
        // the metric is case-sensitive: "The" and "Monday" are not the gold's words
        assertFalse(ExtractionTrainer.aebLabel("The council met on Monday", shingles, tokens));
        assertTrue(ExtractionTrainer.aebLabel("the council met on monday and voted", shingles, tokens));
        // 2 of 5 shingles in the gold: boilerplate
        assertFalse(ExtractionTrainer.aebLabel("the council met on sunday to eat cake", shingles, tokens));
        // fewer than four tokens: all of them must be gold tokens
        assertTrue(ExtractionTrainer.aebLabel("old bridge", shingles, tokens));
        assertFalse(ExtractionTrainer.aebLabel("share this", shingles, tokens));
        assertFalse(ExtractionTrainer.aebLabel("", shingles, tokens));
    }

    @Test
    void aBlockIsLabelledByTheSnippetsItHoldsOrLiesIn() {
        List<String> with = List.of("voted to close the old bridge");
        List<String> without = List.of("Sign up for our newsletter");
        assertEquals(Boolean.TRUE, ExtractionTrainer.snippetLabel("The council voted to close the old bridge.", with,
                without));
        assertEquals(Boolean.TRUE, ExtractionTrainer.snippetLabel("close the old", with, without));
        assertEquals(Boolean.FALSE, ExtractionTrainer.snippetLabel("Sign up for our newsletter today", with,
                without));
        assertNull(ExtractionTrainer.snippetLabel("Weather: sunny spells", with, without)); // no snippet says
        assertNull(ExtractionTrainer.snippetLabel("bridge", with, without)); // too short to say
    }
}
