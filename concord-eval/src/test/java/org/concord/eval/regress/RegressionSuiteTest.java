package org.concord.eval.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.concord.eval.EvalContext;
import org.concord.eval.EvalOptions;
import org.concord.eval.EvalResult;
import org.concord.eval.EvalTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionSuiteTest {
    @TempDir
    Path dir;

    /** A task whose figures are fixed, so the driver's comparison is what is tested. */
    static final class FixedTask implements EvalTask {
        int lastLimit = -1;

        @Override
        public String name() {
            return "fixed";
        }

        @Override
        public List<String> systems() {
            return List.of("concord");
        }

        @Override
        public EvalResult run(EvalContext context) {
            lastLimit = context.limit();
            return context.result(3, Map.of("f1", 0.80, "p", 0.5), 0.1, null);
        }
    }

    private void file(String name, String json) throws Exception {
        Files.writeString(dir.resolve("regs").resolve(name), json);
    }

    @Test
    void comparesEachMetricWithinItsToleranceBothWays() throws Exception {
        Files.createDirectories(dir.resolve("regs"));
        Files.createDirectories(dir.resolve("data").resolve("set"));
        file("a.json", "{\"name\":\"a\",\"task\":\"fixed\",\"data\":\"set\",\"limit\":7,\"quick\":true,"
                + "\"metrics\":{\"f1\":{\"expected\":0.802,\"tolerance\":0.003}}}");
        file("b.json", "{\"name\":\"b\",\"task\":\"fixed\",\"data\":\"set\",\"quick\":false,"
                + "\"metrics\":{\"f1\":{\"expected\":0.796,\"tolerance\":0.003},\"p\":{\"expected\":0.6,\"tolerance\":0.003},"
                + "\"r\":{\"expected\":0.5,\"tolerance\":0.003}}}");
        FixedTask task = new FixedTask();
        RegressionSuite suite = RegressionSuite.load(dir.resolve("regs")).withTasks(n -> task);
        assertEquals(2, suite.regressions().size());
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(log, true, StandardCharsets.UTF_8);
        var quick = suite.quick().run(dir.resolve("data"), dir.resolve("repo"), new EvalOptions(0, 1, ps), ps);
        assertEquals(1, quick.size());
        assertTrue(quick.get(0).passed());
        assertEquals(7, task.lastLimit);
        var all = suite.run(dir.resolve("data"), dir.resolve("repo"), new EvalOptions(0, 1, ps), ps);
        assertEquals(3, all.get(1).failures().size(), all.get(1).failures().toString());
    }

    @Test
    void badFilesAndMissingDataAreNamed() throws Exception {
        Files.createDirectories(dir.resolve("regs"));
        file("bad.json", "{\"name\":\"x\"}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegressionSuite.load(dir.resolve("regs")));
        assertTrue(e.getMessage().contains("bad.json"));
        Files.delete(dir.resolve("regs").resolve("bad.json"));
        file("c.json", "{\"name\":\"c\",\"task\":\"fixed\",\"data\":\"missing\",\"metrics\":{\"f1\":{\"expected\":1,"
                + "\"tolerance\":0}}}");
        RegressionSuite s = RegressionSuite.load(dir.resolve("regs")).withTasks(n -> new FixedTask());
        PrintStream ps = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        IllegalArgumentException m = assertThrows(IllegalArgumentException.class,
                () -> s.run(dir, dir, new EvalOptions(0, 1, ps), ps));
        assertTrue(m.getMessage().contains("missing"));
    }

    @Test
    void repositoryDataResolvesAgainstTheRepositoryAndTheSuiteSplitsByRoot() throws Exception {
        Files.createDirectories(dir.resolve("regs"));
        Files.createDirectories(dir.resolve("repo").resolve("samples"));
        file("r.json", "{\"name\":\"r\",\"task\":\"fixed\",\"data\":\"samples\",\"root\":\"repository\","
                + "\"quick\":true,\"metrics\":{\"f1\":{\"expected\":0.8,\"tolerance\":0}}}");
        file("s.json", "{\"name\":\"s\",\"task\":\"fixed\",\"data\":\"set\",\"quick\":true,"
                + "\"metrics\":{\"f1\":{\"expected\":0.8,\"tolerance\":0}}}");
        RegressionSuite suite = RegressionSuite.load(dir.resolve("regs")).withTasks(n -> new FixedTask());
        PrintStream ps = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        RegressionSuite repo = suite.inRepository(true);
        assertEquals(List.of("r"), repo.regressions().stream().map(Regression::name).toList());
        assertEquals(List.of("s"), suite.inRepository(false).regressions().stream().map(Regression::name).toList());
        assertEquals(List.of("s"), suite.matching(r -> !r.inRepository()).regressions().stream()
                .map(Regression::name).toList());
        // the shared folder does not exist: a repository regression does not need it
        assertTrue(repo.run(dir.resolve("no-shared"), dir.resolve("repo"), new EvalOptions(0, 1, ps), ps).get(0)
                .passed());
    }

    @Test
    void toleranceWiderThanTheCapAndUnknownRootAreRefusedWithTheFile() throws Exception {
        Files.createDirectories(dir.resolve("regs"));
        file("wide.json", "{\"name\":\"w\",\"task\":\"fixed\",\"data\":\"set\",\"metrics\":{\"f1\":"
                + "{\"expected\":0.8,\"tolerance\":0.01}}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegressionSuite.load(dir.resolve("regs")));
        assertTrue(e.getMessage().contains("wide.json") && e.getMessage().contains("tolerance"), e.getMessage());
        Files.delete(dir.resolve("regs").resolve("wide.json"));
        file("root.json", "{\"name\":\"x\",\"task\":\"fixed\",\"data\":\"set\",\"root\":\"moon\","
                + "\"metrics\":{\"f1\":{\"expected\":0.8,\"tolerance\":0}}}");
        IllegalArgumentException r = assertThrows(IllegalArgumentException.class,
                () -> RegressionSuite.load(dir.resolve("regs")));
        assertTrue(r.getMessage().contains("root.json") && r.getMessage().contains("moon"), r.getMessage());
    }
}
