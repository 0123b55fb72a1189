package org.concord.quote;

import java.util.List;
import java.util.Objects;
import org.concord.annotate.AnnotatedDocument;

/**
 * Finds quotations and reported speech in one annotated document and reads their speakers from the cue.
 *
 * <p>Direct quotes come from quotation marks ({@link QuoteMarks}). The speaker is read from a speech verb next to
 * the quote: after it ("…," Lynch said / said the mayor) or before it (Lynch said: "…"), else from the cue of the
 * quote just before it in the paragraph (a split quote), else from the paragraph before (a quote running over
 * paragraphs, or a statement introduced by "X said:" / "released a statement"). Subjects are named people and
 * organisations, pronouns (resolved to the subject of the nearest earlier sentence that names a person, the
 * usual newspaper referent), titles ("the mayor", resolved later against the story's entities) and anonymous
 * sources ("a source", "officials who asked not to be named").
 *
 * <p>Reported speech without marks: "X said (that) …", "…, X said." and "according to X". This follows the
 * cue-based attribution pattern of Pareti's PARC work (Pareti 2012, "A Database of Attribution Relations") and
 * the rule-based baselines of Pouliquen et al. (2007, "Automatic detection of quotations in multilingual news"),
 * kept to patterns that hold across English news.
 *
 * <p>The work is done by {@link QuoteRule}s over a {@link TokenView} of the document, speakers read by a
 * {@link SpeakerReader}, in this order: {@link DirectQuotation}, {@link TranscriptLabel}, {@link TranscriptLine},
 * {@link BlockStatement},
 * {@link AccordingTo}, {@link ReportedSpeech} (with {@link Participle}). Each reads what the ones before it found
 * ({@link Found}); the mentions are then ordered by offsets. In attribution mode {@link Candidates} adds the
 * alternatives and features the {@link AttributionFilter} chooses among.
 */
public final class QuoteExtractor {
    /** A word this likely to be a cue proposes an {@link AttributionCandidate#EXTRA} candidate for the filter. */
    static final double EXTRA_CUE_PROBABILITY = 0.15;

    private final boolean attributions;
    private final AttributionFilter filter;
    private final CueWords cueWords;
    private final List<QuoteRule> rules;

    private QuoteExtractor(boolean attributions, CueLexicon lexicon, AttributionFilter filter) {
        this.attributions = attributions;
        this.filter = filter;
        this.cueWords = new CueWords(lexicon, attributions);
        this.rules = List.of(new DirectQuotation(cueWords), new TranscriptLabel(), new TranscriptLine(),
                new BlockStatement(), new AccordingTo(), new ReportedSpeech(cueWords));
    }

    /**
     * Statements: quotations and reported speech after speech verbs ("said", "told", "argued"): what the
     * report's quote ledger holds.
     */
    public static QuoteExtractor create() {
        return new QuoteExtractor(false, CueLexicon.standard(), null);
    }

    /** Statements as {@link #create()} finds them, with another cue lexicon (training). */
    public static QuoteExtractor create(CueLexicon lexicon) {
        return new QuoteExtractor(false, Objects.requireNonNull(lexicon, "lexicon"), null);
    }

    /**
     * Attributions in PolNeAR's sense: statements plus the claims, beliefs, findings and positions that a source is
     * credited with through any verb the learned {@link CueLexicon} marks as a cue ("polls show", "called for",
     * "blasted him for"). This is what {@code concord eval quotes} scores against PolNeAR.
     */
    public static QuoteExtractor attributions() {
        return new QuoteExtractor(true, CueLexicon.standard(), AttributionFilter.standard());
    }

    /**
     * Attributions with another cue lexicon and filter (training and ablations). With a null filter the rules'
     * mentions are kept as they are: no {@link AttributionCandidate#EXTRA} clause and no mixed alternative, which
     * exist only for a filter to choose among.
     */
    public static QuoteExtractor attributions(CueLexicon lexicon, AttributionFilter filter) {
        return new QuoteExtractor(true, Objects.requireNonNull(lexicon, "lexicon"), filter);
    }

    /** Every quotation and reported statement in the document, in text order. */
    public List<QuoteMention> extract(AnnotatedDocument doc) {
        TokenView view = new TokenView(doc);
        SpeakerReader speakers = new SpeakerReader(view);
        List<QuoteMention> found = find(view, speakers);
        if (!attributions || filter == null) {
            return found;
        }
        return filter.select(new Candidates(view, speakers, cueWords).propose(found));
    }

    /**
     * The candidates the filter chooses among, with their features ({@link #attributions} only): the rules'
     * quotations and reported clauses, and clauses after any word the lexicon gives at least
     * {@value #EXTRA_CUE_PROBABILITY} cue probability. What {@code concord train quotes} learns from.
     */
    public List<AttributionCandidate> candidates(AnnotatedDocument doc) {
        if (!attributions) {
            throw new IllegalStateException("candidates are proposed in attributions() mode only");
        }
        TokenView view = new TokenView(doc);
        SpeakerReader speakers = new SpeakerReader(view);
        return new Candidates(view, speakers, cueWords).propose(find(view, speakers));
    }

    /** What the rules find, in order: by start offset, then end; mentions of equal span in the order found. */
    private List<QuoteMention> find(TokenView view, SpeakerReader speakers) {
        Found found = new Found(view.passages().size());
        for (QuoteRule rule : rules) {
            rule.find(view, speakers, found);
        }
        List<QuoteMention> out = found.all();
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        return out;
    }
}
