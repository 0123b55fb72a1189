package org.concord.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.ingest.RawArticle;
import org.concord.model.Report;
import org.concord.report.ReportJson;
import org.concord.store.AnnotationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kept per-document outputs ({@link DocumentOutputs}) change what a round costs, never what it gives: rounds of
 * {@code update} with them give, round after round, the very report (JSON) that the same rounds give when every
 * earlier document goes through the per-document stages again.
 */
class DocumentOutputsTest {
    @TempDir
    Path plainCache;
    @TempDir
    Path keptCache;

    @Test
    void roundsWithKeptOutputsGiveTheReportsOfRoundsWithout() {
        IncrementalAnalysisTest.Corpus corpus = new IncrementalAnalysisTest.Corpus(7);
        List<List<RawArticle>> rounds = new ArrayList<>();
        List<RawArticle> first = new ArrayList<>();
        for (int topic = 0; topic < 6; topic++) {
            for (int k = 0; k < 3; k++) {
                first.add(corpus.article("a" + topic + "-" + k, topic, k));
            }
        }
        rounds.add(first);
        // one new article on an old topic, one on a new topic
        rounds.add(List.of(corpus.article("b0", 2, 4), corpus.article("b1", 9, 0)));
        // an undated article (its date is inferred from its story, reading its annotation), and a new version of an
        // earlier document
        RawArticle undated = corpus.article("c0", 4, 5);
        RawArticle newer = corpus.article("a1-1", 1, 2);
        rounds.add(List.of(new RawArticle(undated.id(), undated.source(), undated.outlet(), undated.title(), null,
                undated.text() + "\nOn Tuesday the council met again."), new RawArticle(newer.id(), newer.source(),
                newer.outlet(), newer.title(), newer.published(), newer.text() + "\nA later paragraph.")));
        rounds.add(List.of(corpus.article("d0", 4, 6), corpus.article("d1", 0, 7), corpus.article("d2", 11, 0)));

        PlainAnnotator plainAnnotator = new PlainAnnotator();
        PlainAnnotator keptAnnotator = new PlainAnnotator();
        Concord plain = Concord.builder().annotator(plainAnnotator).threads(2)
                .annotationCache(AnnotationCache.of(AnnotationStore.open(plainCache, w -> { }))).build();
        DocumentOutputs outputs = DocumentOutputs.inMemory();
        AnnotationCache stored = AnnotationCache.of(AnnotationStore.open(keptCache, w -> { }));
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        Concord kept = Concord.builder().annotator(keptAnnotator).threads(2)
                .annotationCache((id, text, date, compute, version) -> {
                    lookups.incrementAndGet();
                    return stored.annotate(id, text, date, compute, version);
                })
                .documentOutputs(outputs).build();

        Report p = null;
        Report k = null;
        int total = 0;
        for (int i = 0; i < rounds.size(); i++) {
            List<RawArticle> in = rounds.get(i);
            total += in.size();
            Analysis pa = p == null ? plain.analyzeArticles(in, List.of()) : plain.update(p, in, List.of());
            if (i == 2) {
                outputs.forgetAnnotations(); // as the collector may: they are made again through the cache
            }
            lookups.set(0);
            Analysis ka = k == null ? kept.analyzeArticles(in, List.of()) : kept.update(k, in, List.of());
            if (i < 2) {
                assertEquals(in.size(), lookups.get(), "round " + i + ": only the new documents are annotated");
            } else {
                assertTrue(lookups.get() > in.size() && lookups.get() < p.documents().size(),
                        "forgotten annotations are read again for the stories analysed again only: " + lookups);
            }
            p = pa.report();
            k = ka.report();
            assertEquals(ReportJson.toJson(p), ReportJson.toJson(k), "round " + i);
            assertEquals(pa.counts().storiesAnalysed(), ka.counts().storiesAnalysed(), "round " + i);
            assertEquals(pa.tokens(), ka.tokens(), "round " + i);
            assertEquals(p.documents().size(), outputs.size(), "every analysed document's outputs are kept");
        }
        assertEquals(total - 1, k.documents().size(), "a1-1 came twice");
        assertTrue(k.documents().stream().anyMatch(d -> d.id().equals("c0") && d.publishedInferred()),
                "the undated document got its story's date");
        // without kept outputs every earlier document is read back each round; with them, only new ones are annotated
        // and nothing else goes through the stages (the annotator is called once per new text either way)
        assertEquals(plainAnnotator.calls.get(), keptAnnotator.calls.get());
        assertEquals(total, keptAnnotator.calls.get());
    }
}
