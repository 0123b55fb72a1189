package org.concord.summarize;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter stemmer as ROUGE-1.5.5 applies it with {@code -m}, also used by Concord's summarizer: the rules of
 * Porter (1980), "An algorithm for suffix stripping", Program 14(3), with the two departures of Porter's own reference releases (step 2 maps
 * "bli" to "ble" and "logi" to "log") and ROUGE-1.5.5's change to step 4 (Lin, 2004-02-14): the suffixes
 * "ment" and "ent" are tried after the other step-4 suffixes, each on the result of the one before, so that
 * "-ement" words are not cut twice by a single rule. A word's measure m is read off its consonant/vowel
 * pattern [C](VC)^m[V], "y" counting as a vowel after a consonant and a leading "y" as a consonant.
 * Input is a lower-case token of [a-z0-9]; words shorter than three letters are returned as they are.
 */
public final class PorterStemmer {
    private static final String C1 = "[^aeiou]";
    private static final String V1 = "[aeiouy]";
    private static final String CS = C1 + "[^aeiouy]*";
    private static final String VS = V1 + "[aeiou]*";
    private static final Pattern M_GT0 = Pattern.compile("^(" + CS + ")?" + VS + CS);
    private static final Pattern M_EQ1 = Pattern.compile("^(" + CS + ")?" + VS + CS + "(" + VS + ")?$");
    private static final Pattern M_GT1 = Pattern.compile("^(" + CS + ")?" + VS + CS + VS + CS);
    private static final Pattern HAS_VOWEL = Pattern.compile("^(" + CS + ")?" + V1);
    private static final Pattern CVC = Pattern.compile("^" + CS + V1 + "[^aeiouwxy]$");
    private static final Pattern DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern STEP2 = Pattern.compile("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli"
            + "|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Pattern STEP3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Pattern STEP4 = Pattern.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous"
            + "|ive|ize)$");
    private static final Map<String, String> STEP2_MAP = Map.ofEntries(
            Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
            Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"), Map.entry("alli", "al"),
            Map.entry("entli", "ent"), Map.entry("eli", "e"), Map.entry("ousli", "ous"), Map.entry("ization", "ize"),
            Map.entry("ation", "ate"), Map.entry("ator", "ate"), Map.entry("alism", "al"),
            Map.entry("iveness", "ive"), Map.entry("fulness", "ful"), Map.entry("ousness", "ous"),
            Map.entry("aliti", "al"), Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
    private static final Map<String, String> STEP3_MAP = Map.of("icate", "ic", "ative", "", "alize", "al",
            "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

    private PorterStemmer() {
    }

    public static String stem(String word) {
        if (word.length() < 3) {
            return word;
        }
        boolean initialY = word.charAt(0) == 'y';
        String w = initialY ? "Y" + word.substring(1) : word;
        // step 1a: plurals
        if (w.endsWith("sses") || w.endsWith("ies")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && w.charAt(w.length() - 2) != 's') {
            w = w.substring(0, w.length() - 1);
        }
        // step 1b: -eed, -ed, -ing
        if (w.endsWith("eed")) {
            if (M_GT0.matcher(cut(w, 3)).find()) {
                w = w.substring(0, w.length() - 1);
            }
        } else if (w.endsWith("ed") || w.endsWith("ing")) {
            String stem = cut(w, w.endsWith("ed") ? 2 : 3);
            if (HAS_VOWEL.matcher(stem).find()) {
                w = stem;
                if (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz")) {
                    w = w + "e";
                } else if (DOUBLE.matcher(w).find()) {
                    w = w.substring(0, w.length() - 1);
                } else if (CVC.matcher(w).find()) {
                    w = w + "e";
                }
            }
        }
        // step 1c: y -> i after a vowel-bearing stem
        if (w.endsWith("y")) {
            String stem = cut(w, 1);
            if (HAS_VOWEL.matcher(stem).find()) {
                w = stem + "i";
            }
        }
        w = replace(w, STEP2, STEP2_MAP, M_GT0);
        w = replace(w, STEP3, STEP3_MAP, M_GT0);
        // step 4, in ROUGE-1.5.5's order
        Matcher m4 = STEP4.matcher(w);
        if (m4.find()) {
            String stem = w.substring(0, m4.start());
            if (M_GT1.matcher(stem).find()) {
                w = stem;
            }
        }
        if (w.endsWith("ment")) {
            String stem = cut(w, 4);
            if (M_GT1.matcher(stem).find()) {
                w = stem;
            }
        }
        if (w.endsWith("ent")) {
            String stem = cut(w, 3);
            if (M_GT1.matcher(stem).find()) {
                w = stem;
            }
        } else if (w.endsWith("sion") || w.endsWith("tion")) {
            String stem = cut(w, 3);
            if (M_GT1.matcher(stem).find()) {
                w = stem;
            }
        }
        // step 5: final e, final ll
        if (w.endsWith("e")) {
            String stem = cut(w, 1);
            if (M_GT1.matcher(stem).find() || (M_EQ1.matcher(stem).find() && !CVC.matcher(stem).find())) {
                w = stem;
            }
        }
        if (w.endsWith("ll") && M_GT1.matcher(w).find()) {
            w = w.substring(0, w.length() - 1);
        }
        return initialY ? "y" + w.substring(1) : w;
    }

    private static String cut(String w, int n) {
        return w.substring(0, w.length() - n);
    }

    private static String replace(String w, Pattern suffixes, Map<String, String> map, Pattern condition) {
        Matcher m = suffixes.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (condition.matcher(stem).find()) {
                return stem + map.get(m.group(1));
            }
        }
        return w;
    }
}
