package org.concord.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The news reading of deictic dates (what TemporalResolver did for the timeline before the timeline and the timex
 * eval shared {@link TimexNormalizer}), holidays, and the weekday an undated article's text gives away.
 */
class DeicticDatesTest {
    // a Monday
    static final LocalDate ANCHOR = LocalDate.of(2023, 3, 13);
    final TimexNormalizer n = TimexNormalizer.create();

    private String date(String tagged, String expression, String value) {
        TimexNormalizer.Normalized got = TimexNormalizerTest.Tagged.of(tagged).normalize(n, expression, "DATE", value,
                ANCHOR, null);
        return got == null ? null : got.value();
    }

    @Test
    void aBareWeekdayIsTheLatestOneUnlessItsClauseIsInTheFuture() {
        assertEquals("2023-03-09", date("The/DT strike/NN began/VBD Thursday/NNP", "Thursday", "2023-W11-4"));
        assertEquals("2023-03-13", date("Talks/NNS resumed/VBD Monday/NNP", "Monday", null));
        assertEquals("2023-03-14", date("The/DT mayor/NN will/MD attend/VB Tuesday/NNP 's/POS meeting/NN",
                "Tuesday", null));
        assertEquals("2023-03-15", date("Unions/NNS are/VBP set/VBN to/TO meet/VB Wednesday/NNP", "Wednesday",
                "XXXX-WXX-3"));
        assertEquals("2023-03-20", date("They/PRP meet/VBP next/JJ Monday/NNP", "next Monday", "2023-03-20"));
        assertEquals("2023-03-06", date("They/PRP met/VBD last/JJ Monday/NNP", "last Monday", null));
    }

    @Test
    void aPastClauseSendsAMonthBackAndAFutureOneForward() {
        // a month two or more months ahead of the document's, in a past clause, is the past one (issue 16: "formed in
        // June" in a March story, "bought in May" in a March one)
        assertEquals("2022-06", date("It/PRP was/VBD formed/VBN in/IN June/NNP", "June", null));
        assertEquals("2022-05", date("They/PRP bought/VBD it/PRP in/IN May/NNP", "May", "XXXX-05"));
        // the next month stays ahead in a past clause: what was set for the coming weeks
        assertEquals("2023-04", date("The/DT vote/NN was/VBD postponed/VBN until/IN April/NNP", "April", null));
        // a day more than sixty days ahead goes back a year, one within sixty days stays
        assertEquals("2022-06-02", date("It/PRP opened/VBD on/IN June/NNP 2/CD", "June 2", null));
        assertEquals("2023-04-20", date("It/PRP was/VBD set/VBN for/IN April/NNP 20/CD", "April 20", null));
        // with no tense the nearest year; a future clause moves a month forward when the past one is far back
        assertEquals("2023-06", date("Elections/NNS in/IN June/NNP", "June", null));
        assertEquals("2023-10", date("It/PRP will/MD open/VB in/IN October/NNP", "October", null));
        assertEquals("2023-01", date("It/PRP will/MD open/VB in/IN January/NNP", "January", null));
    }

    @Test
    void aModalOfPossibilityBeforeABareVerbSpeaksOfTheFuture() {
        assertEquals("2023-03-15", date("A/DT storm/NN could/MD arrive/VB Wednesday/NNP", "Wednesday", null));
        assertEquals("2023-03-08", date("A/DT storm/NN could/MD have/VB arrived/VBN Wednesday/NNP", "Wednesday",
                null));
    }

    @Test
    void aWeekIsCountedInItsWeekBasedYear() {
        // 2014-12-29 is a Monday in ISO week 2015-W01
        TimexNormalizer.Normalized next = TimexNormalizerTest.Tagged.of("They/PRP meet/VBP next/JJ week/NN")
                .normalize(n, "next week", "DATE", "2014-W02", LocalDate.of(2014, 12, 29), null);
        assertEquals("2015-W02", next.value());
        TimexNormalizer.Normalized last = TimexNormalizerTest.Tagged.of("They/PRP met/VBD last/JJ week/NN")
                .normalize(n, "last week", "DATE", "2014-W52", LocalDate.of(2014, 12, 29), null);
        assertEquals("2014-W52", last.value());
    }

