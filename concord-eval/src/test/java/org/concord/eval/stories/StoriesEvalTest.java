package org.concord.eval.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.concord.eval.EvalOptions;
import org.concord.eval.EvalResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.concord.testkit.SharedData;
import org.concord.testkit.SharedDataCondition;

/** The stories eval on the shared dev sets (system property {@code concord.shared}). */
class StoriesEvalTest {
    static Path dataset(String name) {
        return SharedDataCondition.path("data/stories/" + name);
    }

    private static EvalOptions quiet() {
        return new EvalOptions(0, 1, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @SharedData("data/stories/multiling2011-stories")
    @Test
    void multilingTopicsAreFoundAndTheBaselineRunsBesideIt() throws Exception {
        Path data = dataset("multiling2011-stories");
        EvalResult c = new StoriesEval().run(data, "stories/multiling2011-stories", "concord", quiet());
        assertEquals(100, c.n());
        assertTrue(c.metrics().get("bcubed_f1") >= 0.95, c.metrics().toString()); // exact figure: eval/regressions
        // the stories inside a topic are bursts of it: never more precise threads than stories
        assertTrue(c.metrics().get("story_bcubed_precision") >= c.metrics().get("bcubed_precision") - 1e-12);
        EvalResult b = new StoriesEval().run(data, "stories/multiling2011-stories", "baseline", quiet());
        assertTrue(b.metrics().get("bcubed_f1") < c.metrics().get("bcubed_f1"), b.metrics().toString());
    }

    /** Shuffling the input changes nothing: documents are ordered by date and id before clustering. */
    @SharedData("data/stories/ecbplus-stories")
    @Test
    void groupingDoesNotDependOnInputOrder() throws Exception {
        List<StoryDoc> docs = StoriesReader.read(dataset("ecbplus-stories"), 0, quiet().log()).documents();
        Map<String, String> first = partition(docs);
        for (long seed : new long[] {1, 2}) {
            List<StoryDoc> shuffled = new ArrayList<>(docs);
            Collections.shuffle(shuffled, new Random(seed));
            Map<String, String> again = partition(shuffled);
            List<String> differ = first.keySet().stream().filter(id -> !first.get(id).equals(again.get(id))).toList();
            assertEquals(List.of(), differ, "seed " + seed + ": documents grouped differently");
        }
    }

    /** Each document's id mapped to the smallest ids of its thread and of its story (labels free of numbering). */
    private static Map<String, String> partition(List<StoryDoc> docs) {
        StoriesEval.Labels l = StoriesEval.concord(docs);
        Map<String, String> thread = new HashMap<>();
        Map<String, String> story = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            thread.merge(l.threads().get(i), docs.get(i).id(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            story.merge(l.stories().get(i), docs.get(i).id(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        Map<String, String> out = new java.util.TreeMap<>();
        for (int i = 0; i < docs.size(); i++) {
            out.put(docs.get(i).id(), thread.get(l.threads().get(i)) + "/" + story.get(l.stories().get(i)));
        }
        return out;
    }

    @Test
    void badLinesAreSkippedAndNamed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"title\":null,\"text\":\"Flood hits town\",\"date\":null,\"cluster\":\"1\"}\n"
                + "not json\n{\"id\":\"b\",\"text\":\"x\"}\n");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        StoriesReader.Corpus c = StoriesReader.read(dir, 0, new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals(1, c.documents().size());
        assertEquals(2, c.skipped());
        String msg = log.toString(StandardCharsets.UTF_8);
        assertTrue(msg.contains("s.jsonl:2") && msg.contains("s.jsonl:3") && msg.contains("needs id, text and cluster"),
                msg);
    }
}
