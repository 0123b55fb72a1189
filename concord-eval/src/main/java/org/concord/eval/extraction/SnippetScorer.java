package org.concord.eval.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The metric of trafilatura's evaluation (tests/eval_common.py, as the data set's SOURCE.txt states it): each text
 * normalised by replacing every run of whitespace with one space and stripping; a "with" snippet found (exact,
 * case-sensitive substring) is a true positive, else a false negative; a "without" snippet found is a false
 * positive, else a true negative; a failed extraction finds nothing. Counts are summed over pages (micro):
 * precision tp/(tp+fp), recall tp/(tp+fn), accuracy (tp+tn)/all, F1 2tp/(2tp+fp+fn).
 */
public final class SnippetScorer {
    private SnippetScorer() {
    }

    /** One page's snippet counts. */
    public record PageCounts(int tp, int fp, int fn, int tn) {}

    /** Python's {@code " ".join(s.split())}: whitespace runs (Unicode White_Space as str.split sees it) to one space. */
    static String norm(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (pythonSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The characters Python's {@code str.split()} splits on. */
    static boolean pythonSpace(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000b', '\f', '\r', '\u001c', '\u001d', '\u001e', '\u001f', '\u0085', '\u00a0',
                 '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000' -> true;
            default -> c >= '\u2000' && c <= '\u200a';
        };
    }

    /** Counts for one page; {@code extracted} null means the extraction failed. */
    public static PageCounts page(List<String> with, List<String> without, String extracted) {
        if (extracted == null) {
            return new PageCounts(0, 0, with.size(), without.size());
        }
        String r = norm(extracted);
        int tp = 0;
        int fn = 0;
        for (String w : with) {
            if (r.contains(norm(w))) {
                tp++;
            } else {
                fn++;
            }
        }
        int fp = 0;
        int tn = 0;
        for (String w : without) {
            if (r.contains(norm(w))) {
                fp++;
            } else {
                tn++;
            }
        }
        return new PageCounts(tp, fp, fn, tn);
    }

    /** precision, recall, accuracy, f1 over the summed counts (0 where a denominator is 0). */
    public static Map<String, Double> metrics(List<PageCounts> pages) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long tn = 0;
        for (PageCounts c : pages) {
            tp += c.tp();
            fp += c.fp();
            fn += c.fn();
            tn += c.tn();
        }
        Map<String, Double> m = new HashMap<>();
        m.put("precision", ratio(tp, tp + fp));
        m.put("recall", ratio(tp, tp + fn));
        m.put("accuracy", ratio(tp + tn, tp + fp + fn + tn));
        m.put("f1", ratio(2 * tp, 2 * tp + fp + fn));
        return m;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
