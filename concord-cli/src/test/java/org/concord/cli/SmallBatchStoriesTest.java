package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6: in a batch of five sample articles (four strike reports, one painting theft) the theft once joined the
 * strike story, because in so small a batch its TF-IDF vector was only the few words it shared with them.
 */
class SmallBatchStoriesTest {
    @TempDir
    Path tmp;

    @Test
    void anUnrelatedArticleStaysApartInASmallBatch() throws Exception {
        Path demo = Cli.root().resolve("samples").resolve("demo");
        Path batch = Files.createDirectories(tmp.resolve("five"));
        List<String> strike = List.of("herald-commuters-stranded", "herald-deal-reached", "herald-strike-begins",
                "northshore-strike-day-one");
        for (String id : List.of("herald-strike-begins", "northshore-strike-day-one", "gazette-painting-stolen",
                "herald-commuters-stranded", "herald-deal-reached")) {
            Files.copy(demo.resolve(id + ".txt"), batch.resolve(id + ".txt"));
        }
        Path out = tmp.resolve("report.json");
        Cli.Run r = Cli.run("analyze", batch.toString(), "-q", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode report = new ObjectMapper().readTree(out.toFile());
        List<List<String>> stories = new ArrayList<>();
        for (JsonNode s : report.get("stories")) {
            List<String> docs = new ArrayList<>();
            s.get("documents").forEach(d -> docs.add(d.asText()));
            docs.sort(String::compareTo);
            stories.add(docs);
        }
        stories.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        assertEquals(List.of(List.of("gazette-painting-stolen"), strike), stories, stories.toString());
    }
}
