package org.concord.pipeline;

import java.util.Locale;
import org.concord.annotate.Annotation;
import org.concord.lang.Detection;
import org.concord.lang.LanguageDetector;

/**
 * The language gate before the English stages. Concord's annotator (CoreNLP's English models) and everything that
 * reads its output (entities, quotes and their cue verbs, the timeline, claims, the summary) are built for English:
 * on another language they make nonsense (German nouns tagged as names, no quote cues, English stop words). A
 * document whose cleaned text the detector settles on another language ({@link Detection#confidentlyNot}) is
 * therefore not annotated: it gets an empty annotation, so it is still read, cleaned, compared for near-duplicates,
 * grouped into stories and listed with its text, but nothing English-only is drawn from it, and the reason is noted
 * (a skipped entry of the report). A text the detector does not settle (short, mixed) is analysed as before.
 *
 * <p>The decision reads the cleaned text alone, not the language the input declares, so that it is the same for a
 * document read again from an earlier report ({@code --previous}, which keeps no declaration) and on every runner.
 */
final class EnglishOnly {
    /** The language the English stages read. */
    static final String ENGLISH = "en";
    /** What a document not annotated carries: no sentence, no mention, no temporal expression. */
    static final Annotation NONE = new Annotation(java.util.List.of(), java.util.List.of(), java.util.List.of());

    private EnglishOnly() {
    }

    /** Why the English stages pass over {@code text}, or null when they read it. */
    static String reason(String text) {
        Detection d = LanguageDetector.shared().detect(text);
        if (!d.confidentlyNot(ENGLISH)) {
            return null;
        }
        String name = Locale.forLanguageTag(d.language()).getDisplayLanguage(Locale.ENGLISH);
        return String.format(Locale.ROOT, "not analysed by the English stages: the text is in %s (%s, detected in "
                + "%.0f%% of it), not English; the document is kept and grouped into stories, but no entities, "
                + "quotes, timeline, claims or summary sentences are drawn from it",
                name.isEmpty() || name.equals(d.language()) ? "another language" : name, d.language(),
                Math.floor(d.confidence() * 100));
    }
}
