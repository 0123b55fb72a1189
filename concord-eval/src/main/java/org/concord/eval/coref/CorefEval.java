package org.concord.eval.coref;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Token;
import org.concord.compare.CorefMention;
import org.concord.compare.EntityCoreference;
import org.concord.compare.EventCoreference;
import org.concord.compare.Heads;
import org.concord.eval.EvalOptions;
import org.concord.eval.EvalResult;
import org.concord.eval.EvalTask;

/**
 * {@code concord eval entities} and {@code concord eval events}: cross-document coreference of the gold ECB+
 * participant (entity) or event mentions, scored with MUC, B-cubed, CEAF-e and CoNLL F1 ({@link CorefScorer}) over
 * all scored mentions at once, singletons included.
 * <p>Setting: gold mentions in the annotated sentences (ECBplus_coreference_sentences.csv); each topic directory is
 * resolved on its own (the gold topics, as in Cybulska and Vossen 2015 and Kenyon-Dean et al. 2018); documents
 * marked {@code train} in doc_clusters.tsv are not scored (the dev directory holds train and dev topics; a
 * directory without that file, or the hidden test topics, are scored whole). The system property
 * {@code concord.ecbplus.split} (a split name, or {@code all}) overrides which documents are scored.
 * <p>Systems: {@code concord} (events: {@link EventCoreference}; entities: {@link EntityCoreference}, which feeds the
 * name mentions to Concord's entity resolver) and {@code lemma}, the standard same-head-lemma baseline: within a
 * topic, mentions whose heads ({@link Heads#head}) have the same lower-cased lemma form one cluster (Upadhyay et al.
 * 2016; Kenyon-Dean et al. 2018). Parts of speech and lemmas come from CoreNLP on the corpus tokens for both.
 */
public final class CorefEval implements EvalTask {
    private static final List<String> SYSTEMS = List.of("concord", "lemma");
    private final boolean events;

    private CorefEval(boolean events) {
        this.events = events;
    }

    public static CorefEval entities() {
        return new CorefEval(false);
    }

    public static CorefEval events() {
        return new CorefEval(true);
    }

    @Override
    public String name() {
        return events ? "events" : "entities";
    }

    @Override
    public List<String> systems() {
        return SYSTEMS;
    }

