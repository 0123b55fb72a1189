package org.concord.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.concord.pipeline.ProgressListener;

/**
 * Progress on standard error, with each stage's rate (documents or stories a second) and, once the rate can be
 * measured (at least a second and one item after the stage's first report), the time left. Silent for the
 * first second of a run (short runs print nothing) and with {@code --quiet}.
 *
 * <p>On a terminal ({@link Mode#BAR}) each stage is one line redrawn in place with {@code '\r'}:
 * <pre>[  12.2s] annotate  [########............]  412/839  5.9 docs/s  ETA 1m12s</pre>
 * Otherwise ({@link Mode#LINES}: redirected, piped, tests) plain lines, at most two a second per stage plus the
 * last line of each stage:
 * <pre>[  12.2s] annotate: 412/839  5.9 docs/s  ETA 1m12s</pre>
 * Notes ({@link #note}) are plain lines in both modes; a bar being drawn is cleared first and redrawn on the
 * next report. The clock is injectable so the formatting can be tested.
 */
final class Progress implements ProgressListener {
    /** How progress is shown. */
    enum Mode {
        /** Nothing at all ({@code --quiet}). */
        QUIET,
        /** Plain lines, for logs and pipes. */
        LINES,
        /** One line per stage redrawn in place, for a terminal. */
        BAR
    }

    /** Cells of the bar between its brackets. */
    static final int BAR_WIDTH = 20;
    private static final long SECOND = 1_000_000_000L;
    /** Nothing is shown in a run's first second. */
    private static final long SILENT = SECOND;
    /** A rate (and so an ETA) needs this long since the stage's first report. */
    private static final long MEASURABLE = SECOND;
    private static final long LINE_EVERY = SECOND / 2;
    private static final long REDRAW_EVERY = SECOND / 10;

    private final PrintWriter err;
    private final Mode mode;
    private final LongSupplier clock;
    private final long start;
    /** The stage last reported and where it is; a stage reported again after another one starts afresh. */
    private String currentName;
    private Stage current;
    /** Length of the bar line on screen, 0 when none is open. */
    private int barShown;

    /** Where a stage is: its first report (the rate's origin), the furthest count and when it was last shown. */
    private static final class Stage {
        final long firstAt;
        final int firstDone;
        int done;
        long shownAt = Long.MIN_VALUE;
        boolean finished;

        Stage(long at, int done) {
            this.firstAt = at;
            this.firstDone = done;
            this.done = done;
        }
    }

    /** Progress on {@code err}: nothing when {@code quiet}, a bar when standard error is a terminal, else lines. */
    Progress(PrintWriter err, boolean quiet) {
        this(err, quiet ? Mode.QUIET : detect(), System::nanoTime);
    }

    /** Progress in a given mode, reading time (nanoseconds) from {@code clock}. */
    Progress(PrintWriter err, Mode mode, LongSupplier clock) {
        this.err = err;
        this.mode = mode;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /**
     * {@link Mode#BAR} when standard error is a terminal and {@code TERM} is not "dumb", else lines. On Linux the
     * terminal is read from {@code /proc/self/fd/2} (so {@code analyze DIR > report.json} still gets the bar);
     * elsewhere standard error counts as a terminal when the process has a console.
     */
    static Mode detect() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return Mode.LINES;
        }
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") ? Mode.BAR : Mode.LINES;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Mode.LINES;
        }
        return System.console() != null ? Mode.BAR : Mode.LINES;
    }

    Mode mode() {
        return mode;
    }

    @Override
    public synchronized void progress(String stage, int done, int total) {
        if (mode == Mode.QUIET) {
            return;
        }
        long now = clock.getAsLong();
        Stage s = current;
        if (!stage.equals(currentName)) {
            if (barShown > 0) {
                err.println(); // the previous stage's bar stays on screen as it was last drawn
                barShown = 0;
            }
            s = new Stage(now, done);
            current = s;
            currentName = stage;
        } else if (done <= s.done || s.finished) {
            return; // a report overtaken by a later one (stages run their items in parallel)
        } else {
            s.done = done;
        }
        boolean last = total >= 0 && done >= total;
        s.finished = last;
        long every = mode == Mode.BAR ? REDRAW_EVERY : LINE_EVERY;
        if (now - start < SILENT || (!last && s.shownAt != Long.MIN_VALUE && now - s.shownAt < every)) {
            return;
        }
        s.shownAt = now;
        String elapsed = stamp(now);
        String rate = rate(stage, s, now, total);
        if (mode == Mode.LINES) {
            err.println(elapsed + stage + ": " + count(done, total) + rate);
        } else {
            String line = elapsed + stage + "  " + (total > 0 ? bar(done, total, BAR_WIDTH) + "  " : "")
                    + count(done, total) + rate;
            err.print("\r" + line + " ".repeat(Math.max(0, barShown - line.length())));
            if (last) {
                err.println();
                barShown = 0;
            } else {
                barShown = line.length();
            }
        }
        err.flush();
    }

    /** A free-form line, printed unless quiet. */
    synchronized void note(String line) {
        if (mode == Mode.QUIET) {
            return;
        }
        clearBar();
        err.println(stamp(clock.getAsLong()) + line);
        err.flush();
    }

    /**
     * Clears the bar being drawn, if any, so that a line written to standard error by someone else (a warning)
     * starts at the beginning of the line; the bar comes back with the next report.
     */
    synchronized void clearBar() {
        if (barShown > 0) {
            err.print("\r" + " ".repeat(barShown) + "\r");
            err.flush();
            barShown = 0;
        }
    }

    private String stamp(long now) {
        return String.format(Locale.ROOT, "[%6.1fs] ", (now - start) / 1e9);
    }

    private static String count(int done, int total) {
        return total >= 0 ? done + "/" + total : Integer.toString(done);
    }

    /** "  5.9 docs/s  ETA 1m12s", or only the rate on the stage's last line, or "" before it can be measured. */
    private static String rate(String stage, Stage s, long now, int total) {
        long nanos = now - s.firstAt;
        int items = s.done - s.firstDone;
        if (nanos < MEASURABLE || items < 1) {
            return "";
        }
        double perSecond = items * 1e9 / nanos;
        String out = "  " + formatRate(perSecond) + " " + unit(stage) + "/s";
        if (total >= 0 && s.done < total) {
            out += "  ETA " + formatDuration((total - s.done) / perSecond);
        }
        return out;
    }

    /** What a stage counts: documents while they are read and annotated, stories after. */
    static String unit(String stage) {
        return switch (stage) {
            case "read", "annotate" -> "docs";
            case "stories", "story details" -> "stories";
            default -> "items";
        };
    }

    /** A rate with two significant-ish digits: 0.42, 5.9, 37. */
    static String formatRate(double perSecond) {
        if (perSecond >= 10) {
            return String.format(Locale.ROOT, "%.0f", perSecond);
        }
        return String.format(Locale.ROOT, perSecond >= 1 ? "%.1f" : "%.2f", perSecond);
    }

    /** Seconds left, rounded up: "45s", "1m12s", "2h05m". */
    static String formatDuration(double seconds) {
        long s = (long) Math.ceil(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        long m = (s + 59) / 60;
        return String.format(Locale.ROOT, "%dh%02dm", m / 60, m % 60);
    }

    /** "[#####...............]": {@code done} of {@code total} in {@code width} cells, full only when done. */
    static String bar(int done, int total, int width) {
        int filled = done >= total ? width : (int) ((long) Math.max(0, done) * width / total);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
    }
}
