package org.concord.lang;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An article's language from what its input declares (an HTML {@code lang}, a {@code Content-Language}) and what
 * its text shows ({@link LanguageDetector}).
 *
 * <p>The rule, in order:
 * <ol>
 *   <li>No usable declaration (none, not a BCP 47 tag such as "English" or "x-default", or "und"): the
 *       detected language, the best guess even when not settled (a page in two languages), but "und" for a text
 *       too short to judge ({@link Detection#enoughText()}: a headline, a caption) or without letters.</li>
 *   <li>The declaration agrees with the text (same primary language, "en-GB" and "en"), or the text does not
 *       settle it ({@link Detection#confident()} false: a short or mixed text), or it names a language the detector
 *       does not know: the declaration, as given.</li>
 *   <li>The text settles on another language: the text wins. Sites declare their template's language, not each
 *       article's (an English page on a German site keeps {@code lang="de"}; a CMS may say "en" everywhere), while a
 *       settled detection of hundreds of letters is rarely wrong.</li>
 * </ol>
 *
 * @param language the article's language: a BCP 47 tag whose primary subtag is an ISO 639 code ("en-GB", "de")
 * @param declared what the input declared, or null
 * @param detected what the text showed
 * @param source   how {@code language} was chosen
 */
public record ArticleLanguage(String language, String declared, Detection detected, Source source) {
    /** How the language was chosen. */
    public enum Source {
        /** The declaration, which the text confirms. */
        DECLARED_CONFIRMED,
        /** The declaration, which the text does not settle (or names a language the detector does not know). */
        DECLARED_UNCONFIRMED,
        /** The detection: nothing usable was declared. */
        DETECTED,
        /** The detection, which settled on another language than the declared one. */
        DETECTED_OVER_DECLARED
    }

    private static final Pattern TAG = Pattern.compile("(?i)[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*");
    /** Deprecated or variant codes, mapped to the detector's: Hebrew, Indonesian, Yiddish, Norwegian Bokmål/Nynorsk. */
    private static final Map<String, String> ALIASES = Map.of("iw", "he", "in", "id", "ji", "yi", "nb", "no",
            "nn", "no");

    /** Codes that name no language: undetermined, multiple, no linguistic content, uncoded. */
    private static final java.util.Set<String> NO_LANGUAGE = java.util.Set.of("und", "mul", "zxx", "mis");

    /** Decides the language of a text with {@code declared} metadata (null when none), with the shared detector. */
    public static ArticleLanguage of(String declared, CharSequence text) {
        return decide(declared, LanguageDetector.shared().detect(text), LanguageDetector.shared());
    }

    /** Decides from a detection already made; {@code detector} tells which languages it knows. */
    static ArticleLanguage decide(String declared, Detection detected, LanguageDetector detector) {
        String primary = primary(declared);
        if (primary == null) {
            return new ArticleLanguage(detected.enoughText() ? detected.language() : Detection.UNDETERMINED,
                    declared, detected, Source.DETECTED);
        }
        String tag = declared.trim();
        if (primary.equals(detected.language())) {
            return new ArticleLanguage(tag, declared, detected, Source.DECLARED_CONFIRMED);
        }
        if (!detected.confident() || !detector.languages().contains(primary)) {
            return new ArticleLanguage(tag, declared, detected, Source.DECLARED_UNCONFIRMED);
        }
        return new ArticleLanguage(detected.language(), declared, detected, Source.DETECTED_OVER_DECLARED);
    }

    /**
     * The primary language of a declared tag as the detector names it ("en-GB" and "EN_us" give "en", "iw" gives
     * "he", "nb-NO" gives "no"), or null when {@code declared} is null or not a language tag.
     */
    public static String primary(String declared) {
        if (declared == null) {
            return null;
        }
        String t = declared.trim();
        if (!TAG.matcher(t).matches()) {
            return null;
        }
        int end = 0;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            end++;
        }
        String p = t.substring(0, end).toLowerCase(Locale.ROOT);
        if (NO_LANGUAGE.contains(p)) {
            return null;
        }
        return ALIASES.getOrDefault(p, p);
    }
}
