package org.concord.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * An article's title made fit to head a story. A title that packs several parts (a section label, a subtitle, a
 * byline, separated by '@' or '|', or by semicolons in a title in capitals: "BAY AREA QUAKE; SISTER CITIES ...", "Exodus Sparks Discussion @ On the Possibility ... @ By Terence
 * Roth @ Staff Reporter of The Wall Street Journal") keeps one part: bylines, staff lines and parts without letters
 * dropped, then the most central part of at least {@value #MIN_PART_WORDS} words (else the most central part). A
 * title in capitals is written in the case its words take in the story's texts (truecasing by the most frequent
 * form; a word the texts never use is written in lower case, the first word capitalised).
 */
final class TitleText {
    static final int MIN_PART_WORDS = 4;
    /** Deck separators: '@' and '|' always, a semicolon in a title in capitals (where it separates decks). */
    private static final Pattern PARTS = Pattern.compile("\\s+[@|]\\s+");
    private static final Pattern SHOUTED_PARTS = Pattern.compile("\\s+[@|]\\s+|;\\s+");
    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY)\\s+\\p{Lu}.*");
    private static final Pattern STAFF = Pattern.compile(
            "(?i).*\\b(?:staff (?:reporter|writer)|(?:associated|united) press|press writer|correspondent)\\b.*");

    private TitleText() {
    }

    /** {@code title} as a headline; {@code centrality} scores a part, {@code casing} maps a lower-cased word to its form. */
    static String clean(String title, ToDoubleFunction<String> centrality, Map<String, String> casing) {
        String t = title.strip().replaceAll("\\s+", " ");
        List<String> parts = new ArrayList<>();
        for (String p : (shouting(t) ? SHOUTED_PARTS : PARTS).split(t)) {
            String part = p.strip();
            if (part.chars().anyMatch(Character::isLetter) && !BYLINE.matcher(part).matches()
                    && !STAFF.matcher(part).matches()) {
                parts.add(part);
            }
        }
        String best = t;
        if (parts.size() > 1) {
            best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            boolean bestLong = false;
            for (String p : parts) {
                boolean isLong = Words.count(p) >= MIN_PART_WORDS;
                double score = centrality.applyAsDouble(p);
                if (isLong && !bestLong || isLong == bestLong && score > bestScore) {
                    best = p;
                    bestScore = score;
                    bestLong = isLong;
                }
            }
        } else if (parts.size() == 1) {
            best = parts.get(0);
        }
        return shouting(best) ? truecase(best, casing) : best;
    }

    /** Whether at least two thirds of a title's letters are capitals (and it has at least three words). */
    static boolean shouting(String s) {
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters > 0 && upper * 3 >= letters * 2 && s.split(" ").length >= 3;
    }

    /** Each word in its most frequent form in {@code casing}, else lower case; the first word capitalised. */
    static String truecase(String s, Map<String, String> casing) {
        StringBuilder b = new StringBuilder();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetter(c) || c == '\'' && word.length() > 0 && i + 1 < s.length()
                    && Character.isLetter(s.charAt(i + 1))) {
                word.append(c);
                continue;
            }
            if (word.length() > 0) {
                String w = word.toString();
                String form = casing.get(w.toLowerCase(Locale.ROOT));
                String out = form != null ? form : w.equals("I") ? w : w.toLowerCase(Locale.ROOT);
                if (b.chars().noneMatch(Character::isLetter)) {
                    out = Character.toUpperCase(out.charAt(0)) + out.substring(1);
                }
                b.append(out);
                word.setLength(0);
            }
            if (i < s.length()) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The most frequent written form of each word of {@code texts}, by its lower case; a word at a sentence's start
     * counts only when nothing else is seen (its capital says nothing; a function word seen only there is lower
     * case); ties go to the form with fewer capitals.
     */
    static Map<String, String> casing(List<String> texts) {
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        Map<String, Map<String, Integer>> openers = new HashMap<>();
        for (String text : texts) {
            boolean opening = true;
            StringBuilder word = new StringBuilder();
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : ' ';
                if (Character.isLetter(c) || c == '\'' && word.length() > 0 && i + 1 < text.length()
                        && Character.isLetter(text.charAt(i + 1))) {
                    word.append(c);
                    continue;
                }
                if (word.length() > 0) {
                    String w = word.toString();
                    (opening ? openers : forms).computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new HashMap<>())
                            .merge(w, 1, Integer::sum);
                    word.setLength(0);
                    opening = false;
                }
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '"' || c == '\u201c') {
                    opening = true;
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        // a word seen only opening sentences: a function word is lower case, anything else as written there
        openers.forEach((k, v) -> out.put(k, org.concord.text.StopWords.SUMMARY.contains(k) ? k : mostFrequent(v)));
        forms.forEach((k, v) -> out.put(k, mostFrequent(v)));
        return out;
    }

    private static String mostFrequent(Map<String, Integer> forms) {
        String best = null;
        int bestN = -1;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            int n = e.getValue();
            // on a tie, the form with fewer capitals, then the smaller string: a deterministic choice
            if (n > bestN || n == bestN && (capitals(e.getKey()) < capitals(best)
                    || capitals(e.getKey()) == capitals(best) && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestN = n;
            }
        }
        return best;
    }

    private static int capitals(String s) {
        return (int) s.chars().filter(Character::isUpperCase).count();
    }
}