    @Override
    public EvalResult run(Path data, String dataLabel, String system, EvalOptions options) throws IOException {
        Objects.requireNonNull(data, "data");
        requireSystem(system);
        long t0 = System.nanoTime();
        EcbPlusReader.Corpus corpus = EcbPlusReader.create().read(data, splitFilter(), options.log());
        List<EcbDocument> docs = corpus.documents();
        if (options.limit() > 0 && docs.size() > options.limit()) {
            docs = docs.subList(0, options.limit());
        }
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("ECB+ data '" + data + "' holds no document to score ("
                    + corpus.skipped() + " skipped; documents of split 'train' are not scored unless "
                    + "-Dconcord.ecbplus.split=train or all)");
        }
        EcbAnnotator annotator = new EcbAnnotator();
        long t1 = System.nanoTime();
        List<EcbAnnotator.Annotated> annotated = annotate(docs, annotator, Math.max(1, options.threads()));
        long t2 = System.nanoTime();
        long tokens = docs.stream().mapToLong(EcbDocument::tokenCount).sum();
        // one resolution per topic
        Map<String, List<Integer>> topics = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            topics.computeIfAbsent(docs.get(i).topic(), k -> new ArrayList<>()).add(i);
        }
        Map<String, Set<String>> key = new LinkedHashMap<>();
        List<Set<String>> response = new ArrayList<>();
        int mentionCount = 0;
        for (Map.Entry<String, List<Integer>> topic : topics.entrySet()) {
            List<AnnotatedDocument> tdocs = new ArrayList<>();
            List<CorefMention> mentions = new ArrayList<>();
            for (int i : topic.getValue()) {
                EcbDocument d = docs.get(i);
                EcbAnnotator.Annotated a = annotated.get(i);
                tdocs.add(a.document());
                for (GoldMention m : d.mentions()) {
                    if (m.isEvent() != events) {
                        continue;
                    }
                    int first = m.tokens().get(0);
                    int last = m.tokens().get(m.tokens().size() - 1);
                    mentions.add(new CorefMention(m.key(), d.id(), a.start(m.sentence(), first),
                            a.end(m.sentence(), last), kind(m.tag())));
                    key.computeIfAbsent(m.cluster(), k -> new LinkedHashSet<>()).add(m.key());
                    mentionCount++;
                }
            }
            List<List<CorefMention>> resolved = resolve(system, tdocs, mentions);
            for (List<CorefMention> c : resolved) {
                Set<String> ids = new LinkedHashSet<>();
                for (CorefMention m : c) {
                    ids.add(m.id());
                }
                response.add(ids);
            }
        }
        CorefScorer.Scores scores = CorefScorer.score(key.values(), response);
        long t3 = System.nanoTime();
        options.log().printf(Locale.ROOT, "%s: %d documents in %d topics (%d skipped), %d gold mentions in %d gold "
                        + "clusters, %d system clusters, system %s%n", name(), docs.size(), topics.size(),
                corpus.skipped(), mentionCount, key.size(), response.size(), system);
        double elapsed = (t3 - t0) / 1e9;
        double work = ((t2 - t1) + (t3 - t2)) / 1e9;
        return EvalResult.of(name(), dataLabel == null ? data.toString() : dataLabel, system, docs.size(),
                scores.metrics(), elapsed, work > 0 ? tokens / work : null);
    }

    private List<List<CorefMention>> resolve(String system, List<AnnotatedDocument> docs,
                                             List<CorefMention> mentions) {
        if (system.equals("lemma")) {
            return lemmaBaseline(docs, mentions, events);
        }
        return events ? EventCoreference.create().cluster(docs, mentions)
                : EntityCoreference.create().cluster(docs, mentions);
    }

    /** Same head lemma, one cluster (within the documents given: one topic). */
    static List<List<CorefMention>> lemmaBaseline(List<AnnotatedDocument> docs, List<CorefMention> mentions,
                                                  boolean events) {
        Map<String, AnnotatedDocument> byId = new HashMap<>();
        for (AnnotatedDocument d : docs) {
            byId.put(d.id(), d);
        }
        Map<String, List<CorefMention>> clusters = new LinkedHashMap<>();
        for (CorefMention m : mentions) {
            List<Token> toks = Heads.tokens(byId.get(m.document()), m.start(), m.end());
            String k = toks.isEmpty() ? "#" + m.id() : Heads.lemma(Heads.head(toks, events));
            clusters.computeIfAbsent(k, x -> new ArrayList<>()).add(m);
        }
        return new ArrayList<>(clusters.values());
    }

    /** The coarse kind of a gold tag, as a named-entity tagger would give it. */
    static String kind(String tag) {
        if (GoldMention.isEventTag(tag)) {
            return "EVENT";
        }
        if (tag.equals("HUMAN_PART_PER")) {
            return "PERSON";
        }
        if (tag.equals("HUMAN_PART_ORG")) {
            return "ORGANIZATION";
        }
        if (tag.startsWith("LOC_") || tag.equals("HUMAN_PART_GPE")) {
            return "LOCATION";
        }
        if (tag.startsWith("TIME_")) {
            return "TIME";
        }
        return "OTHER";
    }

    private static Predicate<String> splitFilter() {
        String p = System.getProperty("concord.ecbplus.split");
        if (p == null || p.isBlank()) {
            return s -> !s.equals("train");
        }
        if (p.equals("all")) {
            return null;
        }
        return s -> s.equals(p);
    }

    private static List<EcbAnnotator.Annotated> annotate(List<EcbDocument> docs, EcbAnnotator annotator,
                                                         int threads) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, docs.size()));
        try {
            List<Future<EcbAnnotator.Annotated>> futures = new ArrayList<>();
            for (EcbDocument d : docs) {
                futures.add(pool.submit(() -> annotator.annotate(d)));
            }
            List<EcbAnnotator.Annotated> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
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
