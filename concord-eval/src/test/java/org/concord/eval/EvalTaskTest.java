package org.concord.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one shape of an eval task: the checks before a run, the context it runs in, and the results' JSON. */
class EvalTaskTest {
    @TempDir
    Path tmp;

    private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true,
            StandardCharsets.UTF_8);

    /** A task that is only its class: name, systems and a run; the checks and the result come from the base. */
    static final class Counting implements EvalTask {
        EvalContext seen;

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public List<String> systems() {
            return List.of("concord", "baseline");
        }

        @Override
        public EvalResult run(EvalContext context) {
            seen = context;
            return context.result(2, Map.of("f1", 0.5), null);
        }
    }

    @Test
    void theSystemIsCheckedBeforeTheDataAndTheContextCarriesTheRun() throws Exception {
        Counting task = new Counting();
        EvalOptions options = new EvalOptions(5, 0, QUIET, 3);
        IllegalArgumentException system = assertThrows(IllegalArgumentException.class,
                () -> task.run(tmp.resolve("missing"), null, "oracle", options));
        assertEquals("unknown counting system 'oracle'; known: [concord, baseline]", system.getMessage());
        IllegalArgumentException data = assertThrows(IllegalArgumentException.class,
                () -> task.run(tmp.resolve("missing"), null, "concord", options));
        assertTrue(data.getMessage().startsWith("counting data not found: "), data.getMessage());
        assertNull(task.seen);

        EvalResult r = task.run(tmp, null, "baseline", options);
        assertEquals(EvalResult.of("counting", tmp.toString(), "baseline", 2, Map.of("f1", 0.5), r.elapsedS(), null),
                r);
        assertTrue(r.elapsedS() >= 0);
        assertEquals(5, task.seen.limit());
        assertEquals(1, task.seen.threads()); // at least one
        assertEquals(3, task.seen.words());
        assertEquals("as given", task.run(tmp, "as given", "concord", options).data());
    }

    @Test
    void everyTaskRejectsDataThatIsNotThereByName() {
        Path missing = tmp.resolve("no-such-set");
        for (EvalTask t : EvalTasks.all()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.checkData(missing),
                    t.name());
            assertTrue(e.getMessage().contains("no-such-set"), t.name() + ": " + e.getMessage());
            assertTrue(t.knows(t.systems().get(0)), t.name());
            assertFalse(t.knows("oracle"), t.name());
        }
        assertEquals(EvalTasks.all().stream().map(EvalTask::name).toList(), EvalTasks.names());
    }

    @Test
    void oneResultIsPrettyAndSeveralAreOnePerLine() throws Exception {
        EvalResult a = EvalResult.of("t", "d", "concord", 1, Map.of("f1", 1.0), 0.5, null);
        EvalResult b = EvalResult.of("t", "d", "baseline", 1, Map.of("f1", 0.25), 0.5, 10.0);
        assertEquals(EvalJson.write(a), EvalJson.writeResults(List.of(a)));
        String lines = EvalJson.writeResults(List.of(a, b));
        assertEquals(2, lines.lines().count(), lines);
        assertTrue(lines.endsWith("\n"));
        for (String line : lines.lines().toList()) {
            assertEquals("concord.eval/1", EvalJson.mapper().readTree(line).get("schema").asText());
        }
        assertEquals("baseline", EvalJson.mapper().readTree(lines.lines().toList().get(1)).get("system").asText());
    }
}
