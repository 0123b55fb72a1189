package org.concord.serve;

import java.util.Locale;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says at the end of the module's test run how many tests a condition skipped for want of something the build
 * was not given (a PostgreSQL server, a browser), so a build without it shows what it did not check. Subclasses
 * name the condition's skip prefix and what its tests are; they are registered through {@code META-INF/services}.
 * A skipped class counts its tests.
 */
abstract class SkipSummary implements TestExecutionListener {
    private final String prefix;
    private final String what;
    private TestPlan plan;
    private int skipped;
    private String reason;

    SkipSummary(String prefix, String what) {
        this.prefix = prefix;
        this.what = what;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        skipped = 0;
    }

    @Override
    public void executionSkipped(TestIdentifier id, String why) {
        if (why == null || !why.startsWith(prefix)) {
            return;
        }
        reason = why;
        skipped += id.isTest() || plan == null ? 1
                : Math.max(1, (int) plan.getDescendants(id).stream().filter(TestIdentifier::isTest).count());
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (skipped > 0) {
            System.out.printf(Locale.ROOT, "[concord] %d %s%s skipped: %s%n", skipped, what,
                    skipped == 1 ? "" : "s", reason);
        }
    }
}
