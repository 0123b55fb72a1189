package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.concord.model.Report;
import org.concord.model.Story;
import org.concord.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code concord analyze --corrections FILE} on a copy of the sample corpus: merge, split, move and pin are applied,
 * and they still hold when a new article arrives and the corpus is analysed again.
 */
class CorrectionsEndToEndTest {
    static List<String> storyOf(Report r, String doc) {
        return r.stories().stream().filter(s -> s.documents().contains(doc)).map(Story::documents).findFirst()
                .orElseThrow();
    }

    static void check(Report r) {
        // merge: the ratification joins the strike story
        List<String> strike = storyOf(r, "herald-strike-begins");
        assertTrue(strike.contains("cw-contract-ratified") && strike.contains("herald-contract-ratified"), strike.toString());
        // split: the rally report stands alone
        assertEquals(List.of("northshore-rally"), storyOf(r, "northshore-rally"));
        // move: the mayor's talks go to the gallery theft (a deliberately odd correction, so it cannot be chance)
        assertTrue(storyOf(r, "gazette-painting-stolen").contains("ledger-mayor-talks"));
        // pin: the two deal reports are a story of exactly two
        assertEquals(List.of("cw-ferry-deal", "herald-deal-reached"),
                storyOf(r, "herald-deal-reached").stream().sorted().toList());
    }

    @Test
    void correctionsApplyAndKeepHoldingWhenDocumentsArrive(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        try (Stream<Path> s = Files.list(Cli.root().resolve("samples").resolve("demo"))) {
            for (Path p : s.toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        Path fixes = tmp.resolve("corrections.json");
        Files.writeString(fixes, """
                {"corrections": [
                  {"op": "merge", "documents": ["herald-strike-begins", "cw-contract-ratified"]},
                  {"op": "split", "documents": ["northshore-rally"]},
                  {"op": "move", "document": "ledger-mayor-talks", "to": "gazette-painting-stolen"},
                  {"op": "pin", "documents": ["herald-deal-reached", "cw-ferry-deal"]},
                  {"op": "merge", "documents": ["herald-strike-begins", "an-article-not-here"]}
                ]}
                """);
        Path out = tmp.resolve("r1.json");
        Cli.Run a = Cli.run("analyze", corpus.toString(), "--corrections", fixes.toString(), "--format", "json",
                "--out", out.toString(), "--quiet");
        assertEquals(Main.OK, a.status(), a.err());
        assertTrue(a.err().contains("an-article-not-here"), a.err());
        check(ReportJson.read(out));

        // a new report on the strike arrives; the corrections still hold and the newcomer is grouped as usual
        Files.writeString(corpus.resolve("harbour-ferry-strike-late.txt"), """
                Ferry strike leaves Lindmouth harbour quiet for a third day

                By Ana Lindqvist | March 16, 2023

                Lindmouth Harbour Ferries crews stayed off the boats on Thursday morning as the strike by the \
                Harbour Transport Union went on, leaving Garnet Island commuters to find other ways to the mainland.

                Marta Kowalczyk, who leads the union, said talks at City Hall with Mayor Desmond Achterberg would \
                resume later in the day.
                """);
        Path out2 = tmp.resolve("r2.json");
        Cli.Run b = Cli.run("analyze", corpus.toString(), "--corrections", fixes.toString(), "--format", "json",
                "--out", out2.toString(), "--quiet");
        assertEquals(Main.OK, b.status(), b.err());
        Report r2 = ReportJson.read(out2);
        assertEquals(13, r2.documents().size());
        check(r2);
        // the newcomer joins the strike story, not the pinned pair
        assertTrue(storyOf(r2, "harbour-ferry-strike-late").contains("herald-strike-begins"),
                storyOf(r2, "harbour-ferry-strike-late").toString());

        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"corrections\": [{\"op\": \"glue\"}]}");
        Cli.Run c = Cli.run("analyze", corpus.toString(), "--corrections", bad.toString(), "--quiet");
        assertEquals(Main.USAGE, c.status());
        assertTrue(c.err().contains("glue"), c.err());
    }
}
