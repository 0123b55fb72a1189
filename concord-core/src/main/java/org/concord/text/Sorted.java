package org.concord.text;

import java.util.function.IntUnaryOperator;

/** Binary search over ascending keys, shared by the readers of sorted offsets. */
public final class Sorted {
    private Sorted() {
    }

    /** The index of the last of {@code sorted} (ascending) that is at most {@code key}, or -1 when none is. */
    public static int lastAtOrBefore(int[] sorted, int key) {
        return lastAtOrBefore(sorted.length, i -> sorted[i], key);
    }

    /** The last index {@code i < n} with {@code keyAt(i) <= key} ({@code keyAt} ascending in i), or -1. */
    public static int lastAtOrBefore(int n, IntUnaryOperator keyAt, int key) {
        int lo = 0;
        int hi = n - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (keyAt.applyAsInt(mid) <= key) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
