package org.concord.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerMatcherTest {
    private static final String TEXT = "Donald Trump arrived. He said the vote was rigged, his aides said.";

    private static GoldAttribution withSource(String source, SilverSource silver) {
        int i = TEXT.indexOf(source);
        return new GoldAttribution("E1", List.of(new Fragment(25, 49)), List.of(new Fragment(i, i + source.length())),
                source, List.of(), silver);
    }

    private static PredictedQuote named(String name) {
        return new PredictedQuote(25, 49, name, -1, -1);
    }

    @Test
    void normalisesAsPolnearProposes() {
        assertEquals("new york post", SpeakerMatcher.normalise("The New York Post\u2019s"));
        assertEquals("mr trump", SpeakerMatcher.normalise("Mr. Trump"));
        assertEquals("j.d vance", SpeakerMatcher.normalise("J.D. Vance"));
        assertEquals("pro-trump group", SpeakerMatcher.normalise("a pro-Trump group"));
        assertEquals("", SpeakerMatcher.normalise("  \u201d "));
    }

    @Test
    void surnameAndLastCapitalisedWord() {
        assertEquals("Trump", SpeakerMatcher.surname("Donald J. Trump"));
        assertEquals("King", SpeakerMatcher.surname("Martin Luther King Jr."));
        assertEquals("Trump", SpeakerMatcher.lastCapitalisedWord("Mr. Trump's aides"));
        assertEquals("Sanders", SpeakerMatcher.lastCapitalisedWord("Sen. Bernie Sanders (I-Vt.)"));
        assertNull(SpeakerMatcher.lastCapitalisedWord("His aides"));
        assertNull(SpeakerMatcher.lastCapitalisedWord("sources"));
    }

    @Test
    void spanOverlapIsRight() {
        GoldAttribution g = withSource("He", SilverSource.NONE);
        int he = TEXT.indexOf("He");
        assertTrue(SpeakerMatcher.right(TEXT, g, new PredictedQuote(25, 49, "Someone Else", he, he + 2)));
        int donald = TEXT.indexOf("Donald");
        assertFalse(SpeakerMatcher.right(TEXT, g, new PredictedQuote(25, 49, null, donald, donald + 12)));
    }

    @Test
    void surnameOfTheChainIsRight() {
        GoldAttribution pronoun = withSource("He", new SilverSource("He", 22, 24, "", "Donald Trump",
                List.of("Donald Trump"), List.of("Donald Trump")));
        assertTrue(SpeakerMatcher.right(TEXT, pronoun, named("Trump")));
        assertTrue(SpeakerMatcher.right(TEXT, pronoun, named("Mr. Trump")));
        assertTrue(SpeakerMatcher.right(TEXT, pronoun, named("donald trump")));
        assertFalse(SpeakerMatcher.right(TEXT, pronoun, named("Hillary Clinton")));
        // without the chain, a pronoun source is only matched by its span or its own text
        GoldAttribution bare = withSource("He", SilverSource.NONE);
        assertFalse(SpeakerMatcher.right(TEXT, bare, named("Trump")));
        assertTrue(SpeakerMatcher.right(TEXT, bare, named("he")));
    }

    @Test
    void noSourceOrNoSpeakerIsNeverRight() {
        GoldAttribution none = new GoldAttribution("E1", List.of(new Fragment(25, 49)), List.of(), "", List.of(),
                SilverSource.NONE);
        assertFalse(SpeakerMatcher.right(TEXT, none, named("Trump")));
        assertFalse(SpeakerMatcher.right(TEXT, withSource("Donald Trump", SilverSource.NONE), named(null)));
        assertTrue(SpeakerMatcher.right(TEXT, withSource("Donald Trump", SilverSource.NONE), named("TRUMP")));
        assertFalse(SpeakerMatcher.right(TEXT, withSource("his aides", SilverSource.NONE), named("His")));
    }

    @Test
    void theNameOpeningAnAppositiveSourceNamesIt() {
        assertEquals("Patrick McGinley",
                SpeakerMatcher.leadingName("Patrick McGinley, a law professor at West Virginia University"));
        assertEquals("Mr. Morgan", SpeakerMatcher.leadingName("Mr. Morgan of the Sierra Club"));
        assertEquals("United States Citizenship and Immigration Services", SpeakerMatcher.leadingName(
                "United States Citizenship and Immigration Services, the agency that oversees the program,"));
        assertNull(SpeakerMatcher.leadingName("A spokesman for Clinton, Brian Fallon"));
        assertNull(SpeakerMatcher.leadingName("He, too,"));
        assertNull(SpeakerMatcher.leadingName("Donald Trump"));
        GoldAttribution g = new GoldAttribution("E1", List.of(new Fragment(25, 49)), List.of(new Fragment(0, 5)),
                "Patrick McGinley, a law professor at West Virginia University", List.of(), SilverSource.NONE);
        assertTrue(SpeakerMatcher.right(TEXT, g, named("Patrick McGinley")));
        assertTrue(SpeakerMatcher.right(TEXT, g, named("McGinley")));
        assertFalse(SpeakerMatcher.right(TEXT, g, named("Peter Morgan")));
        // the surname rule reads the leading name, not an organisation inside the source
        GoldAttribution aide = new GoldAttribution("E1", List.of(new Fragment(25, 49)),
                List.of(new Fragment(0, 5)), "A spokesman for Clinton, Brian Fallon", List.of(), SilverSource.NONE);
        assertFalse(SpeakerMatcher.right(TEXT, aide, named("Hillary Clinton")));
    }
}
