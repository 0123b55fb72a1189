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
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.TextAnnotator;
import org.concord.compare.ClaimAligner;
import org.concord.compare.CorefMention;
import org.concord.eval.CachingAnnotator;
import org.concord.eval.EvalContext;
import org.concord.eval.EvalOptions;
import org.concord.eval.EvalResult;
import org.concord.eval.EvalTask;
import org.concord.model.Entity;
import org.concord.quote.QuoteStep;
import org.concord.resolve.EntityIndex;

/**
 * {@code concord eval entities} and {@code concord eval events}: cross-document coreference of the gold ECB+
 * participant (entity) or event mentions, scored with MUC, B-cubed, CEAF-e and CoNLL F1 ({@link CorefScorer}) over
 * all scored mentions at once, singletons included.
 * <p>The system gets no gold information at run time (eval-v1.md): it reads each document as a reader would see it,
 * annotated by the annotator {@code analyze} uses, and forms its own stories from all the documents it is given
 * ({@link SystemView}); the gold mentions are the items clustered, their types and topics are not given. Each story
 * is resolved as the report resolves it: events by {@link ClaimAligner#predicateCoreference()} over the story's
 * documents; entities by the story's {@link EntityIndex} ({@link QuoteStep#entities}, the index the quote ledger
 * resolves speakers in): a mention takes the entity {@link EntityIndex#entityAt} gives its span, else it stays on
 * its own.
 * <p>Scored: gold mentions in the annotated sentences (ECBplus_coreference_sentences.csv) of the documents whose
 * {@code doc_clusters.tsv} split is not {@code train} (the dev directory holds train and dev topics; a directory
 * without that file, such as the hidden test topics, is scored whole); {@code -Dconcord.ecbplus.split=NAME} (or
 * {@code all}) picks another split. The system sees every document of the directory, as a user who gives it the
 * directory would. {@code --limit N} keeps the first N scored documents, and the system then sees only those.
 * <p>Systems: {@code concord}; {@code lemma}, the same-head-lemma baseline under the same conditions: within a
 * system story, mentions whose heads have the same lower-cased lemma form one cluster (Upadhyay et al. 2016;
 * Kenyon-Dean et al. 2018); {@code lemma-gold-topics}, that baseline within each gold topic directory, the usual
 * setting of the literature, as a reference only (it is given the gold topics).
 * <p>Development aid: {@code -Dconcord.timex.cache=DIR} keeps the CoreNLP annotations in DIR
 * ({@link CachingAnnotator}); the reported figures come from runs without it.
 */
public final class CorefEval implements EvalTask {
    private static final List<String> SYSTEMS = List.of("concord", "lemma", "lemma-gold-topics");
    private final boolean events;
    private final Supplier<TextAnnotator> annotator;
    /** The last system view and what it was built from: the systems of one command share one annotation. */
    private String viewKey;
    private SystemView view;

    private CorefEval(boolean events, Supplier<TextAnnotator> annotator) {
        this.events = events;
        this.annotator = annotator;
    }

    public static CorefEval entities() {
        return new CorefEval(false, CachingAnnotator::coreNlp);
    }

    public static CorefEval events() {
        return new CorefEval(true, CachingAnnotator::coreNlp);
    }

    /** The same task with another annotator (tests, development caches); the reported figures use the default. */
    public CorefEval withAnnotator(Supplier<TextAnnotator> other) {
        return new CorefEval(events, Objects.requireNonNull(other, "annotator"));
    }

    @Override
    public String name() {
        return events ? "events" : "entities";
    }

    @Override
    public List<String> systems() {
        return SYSTEMS;
    }

    /** The ECB+ layout: topic directories, under {@code ECB+/} or directly. */
    @Override
    public void checkData(Path data) {
        EcbPlusReader.checkLayout(data);
    }

