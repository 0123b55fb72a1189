package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.eval.ReportSchema;
import org.concord.eval.regress.Regression;
import org.concord.eval.regress.RegressionSuite;
import org.concord.eval.report.ReportEval;
import org.concord.eval.report.ReportGoldScorer;
import org.concord.model.Report;
import org.concord.report.ReportChecks;
import org.concord.report.ReportJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on the bundled sample corpus, driven through {@code concord demo}, scored against its
 * hand-written gold (samples/demo-gold.json) by {@link ReportGoldScorer}, the scorer of {@code concord eval report}:
 * every count must equal the one pinned in {@code eval/regressions/report-samples.json} (tolerance 0), which is
 * the figure docs/benchmarks.md states. A count that moves, up or down, fails with the misses named.
 */
class SampleCorpusGoldTest {
    @TempDir
    static Path tmp;
    static Report report;
    static List<ReportGoldScorer.Aspect> aspects;

    @BeforeAll
    static void runDemo() throws Exception {
        Path root = Cli.root();
        Path samples = root.resolve("samples").resolve("demo");
        JsonNode gold = ReportEval.readGold(ReportEval.goldOf(samples));
        Cli.Run r = Cli.run("demo", "--samples", samples.toString(), "--out-dir", tmp.toString(), "-q");
        assertEquals(Main.OK, r.status(), r.err());
        for (String f : List.of("report.json", "report.md", "report.html")) {
            assertTrue(Files.size(tmp.resolve(f)) > 1000, f);
        }
        assertEquals(List.of(), ReportSchema.validate(Files.readString(tmp.resolve("report.json"))));
        report = ReportJson.read(tmp.resolve("report.json"));
        assertTrue(r.out().contains("Story " + report.stories().get(0).id()), r.out());
        aspects = ReportGoldScorer.score(report, gold);
    }

    static Regression pinned() throws Exception {
        return RegressionSuite.load(Cli.root().resolve("eval").resolve("regressions")).regressions().stream()
                .filter(x -> x.name().equals("report-samples")).findFirst()
                .orElseThrow(() -> new AssertionError("eval/regressions/report-samples.json is missing"));
    }

    @Test
    void reportIsConsistent() {
        assertEquals(List.of(), ReportChecks.check(report));
        assertEquals(12, report.documents().size());
    }

    @Test
    void everyPinnedCountHoldsExactly() throws Exception {
        Regression r = pinned();
        assertEquals("report", r.task());
        assertTrue(r.inRepository() && r.quick(), "the sample regression runs in every build");
        Map<String, Double> got = ReportGoldScorer.metrics(aspects);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Regression.Expectation> e : r.metrics().entrySet()) {
            Double v = got.get(e.getKey());
            if (v == null || Math.abs(v - e.getValue().expected()) > e.getValue().tolerance() + 1e-9) {
                wrong.add(e.getKey() + " = " + v + ", pinned " + e.getValue().expected());
            }
        }
        StringBuilder misses = new StringBuilder();
        for (ReportGoldScorer.Aspect a : aspects) {
            System.err.printf(Locale.ROOT, "sample corpus %-15s %d/%d%n", a.name(), a.right(), a.total());
            a.misses().forEach(m -> misses.append("\n  ").append(a.name()).append(": ").append(m));
        }
        assertEquals(List.of(), wrong, "misses:" + misses);
        // every aspect is pinned, right and gold counts both
        for (ReportGoldScorer.Aspect a : aspects) {
            assertTrue(r.metrics().containsKey("n_" + a.name() + "_right"), a.name() + " is not pinned");
            assertTrue(r.metrics().containsKey("n_" + a.name() + "_gold"), a.name() + " is not pinned");
        }
    }

    @Test
    void aMissingEntityIsAMissNotAPass() throws Exception {
        // the old check passed "apart" pairs when one name was not an entity at all
        Report without = new Report(report.documents(), report.stories().stream()
                .map(s -> new org.concord.model.Story(s.id(), s.headline(), s.documents(), s.related(), s.summary(),
                        List.of(), s.quotes(), s.timeline(), s.claims())).toList(), report.skipped());
        JsonNode gold = ReportEval.readGold(ReportEval.goldOf(Cli.root().resolve("samples").resolve("demo")));
        ReportGoldScorer.Aspect apart = ReportGoldScorer.score(without, gold).stream()
                .filter(a -> a.name().equals("entities_apart")).findFirst().orElseThrow();
        assertEquals(0, apart.right(), apart.misses().toString());
        assertEquals(gold.get("entities_apart").size(), apart.misses().size());
    }
}
