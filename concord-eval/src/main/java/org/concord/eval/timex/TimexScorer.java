package org.concord.eval.timex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Scores system timexes against gold ones in one document the way TempEval-3 does (UzZaman et al. 2013,
 * "SemEval-2013 Task 1: TempEval-3: Evaluating Time Expressions, Events, and Temporal Relations"): a system timex is
 * aligned with a gold timex it overlaps, at most one pairing per gold and per system timex; a pair is a relaxed
 * match (they share at least one token, here: a non-whitespace character), and a strict match when both cover the
 * same text. Type and value count as correct on a relaxed pair when the strings are equal (case-sensitive, no
 * equivalence of values such as "P1M" and "P30D").
 * <p>Alignment: pairs with the same extent are made first, then each remaining system timex in text order takes the
 * unpaired gold timex it overlaps most (the earliest on ties). So the strict count is the number of system timexes
 * whose extent equals a gold extent, and no overlapping pair is lost to a worse pairing.
 */
public final class TimexScorer {
    private TimexScorer() {
    }

    /**
     * The counts of one document.
     * @param text the document text both span lists refer to
     * @throws IllegalArgumentException when a span lies outside {@code text}
     */
    public static TimexCounts score(String text, List<TimexSpan> gold, List<TimexSpan> system) {
        Objects.requireNonNull(text, "text");
        List<TimexSpan> g = sorted(text, gold, "gold");
        List<TimexSpan> s = sorted(text, system, "system");
        int[] pairOfSystem = align(g, s, text);
        int strict = 0;
        for (int i = 0; i < s.size(); i++) {
            if (pairOfSystem[i] >= 0 && g.get(pairOfSystem[i]).start() == s.get(i).start()
                    && g.get(pairOfSystem[i]).end() == s.get(i).end()) {
                strict++;
            }
        }
        int relaxed = 0;
        int type = 0;
        int value = 0;
        for (int i = 0; i < s.size(); i++) {
            if (pairOfSystem[i] < 0) {
                continue;
            }
            TimexSpan gs = g.get(pairOfSystem[i]);
            TimexSpan ss = s.get(i);
            relaxed++;
            if (gs.type() != null && gs.type().equals(ss.type())) {
                type++;
            }
            if (gs.value() != null && gs.value().equals(ss.value())) {
                value++;
            }
        }
        return new TimexCounts(g.size(), s.size(), strict, relaxed, type, value);
    }

    /** A gold timex and the system timex aligned with it (either may be null when unpaired), in text order. */
    public record Pair(TimexSpan gold, TimexSpan system) {}

    /** The alignment of one document as the scorer makes it: every gold and system timex once, paired or not. */
    public static List<Pair> pairs(String text, List<TimexSpan> gold, List<TimexSpan> system) {
        List<TimexSpan> g = sorted(text, gold, "gold");
        List<TimexSpan> s = sorted(text, system, "system");
        int[] pairOfSystem = align(g, s, text);
        boolean[] goldPaired = new boolean[g.size()];
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (pairOfSystem[i] >= 0) {
                goldPaired[pairOfSystem[i]] = true;
                out.add(new Pair(g.get(pairOfSystem[i]), s.get(i)));
            } else {
                out.add(new Pair(null, s.get(i)));
            }
        }
        for (int j = 0; j < g.size(); j++) {
            if (!goldPaired[j]) {
                out.add(new Pair(g.get(j), null));
            }
        }
        out.sort(Comparator.comparingInt((Pair p) -> p.gold() != null ? p.gold().start() : p.system().start()));
        return out;
    }

    private static int[] align(List<TimexSpan> g, List<TimexSpan> s, String text) {
        int[] pairOfSystem = new int[s.size()];
        boolean[] goldTaken = new boolean[g.size()];
        java.util.Arrays.fill(pairOfSystem, -1);
        for (int i = 0; i < s.size(); i++) {
            for (int j = 0; j < g.size(); j++) {
                if (!goldTaken[j] && g.get(j).start() == s.get(i).start() && g.get(j).end() == s.get(i).end()) {
                    pairOfSystem[i] = j;
                    goldTaken[j] = true;
                    break;
                }
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (pairOfSystem[i] >= 0) {
                continue;
            }
            int best = -1;
            int bestOverlap = 0;
            for (int j = 0; j < g.size(); j++) {
                if (goldTaken[j]) {
                    continue;
                }
                int ov = nonSpaceOverlap(text, g.get(j), s.get(i));
                if (ov > bestOverlap) {
                    best = j;
                    bestOverlap = ov;
                }
            }
            if (best >= 0) {
                pairOfSystem[i] = best;
                goldTaken[best] = true;
            }
        }
        return pairOfSystem;
    }

    /** The number of non-whitespace characters both spans cover. */
    static int nonSpaceOverlap(String text, TimexSpan a, TimexSpan b) {
        int from = Math.max(a.start(), b.start());
        int to = Math.min(a.end(), b.end());
        int n = 0;
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                n++;
            }
        }
        return n;
    }

    private static List<TimexSpan> sorted(String text, List<TimexSpan> spans, String side) {
        List<TimexSpan> out = new ArrayList<>(Objects.requireNonNull(spans, side));
        for (TimexSpan t : out) {
            if (t.end() > text.length()) {
                throw new IllegalArgumentException(side + " timex [" + t.start() + ", " + t.end()
                        + ") lies outside the text of length " + text.length());
            }
        }
        out.sort(Comparator.comparingInt(TimexSpan::start).thenComparingInt(TimexSpan::end));
        return out;
    }
}
