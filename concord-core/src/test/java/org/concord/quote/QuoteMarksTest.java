package org.concord.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
    static String content(String text, QuoteMarks.Passage p) {
        return text.substring(p.start(), p.end());
    }

    @Test
    void curlyAndStraightMarksPair() {
        String t = "\u201cWe will win,\u201d she said. He called it \"a mess.\"";
        List<QuoteMarks.Passage> ps = QuoteMarks.find(t);
        assertEquals(2, ps.size());
        assertEquals("We will win", content(t, ps.get(0)));
        assertEquals("a mess.", content(t, ps.get(1)));
        assertTrue(ps.get(0).closed());
        assertTrue(ps.get(0).opensParagraph());
        assertFalse(ps.get(1).opensParagraph());
    }

    @Test
    void doubledSingleMarksStandForDoubleOnes() {
        // newspaper style ''…'' and typewriter style ``…''; a possessive apostrophe is not a mark
        String t = "''Hopefully,'' the president said, ''this museum can help.'' The nation's ``first step,'' he said.";
        List<QuoteMarks.Passage> ps = QuoteMarks.find(t);
        assertEquals(3, ps.size(), ps::toString);
        assertEquals("Hopefully", content(t, ps.get(0)));
        assertEquals("this museum can help.", content(t, ps.get(1)));
        assertEquals("first step", content(t, ps.get(2)));
    }

    @Test
    void unclosedMarkEndsAtTheParagraph() {
        String t = "\"First part of a long quote.\n\"Second part,\" he said.\nNarrative.";
        List<QuoteMarks.Passage> ps = QuoteMarks.find(t);
        assertEquals(2, ps.size());
        assertEquals("First part of a long quote.", content(t, ps.get(0)));
        assertFalse(ps.get(0).closed());
        assertEquals(0, ps.get(0).paragraph());
        assertEquals("Second part", content(t, ps.get(1)));
        assertEquals(1, ps.get(1).paragraph());
    }

    @Test
    void aSecondOpeningMarkClosesAnUnclosedQuote() {
        String t = "\u201cNever closed \u201cthen a new one\u201d after.";
        List<QuoteMarks.Passage> ps = QuoteMarks.find(t);
        assertEquals(List.of("Never closed", "then a new one"), ps.stream().map(p -> content(t, p)).toList());
    }

    @Test
    void inchMarksAfterDigitsAreNotQuotes() {
        assertEquals(List.of(), QuoteMarks.find("He is 6'2\" tall and weighs 180 pounds."));
    }
}
