package org.concord.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A title made fit to head a story: one part of a multi-part title, no byline, capitals truecased. */
class TitleTextTest {
    private static final String TEXT = "Lucille Ball died on Wednesday in Los Angeles. The actress, who starred in "
            + "I Love Lucy on CBS, was 77. Ball suffered an aorta rupture after heart surgery. Fans mourned Ball.";

    private static String clean(String title) {
        return TitleText.clean(title, String::length, TitleText.casing(List.of(TEXT)));
    }

    @Test
    void aTitleInCapitalsTakesTheCaseItsWordsHaveInTheStory() {
        assertEquals("Lucille Ball dies at 77", TitleText.truecase("LUCILLE BALL DIES AT 77",
                TitleText.casing(List.of(TEXT))));
        // a word at a sentence's start says nothing about its case: "The" is "the" elsewhere
        assertEquals("Fans remember the actress on CBS", TitleText.truecase("FANS REMEMBER THE ACTRESS ON CBS",
                TitleText.casing(List.of(TEXT))));
        assertTrue(TitleText.shouting("LUCILLE BALL DIES AT 77"));
        assertFalse(TitleText.shouting("Hurricane Gilbert Heading for Jamaica With 100 MPH Winds"));
        assertFalse(TitleText.shouting("NBC SPECIAL"), "two words are a label, not a shouted headline");
    }

    @Test
    void aTitleOfSeveralPartsKeepsOneWithoutBylines() {
        // the longest part here (the scorer is the part's length), the byline and the staff line dropped
        assertEquals("East German Exodus Sparks Discussion", TitleText.clean("East German Exodus Sparks Discussion @ "
                + "On Reuniting @ ---- @ By Terence Roth @ Staff Reporter of The Wall Street Journal", String::length,
                Map.of()));
        // a part of four words or more beats a shorter label, however central
        assertEquals("Lucille Ball dies at 77", TitleText.clean("LUCY; LUCILLE BALL DIES AT 77", s -> -s.length(),
                TitleText.casing(List.of(TEXT))));
        // a semicolon in an ordinary title is part of the headline
        assertEquals("Tentative deal reached to end ferry strike; boats to sail again on Friday",
                clean("Tentative deal reached to end ferry strike; boats to sail again on Friday"));
        assertEquals("Bill de Blasio to Meet With NYPD Union Leaders", clean("Bill de Blasio to Meet With NYPD "
                + "Union Leaders"));
    }

    @Test
    void theChosenTitleIsCleanedInTheHeadline() {
        String h = Headline.ofTexts(java.util.Arrays.asList("LUCILLE BALL DIES AT 77; THE WHOLE WORLD LOVED LUCY",
                null), List.of(TEXT, "Ball was mourned in her hometown on Wednesday."));
        assertTrue(h.equals("Lucille Ball dies at 77") || h.equals("The whole world loved Lucy"), h);
    }
}
