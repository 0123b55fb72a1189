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
}
