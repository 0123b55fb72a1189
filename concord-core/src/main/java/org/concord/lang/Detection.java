package org.concord.lang;

/**
 * What the detector found in one text ({@link LanguageDetector#detect}).
 *
 * @param language   ISO 639-1 code of the most likely language ("en", "de", "zh"; ISO 639-3 where there is no
 *                   two-letter code, "ast"), or {@link #UNDETERMINED} when the text has no letters or only letters of
 *                   a writing system the detector has no language for
 * @param confidence in [0, 1]: the share of the text read as {@code language}: each chunk's probability of it,
 *                   weighted by the chunk's letters ({@link LanguageDetector}), times the share of the text's letters
 *                   in its main writing system
 * @param letters    how many letters of that writing system were read
 * @param script     the text's main writing system ("LATIN", "HAN", ...; "none" without letters)
 * @param runnerUp   the second most likely language, or null when the writing system leaves no other
 */
public record Detection(String language, double confidence, int letters, String script, String runnerUp)
        implements java.io.Serializable {
    /** The BCP 47 code for a language not determined. */
    public static final String UNDETERMINED = "und";
    /**
     * The confidence from which a detection is settled ({@link #confident()}): at least four fifths of the text read
     * as one language, so that a page in two languages, or an English article with a long passage in another, is
     * not settled on the other one.
     */
    public static final double CONFIDENT = 0.8;
    /**
     * The letters a detection needs to be {@link #confident()}, about twenty words: a shorter text (a headline, a
     * caption, a list of names) can read as a neighbouring language by chance.
     */
    public static final int MIN_LETTERS = 100;
    /** The same for Chinese, Japanese and Korean, whose characters each carry a syllable or a word. */
    public static final int MIN_CJK_LETTERS = 30;

    /** Whether the detection is settled: a language, enough letters, and at least {@link #CONFIDENT} confidence. */
    public boolean confident() {
        return enoughText() && confidence >= CONFIDENT;
    }

    /**
     * Whether the text is long enough to be judged: a language was named from at least {@link #MIN_LETTERS} letters
     * ({@link #MIN_CJK_LETTERS} for Chinese, Japanese and Korean).
     */
    public boolean enoughText() {
        boolean cjk = script.equals("HAN") || script.equals("HIRAGANA") || script.equals("HANGUL");
        return !UNDETERMINED.equals(language) && letters >= (cjk ? MIN_CJK_LETTERS : MIN_LETTERS);
    }

    /** Whether the text is settled to be in a language other than {@code code} (an ISO 639-1 code). */
    public boolean confidentlyNot(String code) {
        return confident() && !language.equals(code);
    }
}
