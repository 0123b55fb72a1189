package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.concord.eval.EvalOptions;
import org.concord.eval.regress.RegressionSuite;
import org.concord.testkit.SharedData;
import org.concord.testkit.SharedDataCondition;
import org.junit.jupiter.api.Test;

/**
 * The quick regressions of eval/regressions, run in the build: those on the shared data sets when the shared folder
 * is there, and those on data that ships in the repository (the hand-annotated fixtures of eval/fixtures) in every
 * clone. The report regression on the sample corpus is checked by {@link SampleCorpusGoldTest}, which runs that
 * analysis once for all its checks.
 */
class QuickRegressionsTest {
    @Test
    @SharedData("data")
    void quickRegressionsHold() throws Exception {
        Path dir = Cli.root().resolve("eval").resolve("regressions");
        RegressionSuite suite = RegressionSuite.load(dir).quick().inRepository(false);
        assertFalse(suite.regressions().isEmpty(), "no quick regressions in " + dir);
        List<RegressionSuite.Outcome> outcomes = suite.run(Cli.shared().resolve("data"), Cli.root(),
                new EvalOptions(0, Runtime.getRuntime().availableProcessors(), System.err), System.err);
        List<String> failures = outcomes.stream().flatMap(o -> o.failures().stream()).toList();
        assertEquals(List.of(), failures);
    }

    @Test
    void quickRegressionsOnRepositoryDataHold() throws Exception {
        Path dir = Cli.root().resolve("eval").resolve("regressions");
        RegressionSuite suite = RegressionSuite.load(dir).quick().inRepository(true)
                .matching(r -> !r.task().equals("report"));
        assertFalse(suite.regressions().isEmpty(), "no quick regressions on repository data in " + dir);
        List<RegressionSuite.Outcome> outcomes = suite.run(SharedDataCondition.dir().resolve("data"), Cli.root(),
                new EvalOptions(0, Runtime.getRuntime().availableProcessors(), System.err), System.err);
        List<String> failures = outcomes.stream().flatMap(o -> o.failures().stream()).toList();
        assertEquals(List.of(), failures);
    }

    @Test
    void evalCommandRejectsUnknownTaskAndSystem() {
        Cli.Run r = Cli.run("eval", "astrology", "--data", ".");
        assertEquals(Main.USAGE, r.status());
        Cli.Run s = Cli.run("eval", "timex", "--data", ".", "--system", "oracle");
        assertEquals(Main.USAGE, s.status());
        assertEquals(true, s.err().contains("oracle"), s.err());
    }
}
