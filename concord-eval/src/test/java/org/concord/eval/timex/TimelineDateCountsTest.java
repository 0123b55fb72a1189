package org.concord.eval.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineDateCountsTest {
    private static final double EPS = 1e-9;
    private static final String TEXT = "Sales rose last week, fell on Friday, June 5, and in the third quarter; staff met "
            + "every day in May and on Tuesday.";

    private static TimexSpan span(String covered, String type, String value) {
        int i = TEXT.indexOf(covered);
        return TimexSpan.of(i, i + covered.length(), type, value);
    }

    @Test
    void datesTheTimelineWouldPlaceOnBothSides() {
        List<TimexSpan> gold = List.of(
                span("last week", "DATE", "2009-W22"),           // 25 to 31 May: placed at 2009-05
                span("Friday, June 5", "DATE", "2009-06-05"),
                span("the third quarter", "DATE", "2009-Q3"),    // not placed
                span("every day", "SET", "P1D"),                 // not placed
                span("May", "DATE", "2009-05"),
                span("Tuesday", "DATE", "2009-06-02"));
        List<TimexSpan> system = List.of(
                span("last week", "DATE", "2009-W22"),           // right
                span("Friday", "DATE", "2009-06-05"),            // relaxed match, right
                span("the third quarter", "DATE", "2008-Q3"),    // wrong value, but not placed either way
                span("May", "DATE", "2010-05"),                  // placed, wrong
                span("Tuesday", "TIME", "2009-06-02TEV"),        // a TIME is not placed
                span("Sales", "DATE", "2009-06-09"));            // spurious, placed
        TimelineDateCounts c = TimelineDateCounts.score(TEXT, gold, system);
        assertEquals(new TimelineDateCounts(4, 4, 2), c);
        Map<String, Double> m = c.plus(TimelineDateCounts.ZERO).metrics();
        assertEquals(0.5, m.get("timeline_date_precision"), EPS);
        assertEquals(0.5, m.get("timeline_date_recall"), EPS);
        assertEquals(0.5, m.get("timeline_date_f1"), EPS);
        assertEquals(0.0, TimelineDateCounts.ZERO.metrics().get("timeline_date_f1"), EPS);
        assertThrows(IllegalArgumentException.class, () -> new TimelineDateCounts(1, 3, 2));
    }
}
