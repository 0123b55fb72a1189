package org.concord.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the web UI's browser tests only when a browser is given: {@value #CHROMIUM} (Debian's {@code chromium}),
 * {@value #CHROMEDRIVER} ({@code chromium-driver}) and {@value #AXE} (axe-core's {@code axe.min.js}, from npm), each
 * a path to an existing file. {@code .ci/run} installs the three ({@code .ci/browser}) and passes them; without them
 * (a plain {@code ./mvnw verify}) the tests are skipped with a reason beginning {@value #SKIP_PREFIX}, and
 * {@link BrowserSummary} counts them at the end of the run.
 */
public final class BrowserCondition implements ExecutionCondition {
    static final String CHROMIUM = "concord.test.chromium";
    static final String CHROMEDRIVER = "concord.test.chromedriver";
    static final String AXE = "concord.test.axe";
    static final String SKIP_PREFIX = "needs a browser: ";

    static Path path(String property) {
        String p = System.getProperty(property);
        return p == null || p.isBlank() || p.startsWith("${") ? null : Path.of(p.strip());
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        for (String property : new String[] {CHROMIUM, CHROMEDRIVER, AXE}) {
            Path p = path(property);
            if (p == null || !Files.isRegularFile(p)) {
                return ConditionEvaluationResult.disabled(SKIP_PREFIX + (p == null ? "no -D" + property + "=PATH given"
                        : "-D" + property + "=" + p + " is not a file") + " (.ci/run installs chromium, "
                        + "chromium-driver and axe-core and gives -D" + CHROMIUM + ", -D" + CHROMEDRIVER + " and -D"
                        + AXE + ")");
            }
        }
        return ConditionEvaluationResult.enabled("chromium at " + path(CHROMIUM));
    }
}
