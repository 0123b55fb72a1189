package org.concord.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Annotation;
import org.concord.model.Document;
import org.concord.nlp.CoreNlpAnnotator;
import org.concord.quote.AttributionFilter;
import org.concord.quote.CueLexicon;
import org.concord.quote.QuoteExtractor;
import org.concord.quote.QuoteMention;

/**
 * Concord's own quote extractor ({@link QuoteExtractor}) over the shared CoreNLP annotation
 * ({@link CoreNlpAnnotator#shared()}). A mention's [start, end) is the predicted content; its speaker name and
 * speaker mention span are the predicted speaker (none when its kind is {@link QuoteMention#NONE}).
 */
public final class ConcordQuoteSystem implements QuoteSystem {
    private final CoreNlpAnnotator annotator;
    private final ThreadLocal<QuoteExtractor> extractor;

    private ConcordQuoteSystem(CoreNlpAnnotator annotator, AttributionFilter filter) {
        this.annotator = annotator;
        this.extractor = ThreadLocal.withInitial(() -> QuoteExtractor.attributions(CueLexicon.standard(), filter));
    }

    /**
     * {@code -Dconcord.quotes.filter=none} scores the rules alone (no learned filter, no extra candidates);
     * {@code -Dconcord.quotes.filter.threshold=P} the filter at another threshold (ablations in docs/benchmarks.md).
     * Both are read and checked once, when the system is created.
     */
    static AttributionFilter filterFromProperties() {
        String filter = System.getProperty("concord.quotes.filter", "standard");
        if (filter.equals("none")) {
            return null;
        }
        if (!filter.equals("standard")) {
            throw new IllegalArgumentException("concord.quotes.filter must be 'standard' or 'none', not '" + filter
                    + "'");
        }
        String t = System.getProperty("concord.quotes.filter.threshold");
        if (t == null) {
            return AttributionFilter.standard();
        }
        double p;
        try {
            p = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            p = Double.NaN;
        }
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("concord.quotes.filter.threshold must be a number in (0, 1), not '"
                    + t + "'");
        }
        return AttributionFilter.standard().withThreshold(p);
    }

    public static ConcordQuoteSystem create() {
        return new ConcordQuoteSystem(CoreNlpAnnotator.shared(), filterFromProperties());
    }

    @Override
    public String name() {
        return "concord";
    }

    @Override
    public Output extract(String id, String text) {
        Document d = new Document(id, id, null, null, null, false, text, List.of(), null);
        Annotation a = annotator.annotate(text, null);
        List<QuoteMention> mentions = extractor.get().extract(new AnnotatedDocument(d, a));
        return new Output(predictions(mentions, text), a.tokenCount());
    }

    /** The scorer's view of the mentions of one text: split quotes joined, complementizers included. */
    static List<PredictedQuote> predictions(List<QuoteMention> mentions, String text) {
        List<SplitQuotes.Piece> pieces = new ArrayList<>();
        for (QuoteMention m : mentions) {
            PredictedQuote p = toPrediction(m);
            pieces.add(new SplitQuotes.Piece(new PredictedQuote(withComplementizer(m, text), p.end(), p.speaker(),
                    p.speakerStart(), p.speakerEnd()), m.direct(), m.cueStart()));
        }
        return SplitQuotes.join(pieces, text);
    }

    /**
     * PolNeAR's content of reported speech starts with its complementizer ("said that it helps"), Concord's after
     * it: the start moves back over a "that " right before an indirect mention.
     */
    static int withComplementizer(QuoteMention q, String text) {
        int s = q.start();
        if (q.direct() || s < 5) {
            return s;
        }
        int k = s;
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        if (k >= 4 && text.regionMatches(true, k - 4, "that", 0, 4)
                && (k == 4 || !Character.isLetterOrDigit(text.charAt(k - 5)))) {
            return k - 4;
        }
        return s;
    }

    /** The scorer's view of a Concord quote mention. */
    static PredictedQuote toPrediction(QuoteMention q) {
        boolean none = QuoteMention.NONE.equals(q.speakerKind());
        String speaker = none ? null : q.speaker();
        int ss = !none && q.hasSpeakerSpan() ? q.speakerStart() : -1;
        int se = !none && q.hasSpeakerSpan() ? q.speakerEnd() : -1;
        return new PredictedQuote(q.start(), q.end(), speaker, ss, se);
    }
}
