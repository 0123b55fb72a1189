package org.concord.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The union of a set of [start, end) spans, merged and sorted once, so "does any span hold this offset" is a
 * binary search instead of a scan of every span per token (quadratic over a document with many quotations or
 * mentions). Empty spans hold nothing.
 */
final class SpanUnion {
    private final int[] starts;
    private final int[] ends;

    private SpanUnion(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** The union of {@code spans}, each an int pair {start, end}. */
    static SpanUnion of(List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>();
        for (int[] s : spans) {
            if (s[0] < s[1]) {
                sorted.add(s);
            }
        }
        sorted.sort(Comparator.comparingInt((int[] s) -> s[0]));
        int[] starts = new int[sorted.size()];
        int[] ends = new int[sorted.size()];
        int n = 0;
        for (int[] s : sorted) {
            if (n > 0 && s[0] <= ends[n - 1]) {
                ends[n - 1] = Math.max(ends[n - 1], s[1]);
            } else {
                starts[n] = s[0];
                ends[n] = s[1];
                n++;
            }
        }
        return new SpanUnion(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /** Whether some span holds {@code pos}: start <= pos < end. */
    boolean holds(int pos) {
        int found = org.concord.text.Sorted.lastAtOrBefore(starts, pos);
        return found >= 0 && pos < ends[found];
    }
}
