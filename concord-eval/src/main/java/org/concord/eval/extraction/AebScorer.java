package org.concord.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Article Extraction Benchmark's metric (scrapinghub/article-extraction-benchmark, evaluate.py), as described in
 * the dataset's SOURCE.txt: tokens are maximal runs of letters, numbers and "_" (Unicode general categories L* and
 * N*, i.e. Python's {@code \w+}); each text is the multiset of its 4-token shingles (a text of 1 to 3 tokens is one
 * shingle); per page tp/fp/fn from the multisets; precision and recall are macro-averaged over the pages where they
 * are defined, and F1 is the harmonic mean of the two averages. Accuracy: the fraction of pages whose token lists
 * are equal.
 */
public final class AebScorer {
    private AebScorer() {
    }

    /** One page's shingle counts. */
    public record PageCounts(int tp, int fp, int fn, boolean exact) {}

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean w = word(cp);
            if (w && start < 0) {
                start = i;
            } else if (!w && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    static boolean word(int cp) {
        if (cp == '_') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    static Map<List<String>, Integer> shingles(List<String> t) {
        Map<List<String>, Integer> m = new HashMap<>();
        if (t.isEmpty()) {
            return m;
        }
        if (t.size() < 4) {
            m.put(List.copyOf(t), 1);
            return m;
        }
        for (int i = 0; i + 4 <= t.size(); i++) {
            m.merge(List.copyOf(t.subList(i, i + 4)), 1, Integer::sum);
        }
        return m;
    }

    public static PageCounts page(String gold, String predicted) {
        List<String> g = tokens(gold);
        List<String> p = tokens(predicted);
        Map<List<String>, Integer> gs = shingles(g);
        Map<List<String>, Integer> ps = shingles(p);
        Set<List<String>> keys = new HashSet<>(gs.keySet());
        keys.addAll(ps.keySet());
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (List<String> k : keys) {
            int a = gs.getOrDefault(k, 0);
            int b = ps.getOrDefault(k, 0);
            tp += Math.min(a, b);
            fp += Math.max(0, b - a);
            fn += Math.max(0, a - b);
        }
        return new PageCounts(tp, fp, fn, g.equals(p));
    }

    /** precision, recall, f1, accuracy over pages, as the benchmark averages them. */
    public static Map<String, Double> metrics(List<PageCounts> pages) {
        double pSum = 0;
        int pN = 0;
        double rSum = 0;
        int rN = 0;
        int exact = 0;
        for (PageCounts c : pages) {
            boolean perfect = c.fp() == 0 && c.fn() == 0;
            if (c.tp() + c.fp() > 0) {
                pSum += perfect ? 1 : (double) c.tp() / (c.tp() + c.fp());
                pN++;
            }
            if (c.tp() + c.fn() > 0) {
                rSum += perfect ? 1 : (double) c.tp() / (c.tp() + c.fn());
                rN++;
            }
            if (c.exact()) {
                exact++;
            }
        }
        double precision = pN == 0 ? 0 : pSum / pN;
        double recall = rN == 0 ? 0 : rSum / rN;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Map<String, Double> m = new HashMap<>();
        m.put("precision", precision);
        m.put("recall", recall);
        m.put("f1", f1);
        m.put("accuracy", pages.isEmpty() ? 0 : (double) exact / pages.size());
        return m;
    }
}
