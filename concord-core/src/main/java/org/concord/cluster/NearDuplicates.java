package org.concord.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.concord.model.Document;

/**
 * Near-duplicate documents (syndicated wire copies, re-posts with a new headline, added boilerplate, trimmed or
 * reordered paragraphs): word 5-gram shingles, MinHash signatures and LSH banding to find candidates in
 * near-linear time (Broder, "On the resemblance and containment of documents", 1997; Indyk and Motwani 1998),
 * then an exact check of Jaccard resemblance or containment on each candidate pair. The original of a group is
 * its earliest published document; on the same day, the one whose own outlet the text credits (a wire story
 * carries its agency in the dateline: "LINDMOUTH, March 14 (Coastline Wire)"), else the smallest id (so the choice
 * does not depend on input order).
 */
public final class NearDuplicates {
    private static final int SHINGLE = 5;
    private static final int BANDS = 20;
    private static final int ROWS = 4;
    private static final long SEED = 0x5EEDC0DEL;

    private final double minResemblance;
    private final double minContainment;
    private final long[] hashA;
    private final long[] hashB;

    private NearDuplicates(double minResemblance, double minContainment) {
        this.minResemblance = minResemblance;
        this.minContainment = minContainment;
        SplittableRandom r = new SplittableRandom(SEED);
        hashA = new long[BANDS * ROWS];
        hashB = new long[BANDS * ROWS];
        for (int i = 0; i < hashA.length; i++) {
            hashA[i] = r.nextLong() | 1L;
            hashB[i] = r.nextLong();
        }
    }

    /** Copies: resemblance at least 0.5, or 80% of the shorter document's shingles in the longer. */
    public static NearDuplicates create() {
        return new NearDuplicates(0.5, 0.8);
    }

    /**
     * A document's evidence for the corpus-wide step, computed once per document (the per-document stage
     * {@code signature}): its word 5-gram shingles and their MinHash signature (null when it has fewer than three
     * shingles, too short to be called a copy).
     */
    public record Signature(Set<Long> shingles, long[] minHash) implements java.io.Serializable {
        public Signature {
            shingles = Set.copyOf(shingles);
            minHash = minHash == null ? null : minHash.clone();
        }
    }

    /** The signature of one document's cleaned text (a pure function of the text). */
    public Signature signature(String text) {
        Set<Long> sh = shingles(text);
        return new Signature(sh, sh.size() < 3 ? null : signature(sh));
    }

    /** Maps each near-copy's id to its original's id; documents that are no copy are absent. */
    public Map<String, String> find(List<Document> docs) {
        List<Signature> sigs = new ArrayList<>();
        for (Document d : docs) {
            sigs.add(signature(d.text()));
        }
        return find(docs, sigs);
    }

    /**
     * The corpus-wide step: maps each near-copy's id to its original's id from the documents' signatures
     * ({@code signatures.get(i)} is the one of {@code docs.get(i)}); documents that are no copy are absent.
     */
    public Map<String, String> find(List<Document> docs, List<Signature> signatures) {
        if (signatures.size() != docs.size()) {
            throw new IllegalArgumentException("signatures: " + signatures.size() + " for " + docs.size()
                    + " documents");
        }
        Map<String, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            for (String key : bandKeys(signatures.get(i))) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        List<int[]> copies = new ArrayList<>();
        Set<Long> checked = new HashSet<>();
        for (List<Integer> bucket : buckets.values()) {
            for (int x = 0; x < bucket.size(); x++) {
                for (int y = x + 1; y < bucket.size(); y++) {
                    int i = bucket.get(x);
                    int j = bucket.get(y);
                    if (i == j || !checked.add(((long) Math.min(i, j) << 32) | Math.max(i, j))) {
                        continue;
                    }
                    if (similar(signatures.get(i), signatures.get(j))) {
                        copies.add(new int[] {i, j});
                    }
                }
            }
        }
        return originals(docs, copies);
    }

    /**
     * The LSH band keys of a signature ({@value #BANDS} bands of {@value #ROWS} MinHash rows): two documents that
     * share a key are candidates for the exact check ({@link #similar}); none for a text too short to be a copy.
     */
    public static List<String> bandKeys(Signature signature) {
        long[] sig = signature.minHash;
        if (sig == null) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            StringBuilder key = new StringBuilder().append(b);
            for (int r = 0; r < ROWS; r++) {
                key.append(':').append(sig[b * ROWS + r]);
            }
            keys.add(key.toString());
        }
        return keys;
    }

    /** The exact check of a candidate pair: resemblance or containment of their shingles past the thresholds. */
    public boolean similar(Signature a, Signature b) {
        return similar(a.shingles(), b.shingles());
    }

    /**
     * Which of a group of copies is the original: the earliest; on the same day the one crediting its own outlet;
     * else the smallest id.
     */
    public static final Comparator<Document> ORIGINAL_FIRST = Comparator.comparing((Document d) ->
            d.published() == null ? "9999" : d.published()).thenComparing(d -> creditsItself(d) ? 0 : 1)
            .thenComparing(Document::id);

    /**
     * Groups from the pairs found to be copies ({@code copies}: index pairs into {@code docs}, in any order): each
     * connected group's original (earliest; on the same day the one crediting its own outlet; else the smallest id)
     * and the copies mapped to it. The same result whatever order the pairs come in.
     */
    public Map<String, String> originals(List<Document> docs, List<int[]> copies) {
        UnionFind sets = UnionFind.of(docs.size());
        for (int[] pair : copies) {
            sets.union(pair[0], pair[1]);
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
        }
        Map<String, String> out = new LinkedHashMap<>();
        Comparator<Integer> order = Comparator.comparing((Integer i) -> docs.get(i), ORIGINAL_FIRST)
                .thenComparing(i -> i);
        for (List<Integer> g : groups.values()) {
            if (g.size() < 2) {
                continue;
            }
            int origin = g.stream().min(order).orElseThrow();
            for (int i : g) {
                if (i != origin) {
                    out.put(docs.get(i).id(), docs.get(origin).id());
                }
            }
        }
        return out;
    }

    boolean similar(Set<Long> a, Set<Long> b) {
        int inter = 0;
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        for (Long x : small) {
            if (large.contains(x)) {
                inter++;
            }
        }
        double resemblance = inter / (double) (a.size() + b.size() - inter);
        double containment = inter / (double) small.size();
        return resemblance >= minResemblance || (containment >= minContainment && small.size() >= 20);
    }

    private long[] signature(Set<Long> shingles) {
        long[] sig = new long[hashA.length];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int h = 0; h < sig.length; h++) {
                long v = mix(s * hashA[h] + hashB[h]);
                if (v < sig[h]) {
                    sig[h] = v;
                }
            }
        }
        return sig;
    }

    /** The 64-bit finalizer of MurmurHash3. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    static Set<Long> shingles(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= w.length; i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + SHINGLE; k++) {
                h = 31 * h + w[k].hashCode();
            }
            out.add(h);
        }
        return out;
    }

    /** Whether the document's outlet is named in its first lines (a wire dateline or credit). */
    private static boolean creditsItself(Document d) {
        if (d.outlet() == null || d.outlet().isBlank()) {
            return false;
        }
        String head = d.text().substring(0, Math.min(d.text().length(), 300));
        return head.toLowerCase(java.util.Locale.ROOT).contains(d.outlet().toLowerCase(java.util.Locale.ROOT));
    }
}
