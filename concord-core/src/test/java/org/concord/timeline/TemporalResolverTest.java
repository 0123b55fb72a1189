package org.concord.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TemporalResolverTest {
    // a Monday
    static final LocalDate ANCHOR = LocalDate.of(2023, 3, 13);
    final TemporalResolver r = TemporalResolver.create();

    @Test
    void aBareWeekdayIsTheMostRecentOneInThePast() {
        assertEquals("2023-03-09", r.resolve("Thursday", "2023-W11-4", "The strike began Thursday.", ANCHOR));
        assertEquals("2023-03-13", r.resolve("Monday", null, "Talks resumed Monday.", ANCHOR));
    }

    @Test
    void aWeekdayInAFutureSentenceIsTheComingOne() {
        assertEquals("2023-03-14", r.resolve("Tuesday's", null, "The mayor will attend Tuesday's meeting.", ANCHOR));
        assertEquals("2023-03-15", r.resolve("Wednesday", null, "Unions are set to meet Wednesday.", ANCHOR));
        assertEquals("2023-03-20", r.resolve("next Monday", null, "They meet next Monday.", ANCHOR));
    }

    @Test
    void aMonthAndDayTakeTheYearNearestBeforeTheAnchor() {
        assertEquals("2023-03-02", r.resolve("March 2", null, "It began on March 2.", ANCHOR));
        assertEquals("2022-12-20", r.resolve("Dec. 20", "XXXX-12-20", "Two were killed on Dec. 20.", ANCHOR));
    }

    @Test
    void relativeExpressions() {
        assertEquals("2023-03", r.resolve("earlier this month", "2023-03", "It began earlier this month.", ANCHOR));
        assertEquals("2023-02", r.resolve("last month", null, "It began last month.", ANCHOR));
        assertEquals("2023-03-12", r.resolve("yesterday", null, "It ended yesterday.", ANCHOR));
        assertEquals("2023-03-11", r.resolve("over the weekend", null, "They met over the weekend.", ANCHOR));
    }

    @Test
    void absoluteValuesAreKeptAndVagueOnesDropped() {
        assertEquals("2019-06-26", r.resolve("June 26, 2019", "2019-06-26", "x", ANCHOR));
        assertEquals("2019-06-26", r.resolve("June 26, 2019", "2019-06-26", "x", null));
        assertNull(r.resolve("recently", "PAST_REF", "x", ANCHOR));
        assertNull(r.resolve("2014", "2014", "x", ANCHOR));
        assertNull(r.resolve("Tuesday", "XXXX-WXX-2", "x", null));
    }

    @Test
    void pastWeekdaysSayWhenAnUndatedArticleWasWritten() {
        assertEquals(java.time.DayOfWeek.WEDNESDAY, r.pastWeekday("on Wednesday", "The mayor met them on Wednesday."));
        assertEquals(java.time.DayOfWeek.SUNDAY, r.pastWeekday("Sunday night", "It ended Sunday night."));
        assertNull(r.pastWeekday("Thursday", "They will vote on Thursday."));
        assertNull(r.pastWeekday("last Thursday", "They voted last Thursday."));
        assertNull(r.pastWeekday("March 2", "It began on March 2."));
    }
}
