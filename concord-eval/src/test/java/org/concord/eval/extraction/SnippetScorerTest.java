package org.concord.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.ingest.html.HtmlMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetScorerTest {
    @Test
    void whitespaceRunsBecomeOneSpaceAsPythonSplitJoins() {
        assertEquals("a b c", SnippetScorer.norm("  a\n\n b\u00a0\t c \u3000"));
        assertEquals("a\u200bb", SnippetScorer.norm("a\u200bb")); // a zero-width space is not whitespace to Python
    }

    @Test
    void countsWithAndWithoutSnippetsCaseSensitively() {
        List<String> with = List.of("the quick  brown", "Lazy dog", "absent");
        List<String> without = List.of("Share this", "cookie");
        SnippetScorer.PageCounts c = SnippetScorer.page(with, without, "The quick\nbrown fox.\n\nthe quick brown "
                + "fox jumps over the lazy dog.\n\nShare   this");
        // "the quick brown" found across a line break; "Lazy dog" differs in case; "Share this" leaked
        assertEquals(new SnippetScorer.PageCounts(1, 1, 2, 1), c);
        // a failed extraction finds nothing
        assertEquals(new SnippetScorer.PageCounts(0, 0, 3, 2), SnippetScorer.page(with, without, null));
    }

    @Test
    void metricsAreMicroAveraged() {
        Map<String, Double> m = SnippetScorer.metrics(List.of(new SnippetScorer.PageCounts(3, 1, 0, 2),
                new SnippetScorer.PageCounts(1, 0, 3, 2)));
        assertEquals(4.0 / 5, m.get("precision"), 1e-12);
        assertEquals(4.0 / 7, m.get("recall"), 1e-12);
        assertEquals(8.0 / 12, m.get("accuracy"), 1e-12);
        assertEquals(8.0 / 12, m.get("f1"), 1e-12);
    }

    @Test
    void readsTheLayoutSortedAndRefusesAMissingPage(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        Files.writeString(dir.resolve("html/b page.html"), "<p>b</p>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("html/a.html"), "<p>a</p>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("expectations.json"), "{\"b page.html\": {\"url\": \"http://x/b\", \"with\": "
                + "[\"b\"], \"without\": [], \"title\": \"T\", \"author\": \"\"}, \"a.html\": {\"with\": [], "
                + "\"without\": [\"x\"]}}", StandardCharsets.UTF_8);
        List<SnippetPage> pages = SnippetReader.read(dir, 0);
        assertEquals(List.of("a.html", "b page.html"), pages.stream().map(SnippetPage::id).toList());
        assertEquals("T", pages.get(1).title());
        assertEquals(null, pages.get(1).author()); // blank is absent
        Files.writeString(dir.resolve("expectations.json"), "{\"c.html\": {\"with\": []}}", StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> SnippetReader.read(dir, 0));
    }

    @Test
    void metadataChecksCompareNormalisedFields() {
        SnippetPage gold = new SnippetPage("p", null, new byte[0], List.of(), List.of(), "A  Title", "Ann Lee; Bo Ma",
                "2019-10-19", null);
        MetadataChecks.Page right = MetadataChecks.page(gold, new HtmlMetadata("a title", "Site", "2019-10-19",
                "meta", List.of("Bo Ma", "Ann Lee"), null, null));
        assertEquals(new MetadataChecks.Page(true, true, true, null), right);
        MetadataChecks.Page wrong = MetadataChecks.page(gold, new HtmlMetadata(null, null, "2019-10-18", "meta",
                List.of("Ann Lee"), null, null));
        assertEquals(new MetadataChecks.Page(false, false, false, null), wrong);
        assertEquals(Set.of("ann lee", "bo ma"), MetadataChecks.names("Ann Lee and Bo Ma"));
        Map<String, Double> m = MetadataChecks.metrics(List.of(right, wrong));
        assertEquals(0.5, m.get("metadata_title_accuracy"));
        assertEquals(2.0, m.get("metadata_title_pages"));
    }
}
