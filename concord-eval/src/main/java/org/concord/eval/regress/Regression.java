package org.concord.eval.regress;

import java.util.Map;

/**
 * One pinned figure set: run {@code task} with {@code system} on {@code data} (relative to the shared data
 * folder) with at most {@code limit} items (0 = all), and expect each metric within its tolerance.
 * {@code quick} regressions also run in the build's test phase.
 */
public record Regression(String name, String task, String data, String system, int limit, boolean quick,
                         Map<String, Expectation> metrics) {
    /** An expected value and how far the measured one may be from it, either way. */
    public record Expectation(double expected, double tolerance) {}
}
