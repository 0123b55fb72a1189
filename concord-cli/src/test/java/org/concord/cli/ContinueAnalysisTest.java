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

    @Test
    void theAnnotationCacheAnnotatesEachDocumentOnceAndAContinuedReportKeepsUntouchedStories() throws Exception {
        Path demo = Cli.root().resolve("samples").resolve("demo");
        Path first = Files.createDirectories(tmp.resolve("first"));
        Path second = Files.createDirectories(tmp.resolve("second"));
        List<String> later = List.of("herald-deal-reached.txt");
        try (var files = Files.list(demo)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                Files.copy(f, (later.contains(name) ? second : first).resolve(name));
            }
        }
        Path cache = tmp.resolve("cache");
        Path one = tmp.resolve("one.json");
        Cli.Run r1 = Cli.run("analyze", first.toString(), "--cache", cache.toString(), "--out", one.toString());
        assertEquals(0, r1.status(), r1.err());
        assertTrue(r1.err().contains("11 documents annotated, 0 from the annotation cache"), r1.err());
        Path two = tmp.resolve("two.json");
        Cli.Run r2 = Cli.run("analyze", first.toString(), "--cache", cache.toString(), "--out", two.toString());
        assertEquals(0, r2.status(), r2.err());
        assertTrue(r2.err().contains("0 documents annotated, 11 from the annotation cache"), r2.err());
        assertTrue(!r2.err().contains("loading models"), "no models loaded when every annotation is saved: " + r2.err());
        assertEquals(Files.readString(one), Files.readString(two), "the same report from saved annotations");

        Path three = tmp.resolve("three.json");
        Cli.Run r3 = Cli.run("analyze", second.toString(), "--previous", one.toString(), "--cache", cache.toString(),
                "--out", three.toString());
        assertEquals(0, r3.status(), r3.err());
        assertTrue(r3.err().contains("1 documents annotated, 11 from the annotation cache; 1 stories analysed, 2 "
                + "unchanged"), r3.err());
        ObjectMapper m = new ObjectMapper();
        JsonNode a = m.readTree(one.toFile());
        JsonNode b = m.readTree(three.toFile());
        for (JsonNode s : a.get("stories")) {
            boolean kept = false;
            for (JsonNode t : b.get("stories")) {
                if (t.get("id").equals(s.get("id"))) {
                    kept = true;
                    if (t.get("documents").equals(s.get("documents"))) {
                        assertEquals(s, t, "an untouched story is kept as it was");
                    }
                }
            }
            assertTrue(kept, "story id kept: " + s.get("id"));
        }
    }
}
