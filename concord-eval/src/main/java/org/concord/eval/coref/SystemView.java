package org.concord.eval.coref;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Annotation;
import org.concord.annotate.Sentence;
import org.concord.annotate.TextAnnotator;
import org.concord.annotate.Token;
import org.concord.cluster.StoryGrouping;
import org.concord.model.Document;
import org.concord.pipeline.Concord;

/**
 * What Concord makes of a set of ECB+ documents, with nothing from the gold annotation: each document's text as a
 * reader would see it ({@link EcbText}), annotated by the annotator {@code analyze} uses (sentences, tokens, parts of
 * speech, lemmas, named entities), then near-copies marked and the documents grouped into stories by the stages
 * {@code analyze} runs ({@link Concord#nearDuplicates}, {@link Concord#stories}). A document has no title and no
 * date (ECB+ gives neither).
 * <p>The gold mentions, the unit scored, are mapped onto that text: a mention spans its first to its last corpus
 * token, widened to the whole system tokens it overlaps (the annotator may tokenize differently).
 */
final class SystemView {
    private final Map<String, EcbText.Built> texts;
    private final Map<String, AnnotatedDocument> annotated;
    private final List<List<AnnotatedDocument>> stories;
    private final long tokens;
    private final double seconds;

    private SystemView(Map<String, EcbText.Built> texts, Map<String, AnnotatedDocument> annotated,
                       List<List<AnnotatedDocument>> stories, long tokens, double seconds) {
        this.texts = texts;
        this.annotated = annotated;
        this.stories = stories;
        this.tokens = tokens;
        this.seconds = seconds;
    }

    /** Annotates {@code docs} on {@code threads} threads and forms their stories. */
    static SystemView build(List<EcbDocument> docs, TextAnnotator annotator, int threads) throws IOException {
        long t0 = System.nanoTime();
        Map<String, EcbText.Built> texts = new HashMap<>();
        List<Document> documents = new ArrayList<>();
        for (EcbDocument d : docs) {
            EcbText.Built t = EcbText.build(d);
            texts.put(d.id(), t);
            documents.add(new Document(d.id(), d.id() + ".xml", null, null, null, false, t.text(), List.of(), null));
        }
        List<AnnotatedDocument> out = annotate(documents, annotator, threads);
        // what analyze runs between annotation and the stories (Concord.analyzeArticles)
        Concord concord = Concord.builder().build();
        Map<String, String> duplicateOf = concord.nearDuplicates(documents);
        StoryGrouping grouping = concord.stories(documents, duplicateOf);
        Map<String, AnnotatedDocument> byId = new HashMap<>();
        long tokens = 0;
        for (AnnotatedDocument d : out) {
            String orig = duplicateOf.get(d.id());
            byId.put(d.id(), orig == null ? d
                    : new AnnotatedDocument(d.document().withDuplicateOf(orig), d.annotation()));
            tokens += d.annotation().tokenCount();
        }
        List<List<AnnotatedDocument>> stories = new ArrayList<>();
        for (List<String> story : grouping.stories()) {
            List<AnnotatedDocument> members = new ArrayList<>();
            for (String id : story) {
                members.add(byId.get(id));
            }
            stories.add(members);
        }
        return new SystemView(texts, byId, stories, tokens, (System.nanoTime() - t0) / 1e9);
    }

    /** The stories, each its member documents in the order a story is built from. */
    List<List<AnnotatedDocument>> stories() {
        return stories;
    }

    /** The annotated document of a document id. */
    AnnotatedDocument document(String id) {
        return annotated.get(id);
    }

    /** Tokens the annotator produced. */
    long tokens() {
        return tokens;
    }

    /** Seconds it took to build: text, annotation (model loading included on first use), stories. */
    double seconds() {
        return seconds;
    }

    /**
     * The [start, end) span of a gold mention in its document's text, widened to whole system tokens; null when
     * its tokens are not in the text (a line left out).
     */
    int[] span(GoldMention m) {
        EcbText.Built t = texts.get(m.document());
        int first = m.tokens().get(0);
        int last = m.tokens().get(m.tokens().size() - 1);
        int start = t.start()[m.sentence()][first];
        int end = t.end()[m.sentence()][last];
        if (start < 0 || end < 0) {
            return null;
        }
        for (Sentence s : annotated.get(m.document()).annotation().sentences()) {
            if (s.end() < start || s.start() > end) {
                continue;
            }
            for (Token k : s.tokens()) {
                if (k.start() < end && start < k.end()) {
                    start = Math.min(start, k.start());
                    end = Math.max(end, k.end());
                }
            }
        }
        return new int[] {start, end};
    }

    private static List<AnnotatedDocument> annotate(List<Document> docs, TextAnnotator annotator, int threads)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, docs.size())));
        try {
            List<Future<Annotation>> futures = new ArrayList<>();
            for (Document d : docs) {
                futures.add(pool.submit(() -> annotator.annotate(d.text(), null)));
            }
            List<AnnotatedDocument> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(new AnnotatedDocument(docs.get(i), futures.get(i).get()));
                } catch (ExecutionException e) {
                    Throwable c = e.getCause() == null ? e : e.getCause();
                    throw new IllegalStateException("annotating " + docs.get(i).id() + " failed: " + c, c);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while annotating " + docs.get(i).id(), e);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
