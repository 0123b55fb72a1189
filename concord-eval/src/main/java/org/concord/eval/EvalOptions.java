package org.concord.eval;

import java.io.PrintStream;

/**
 * Options shared by every eval task. {@code limit} bounds the items scored (0 = all); {@code log} receives the
 * human-readable table and progress (standard error on the command line).
 */
public record EvalOptions(int limit, int threads, PrintStream log) {
    public static EvalOptions defaults() {
        return new EvalOptions(0, Runtime.getRuntime().availableProcessors(), System.err);
    }
}
