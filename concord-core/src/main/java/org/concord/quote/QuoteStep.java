package org.concord.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import org.concord.annotate.AnnotatedDocument;
import org.concord.model.Quote;
import org.concord.model.Speaker;
import org.concord.resolve.EntityIndex;
import org.concord.resolve.EntityResolver;

/**
 * The report's quote step for one story, the single path that both the report ({@code Concord.buildStory}) and
 * {@code concord eval quotes} run, so that the figures describe the code that ships:
 * <ol>
 * <li>the story's entities, resolved across its documents ({@link EntityResolver});</li>
 * <li>its statements, document by document ({@link QuoteExtractor#create()}: quotations and reported speech after
 * speech verbs; beliefs, findings and positions, which {@link QuoteExtractor#attributions()} adds, are left out on
 * purpose, since a reader of "who said what" should not see them as quotes), with the person behind each "he said"
 * and "she said" chosen again under gender agreement ({@link PronounSpeakers});</li>
 * <li>the {@link QuoteLedger}: each speaker resolved against those entities, and one quote per utterance across the
 * documents;</li>
 * <li>each speaker's confidence ({@link SpeakerConfidence} over {@link SpeakerEvidence}): a quote's is the highest of
 * its mentions that name its speaker; a speaker below the minimum confidence is withheld (the quote stays, without
 * a speaker, with its confidence).</li>
 * </ol>
 */
public final class QuoteStep {
    /** The stage the entity resolution is timed under. */
    public static final String ENTITIES = "entities";
    /** The stage the extraction and the ledger are timed under. */
    public static final String QUOTES = "quotes";

    private QuoteStep() {
    }

    /**
     * What the step gives a story: its entities, its quotes (as the report holds them), every mention with the
     * quote it joined ({@link QuoteLedger.Entry}) and each mention's own speaker confidence (NaN without a speaker).
     */
    public record Result(EntityIndex entities, List<Quote> quotes, List<QuoteLedger.Entry> entries,
                         List<Double> confidence) {
        public Result {
            quotes = List.copyOf(quotes);
            entries = List.copyOf(entries);
            confidence = List.copyOf(confidence);
            if (confidence.size() != entries.size()) {
                throw new IllegalArgumentException("one confidence per entry: " + confidence.size() + " for "
                        + entries.size());
            }
        }
    }

    /** The default minimum confidence of a shown speaker ({@link SpeakerConfidence#threshold()}). */
    public static double defaultMinConfidence() {
        return SpeakerConfidence.standard().threshold();
    }

    /**
     * The story's entities as the report resolves them ({@link EntityResolver}): the index the ledger resolves
     * speakers in, the report's entity list, and what {@code concord eval entities} scores.
     */
    public static EntityIndex entities(List<AnnotatedDocument> members) {
        return EntityResolver.create().resolve(members);
    }

    /** Runs the step on the documents of one story, in the given order, at the default minimum confidence. */
    public static Result run(List<AnnotatedDocument> members) {
        return run(members, defaultMinConfidence(), (stage, nanos) -> { });
    }

    /**
     * Runs the step with speakers below {@code minConfidence} withheld, reporting the time spent in
     * {@link #ENTITIES} and {@link #QUOTES} (nanoseconds).
     */
    public static Result run(List<AnnotatedDocument> members, double minConfidence,
                             ObjLongConsumer<String> stageNanos) {
        long t = System.nanoTime();
        EntityIndex entities = entities(members);
        stageNanos.accept(ENTITIES, System.nanoTime() - t);

        t = System.nanoTime();
        Result r = quotes(members, entities, minConfidence);
        stageNanos.accept(QUOTES, System.nanoTime() - t);
        return r;
    }

    /** The second half of the step at the default minimum confidence. */
    public static Result quotes(List<AnnotatedDocument> members, EntityIndex entities) {
        return quotes(members, entities, defaultMinConfidence());
    }

    /**
     * The second half of the step: statements extracted from each document, joined into the ledger, each speaker
     * scored, and speakers below {@code minConfidence} (in [0, 1]) withheld.
     */
    public static Result quotes(List<AnnotatedDocument> members, EntityIndex entities, double minConfidence) {
        return quotes(members, entities, minConfidence, QuoteExtractor.create(), SpeakerConfidence.standard());
    }

