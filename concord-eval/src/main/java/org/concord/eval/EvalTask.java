package org.concord.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One {@code concord eval TASK}: reads a dataset layout, runs a system on it, scores it. */
public interface EvalTask {
    /** The task name on the command line, e.g. "timex". */
    String name();

    /** The systems it can score; the first is the default ("concord"). */
    List<String> systems();

    /**
     * Runs {@code system} over the dataset at {@code data} and scores it.
     * @param dataLabel the path as the user gave it (reported as {@code data})
     * @throws IllegalArgumentException for an unknown system or a directory not in the task's layout (message names it)
     */
    EvalResult run(Path data, String dataLabel, String system, EvalOptions options) throws IOException;

    /** IllegalArgumentException naming the task and its known systems unless {@code system} is one of them. */
    default void requireSystem(String system) {
        if (!systems().contains(system)) {
            throw new IllegalArgumentException("unknown " + name() + " system '" + system + "'; known: " + systems());
        }
    }
}
