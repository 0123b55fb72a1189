package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --previous}: new articles join the stories of an earlier report or start their own. */
class ContinueAnalysisTest {
    @TempDir
    Path tmp;

    private static List<String> storyOf(JsonNode report, String doc) {
        for (JsonNode s : report.get("stories")) {
            List<String> docs = new ArrayList<>();
            s.get("documents").forEach(d -> docs.add(d.asText()));
            if (docs.contains(doc)) {
                return docs;
            }
        }
        throw new AssertionError("no story holds " + doc);
    }

    @Test
    void newArticlesJoinEarlierStoriesAndEarlierStoriesHold() throws Exception {
        Path demo = Cli.root().resolve("samples").resolve("demo");
        Path first = Files.createDirectories(tmp.resolve("monday"));
        Path second = Files.createDirectories(tmp.resolve("tuesday"));
        // the sample corpus arrives in two batches: all but two strike reports first, those two the next day
        List<String> later = List.of("herald-commuters-stranded.txt", "herald-deal-reached.txt");
        try (var files = Files.list(demo)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                Files.copy(f, (later.contains(name) ? second : first).resolve(name));
            }
        }
        Path before = tmp.resolve("before.json");
        Cli.Run r1 = Cli.run("analyze", first.toString(), "-q", "--out", before.toString());
        assertEquals(0, r1.status(), r1.err());
        Path after = tmp.resolve("after.json");
        Cli.Run r2 = Cli.run("analyze", second.toString(), "--previous", before.toString(), "-q", "--out",
                after.toString());
        assertEquals(0, r2.status(), r2.err());
        ObjectMapper m = new ObjectMapper();
        JsonNode a = m.readTree(before.toFile());
        JsonNode b = m.readTree(after.toFile());
        assertEquals(a.get("documents").size() + 2, b.get("documents").size());
        // what was one story stays one story, under the same document ids, and the new coverage joins it
        List<String> strike = storyOf(b, "herald-strike-begins");
        for (String d : storyOf(a, "herald-strike-begins")) {
            assertTrue(strike.contains(d), d + " left its story: " + strike);
        }
        assertTrue(strike.contains("herald-commuters-stranded") && strike.contains("herald-deal-reached"),
                strike.toString());
        // an unrelated earlier story is not pulled in
        assertEquals(List.of("gazette-painting-stolen"), storyOf(b, "gazette-painting-stolen"));

        Cli.Run bad = Cli.run("analyze", second.toString(), "--previous", tmp.resolve("missing.json").toString());
        assertEquals(Main.USAGE, bad.status());
        assertTrue(bad.err().contains("--previous"), bad.err());
        Path notReport = Files.writeString(tmp.resolve("x.json"), "[1, 2, 3]");
        Cli.Run wrong = Cli.run("analyze", second.toString(), "--previous", notReport.toString());
        assertEquals(Main.USAGE, wrong.status());
        assertTrue(wrong.err().contains("not a Concord JSON report"), wrong.err());
    }
}
