package org.concord.eval.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.cluster.UnionFind;
import org.concord.text.StopWords;

/**
 * The baseline of {@code concord eval stories --system baseline}: TF-IDF cosine single-link. Each document is a
 * vector of its lower-cased words ({@code (1 + ln tf) ln(N/df)}, English function words
 * ({@link StopWords#BASELINE}) out), and two documents whose cosine reaches the threshold share a cluster,
 * transitively.
 * The threshold {@value #THRESHOLD} is the one of 0.05, 0.10, ..., 0.95 with the best mean B-cubed F1 over the two
 * dev sets (ECB+ stories, MultiLing 2011), the sweep recorded in docs/benchmarks.md.
 */
public final class TfIdfSingleLink {
    public static final double THRESHOLD = 0.20;
    private static final Pattern WORD = Pattern.compile("\\p{L}+|\\p{N}+");

    private final double threshold;

    private TfIdfSingleLink(double threshold) {
        this.threshold = threshold;
    }

    public static TfIdfSingleLink create() {
        return new TfIdfSingleLink(THRESHOLD);
    }

    public static TfIdfSingleLink create(double threshold) {
        return new TfIdfSingleLink(threshold);
    }

    /** Cluster index per document. */
    public int[] cluster(List<StoryDoc> docs) {
        int n = docs.size();
        List<Map<String, Double>> vectors = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (StoryDoc d : docs) {
            Map<String, Integer> c = new HashMap<>();
            String all = (d.title() == null ? "" : d.title() + "\n") + d.text();
            Matcher m = WORD.matcher(all.toLowerCase(Locale.ROOT));
            while (m.find()) {
                if (!StopWords.BASELINE.contains(m.group())) {
                    c.merge(m.group(), 1, Integer::sum);
                }
            }
            counts.add(c);
            c.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : counts.get(i).entrySet()) {
                double w = (1 + Math.log(e.getValue())) * Math.log(n / (double) df.get(e.getKey()));
                if (w > 0) {
                    v.put(e.getKey(), w);
                    norm += w * w;
                }
            }
            double len = Math.sqrt(norm);
            v.replaceAll((t, w) -> w / len);
            vectors.add(v);
            for (String t : v.keySet()) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        UnionFind sets = UnionFind.of(n);
        double[] acc = new double[n];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(acc, 0);
            for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
                for (int j : postings.get(e.getKey())) {
                    if (j > i) {
                        acc[j] += e.getValue() * vectors.get(j).get(e.getKey());
                    }
                }
            }
            for (int j = i + 1; j < n; j++) {
                if (acc[j] >= threshold) {
                    sets.union(i, j);
                }
            }
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = sets.find(i);
        }
        return out;
    }
}
