package org.concord.eval;

import java.io.PrintStream;

/**
 * Options shared by every eval task. {@code limit} bounds the items scored (0 = all); {@code log} receives the
 * human-readable table and progress (standard error on the command line); {@code words} is a task's length budget
 * where it has one (summarize: the word limit, 0 = the task's default).
 */
public record EvalOptions(int limit, int threads, PrintStream log, int words) {
    public EvalOptions(int limit, int threads, PrintStream log) {
        this(limit, threads, log, 0);
    }

    public static EvalOptions defaults() {
        return new EvalOptions(0, Runtime.getRuntime().availableProcessors(), System.err);
    }
}
