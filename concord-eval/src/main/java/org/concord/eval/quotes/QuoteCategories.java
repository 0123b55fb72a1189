package org.concord.eval.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Per-category figures for the error analysis the quote issue asks for: gold attributions split by form (direct or
 * indirect) and by how their source is written (a name, a title or role, a pronoun, an anonymous source, none), each
 * with its count, the share found (overlap match) and the speaker accuracy over the found ones. Added to the eval's
 * metrics as {@code cat_<category>_n}, {@code cat_<category>_recall} and {@code cat_<category>_speaker_accuracy}.
 */
final class QuoteCategories {
    private static final Pattern PRONOUN = Pattern.compile("(?i)^(he|she|they|i|we|it|you|who|which|that|him|her|"
            + "them|his|their|its)$");
    private static final Pattern ANONYMOUS = Pattern.compile("(?i)\\b(sources?|officials?|aides?|insiders?|"
            + "people familiar|someone|some|others|critics|observers|analysts|experts|many|people)\\b");

    private QuoteCategories() {
    }

    /** The source category of a gold attribution: name, title, pronoun, anonymous or none. */
    static String sourceCategory(GoldAttribution g) {
        if (!g.hasSource()) {
            return "none";
        }
        String s = g.sourceText().strip();
        if (PRONOUN.matcher(s).matches()) {
            return "pronoun";
        }
        boolean capitalised = false;
        String[] words = s.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !(i == 0 && isDeterminer(w))) {
                capitalised = true;
            }
        }
        if (capitalised) {
            return "name";
        }
        return ANONYMOUS.matcher(s).find() ? "anonymous" : "title";
    }

    private static boolean isDeterminer(String w) {
        return List.of("the", "a", "an", "some", "one", "two", "several", "many", "other", "another")
                .contains(w.toLowerCase(Locale.ROOT));
    }

    static void addTo(Map<String, Double> metrics, List<QuoteScorer.DocScore> scores) {
        String[] cats = {"direct", "indirect", "name", "title", "pronoun", "anonymous", "none"};
        long[] n = new long[cats.length];
        long[] found = new long[cats.length];
        long[] scored = new long[cats.length];
        long[] right = new long[cats.length];
        for (QuoteScorer.DocScore s : scores) {
            for (QuoteScorer.GoldOutcome o : s.gold()) {
                String src = sourceCategory(o.gold());
                for (int c = 0; c < cats.length; c++) {
                    boolean in = switch (cats[c]) {
                        case "direct" -> o.direct();
                        case "indirect" -> !o.direct();
                        default -> cats[c].equals(src);
                    };
                    if (!in) {
                        continue;
                    }
                    n[c]++;
                    if (o.matched()) {
                        found[c]++;
                        if (o.gold().hasSource()) {
                            scored[c]++;
                            right[c] += o.speakerRight() ? 1 : 0;
                        }
                    }
                }
            }
        }
        for (int c = 0; c < cats.length; c++) {
            metrics.put("cat_" + cats[c] + "_n", (double) n[c]);
            metrics.put("cat_" + cats[c] + "_recall", n[c] == 0 ? 0 : (double) found[c] / n[c]);
            if (!cats[c].equals("none")) {
                metrics.put("cat_" + cats[c] + "_speaker_accuracy", scored[c] == 0 ? 0 : (double) right[c] / scored[c]);
            }
        }
    }
}
