package org.concord.cluster;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The story step without an all-pairs comparison ({@link StoryBlocking}), in steps that each read only one document,
 * one candidate pair or one connected component, so they run the same in this JVM ({@link #local}) and on a
 * cluster (concord-spark, where each step is a map or a shuffle):
 * <ol>
 * <li>{@link #weigh}: a document's TF-IDF vector, as {@link StoryClusterer} weighs it, from its term counts and
 * the corpus' document frequencies of its terms;</li>
 * <li>{@link #keys} and {@link #pairs}: candidate pairs, documents sharing one of their strongest terms and near in
 * that term's date order;</li>
 * <li>{@link TermVector#cosine} per candidate pair, and each document's neighbourhood scale from its candidates
 * ({@link #scale});</li>
 * <li>the pairs whose scaled similarity reaches the join threshold link documents into connected components:
 * average-link clusters never cross them (an average of at least the threshold needs one pair at least there);</li>
 * <li>{@link #componentStories}: the average-link clustering, threads, bursts and follow-ups of {@link StoryClusterer}
 * inside each component over its candidate pairs, and {@link #merge} of the components' stories into the corpus
 * order.</li>
 * </ol>
 * When the candidates hold every pair of documents with a term in common, the grouping is exactly the all-pairs
 * one: the scales and links are then the same numbers, computed in the same order. Otherwise a missed pair can
 * change a scale or an average (docs/scaling.md measures what that costs on the dev sets).
 */
public final class StoryBlocks {
    private StoryBlocks() {}

    /**
     * One original document of the story step: its place in the corpus order (date, then id), its date, the latest
     * year its text mentions (only read when it has no date; -1 when none or not needed) and its term counts
     * ({@link StoryFeatures#counts}), kept in their iteration order, which the vector's norm is summed in.
     */
    public record Input(int index, String id, LocalDate date, int latestYear, Map<String, Integer> counts)
            implements Serializable {
        public Input {
            counts = new LinkedHashMap<>(counts);
        }
    }

    /** A document's L2-normalised TF-IDF vector, its terms in name order. */
    public record TermVector(String[] terms, double[] weights) implements Serializable {
        /** The dot product, summed over the common terms in name order (the order the all-pairs step sums in). */
        public double cosine(TermVector other) {
            double dot = 0;
            int a = 0;
            int b = 0;
            while (a < terms.length && b < other.terms.length) {
                int c = terms[a].compareTo(other.terms[b]);
                if (c == 0) {
                    dot += weights[a] * other.weights[b];
                    a++;
                    b++;
                } else if (c < 0) {
                    a++;
                } else {
                    b++;
                }
            }
            return dot;
        }

        public int size() {
            return terms.length;
        }
    }

    /** A document of a connected component with what clustering inside the component reads. */
    public record Member(int index, LocalDate date, int latestYear, TermVector vector, double scale)
            implements Serializable {}

    /** A candidate pair (corpus indices, {@code i < j}) and its cosine. */
    public record Pair(int i, int j, double cosine) implements Serializable {}

    /**
     * Stories as lists of corpus indices (ascending), and follow-up links as indices into {@code stories}. A
     * component's parts have its own story order; {@link #merge} puts them in the corpus order.
     */
    public record Parts(List<List<Integer>> stories, List<FollowUp> followUps) implements Serializable {}

    /** Whether a term with document frequency {@code df} in a corpus of {@code n} weighs in the vectors. */
    public static boolean inVocabulary(int df, int n) {
        return df >= 2 && df < n;
    }

    /**
     * A document's vector: each term in the vocabulary weighs {@code (1 + ln tf) ln(1 + N/df)} times its type
     * weight (names double), then the vector is L2-normalised. {@code df} must hold the frequency of each of the
     * document's terms (others are left out).
     */
    public static TermVector weigh(Map<String, Integer> counts, Map<String, Integer> df, int n) {
        TreeMap<String, Double> v = new TreeMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Integer f = df.get(e.getKey());
            if (f == null || !inVocabulary(f, n)) {
                continue;
            }
            double w = StoryClusterer.weight(e.getKey(), e.getValue(), f, n);
            v.put(e.getKey(), w);
            norm += w * w;
        }
        double len = Math.sqrt(norm);
        String[] terms = new String[v.size()];
        double[] weights = new double[v.size()];
        int k = 0;
        for (Map.Entry<String, Double> e : v.entrySet()) {
            terms[k] = e.getKey();
            weights[k] = len > 0 ? e.getValue() / len : 0;
            k++;
        }
        return new TermVector(terms, weights);
    }

    /** The document's {@code count} heaviest terms (ties by name): the keys it is blocked on. */
    public static List<String> keys(TermVector v, int count) {
        Integer[] order = new Integer[v.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -v.weights()[i]).thenComparing(i -> v.terms()[i]));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(count, order.length); i++) {
            out.add(v.terms()[order[i]]);
        }
        return out;
    }

    /** Receives a candidate pair, {@code i < j}. */
    @FunctionalInterface
    public interface PairSink {
        void pair(int i, int j);
    }

    /**
     * The candidate pairs of one key's documents: each paired with the next {@code window} in corpus order (date,
     * then id); {@code members} ascending.
     */
    public static void pairs(List<Integer> members, int window, PairSink sink) {
        for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size() && b <= a + window; b++) {
                sink.pair(members.get(a), members.get(b));
            }
        }
    }

    /**
     * A document's neighbourhood scale from the cosines of its candidate pairs, {@code others} being how many other
     * documents the corpus holds: as {@link StoryClusterer} takes it from all cosines, the pairs not among the
     * candidates counting as 0.
     */
    public static double scale(double[] found, int others) {
        if (others == 0) {
            return StoryClusterer.SCALE_FLOOR;
        }
        double[] sorted = found.clone();
        Arrays.sort(sorted);
        int r = sorted.length;
        double max = r > 0 ? Math.max(0, sorted[r - 1]) : 0;
        int near;
        if (max <= 0) {
            near = others; // all cosines 0: every other document is "near" the nearest
        } else {
            near = 0;
            for (int q = r - 1; q >= 0 && sorted[q] >= StoryClusterer.NEAR * max; q--) {
                near++;
            }
        }
        int kk = Math.max(1, Math.min(StoryClusterer.NEIGHBOURS, near));
        double value = kk <= r ? sorted[r - kk] : 0;
        return Math.max(StoryClusterer.SCALE_FLOOR, value);
    }

    /** Whether a candidate pair links two documents into one component. */
    public static boolean links(double cosine, double scaleI, double scaleJ, double join) {
        return cosine / Math.max(scaleI, scaleJ) >= join;
    }

    /**
     * The stories of one connected component from its candidate pairs: average-link threads, bursts and follow-ups,
     * as {@link StoryClusterer} makes them over the whole corpus (a pair that is not a candidate counts as 0, as a
     * pair with no term in common does there). The work is linear in the component's pairs: no step compares all
     * of a component's documents, however large it grows.
     */
    public static Parts componentStories(List<Member> component, List<Pair> pairs, double join, int quietDays) {
        List<Member> members = new ArrayList<>(component);
        members.sort(Comparator.comparingInt(Member::index));
        int c = members.size();
        Map<Integer, Integer> local = new HashMap<>();
        List<Map<Integer, Double>> rows = new ArrayList<>();
        double[] scale = new double[c];
        LocalDate[] dates = new LocalDate[c];
        int[] years = new int[c];
        for (int i = 0; i < c; i++) {
            local.put(members.get(i).index(), i);
            rows.add(new HashMap<>());
            scale[i] = members.get(i).scale();
            dates[i] = members.get(i).date();
            years[i] = members.get(i).latestYear();
        }
        for (Pair p : pairs) {
            Integer i = local.get(p.i());
            Integer j = local.get(p.j());
            if (i == null || j == null) {
                throw new IllegalArgumentException("pair " + p.i() + "-" + p.j() + " is not in the component");
            }
            if (p.cosine() >= StoryClusterer.MIN_COSINE) {
                rows.get(i).put(j, p.cosine());
                rows.get(j).put(i, p.cosine());
            }
        }
        List<List<Integer>> threads = StoryClusterer.averageLink(rows, scale, c, join);
        StoryClusterer.Assembled assembled = StoryClusterer.assemble(threads, dates, years, quietDays,
                (a, b) -> averageCosine(members, a, b));
        List<List<Integer>> stories = new ArrayList<>();
        for (List<Integer> s : assembled.stories()) {
            stories.add(s.stream().map(i -> members.get(i).index()).toList());
        }
        return new Parts(stories, assembled.followUps());
    }

    /** The average cosine over all pairs across two groups of a component's members (local indices). */
    private static double averageCosine(List<Member> members, List<Integer> a, List<Integer> b) {
        Map<String, Double> sum = new HashMap<>();
        for (int i : a) {
            TermVector v = members.get(i).vector();
            for (int k = 0; k < v.size(); k++) {
                sum.merge(v.terms()[k], v.weights()[k], Double::sum);
            }
        }
        double dot = 0;
        for (int j : b) {
            TermVector v = members.get(j).vector();
            for (int k = 0; k < v.size(); k++) {
                dot += v.weights()[k] * sum.getOrDefault(v.terms()[k], 0.0);
            }
        }
        return a.isEmpty() || b.isEmpty() ? 0 : dot / (a.size() * (double) b.size());
    }

    /** The components' stories in the corpus order (by first member), with their follow-up links renumbered. */
    public static Parts merge(List<Parts> parts) {
        record Placed(List<Integer> members, int part, int local) {}
        List<Placed> all = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            for (int s = 0; s < parts.get(p).stories().size(); s++) {
                all.add(new Placed(parts.get(p).stories().get(s), p, s));
            }
        }
        all.sort(Comparator.comparingInt(x -> x.members().get(0)));
        Map<Long, Integer> position = new HashMap<>();
        for (int k = 0; k < all.size(); k++) {
            position.put(((long) all.get(k).part() << 32) | all.get(k).local(), k);
        }
        Map<Integer, Integer> earlierOf = new TreeMap<>();
        for (int p = 0; p < parts.size(); p++) {
            for (FollowUp f : parts.get(p).followUps()) {
                earlierOf.put(position.get(((long) p << 32) | f.story()),
                        position.get(((long) p << 32) | f.earlierStory()));
            }
        }
        List<List<Integer>> stories = new ArrayList<>();
        all.forEach(x -> stories.add(x.members()));
        List<FollowUp> followUps = new ArrayList<>();
        earlierOf.forEach((later, earlier) -> followUps.add(new FollowUp(later, earlier)));
        return new Parts(stories, followUps);
    }

    /** Figures of one blocked grouping (for benchmarks and logs). */
    public record Counts(long documents, long candidatePairs, long links, long components, long largestComponent)
            implements Serializable {}

    /** The blocked story step in this JVM, the same steps as concord-spark runs ({@code docs} in corpus order). */
    public static Parts local(List<Input> docs, StoryBlocking blocking, double join, int quietDays) {
        return local(docs, blocking, join, quietDays, c -> { });
    }

    /** As {@link #local(List, StoryBlocking, double, int)}, reporting its counts to {@code counts}. */
    public static Parts local(List<Input> docs, StoryBlocking blocking, double join, int quietDays,
                              java.util.function.Consumer<Counts> counts) {
        int n = docs.size();
        Map<String, Integer> df = new HashMap<>();
        for (Input d : docs) {
            d.counts().keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        TermVector[] vectors = new TermVector[n];
        TreeMap<String, List<Integer>> buckets = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (docs.get(i).index() != i) {
                throw new IllegalArgumentException("docs must be in corpus order: index " + docs.get(i).index()
                        + " at position " + i);
            }
            vectors[i] = weigh(docs.get(i).counts(), df, n);
            for (String key : keys(vectors[i], blocking.keys())) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> seen = new HashSet<>();
        List<long[]> pairs = new ArrayList<>();
        for (List<Integer> bucket : buckets.values()) {
            pairs(bucket, blocking.window(), (i, j) -> {
                if (seen.add(((long) i << 32) | j)) {
                    pairs.add(new long[] {i, j});
                }
            });
        }
        List<List<Double>> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            found.add(new ArrayList<>());
        }
        double[] cosines = new double[pairs.size()];
        for (int p = 0; p < pairs.size(); p++) {
            int i = (int) pairs.get(p)[0];
            int j = (int) pairs.get(p)[1];
            cosines[p] = vectors[i].cosine(vectors[j]);
            found.get(i).add(cosines[p]);
            found.get(j).add(cosines[p]);
        }
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            scale[i] = scale(found.get(i).stream().mapToDouble(Double::doubleValue).toArray(), n - 1);
        }
        UnionFind components = UnionFind.of(n);
        long links = 0;
        for (int p = 0; p < pairs.size(); p++) {
            int i = (int) pairs.get(p)[0];
            int j = (int) pairs.get(p)[1];
            if (links(cosines[p], scale[i], scale[j], join)) {
                components.union(i, j);
                links++;
            }
        }
        TreeMap<Integer, List<Member>> byRoot = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            Input d = docs.get(i);
            byRoot.computeIfAbsent(components.find(i), r -> new ArrayList<>())
                    .add(new Member(i, d.date(), d.latestYear(), vectors[i], scale[i]));
        }
        Map<Integer, List<Pair>> pairsOf = new HashMap<>();
        for (int p = 0; p < pairs.size(); p++) {
            int i = (int) pairs.get(p)[0];
            int j = (int) pairs.get(p)[1];
            if (components.find(i) == components.find(j)) {
                pairsOf.computeIfAbsent(components.find(i), r -> new ArrayList<>()).add(new Pair(i, j, cosines[p]));
            }
        }
        List<Parts> parts = new ArrayList<>();
        long largest = 0;
        for (Map.Entry<Integer, List<Member>> component : byRoot.entrySet()) {
            parts.add(componentStories(component.getValue(), pairsOf.getOrDefault(component.getKey(), List.of()),
                    join, quietDays));
            largest = Math.max(largest, component.getValue().size());
        }
        counts.accept(new Counts(n, pairs.size(), links, byRoot.size(), largest));
        return merge(parts);
    }
}
