package org.concord.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjLongConsumer;
import org.concord.annotate.AnnotatedDocument;
import org.concord.model.Quote;
import org.concord.resolve.EntityIndex;
import org.concord.resolve.EntityResolver;

/**
 * The report's quote step for one story, the single path that both the report ({@code Concord.buildStory}) and
 * {@code concord eval quotes} run, so that the figures describe the code that ships:
 * <ol>
 * <li>the story's entities, resolved across its documents ({@link EntityResolver});</li>
 * <li>its statements, document by document ({@link QuoteExtractor#create()}: quotations and reported speech after
 * speech verbs; beliefs, findings and positions, which {@link QuoteExtractor#attributions()} adds, are left out on
 * purpose, since a reader of "who said what" should not see them as quotes);</li>
 * <li>the {@link QuoteLedger}: each speaker resolved against those entities, and one quote per utterance across the
 * documents.</li>
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
     * What the step gives a story: its entities, its quotes (as the report holds them) and every mention with the
     * quote it joined ({@link QuoteLedger.Entry}).
     */
    public record Result(EntityIndex entities, List<Quote> quotes, List<QuoteLedger.Entry> entries) {
        public Result {
            quotes = List.copyOf(quotes);
            entries = List.copyOf(entries);
        }
    }

    /**
     * The story's entities as the report resolves them ({@link EntityResolver}): the index the ledger resolves
     * speakers in, the report's entity list, and what {@code concord eval entities} scores.
     */
    public static EntityIndex entities(List<AnnotatedDocument> members) {
        return EntityResolver.create().resolve(members);
    }

    /** Runs the step on the documents of one story, in the given order. */
    public static Result run(List<AnnotatedDocument> members) {
        return run(members, (stage, nanos) -> { });
    }

    /** Runs the step, reporting the time spent in {@link #ENTITIES} and {@link #QUOTES} (nanoseconds). */
    public static Result run(List<AnnotatedDocument> members, ObjLongConsumer<String> stageNanos) {
        long t = System.nanoTime();
        EntityIndex entities = entities(members);
        stageNanos.accept(ENTITIES, System.nanoTime() - t);

        t = System.nanoTime();
        Result r = quotes(members, entities);
        stageNanos.accept(QUOTES, System.nanoTime() - t);
        return r;
    }

    /** The second half of the step: statements extracted from each document and joined into the ledger. */
    public static Result quotes(List<AnnotatedDocument> members, EntityIndex entities) {
        QuoteExtractor extractor = QuoteExtractor.create();
        List<QuoteMention> mentions = new ArrayList<>();
        for (AnnotatedDocument d : members) {
            mentions.addAll(extractor.extract(d));
        }
        QuoteLedger.Ledger ledger = QuoteLedger.create().ledger(mentions, entities);
        return new Result(entities, ledger.quotes(), ledger.entries());
    }
}
