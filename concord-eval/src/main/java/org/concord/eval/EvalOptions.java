package org.concord.eval;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Options shared by every eval task. {@code limit} bounds the items scored (0 = all); {@code log} receives the
 * human-readable table and progress (standard error on the command line); {@code words} is a task's length budget
 * where it has one (summarize: the word limit, 0 = the task's default); {@code gold} is a gold file kept apart from
 * the data, for the tasks that take one (claims: the hand-checked conflicts), or null.
 */
public record EvalOptions(int limit, int threads, PrintStream log, int words, Path gold) {
    public EvalOptions(int limit, int threads, PrintStream log) {
        this(limit, threads, log, 0);
    }

    public EvalOptions(int limit, int threads, PrintStream log, int words) {
        this(limit, threads, log, words, null);
    }

    public static EvalOptions defaults() {
        return new EvalOptions(0, Runtime.getRuntime().availableProcessors(), System.err);
    }
}
