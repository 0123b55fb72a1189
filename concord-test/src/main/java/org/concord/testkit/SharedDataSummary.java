package org.concord.testkit;

import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, at the end of a module's test run, how many tests were skipped because the shared data was missing and
 * why, so a build from a clone without {@code ../shared} says what it did not check. Registered through
 * {@code META-INF/services} for every module that has this kit on its test class path. A skipped class counts its
 * tests.
 */
public final class SharedDataSummary implements TestExecutionListener {
    private final Map<String, Integer> skipped = new TreeMap<>();
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        skipped.clear();
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (reason == null || !reason.startsWith(SharedDataCondition.SKIP_PREFIX)) {
            return;
        }
        skipped.merge(reason, Math.max(1, tests(id)), Integer::sum);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return;
        }
        System.out.printf(java.util.Locale.ROOT, "[concord] %d dataset-backed test%s skipped (run with the shared "
                + "folder beside the checkout; -D%s=true makes a missing folder a failure):%n", total,
                total == 1 ? "" : "s", SharedDataCondition.REQUIRE_PROPERTY);
        for (Map.Entry<String, Integer> e : skipped.entrySet()) {
            System.out.printf(java.util.Locale.ROOT, "[concord]   %d: %s%n", e.getValue(), e.getKey());
        }
    }

    private int tests(TestIdentifier id) {
        if (id.isTest()) {
            return 1;
        }
        if (plan == null) {
            return 1;
        }
        return (int) plan.getDescendants(id).stream().filter(TestIdentifier::isTest).count();
    }
}
