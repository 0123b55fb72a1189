package org.concord.quote;

import java.util.List;
import org.concord.annotate.Token;
import org.concord.text.Verbs;

/**
 * Which words are cues: the speech and reporting verbs ({@link Verbs}), and, when {@code learned} (attribution mode),
 * the verbs the {@link CueLexicon} gives at least {@value #CUE_PROBABILITY} probability of introducing an
 * attribution.
 */
final class CueWords {
    /**
     * A verb outside {@link Verbs#REPORT} carries reported speech when the cue lexicon gives it at least this
     * probability. Measured on PolNeAR dev (docs/benchmarks.md): 0.4 gives the best content F1; higher values trade
     * recall for precision (0.6: content F1 -0.014, direct F1 +0.02).
     */
    static final double CUE_PROBABILITY = 0.4;
    private final CueLexicon lexicon;
    private final boolean learned;

    CueWords(CueLexicon lexicon, boolean learned) {
        this.lexicon = lexicon;
        this.learned = learned;
    }

    /** Whether learned cues count (attribution mode). */
    boolean learned() {
        return learned;
    }

    /** The lexicon's probability that {@code word} followed by {@code next} (may be null) introduces an attribution. */
    double probability(String word, String next) {
        return lexicon.probability(word, next);
    }

    /**
     * A verb that can credit a quotation: a speech verb, or in attribution mode a verb the learned
     * {@link CueLexicon} marks as a cue ("demanded", "branded").
     */
    boolean isQuoteCue(TokenView view, int k) {
        List<Token> tokens = view.tokens();
        Token t = tokens.get(k);
        if (TokenView.isSpeechVerb(t, Verbs.SPEECH)) {
            return true;
        }
        if ((t.word().equals("Said") || t.word().equals("Says"))
                && (k == 0 || TokenView.isSentenceEnd(tokens.get(k - 1))
                || view.sentenceOf(k - 1) != view.sentenceOf(k))) {
            return true; // an inverted cue opening a sentence ("Said Ellis: …"), often tagged as a name
        }
        if (!learned || !t.pos().startsWith("VB")) {
            return false;
        }
        String next = k + 1 < tokens.size() ? tokens.get(k + 1).word() : null;
        return lexicon.probability(t.word(), next) >= CUE_PROBABILITY;
    }

    /**
     * A verb that can carry reported speech: one of the reporting verbs, or a verb that the learned
     * {@link CueLexicon} says introduces an attribution at least {@link #CUE_PROBABILITY} of the time in news
     * ("polls show", "called for", "wants to").
     */
    boolean isReportingVerb(TokenView view, int k, int last) {
        List<Token> tokens = view.tokens();
        Token t = tokens.get(k);
        if (!t.pos().startsWith("VB")) {
            return false;
        }
        if (TokenView.isSpeechVerb(t, Verbs.REPORT)) {
            return true;
        }
        if (!learned) {
            return false;
        }
        String next = k + 1 <= last ? tokens.get(k + 1).word() : null;
        return lexicon.probability(t.word(), next) >= CUE_PROBABILITY;
    }
}