    @Override
    public EvalResult run(EvalContext ctx) throws IOException {
        Path data = ctx.data();
        String system = ctx.system();
        EvalOptions options = ctx.options();
        EcbPlusReader.Corpus corpus = EcbPlusReader.create().read(data, null, options.log());
        Predicate<String> scoredSplit = splitFilter();
        List<EcbDocument> scored = new ArrayList<>();
        for (EcbDocument d : corpus.documents()) {
            if (scoredSplit == null || scoredSplit.test(d.split())) {
                scored.add(d);
            }
        }
        List<EcbDocument> seen = corpus.documents();
        if (options.limit() > 0 && scored.size() > options.limit()) {
            scored = scored.subList(0, options.limit());
            seen = scored;
        }
        if (scored.isEmpty()) {
            throw new IllegalArgumentException("ECB+ data '" + data + "' holds no document to score ("
                    + corpus.skipped() + " skipped; documents of split 'train' are not scored unless "
                    + "-Dconcord.ecbplus.split=train or all)");
        }
        SystemView view = view(data, seen, ctx.threads());
        long t1 = System.nanoTime();
        // the gold side: every scored mention of the task's kind, and its span in the system's text
        Map<String, Set<String>> key = new LinkedHashMap<>();
        Map<String, List<CorefMention>> byDocument = new LinkedHashMap<>();
        List<Set<String>> response = new ArrayList<>();
        int mentionCount = 0;
        for (EcbDocument d : scored) {
            List<CorefMention> ms = new ArrayList<>();
            for (GoldMention m : d.mentions()) {
                if (m.isEvent() != events) {
                    continue;
                }
                key.computeIfAbsent(m.cluster(), k -> new LinkedHashSet<>()).add(m.key());
                mentionCount++;
                int[] span = view.span(m);
                if (span == null) {
                    response.add(Set.of(m.key())); // not in the text the system reads: on its own
                } else {
                    ms.add(new CorefMention(m.key(), d.id(), span[0], span[1]));
                }
            }
            byDocument.put(d.id(), ms);
        }
        List<List<AnnotatedDocument>> groups = system.equals("lemma-gold-topics") ? goldTopics(seen, view)
                : view.stories();
        for (List<AnnotatedDocument> members : groups) {
            List<CorefMention> ms = new ArrayList<>();
            for (AnnotatedDocument d : members) {
                ms.addAll(byDocument.getOrDefault(d.id(), List.of()));
            }
            if (ms.isEmpty()) {
                continue;
            }
            for (List<CorefMention> c : resolve(system, members, ms)) {
                Set<String> ids = new LinkedHashSet<>();
                for (CorefMention m : c) {
                    ids.add(m.id());
                }
                response.add(ids);
            }
        }
        CorefScorer.Scores scores = CorefScorer.score(key.values(), response);
        long t2 = System.nanoTime();
        options.log().printf(Locale.ROOT, "%s: %d documents scored, %d read by the system (%d skipped), %d %s, "
                        + "%d gold mentions in %d gold clusters, %d system clusters, system %s%n", name(),
                scored.size(), seen.size(), corpus.skipped(), groups.size(),
                system.equals("lemma-gold-topics") ? "gold topics" : "system stories", mentionCount, key.size(),
                response.size(), system);
        double elapsed = (t2 - ctx.startNanos()) / 1e9;
        double work = view.seconds() + (t2 - t1) / 1e9; // the system's whole run, shared annotation included
        return ctx.result(scored.size(), scores.metrics(), elapsed, work > 0 ? view.tokens() / work : null);
    }

    /**
     * The system's view of {@code seen}: built once for a directory and document set, so that scoring several
     * systems in one command (--system concord,lemma) annotates once. The later runs' elapsed_s exclude the
     * annotation; every run's tokens_per_s counts it (tokens over annotation, stories and resolution).
     */
    private synchronized SystemView view(Path data, List<EcbDocument> seen, int threads) throws IOException {
        String k = data.toAbsolutePath().normalize() + "|" + seen.stream().map(EcbDocument::id).toList();
        if (!k.equals(viewKey)) {
            view = null; // let the old one go before the new one is built
            view = SystemView.build(seen, annotator.get(), Math.max(1, threads));
            viewKey = k;
        }
        return view;
    }

    /** One story's clusters, as the report would resolve them (or a baseline's). */
    private List<List<CorefMention>> resolve(String system, List<AnnotatedDocument> members,
                                             List<CorefMention> mentions) {
        if (!system.equals("concord")) {
            return LemmaBaseline.cluster(members, mentions, events);
        }
        if (events) {
            return ClaimAligner.predicateCoreference().cluster(members, mentions);
        }
        EntityIndex index = QuoteStep.entities(members);
        Map<String, List<CorefMention>> clusters = new LinkedHashMap<>();
        for (CorefMention m : mentions) {
            Optional<Entity> e = index.entityAt(m.document(), m.start(), m.end());
            clusters.computeIfAbsent(e.isPresent() ? "e|" + e.get().id() : "#" + m.id(), k -> new ArrayList<>())
                    .add(m);
        }
        return new ArrayList<>(clusters.values());
    }

    /** The documents the system read, grouped by their gold topic directory (the reference baseline only). */
    private static List<List<AnnotatedDocument>> goldTopics(List<EcbDocument> seen, SystemView view) {
        Map<String, List<AnnotatedDocument>> topics = new LinkedHashMap<>();
        for (EcbDocument d : seen) {
            topics.computeIfAbsent(d.topic(), k -> new ArrayList<>()).add(view.document(d.id()));
        }
        return new ArrayList<>(topics.values());
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
}