    @Test
    void aMonthAndDayWithoutAYearTakeTheNearestYear() {
        assertEquals("2023-03-02", date("It/PRP began/VBD on/IN March/NNP 2/CD", "March 2", null));
        assertEquals("2022-12-20", date("Two/CD were/VBD killed/VBN on/IN Dec./NNP 20/CD", "Dec. 20", "XXXX-12-20"));
    }

    @Test
    void dayAndMonthWords() {
        assertEquals("2023-03", date("It/PRP began/VBD earlier/RBR this/DT month/NN", "earlier this month",
                "2023-03"));
        assertEquals("2023-02", date("It/PRP began/VBD last/JJ month/NN", "last month", null));
        assertEquals("2023-03-12", date("It/PRP ended/VBD yesterday/NN", "yesterday", null));
        assertEquals("2023-03-12", date("He/PRP spoke/VBD late/RB yesterday/NN", "late yesterday", null));
        assertEquals("2023-03-13", date("It/PRP ends/VBZ later/RB today/NN", "later today", null));
        assertEquals("2023-03-13", date("It/PRP ends/VBZ today/NN", "today", "PRESENT_REF"));
        assertEquals("2023-W11", date("They/PRP met/VBD earlier/RBR this/DT week/NN", "earlier this week", null));
        assertEquals("2023-W10-WE", date("They/PRP met/VBD over/IN the/DT weekend/NN", "over the weekend", null));
        assertEquals("2023-03-12", date("They/PRP met/VBD in/IN the/DT evening/NN", "the evening", "2023-03-12TEV"));
    }

    @Test
    void absoluteValuesAreKeptAndVagueOnesStayVague() {
        assertEquals("2019-06-26", date("It/PRP opened/VBD June/NNP 26/CD ,/, 2019/CD", "June 26, 2019",
                "2019-06-26"));
        assertEquals("PAST_REF", date("It/PRP opened/VBD recently/RB", "recently", "PAST_REF"));
        assertEquals("2014", date("It/PRP opened/VBD in/IN 2014/CD", "2014", "2014"));
    }

    @Test
    void holidaysWithoutAYear() {
        assertEquals(LocalDate.of(2000, 4, 23), TimexNormalizer.holiday("easter", 2000));
        assertEquals(LocalDate.of(2024, 3, 31), TimexNormalizer.holiday("easter", 2024));
        assertEquals(LocalDate.of(2019, 4, 19), TimexNormalizer.holiday("good friday", 2019));
        assertEquals(LocalDate.of(1999, 11, 25), TimexNormalizer.holiday("thanksgiving", 1999));
        assertEquals(LocalDate.of(2023, 5, 29), TimexNormalizer.holiday("memorial day", 2023));
        assertEquals(LocalDate.of(2023, 9, 4), TimexNormalizer.holiday("labor day", 2023));
        assertEquals("2022-12-25", date("They/PRP met/VBD at/IN Christmas/NNP", "Christmas", "CHRISTMAS"));
        assertEquals("2022-11-24", date("It/PRP sank/VBD last/JJ Thanksgiving/NNP", "last Thanksgiving", null));
        assertEquals("2023-04-09", date("It/PRP will/MD open/VB at/IN Easter/NNP", "Easter", "EASTER"));
    }

    @Test
    void pastWeekdaysSayWhenAnUndatedArticleWasWritten() {
        assertEquals(DayOfWeek.WEDNESDAY, TimexNormalizer.pastWeekday("on Wednesday", "The mayor met them on Wednesday."));
        assertEquals(DayOfWeek.SUNDAY, TimexNormalizer.pastWeekday("Sunday night", "It ended Sunday night."));
        assertNull(TimexNormalizer.pastWeekday("Thursday", "They will vote on Thursday."));
        assertNull(TimexNormalizer.pastWeekday("Thursday", "They Will vote on Thursday."));
        assertNull(TimexNormalizer.pastWeekday("last Thursday", "They voted last Thursday."));
        assertNull(TimexNormalizer.pastWeekday("March 2", "It began on March 2."));
    }
}
