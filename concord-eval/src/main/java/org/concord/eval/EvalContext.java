package org.concord.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * One run of an {@link EvalTask}: the dataset, the label it is reported under (the path as the user gave it), the
 * system to score, the shared options, and the {@link System#nanoTime()} the run started at, so that every task
 * reports {@code elapsed_s} the same way: wall time from after the checks of system and data, model loading
 * included.
 */
public record EvalContext(String task, Path data, String dataLabel, String system, EvalOptions options,
                          long startNanos) {
    public EvalContext {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(options, "options");
        dataLabel = dataLabel == null ? data.toString() : dataLabel;
    }

    /** A run of {@code task} starting now; a null label reports the path itself. */
    public static EvalContext start(String task, Path data, String dataLabel, String system, EvalOptions options) {
        return new EvalContext(task, data, dataLabel, system, options, System.nanoTime());
    }

    /** The most items to score, 0 for all. */
    public int limit() {
        return options.limit();
    }

    /** Worker threads, at least 1. */
    public int threads() {
        return Math.max(1, options.threads());
    }

    /** Where progress and problems go (standard error on the command line). */
    public PrintStream log() {
        return options.log();
    }

    /** The task's length budget where it has one (0: the task's default). */
    public int words() {
        return options.words();
    }

    /** Seconds since the run started. */
    public double elapsedS() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** The result of this run, its {@code elapsed_s} measured now. */
    public EvalResult result(int n, Map<String, Double> metrics, Double tokensPerS) {
        return result(n, metrics, elapsedS(), tokensPerS);
    }

    /** The result of this run with an {@code elapsed_s} the task measured itself. */
    public EvalResult result(int n, Map<String, Double> metrics, double elapsedS, Double tokensPerS) {
        return EvalResult.of(task, dataLabel, system, n, metrics, elapsedS, tokensPerS);
    }
}
