package org.concord.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cheap test that decides whether SUTime runs on a sentence: a sentence is given to SUTime only when one of its
 * tokens could start or anchor a temporal expression or a number, that is, a token with a digit, a token the POS
 * tagger calls a cardinal number ({@code CD}), or a word of the vocabulary SUTime's English rules are written over
 * ({@code edu/stanford/nlp/models/sutime/english.sutime.txt}, {@code defs.sutime.txt} and
 * {@code english.holidays.sutime.txt}: month and weekday names and their abbreviations, seasons, parts of the day,
 * time units, relative words such as "today", "now", "recently", "ago", "past", "future", periodic words such as
 * "daily", decades in words, holidays) and of the number words of CoreNLP's {@code NumberNormalizer} (whose numbers
 * SUTime also returns). Any other sentence cannot hold a time expression or a number; SUTime's rule matcher, half of
 * the annotation time on news, is spent on it for nothing.
 *
 * <p>The test is deliberately generous (a word such as "may", "second" or "present" lets the sentence through
 * whatever its sense): it only has to be a superset of what SUTime finds. Hyphenated tokens ("three-month") are
 * checked part by part, and a plural "s" is ignored.
 */
public final class TemporalCues {
    private TemporalCues() {
    }

    /** Words (lower case, singular) that can anchor a SUTime expression or a number. */
    static final Set<String> WORDS = Set.of(
            // months and their abbreviations
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec",
            // weekdays and their abbreviations
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
            "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun", "weekday", "weekend", "workweek",
            // seasons and parts of the day
            "spring", "summer", "fall", "autumn", "winter", "morning", "afternoon", "evening", "night", "nighttime",
            "overnight", "noon", "midday", "midnight", "teatime", "lunchtime", "dinnertime", "suppertime", "dusk",
            "dawn", "sunup", "sunrise", "sundown", "sunset", "twilight", "daybreak", "daylight", "daytime", "tonight",
            "tonite", "today", "tomorrow", "yesterday", "o'clock", "oclock", "a.m.", "p.m.", "am", "pm",
            // units
            "year", "yr", "month", "mo", "day", "hour", "hr", "minute", "min", "second", "sec", "millisecond",
            "millisec", "week", "wk", "fortnight", "quarter", "decade", "century", "centurie", "centuries",
            "millennium", "millennia", "millenium", "millenia", "q1", "q2", "q3", "q4", "fy",
            // relative and periodic words
            "now", "current", "currently", "present", "recent", "recently", "past", "future", "once", "twice",
            "thrice", "previously", "medieval", "ago", "hence", "nowaday", "nowadays", "lately", "annual",
            "annually", "yearly", "hourly", "nightly", "daily", "weekly", "monthly", "quarterly", "centennial",
            "biannual", "semiannual", "time", "times",
            // decades and eras in words
            "oughts", "noughts", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
            "nineties", "ides", "nones", "ad", "a.d.", "bc", "b.c.",
            // holidays
            "christmas", "xmas", "x-mas", "easter", "thanksgiving", "halloween", "valentine", "mayo", "fools",
            "inauguration", "groundhog", "mlk", "eve", "birthday",
            // number words (NumberNormalizer)
            "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
            "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million",
            "billion", "trillion", "dozen", "score", "gross", "half", "zeroth", "first", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",
            "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth", "hundreth",
            "thousandth", "millionth", "billionth", "trillionth", "bn");

    /** Endings that make a periodic word ("bi-weekly", "semiannually"); SUTime matches them as suffixes. */
    private static final List<String> PERIODIC_ENDINGS = List.of("yearly", "annually", "annual", "hourly", "nightly",
            "daily", "weekly", "monthly", "quarterly", "centennial");

    /** True when SUTime may find a time expression or a number among {@code tokens} (a sentence's tokens). */
    public static boolean mayHoldTime(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            if ("CD".equals(t.tag()) || mayAnchor(t.word()) || t.originalText() != null
                    && !t.originalText().equals(t.word()) && mayAnchor(t.originalText())) {
                return true;
            }
        }
        return false;
    }

    /** True when the word alone could anchor a time expression or a number. */
    static boolean mayAnchor(String word) {
        if (word == null || word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (known(w)) {
            return true;
        }
        for (String ending : PERIODIC_ENDINGS) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        if (w.indexOf('-') > 0 || w.indexOf('/') > 0) {
            for (String part : w.split("[-/]")) {
                if (!part.isEmpty() && known(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean known(String w) {
        if (WORDS.contains(w)) {
            return true;
        }
        if (w.endsWith("s") && w.length() > 2 && WORDS.contains(w.substring(0, w.length() - 1))) {
            return true;
        }
        if (w.endsWith(".") && w.length() > 1) {
            return known(w.substring(0, w.length() - 1));
        }
        if (w.startsWith("mid") && w.length() > 3) {
            return known(w.substring(w.charAt(3) == '-' ? 4 : 3));
        }
        return false;
    }
}
