package org.concord.eval.quotes;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP baseline: a plain {@link StanfordCoreNLP} with tokenize, ssplit, pos, lemma, ner, depparse and coref
 * (CoreNLP's defaults), followed by its {@code quote} annotator with quote attribution
 * ({@code quote.attributeQuotes=true}; Muzny, Fang, Chang and Jurafsky, "A two-stage sieve approach for quote
 * attribution", EACL 2017). A quotation's CharacterOffsetBegin/End (marks included; the scorer trims them) is
 * the predicted content; its canonical mention (or the speaker CoreNLP names) is the speaker name, and the
 * attributed mention's token span counts as the speaker span under the same rule as Concord's ledger
 * ({@link #readAtSpan}: only where the name was read at the span, never for a pronoun). Pieces of one quotation split by its cue are joined as for Concord
 * ({@link SplitQuotes}); CoreNLP gives no cue, so two quotations of one paragraph attributed to the same speaker
 * mention count as one.
 *
 * <p>The annotation pipeline is shared by the worker threads; the quote annotator is not thread-safe (its
 * attribution keeps a per-document character map in a field), so that last step runs under a lock.
 */
public final class CoreNlpQuoteSystem implements QuoteSystem {
    private final StanfordCoreNLP pipeline;
    private final QuoteAnnotator quotes;

    private CoreNlpQuoteSystem(StanfordCoreNLP pipeline, QuoteAnnotator quotes) {
        this.pipeline = pipeline;
        this.quotes = quotes;
    }

    /** Loads the models (the expensive part). */
    public static CoreNlpQuoteSystem create() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref");
        Properties q = new Properties();
        q.setProperty("quote.attributeQuotes", "true");
        return new CoreNlpQuoteSystem(new StanfordCoreNLP(p), new QuoteAnnotator("quote", q));
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Output extract(String id, String text) {
        edu.stanford.nlp.pipeline.Annotation doc = new edu.stanford.nlp.pipeline.Annotation(text);
        pipeline.annotate(doc);
        synchronized (quotes) {
            quotes.annotate(doc);
        }
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<SplitQuotes.Piece> pieces = new ArrayList<>();
        List<CoreMap> qs = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (qs != null) {
            for (CoreMap quote : qs) {
                PredictedQuote p = toPrediction(quote, tokens);
                // every CoreNLP quotation is in marks; it names no cue, so the speaker mention it chose anchors it
                pieces.add(new SplitQuotes.Piece(p, true, mentionStart(quote, tokens)));
            }
        }
        return new Output(SplitQuotes.join(pieces, text), tokens == null ? 0 : tokens.size());
    }

    /**
     * The speaker rule Concord's primary figures are scored under ({@link ConcordQuoteSystem#readAtSpan}): the
     * attributed mention's span may stand for the speaker only when the name this system gives was read there, that
     * is, the name is the mention itself and the mention is not a pronoun. A pronoun's name, or a canonical mention
     * that coreference found elsewhere, is judged by name alone.
     */
    static boolean readAtSpan(String name, String mention, String mentionType) {
        return name != null && mention != null && name.strip().equals(mention.strip())
                && !"pronoun".equalsIgnoreCase(mentionType);
    }

    /** Where the mention CoreNLP attributed the quotation to begins (the anchor split pieces share), or -1. */
    private static int mentionStart(CoreMap quote, List<CoreLabel> tokens) {
        Integer mb = quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
        return mb != null && tokens != null && mb >= 0 && mb < tokens.size() ? tokens.get(mb).beginPosition() : -1;
    }

    private static PredictedQuote toPrediction(CoreMap quote, List<CoreLabel> tokens) {
        int start = quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        String name = quote.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
        if (name == null || name.isBlank()) {
            name = quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
        }
        if (name == null || name.isBlank()) {
            name = quote.get(QuoteAttributionAnnotator.MentionAnnotation.class);
        }
        Integer mb = quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
        Integer me = quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
        int ss = -1;
        int se = -1;
        if (readAtSpan(name, quote.get(QuoteAttributionAnnotator.MentionAnnotation.class),
                quote.get(QuoteAttributionAnnotator.MentionTypeAnnotation.class))
                && mb != null && me != null && tokens != null && mb >= 0 && me >= mb && me < tokens.size()) {
            ss = tokens.get(mb).beginPosition();
            se = tokens.get(me).endPosition();
        }
        return new PredictedQuote(start, end, name, ss, se);
    }
}
