package org.concord.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One {@code concord eval TASK}: reads a dataset layout, runs a system on it, scores it (contract concord.eval/1).
 * A task is one class: its name, the systems it scores, a cheap check of its data layout, and
 * {@link #run(EvalContext)}; listed in {@link EvalTasks#all()}, it is known to {@code concord eval} (lookup, help,
 * systems check), to the regressions and to the JSON and table output, which no task writes itself.
 */
public interface EvalTask {
    /** The task name on the command line, e.g. "timex". */
    String name();

    /** The systems it can score; the first is the default ("concord"). */
    List<String> systems();

    /** Whether {@code system} is one this task scores (by default: one of {@link #systems()}). */
    default boolean knows(String system) {
        return systems().contains(system);
    }

    /** IllegalArgumentException naming the task and its known systems unless it {@link #knows} {@code system}. */
    default void requireSystem(String system) {
        if (!knows(system)) {
            throw new IllegalArgumentException("unknown " + name() + " system '" + system + "'; known: " + systems());
        }
    }

    /**
     * Checks, cheaply and before any model is loaded, that {@code data} is in the task's layout; by default that it
     * exists.
     * @throws IllegalArgumentException naming {@code data} and what it lacks
     */
    default void checkData(Path data) throws IOException {
        if (!Files.exists(data)) {
            throw new IllegalArgumentException(name() + " data not found: " + data);
        }
    }

    /**
     * Runs {@code context.system()} over {@code context.data()} and scores it; the system and the data have been
     * checked and the clock started ({@link EvalContext#result} builds the result).
     */
    EvalResult run(EvalContext context) throws IOException;

    /**
     * Checks the system and the data, starts the clock and runs the task.
     * @param dataLabel the path as the user gave it (reported as {@code data}; null: the path)
     * @throws IllegalArgumentException for an unknown system or a directory not in the task's layout (message names it)
     */
    default EvalResult run(Path data, String dataLabel, String system, EvalOptions options) throws IOException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(options, "options");
        requireSystem(system);
        checkData(data);
        return run(EvalContext.start(name(), data, dataLabel, system, options));
    }
}
