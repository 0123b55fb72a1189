package org.concord.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SortedTest {
    @Test
    void lastAtOrBeforeFindsTheLastKeyNotAboveThePosition() {
        int[] starts = {0, 10, 10, 25};
        assertEquals(-1, Sorted.lastAtOrBefore(starts, -1));
        assertEquals(0, Sorted.lastAtOrBefore(starts, 9));
        assertEquals(2, Sorted.lastAtOrBefore(starts, 10)); // the last of equal keys
        assertEquals(3, Sorted.lastAtOrBefore(starts, 100));
        assertEquals(-1, Sorted.lastAtOrBefore(new int[0], 5));
        assertEquals(1, Sorted.lastAtOrBefore(3, i -> i * 5, 7));
    }
}
