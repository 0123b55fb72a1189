package org.concord.cluster;

import java.util.Arrays;

/** Disjoint sets over 0..n-1 with path halving; the smaller index is each set's representative. */
public final class UnionFind {
    private final int[] parent;

    private UnionFind(int n) {
        parent = new int[n];
        Arrays.setAll(parent, i -> i);
    }

    public static UnionFind of(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, got " + n);
        }
        return new UnionFind(n);
    }

    /** The representative of i's set: its smallest member once all unions are done. */
    public int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    public void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