    /** {@link #quotes(List, EntityIndex, double)} with another extractor and confidence model (for training). */
    public static Result quotes(List<AnnotatedDocument> members, EntityIndex entities, double minConfidence,
                                QuoteExtractor extractor, SpeakerConfidence model) {
        return quotes(members, entities, minConfidence, d -> PronounSpeakers.resolve(d, extractor.extract(d)), model);
    }

    /**
     * One document's statements as the step reads them (the standard extractor, then the speakers of "he" and
     * "she" chosen again): a function of the document's id, text and annotation only, so a caller may keep it
     * between analyses of the same document ({@link #quotes(List, EntityIndex, double, Function)}).
     */
    public static List<QuoteMention> mentions(AnnotatedDocument d) {
        return PronounSpeakers.resolve(d, QuoteExtractor.create().extract(d));
    }

    /** {@link #quotes(List, EntityIndex, double)} with each document's statements from {@code mentionsOf}. */
    public static Result quotes(List<AnnotatedDocument> members, EntityIndex entities, double minConfidence,
                                Function<AnnotatedDocument, List<QuoteMention>> mentionsOf) {
        return quotes(members, entities, minConfidence, mentionsOf, SpeakerConfidence.standard());
    }

    private static Result quotes(List<AnnotatedDocument> members, EntityIndex entities, double minConfidence,
                                 Function<AnnotatedDocument, List<QuoteMention>> mentionsOf, SpeakerConfidence model) {
        checkMinConfidence(minConfidence);
        List<QuoteMention> mentions = new ArrayList<>();
        Map<String, AnnotatedDocument> docs = new HashMap<>();
        for (AnnotatedDocument d : members) {
            mentions.addAll(mentionsOf.apply(d));
            docs.put(d.id(), d);
        }
        QuoteLedger.Ledger ledger = QuoteLedger.create().ledger(mentions, entities);
        SpeakerEvidence evidence = SpeakerEvidence.of(entities.entities());
        List<Double> confidence = new ArrayList<>();
        Map<Quote, Double> best = new IdentityHashMap<>();
        for (QuoteLedger.Entry e : ledger.entries()) {
            if (e.resolved() == null) {
                confidence.add(Double.NaN);
                continue;
            }
            double p = model.probability(evidence.features(e.mention(), e.resolved(),
                    docs.get(e.mention().document())));
            confidence.add(p);
            Speaker shown = e.quote().speaker();
            if (shown != null && sameSpeaker(shown, e.resolved())) {
                best.merge(e.quote(), p, Math::max);
            }
        }
        Map<Quote, Quote> scored = new IdentityHashMap<>();
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : ledger.quotes()) {
            Double p = best.get(q);
            Quote out = q;
            if (q.speaker() != null && p != null) {
                double c = round(p);
                out = new Quote(q.id(), q.text(), c >= minConfidence ? q.speaker() : null, q.occurrences(), c);
            }
            scored.put(q, out);
            quotes.add(out);
        }
        List<QuoteLedger.Entry> entries = new ArrayList<>();
        for (QuoteLedger.Entry e : ledger.entries()) {
            entries.add(new QuoteLedger.Entry(e.mention(), e.resolved(), scored.get(e.quote())));
        }
        return new Result(entities, quotes, entries, confidence);
    }

    /** IllegalArgumentException naming the value unless {@code minConfidence} is in [0, 1]. */
    public static double checkMinConfidence(double minConfidence) {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minimum confidence must be a number in [0, 1], not " + minConfidence);
        }
        return minConfidence;
    }

    private static boolean sameSpeaker(Speaker a, Speaker b) {
        return a.entity() != null ? a.entity().equals(b.entity()) : b.entity() == null && a.name().equals(b.name());
    }

    /** Two decimals, as the report shows it, so a threshold compares with what the reader sees. */
    private static double round(double p) {
        return Math.round(p * 100) / 100.0;
    }
}
