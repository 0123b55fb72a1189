package org.concord.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.concord.annotate.Annotation;
import org.concord.annotate.TextAnnotator;
import org.concord.ingest.RawArticle;
import org.concord.model.Report;
import org.concord.model.Skipped;
import org.junit.jupiter.api.Test;

/** The per-document budget (issue 23): a document past its token or time budget is skipped, the others go on. */
class DocumentBudgetTest {
    private static RawArticle article(String id, String text) {
        return new RawArticle(id, id + ".txt", null, "Title " + id, "2024-01-02", text);
    }

    private static final String COUNCIL = "The council votes on the harbour budget.\n"
            + "\u201cWe will fund it,\u201d said Anna Berg.\n";
    private static final String FERRY = "Ferry workers strike over pay.\nThe ferry to the island did not sail.\n";

    @Test
    void estimatesTokensInOnePass() {
        assertEquals(0, DocumentBudget.estimateTokens(""));
        assertEquals(10, DocumentBudget.estimateTokens("The U.S. didn't pay 3.5 million, he said"));
        assertEquals(5, DocumentBudget.estimateTokens("\"\"\"\"\""));
        assertEquals(3, DocumentBudget.estimateTokens("said  said\nsaid"));
        assertEquals(4, AnnotateStage.longestPunctuationRun("ab \"\"\"\" cd -- e"));
        assertThrows(IllegalArgumentException.class, () -> DocumentBudget.of(Duration.ZERO, 10));
        assertThrows(IllegalArgumentException.class, () -> DocumentBudget.of(null, -1));
    }

    @Test
    void aDocumentOverTheTokenBudgetIsSkippedBeforeAnnotation() {
        PlainAnnotator plain = new PlainAnnotator();
        List<String> warnings = new ArrayList<>();
        Concord concord = Concord.builder().annotator(plain).threads(2).warnings(warnings::add)
                .documentBudget(null, 2_000).build();
        String book = "The ferry sailed on time and nobody said a word about it. ".repeat(200); // about 2,600 tokens
        String quotes = "Ferry news.\n" + "\"".repeat(1_500) + "\n";
        Report r = concord.analyzeArticles(List.of(article("a", COUNCIL), article("b", book),
                article("c", FERRY), article("d", quotes)), List.of()).report();
        assertEquals(List.of("a", "c"), r.documents().stream().map(d -> d.id()).sorted().toList());
        assertEquals(2, r.skipped().size(), r.skipped().toString());
        Skipped b = r.skipped().stream().filter(s -> s.source().equals("b.txt")).findFirst().orElseThrow();
        assertTrue(b.reason().startsWith("over the per-document token budget: about 2600 tokens, more than 2000"),
                b.reason());
        Skipped d = r.skipped().stream().filter(s -> s.source().equals("d.txt")).findFirst().orElseThrow();
        assertTrue(d.reason().contains("token budget: a run of 1500 punctuation marks"), d.reason());
        assertEquals(2, plain.calls.get(), "skipped documents never reach the annotator");
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("b.txt: skipped: over the per-document token")),
                warnings.toString());
    }

    @Test
    void aDocumentOverTheTimeBudgetIsSkippedAndItsLateResultDiscarded() {
        PlainAnnotator plain = new PlainAnnotator();
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean prepared = new AtomicBoolean();
        TextAnnotator slow = new TextAnnotator() {
            @Override
            public Annotation annotate(String text, LocalDate date) {
                if (text.contains("Stuck")) {
                    long until = System.nanoTime() + 3_000_000_000L;
                    while (System.nanoTime() < until) { // an annotator that ignores interrupts at first
                        if (Thread.currentThread().isInterrupted()) {
                            interrupted.set(true);
                        }
                    }
                }
                return plain.annotate(text, date);
            }

            @Override
            public void prepare() {
                prepared.set(true);
            }

            @Override
            public String name() {
                return "slow-test";
            }
        };
        Concord concord = Concord.builder().annotator(slow).threads(2)
                .documentBudget(Duration.ofMillis(300), 0).build();
        Analysis a = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> concord.analyzeArticles(
                List.of(article("a", COUNCIL), article("s", "Stuck ferry talks.\nNobody moved.\n"),
                        article("c", FERRY)), List.of()));
        Report r = a.report();
        assertEquals(List.of("a", "c"), r.documents().stream().map(d -> d.id()).sorted().toList());
        assertEquals(1, r.skipped().size());
        assertEquals("s.txt", r.skipped().get(0).source());
        assertTrue(r.skipped().get(0).reason().startsWith("over the per-document time budget: annotation took "
                + "longer than 0.300 s"), r.skipped().get(0).reason());
        assertEquals(2, a.counts().annotated(), "the late annotation is not counted");
        assertTrue(prepared.get());
        long until = System.nanoTime() + 10_000_000_000L;
        while (!interrupted.get() && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertTrue(interrupted.get(), "the watched thread is interrupted");
        // the stuck thread ends later; nothing it made reaches the report already returned
        assertEquals(2, r.documents().size());
    }
}
