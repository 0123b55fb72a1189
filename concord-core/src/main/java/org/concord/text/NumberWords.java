package org.concord.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The English words of numbers below one hundred ("zero" to "nineteen", and the tens), from
 * {@code number-words.tsv}.
 */
public final class NumberWords {
    private static final Map<String, Integer> VALUES = load();

    private NumberWords() {
    }

    private static Map<String, Integer> load() {
        WordTable table = WordTable.read("number-words.tsv", List.of("cardinal"), true);
        Map<String, Integer> out = new HashMap<>();
        for (String w : table.list("cardinal")) {
            String v = table.values().get(w);
            if (v == null || !v.matches("\\d{1,2}")) {
                throw new IllegalStateException("number-words.tsv: '" + w + "' needs a value below 100, got " + v);
            }
            out.put(w, Integer.parseInt(v));
        }
        return Map.copyOf(out);
    }

    /** Every number word with its value. */
    public static Map<String, Integer> values() {
        return VALUES;
    }

    /** The value of a lower-case number word: 0 to 19, or a multiple of ten from 20 to 90; -1 for any other word. */
    public static int value(String word) {
        return VALUES.getOrDefault(word, -1);
    }
}
