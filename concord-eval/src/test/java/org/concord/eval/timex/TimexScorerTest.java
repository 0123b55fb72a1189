package org.concord.eval.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimexScorerTest {
    private static final double EPS = 1e-9;
    private static final String TEXT = "Sales rose last week and fell on Friday, June 5; staff met every day for two hours.";

    private static TimexSpan span(String covered, String type, String value) {
        int i = TEXT.indexOf(covered);
        if (i < 0) {
            throw new IllegalArgumentException(covered);
        }
        return TimexSpan.of(i, i + covered.length(), type, value);
    }

    @Test
    void tempEval3CountsAndFigures() {
        List<TimexSpan> gold = List.of(
                span("last week", "DATE", "2009-W22"),
                span("Friday, June 5", "DATE", "2009-06-05"),
                span("every day", "SET", "P1D"),
                span("two hours", "DURATION", "PT2H"));
        List<TimexSpan> system = List.of(
                span("Sales", "DATE", "PRESENT_REF"),          // spurious
                span("last week", "DATE", "2009-W22"),         // strict, type and value right
                span("Friday", "DATE", "2009-06-05"),          // relaxed only, type and value right
                span("every day", "DATE", "P1D"),              // strict, type wrong, value right
                span("hours", "DURATION", "PT1H"));            // relaxed only, type right, value wrong
        TimexCounts c = TimexScorer.score(TEXT, gold, system);
        assertEquals(new TimexCounts(4, 5, 2, 4, 3, 3), c);
        Map<String, Double> m = c.metrics();
        assertEquals(0.4, m.get("strict_precision"), EPS);
        assertEquals(0.5, m.get("strict_recall"), EPS);
        assertEquals(4.0 / 9.0, m.get("strict_f1"), EPS);
        assertEquals(0.8, m.get("relaxed_precision"), EPS);
        assertEquals(1.0, m.get("relaxed_recall"), EPS);
        assertEquals(8.0 / 9.0, m.get("relaxed_f1"), EPS);
        assertEquals(0.75, m.get("type_accuracy"), EPS);
        assertEquals(2.0 / 3.0, m.get("type_f1"), EPS);
        assertEquals(0.75 * 8.0 / 9.0, m.get("value_f1"), EPS);
        assertEquals(0.6, m.get("value_precision"), EPS);
        assertEquals(0.75, m.get("value_recall"), EPS);
        assertEquals(4.0, m.get("gold_timexes"), EPS);
        assertEquals(5.0, m.get("system_timexes"), EPS);
    }

    @Test
    void oneToOneAlignmentPrefersExactExtents() {
        List<TimexSpan> gold = List.of(span("June 5", "DATE", "2009-06-05"));
        // "Friday, June" comes first in text order but the exact "June 5" must get the gold timex
        List<TimexSpan> system = List.of(span("Friday, June", "DATE", "2009-06-05"), span("June 5", "DATE", "x"));
        TimexCounts c = TimexScorer.score(TEXT, gold, system);
        assertEquals(new TimexCounts(1, 2, 1, 1, 1, 0), c);
    }

    @Test
    void oneSystemTimexCoversAtMostOneGoldTimex() {
        List<TimexSpan> gold = List.of(span("every day", "SET", "P1D"), span("two hours", "DURATION", "PT2H"));
        List<TimexSpan> system = List.of(span("day for two hours", "DURATION", "PT2H"));
        TimexCounts c = TimexScorer.score(TEXT, gold, system);
        // it overlaps "two hours" most (8 non-space characters against 3), so it pairs with that one only
        assertEquals(new TimexCounts(2, 1, 0, 1, 1, 1), c);
    }

    @Test
    void overlapOnWhitespaceOnlyIsNoMatch() {
        TimexSpan gold = span("two hours", "DURATION", "PT2H");
        int space = TEXT.indexOf(" two hours");
        TimexSpan system = TimexSpan.of(space - 3, space + 1, "DURATION", "PT2H"); // "for "
        assertEquals(new TimexCounts(1, 1, 0, 0, 0, 0), TimexScorer.score(TEXT, List.of(gold), List.of(system)));
    }

    @Test
    void countsAddUpAndEmptyInputsGiveZeros() {
        TimexCounts a = new TimexCounts(4, 5, 2, 4, 3, 3);
        TimexCounts b = TimexScorer.score(TEXT, List.of(span("two hours", "DURATION", "PT2H")), List.of());
        assertEquals(new TimexCounts(5, 5, 2, 4, 3, 3), a.plus(b));
        Map<String, Double> none = TimexScorer.score(TEXT, List.of(), List.of()).metrics();
        for (Map.Entry<String, Double> e : none.entrySet()) {
            assertEquals(0.0, e.getValue(), EPS, e.getKey());
        }
    }

    @Test
    void spansOutsideTheTextAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimexScorer.score("short", List.of(), List.of(TimexSpan.of(2, 9, "DATE", "1998"))));
        assertEquals("system timex [2, 9) lies outside the text of length 5", e.getMessage());
    }
}
