package org.concord.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.concord.annotate.Annotation;
import org.junit.jupiter.api.Test;

class TemporalCuesTest {
    @Test
    void digitsNumberWordsAndTemporalWordsAnchorATimeOrANumber() {
        for (String w : List.of("2015", "9:30", "1990s", "'90s", "Tuesday", "Sept.", "TUESDAYS", "weekend", "mid-1990s",
                "mid-March", "three-month", "bi-weekly", "semiannually", "nineties", "Christmas", "tonight", "ago",
                "recently", "now", "a.m.", "dozen", "twenty-five", "millionth", "Q3", "o’clock", "fortnights")) {
            assertTrue(TemporalCues.mayAnchor(w), w);
        }
    }

    @Test
    void ordinaryWordsDoNot() {
        for (String w : List.of("the", "president", "said", "Clinton", "campaign", "\"", ",", "money", "mayor",
                "sunny", "monitor", "decadent", "", "-")) {
            assertFalse(TemporalCues.mayAnchor(w), w);
        }
    }

    @Test
    void thePrefilterGivesTheSameAnnotationAndSparesSentencesWithoutCues() {
        String text = "Senator Jane Okafor met union leaders in Portland on Tuesday.\n"
                + "The talks ended without a deal, and the union called it a betrayal.\n"
                + "Three weeks ago the company offered 4 percent, worth $12 million a year.\n"
                + "Critics said the offer was an insult to the workers of Acme Corp.\n"
                + "The vote is expected next spring, a spokesman for the Labor Department said.\n"
                + "The first of two meetings was held at the time of the strike.";
        LocalDate date = LocalDate.of(2021, 3, 8);
        Properties off = new Properties();
        off.setProperty(CoreNlpAnnotator.SUTIME_PREFILTER, "false");
        CoreNlpAnnotator plain = CoreNlpAnnotator.create(off);
        CoreNlpAnnotator filtered = CoreNlpAnnotator.create();
        Annotation expected = plain.annotate(text, date);
        PrefilteredTimeExtractor prefilter = PrefilteredTimeExtractor.install(filtered.pipeline());
        long skippedBefore = prefilter.skipped();
        assertEquals(expected, filtered.annotate(text, date));
        assertEquals(2, prefilter.skipped() - skippedBefore, "sentences 2 and 4 have no cue");
        assertFalse(expected.timexes().isEmpty());
        // installing again finds the same prefilter; the pipeline without it shares no NER annotator with it
        assertSame(prefilter, PrefilteredTimeExtractor.install(filtered.pipeline()));
        assertFalse(PrefilteredTimeExtractor.isInstalled(plain.pipeline()));
        assertTrue(PrefilteredTimeExtractor.isInstalled(filtered.pipeline()));
        assertNotEquals(plain.version(), filtered.version());
    }
}
