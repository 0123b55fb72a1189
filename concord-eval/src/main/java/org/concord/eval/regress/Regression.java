package org.concord.eval.regress;

import java.util.Map;

/**
 * One pinned figure set: run {@code task} with {@code system} on {@code data} with at most {@code limit} items
 * (0 = all), and expect each metric within its tolerance. {@code data} is relative to the shared data folder
 * ({@code ../shared/data}), or to the repository's root when {@code root} is {@value #REPOSITORY} (data that ships
 * with Concord, such as the sample corpus). {@code quick} regressions also run in the build's test phase. {@code gold}
 * (optional) is a gold file in the repository, relative to its root, for tasks that keep their gold apart from the
 * data (claims).
 */
public record Regression(String name, String task, String data, String root, String system, int limit,
                         boolean quick, Map<String, Expectation> metrics, String gold) {
    /** The {@code root} of data that lives in the repository. */
    public static final String REPOSITORY = "repository";
    /** The {@code root} of data in the shared folder (the default). */
    public static final String SHARED = "shared";

    public Regression {
        root = root == null ? SHARED : root;
        if (!root.equals(SHARED) && !root.equals(REPOSITORY)) {
            throw new IllegalArgumentException("root must be '" + SHARED + "' or '" + REPOSITORY + "', not '" + root
                    + "'");
        }
    }

    /** Whether its data is in the repository (runs in any clone) rather than in the shared folder. */
    public boolean inRepository() {
        return root.equals(REPOSITORY);
    }

    /** An expected value and how far the measured one may be from it, either way. */
    public record Expectation(double expected, double tolerance) {}
}
