package org.concord.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.concord.pipeline.ProgressListener;

/**
 * Progress lines on standard error: silent for the first second (short runs print nothing), then at most
 * two lines a second per stage, plus the last line of each stage.
 */
final class Progress implements ProgressListener {
    private final PrintWriter err;
    private final boolean quiet;
    private final long start = System.nanoTime();
    private long lastPrint;
    private String lastStage = "";

    Progress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public synchronized void progress(String stage, int done, int total) {
        if (quiet) {
            return;
        }
        long now = System.nanoTime();
        double elapsed = (now - start) / 1e9;
        boolean last = total >= 0 && done >= total;
        boolean stageChanged = !stage.equals(lastStage);
        if (elapsed < 1.0 || (!last && !stageChanged && now - lastPrint < 500_000_000L)) {
            return;
        }
        lastPrint = now;
        lastStage = stage;
        String count = total >= 0 ? done + "/" + total : Integer.toString(done);
        err.println(String.format(Locale.ROOT, "[%6.1fs] %s: %s", elapsed, stage, count));
        err.flush();
    }

    /** A free-form line, printed unless quiet. */
    synchronized void note(String line) {
        if (!quiet) {
            err.println(String.format(Locale.ROOT, "[%6.1fs] %s", (System.nanoTime() - start) / 1e9, line));
            err.flush();
        }
    }
}
