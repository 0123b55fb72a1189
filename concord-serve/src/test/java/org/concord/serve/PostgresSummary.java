package org.concord.serve;

import java.util.Locale;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says at the end of the module's test run how many PostgreSQL variants were skipped because no server was given
 * ({@link PostgresCondition}), so a build without one shows what it did not check. Registered through
 * {@code META-INF/services}. A skipped class counts its tests.
 */
public final class PostgresSummary implements TestExecutionListener {
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
        if (why == null || !why.startsWith(PostgresCondition.SKIP_PREFIX)) {
            return;
        }
        reason = why;
        skipped += id.isTest() || plan == null ? 1
                : Math.max(1, (int) plan.getDescendants(id).stream().filter(TestIdentifier::isTest).count());
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (skipped > 0) {
            System.out.printf(Locale.ROOT, "[concord] %d PostgreSQL store test%s skipped: %s%n", skipped,
                    skipped == 1 ? "" : "s", reason);
        }
    }
}
