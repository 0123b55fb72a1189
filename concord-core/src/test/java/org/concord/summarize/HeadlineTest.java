package org.concord.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A story's headline: the most central title, else a whole, neutral lead sentence (issue 16). */
class HeadlineTest {
    private static final String STRIKE_A = "Ferry crews in Lindmouth went on strike on Tuesday over pay. "
            + "The union wants a pay rise of nine percent.";
    private static final String STRIKE_B = "The ferry strike in Lindmouth stranded commuters on Tuesday. "
            + "Crews walked out after pay talks failed.";
    private static final String STRIKE_C = "Island shops counted their losses as the ferry strike went on. "
            + "Pay talks resume on Thursday.";

    private static String titles(String... titles) {
        return Headline.ofTexts(Arrays.asList(titles), List.of(STRIKE_A, STRIKE_B, STRIKE_C));
    }

    @Test
    void theTitleSharingMostWordsWithTheStoryWins() {
        assertEquals("Ferry strike over pay strands Lindmouth commuters",
                titles("Island shop owners count losses", "Ferry strike over pay strands Lindmouth commuters",
                        "Weather: rain later"));
        // the order of the articles does not matter when one title is more central
        assertEquals("Ferry strike over pay strands Lindmouth commuters",
                Headline.ofTexts(Arrays.asList("Weather: rain later", "Island shop owners count losses",
                        "Ferry strike over pay strands Lindmouth commuters"), List.of(STRIKE_C, STRIKE_B, STRIKE_A)));
    }

    @Test
    void aTieGoesToTheEarlierArticleAndBlankTitlesAreSkipped() {
        assertEquals("Ferry strike in Lindmouth", titles(null, "Ferry strike in Lindmouth", "Lindmouth ferry strike"));
        assertEquals("Lindmouth ferry strike", titles("  ", null, "Lindmouth  ferry\nstrike"));
    }

    @Test
    void withoutTitlesAWholeLeadSentenceWithoutItsDatelineOrPeriod() {
        String a = "WASHINGTON (AP) -- Ferry crews in Lindmouth went on strike on Tuesday over pay.\n"
                + "Officials said talks would resume.";
        String h = Headline.ofTexts(Arrays.asList(null, null), List.of(a, STRIKE_B));
        assertEquals("Ferry crews in Lindmouth went on strike on Tuesday over pay", h);
        assertEquals("Ferry crews walked out on Tuesday morning", Headline.ofTexts(Arrays.asList((String) null),
                List.of("LINDMOUTH, March 14 (Coastline Wire) \u2014 Ferry crews walked out on Tuesday morning.")));
        assertEquals("Ferry crews walked out on Tuesday", Headline.ofTexts(Arrays.asList((String) null),
                List.of("By Ana Lindqvist\nLINDMOUTH (AP) _ Ferry crews walked out on Tuesday.")));
        assertEquals("Ferry crews walked out on Tuesday morning", Headline.neutral("By JOHN SMITH, Associated Press "
                + "Writer WASHINGTON (AP) -- Ferry crews walked out on Tuesday morning"));
        assertEquals("By Tuesday the crews had walked out", Headline.neutral("By Tuesday the crews had walked out"));
        assertEquals("Ferry crews walked out on Tuesday morning", Headline.neutral(
                "(AP) -- Ferry crews walked out on Tuesday morning"));
    }

    @Test
    void aLongLeadIsCutAtAClauseBoundaryNeverInsideAClause() {
        String lead = "Kentucky's governor has criticized the federal government for being too slow in dealing "
                + "with the drought, and Iowa's governor warns that farmers in his state still face potential "
                + "disaster despite up to five inches of rain over the weekend.";
        String h = Headline.ofTexts(Arrays.asList((String) null), List.of(lead));
        assertEquals("Kentucky's governor has criticized the federal government for being too slow in dealing "
                + "with the drought", h);
        assertFalse(h.endsWith("\u2026") || h.endsWith(","), h);
        // no boundary in reach: the whole sentence, not a cut-off one
        String noBreak = "Hurricane Gilbert's growth from a harmless low pressure zone off Africa to a ferocious "
                + "killer in the Gulf of Mexico was fueled by a combination of heat and moisture and wind that "
                + "baffles forecasters.";
        assertEquals(noBreak.substring(0, noBreak.length() - 1), Headline.shorten(noBreak));
        // a sentence opening with a subordinate clause is not cut (its head would be a fragment)
        assertEquals(null, Headline.shorten("After the storm passed over the island on Monday night with winds "
                + "of more than one hundred miles an hour, officials said that the damage was worse than any "
                + "in living memory, and that the cost would reach billions."));
    }

    @Test
    void aShorterWholeSentenceBeatsALongerOneThatCannotBeCut() {
        String longFirst = "A combination of heat and moisture and wind that baffles the forecasters of the "
                + "national weather service in Miami fed the growth of the storm over the warm waters of the Gulf.";
        String shortSecond = "Hurricane Gilbert grew into a killer storm over the Gulf of Mexico.";
        assertEquals("Hurricane Gilbert grew into a killer storm over the Gulf of Mexico",
                Headline.ofTexts(Arrays.asList((String) null), List.of(longFirst + " " + shortSecond)));
    }

    @Test
    void quotationsQuestionsAndPronounOpeningsAreNotHeadlines() {
        assertFalse(Headline.usable("\u201cWe will not go back,\u201d the union leader told the crowd."));
        assertFalse(Headline.usable("``We will not go back,'' the union leader told the crowd."));
        assertFalse(Headline.usable("Will the ferries run again before the weekend comes?"));
        assertFalse(Headline.usable("She said the crews would staff every emergency sailing."));
        assertFalse(Headline.usable("Such heavy losses suggest the storm will be the costliest ever."));
        assertFalse(Headline.usable("ferry crews walked out on Tuesday in the port city."));
        assertTrue(Headline.usable("Ferry crews walked out on Tuesday in the port city."));
        String text = "\u201cWe will not go back,\u201d the union leader told the crowd on Tuesday. "
                + "She said the crews would staff every emergency sailing. "
                + "Ferry crews in the port city walked out on Tuesday over pay.";
        assertEquals("Ferry crews in the port city walked out on Tuesday over pay",
                Headline.ofTexts(Arrays.asList((String) null), List.of(text)));
    }

    @Test
    void withNoNeutralSentenceAWholeSentenceStillBeatsNothing() {
        String text = "Bob Hope keeps files of his jokes, and his first entry is a show called ``Journal.''\n\n"
                + "``I really can't remember many details about it,'' said Hope.";
        String h = Headline.ofTexts(Arrays.asList((String) null), List.of(text));
        assertEquals("Bob Hope keeps files of his jokes, and his first entry is a show called ``Journal.''", h);
        // a sentence split inside a quotation is not whole
        assertFalse(Headline.quotesClosed("His first entry is a show called ``G.I."));
        assertTrue(Headline.quotesClosed("A show called \u201cJournal\u201d ran in 1945."));
        assertEquals("", Headline.ofTexts(Arrays.asList((String) null), List.of("Short one.")));
    }
}
