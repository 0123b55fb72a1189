package org.concord.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lead and headline {@link StoryFeatures} weigh: sentences, not lines, so flat texts have a lead too. */
class StoryFeaturesTest {
    private static final String S1 = "The Harbor City council voted 7-2 on Tuesday to freeze ferry fares.";
    private static final String S2 = "Transit director Omar Haddad said the reserve fund would cover the gap.";
    private static final String S3 = "Opponents said the fleet is already old.";

    @Test
    void leadIsTheFirstTwoSentencesWhetherOrNotTheTextHasParagraphs() {
        assertEquals(S1 + "\n" + S2 + "\n", StoryFeatures.lead(S1 + "\n\n" + S2 + "\n" + S3));
        assertEquals(S1 + " " + S2 + "\n", StoryFeatures.lead(S1 + " " + S2 + " " + S3));
        // a first paragraph of one sentence, then a paragraph of two: one sentence is taken from the second
        assertEquals(S1 + "\n" + S2 + "\n", StoryFeatures.lead(S1 + "\n" + S2 + " " + S3));
    }

    @Test
    void initialsAndAbbreviationsDoNotEndASentence() {
        String line = "Gen. Colin L. Powell met U.S. officials in Washington. He left on Sept. 4. Talks resume.";
        assertArrayEquals(new int[] {line.indexOf("Washington.") + "Washington.".length(), 1},
                StoryFeatures.sentences(line, 1));
        assertArrayEquals(new int[] {line.indexOf("4.") + 2, 2}, StoryFeatures.sentences(line, 2));
        assertArrayEquals(new int[] {line.length(), 3}, StoryFeatures.sentences(line, 5));
    }

    @Test
    void quotedSentenceEndsCount() {
        String line = "\"We will not pay,\" she said. \"Never.\" The vote is Monday.";
        assertArrayEquals(new int[] {line.indexOf("said.") + 5, 1}, StoryFeatures.sentences(line, 1));
        assertArrayEquals(new int[] {line.indexOf("Never.") + 6, 2}, StoryFeatures.sentences(line, 2));
    }

    @Test
    void untitledHeadlineIsTheFirstSentence() {
        assertEquals(S1, StoryFeatures.firstSentence("\n" + S1 + " " + S2));
        // a flat text weighs as its paragraphed form: same lead, same headline
        Map<String, Integer> flat = StoryFeatures.counts(null, S1 + " " + S2 + " " + S3);
        Map<String, Integer> paragraphs = StoryFeatures.counts(null, S1 + "\n" + S2 + "\n" + S3);
        assertEquals(paragraphs, flat);
        assertEquals(3, flat.get("w:ferry")); // in the body, the lead and the headline
        assertEquals(1, flat.get("w:fleet")); // third sentence: the body only
    }
}
