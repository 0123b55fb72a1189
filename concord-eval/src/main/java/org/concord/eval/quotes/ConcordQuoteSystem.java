package org.concord.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Annotation;
import org.concord.model.Document;
import org.concord.model.Speaker;
import org.concord.annotate.TextAnnotator;
import org.concord.eval.CachingAnnotator;
import org.concord.nlp.CoreNlpAnnotator;
import org.concord.quote.AttributionFilter;
import org.concord.quote.CueLexicon;
import org.concord.quote.QuoteExtractor;
import org.concord.quote.QuoteLedger;
import org.concord.quote.QuoteMention;
import org.concord.quote.QuoteStep;
import org.concord.quote.SpeakerKind;

/**
 * Concord over the shared CoreNLP annotation ({@link CoreNlpAnnotator#shared()}, behind {@link CachingAnnotator}
 * when its folder is set), each article analysed as a
 * one-document story.
 *
 * <p>The primary predictions are what the report shows: the quote ledger of {@link QuoteStep} (statements found by
 * {@link QuoteExtractor#create()}, speakers resolved against the story's entities), the very call
 * {@code Concord.buildStory} makes. Each ledger entry is one prediction: the mention's content span, and as speaker
 * the name the report shows for its quote (the resolved entity's name where the ledger resolved one, the speaker
 * as written otherwise; none when the report shows none). The mention's speaker span is given to the scorer only
 * when the name shown was read at that span ({@link #readAtSpan}); otherwise only the name is judged. The step
 * runs at minimum confidence 0 (as {@code analyze --min-confidence 0}): every speaker found is scored, each with its
 * quote's confidence, and {@link ConfidenceMetrics} scores what the default threshold would show.
 *
 * <p>Beside it, under {@value #ATTRIBUTIONS}, the wider set PolNeAR annotates: {@link QuoteExtractor#attributions}
 * with the learned {@link AttributionFilter}, straight from the mentions (the mention's speaker name and span, none
 * when its kind is {@link QuoteMention#NONE}). Both sets get the same adapters to PolNeAR's conventions: split
 * quotations joined ({@link SplitQuotes}) and a complementizer included ({@link #withComplementizer}).
 */
public final class ConcordQuoteSystem implements QuoteSystem {
    /** The name of the attributions view; its metrics are prefixed {@code attributions_}. */
    public static final String ATTRIBUTIONS = "attributions";
    /** Speaker kinds whose name is read from the words of the speaker span itself (a pronoun's is not). */
    private static final Set<SpeakerKind> NAMED_AT_SPAN = Set.of(SpeakerKind.NAME, SpeakerKind.TITLE,
            SpeakerKind.ANONYMOUS);

    private final TextAnnotator annotator;
    private final ThreadLocal<QuoteExtractor> extractor;

    private ConcordQuoteSystem(TextAnnotator annotator, AttributionFilter filter) {
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
        return new ConcordQuoteSystem(CachingAnnotator.coreNlp(), filterFromProperties());
    }

    @Override
    public String name() {
        return "concord";
    }

    @Override
    public List<String> views() {
        return List.of(ATTRIBUTIONS);
    }

    @Override
    public Output extract(String id, String text) {
        Document d = new Document(id, id, null, null, null, false, text, List.of(), null);
        Annotation a = annotator.annotate(text, null);
        AnnotatedDocument doc = new AnnotatedDocument(d, a);
        // every speaker found, each with its confidence: the scorer applies the default threshold for shown_*
        List<PredictedQuote> report = ledgerPredictions(QuoteStep.run(List.of(doc), 0.0, (s, n) -> { }).entries(),
                text);
        List<PredictedQuote> attributions = predictions(extractor.get().extract(doc), text);
        return new Output(report, a.tokenCount(), Map.of(ATTRIBUTIONS, attributions));
    }

    /** The scorer's view of a story's ledger entries in one text: what the report shows for each mention. */
    static List<PredictedQuote> ledgerPredictions(List<QuoteLedger.Entry> entries, String text) {
        List<SplitQuotes.Piece> pieces = new ArrayList<>();
        for (QuoteLedger.Entry e : entries) {
            QuoteMention m = e.mention();
            Speaker shown = e.quote().speaker();
            boolean span = readAtSpan(e);
            Double confidence = e.quote().confidence();
            pieces.add(new SplitQuotes.Piece(new PredictedQuote(withComplementizer(m, text), m.end(),
                    shown == null ? null : shown.name(), span ? m.speakerStart() : -1, span ? m.speakerEnd() : -1,
                    shown == null || confidence == null ? Double.NaN : confidence), m.direct(), m.cueStart()));
        }
        return SplitQuotes.join(pieces, text);
    }

    /**
     * Whether the speaker the report shows for an entry's quote is the one the extractor read at the mention's
     * speaker span: the ledger resolved no entity for it, it is the mention's own speaker as written, and that
     * speaker is a name, a title or an anonymous source read from the span's words. Then the span may stand for
     * the name (the scorer's span rule). A pronoun's name comes from its antecedent elsewhere, and an entity's name
     * from the resolver: crediting the pronoun's or the mention's position would hide a wrong name the reader sees,
     * so those are judged by name only.
     */
    static boolean readAtSpan(QuoteLedger.Entry e) {
        QuoteMention m = e.mention();
        Speaker shown = e.quote().speaker();
        return shown != null && shown.entity() == null && m.hasSpeakerSpan() && shown.name().equals(m.speaker())
                && NAMED_AT_SPAN.contains(m.speakerKind());
    }

    /** The scorer's view of the attribution mentions of one text: split quotes joined, complementizers included. */
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
        boolean none = q.speakerKind() == SpeakerKind.NONE;
        String speaker = none ? null : q.speaker();
        int ss = !none && q.hasSpeakerSpan() ? q.speakerStart() : -1;
        int se = !none && q.hasSpeakerSpan() ? q.speakerEnd() : -1;
        return new PredictedQuote(q.start(), q.end(), speaker, ss, se);
    }
}
