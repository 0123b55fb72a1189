package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@link Progress} against a fake clock: throttling, rate, ETA, the bar and the quiet mode. */
class ProgressTest {
    private static final long MS = 1_000_000L;

    private final AtomicLong clock = new AtomicLong(5_000 * MS);
    private final StringWriter text = new StringWriter();

    private Progress progress(Progress.Mode mode) {
        return new Progress(new PrintWriter(text, true), mode, clock::get);
    }

    private void at(long ms) {
        clock.set(5_000 * MS + ms * MS);
    }

    @Test
    void formatsRatesDurationsAndBars() {
        assertEquals("5.9", Progress.formatRate(5.94));
        assertEquals("0.42", Progress.formatRate(0.42));
        assertEquals("37", Progress.formatRate(37.4));
        assertEquals("1s", Progress.formatDuration(0.2));
        assertEquals("45s", Progress.formatDuration(45));
        assertEquals("1m12s", Progress.formatDuration(71.3));
        assertEquals("2h05m", Progress.formatDuration(2 * 3600 + 4 * 60 + 10));
        assertEquals("[..........]", Progress.bar(0, 839, 10));
        assertEquals("[####......]", Progress.bar(412, 839, 10));
        assertEquals("[#########.]", Progress.bar(838, 839, 10));
        assertEquals("[##########]", Progress.bar(839, 839, 10));
        assertEquals("docs", Progress.unit("annotate"));
        assertEquals("stories", Progress.unit("story details"));
    }

    @Test
    void plainLinesShowRateAndEtaOnceMeasurable() {
        Progress p = progress(Progress.Mode.LINES);
        at(500);
        p.progress("annotate", 1, 100); // the run's first second: silent
        at(1_200);
        p.progress("annotate", 2, 100); // 0.7 s after the stage's first report: no rate yet
        at(1_300);
        p.progress("annotate", 3, 100); // throttled (two lines a second)
        at(2_500);
        p.progress("annotate", 11, 100); // 10 documents in 2 s since the first report
        at(2_600);
        p.progress("annotate", 10, 100); // overtaken by 11: dropped
        at(20_300);
        p.progress("annotate", 100, 100); // the last line: always, with the rate and no ETA
        at(20_600);
        p.progress("story details", 1, 3);
        at(20_700);
        p.progress("story details", 3, 3);
        assertEquals(List.of(
                "[   1.2s] annotate: 2/100",
                "[   2.5s] annotate: 11/100  5.0 docs/s  ETA 18s",
                "[  20.3s] annotate: 100/100  5.0 docs/s",
                "[  20.6s] story details: 1/3",
                "[  20.7s] story details: 3/3"), text.toString().lines().toList());
    }

    @Test
    void barIsRedrawnInPlaceAndEndsWithTheStage() {
        Progress p = progress(Progress.Mode.BAR);
        at(1_000);
        p.progress("annotate", 1, 10);
        at(1_050);
        p.progress("annotate", 2, 10); // redrawn at most ten times a second
        at(3_000);
        p.progress("annotate", 5, 10);
        p.note("a note clears the bar");
        at(5_000);
        p.progress("annotate", 10, 10);
        String out = text.toString();
        assertEquals("\r[   1.0s] annotate  [##..................]  1/10"
                + "\r[   3.0s] annotate  [##########..........]  5/10  2.0 docs/s  ETA 3s"
                + "\r" + " ".repeat(68) + "\r[   3.0s] a note clears the bar\n"
                + "\r[   5.0s] annotate  [####################]  10/10  2.3 docs/s\n", out);
    }

    @Test
    void aStageReportedAgainStartsAfresh() {
        Progress p = progress(Progress.Mode.LINES);
        at(2_000);
        p.progress("annotate", 4, 4);
        p.progress("stories", 1, 1);
        at(3_000);
        p.progress("annotate", 1, 4); // a second run (bench's warm run)
        assertEquals(3, text.toString().lines().count(), text.toString());
    }

    @Test
    void quietPrintsNothing() {
        Progress p = progress(Progress.Mode.QUIET);
        at(5_000);
        p.progress("annotate", 1, 2);
        p.note("models loaded");
        p.progress("annotate", 2, 2);
        assertEquals("", text.toString());
        assertEquals(Progress.Mode.QUIET, new Progress(new PrintWriter(text), true).mode());
    }
}
