package org.concord.serve;

import java.util.Locale;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says at the end of the module's test run how many browser tests were skipped because no browser was given
 * ({@link BrowserCondition}), as {@link PostgresSummary} does for the PostgreSQL variants. A skipped class counts
 * its tests.
 */
public final class BrowserSummary implements TestExecutionListener {
    private TestPlan plan;
    private int skipped;
    private String reason;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        skipped = 0;
    }

    @Override
    public void executionSkipped(TestIdentifier id, String why) {
        if (why == null || !why.startsWith(BrowserCondition.SKIP_PREFIX)) {
            return;
        }
        reason = why;
        skipped += id.isTest() || plan == null ? 1
                : Math.max(1, (int) plan.getDescendants(id).stream().filter(TestIdentifier::isTest).count());
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (skipped > 0) {
            System.out.printf(Locale.ROOT, "[concord] %d web UI browser test%s skipped: %s%n", skipped,
                    skipped == 1 ? "" : "s", reason);
        }
    }
}
