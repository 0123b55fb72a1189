package org.concord.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Sentence;
import org.concord.annotate.Terms;
import org.concord.annotate.Token;

/**
 * Documents of one collection grouped by the real-world event they report, before mentions are resolved across
 * them: TF-IDF vectors of content lemmas (proper nouns and numbers weighted double, IDF over the collection so that
 * the words every document shares count little), joined by average-link agglomerative clustering while the mean
 * cosine of two groups is at least the threshold. Clustering documents first is what lets same-lemma event
 * mentions of two similar events stay apart (Barhom et al. 2019, ACL; Kenyon-Dean et al. 2018 discuss the
 * topic/subtopic structure of ECB+).
 */
public final class DocumentGroups {
    /** The default joining threshold of the mean cosine between two groups. */
    public static final double THRESHOLD = 0.05;

    private final double threshold;

    private DocumentGroups(double threshold) {
        this.threshold = threshold;
    }

    public static DocumentGroups create() {
        return new DocumentGroups(THRESHOLD);
    }

    public static DocumentGroups withThreshold(double threshold) {
        return new DocumentGroups(threshold);
    }

    /** All documents in one group, without comparing them: for documents already known to report one event. */
    public static DocumentGroups single() {
        return new DocumentGroups(Double.NEGATIVE_INFINITY);
    }

    /** The group of each document, by document id ({@link #group} keyed for lookups by mention). */
    public Map<String, Integer> groupOf(List<AnnotatedDocument> docs) {
        int[] g = group(docs);
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            out.put(docs.get(i).id(), g[i]);
        }
        return out;
    }

    /** The group index of each document (0-based, in order of first member), by position in {@code docs}. */
    public int[] group(List<AnnotatedDocument> docs) {
        int n = docs.size();
        if (threshold == Double.NEGATIVE_INFINITY) {
            return new int[n];
        }
        List<Map<String, Double>> tf = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (AnnotatedDocument d : docs) {
            Map<String, Double> v = new HashMap<>();
            for (Sentence s : d.annotation().sentences()) {
                for (Token t : s.tokens()) {
                    if (!Terms.isContent(t)) {
                        continue;
                    }
                    String p = t.pos() == null ? "" : t.pos();
                    v.merge(Terms.key(t), p.startsWith("NNP") || p.equals("CD") ? 2.0 : 1.0, Double::sum);
                }
            }
            for (String k : v.keySet()) {
                df.merge(k, 1, Integer::sum);
            }
            tf.add(v);
        }
        List<Map<String, Double>> vec = new ArrayList<>();
        for (Map<String, Double> v : tf) {
            Map<String, Double> w = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Double> e : v.entrySet()) {
                double x = (1 + Math.log(e.getValue())) * Math.log((n + 1.0) / df.get(e.getKey()));
                if (x > 0) {
                    w.put(e.getKey(), x);
                    norm += x * x;
                }
            }
            double len = Math.sqrt(norm);
            if (len > 0) {
                w.replaceAll((k, x) -> x / len);
            }
            vec.add(w);
        }
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sim[i][j] = sim[j][i] = cosine(vec.get(i), vec.get(j));
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            groups.add(new ArrayList<>(List.of(i)));
        }
        while (groups.size() > 1) {
            double best = -1;
            int ba = -1;
            int bb = -1;
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    double s = 0;
                    for (int x : groups.get(a)) {
                        for (int y : groups.get(b)) {
                            s += sim[x][y];
                        }
                    }
                    s /= (double) groups.get(a).size() * groups.get(b).size();
                    if (s > best) {
                        best = s;
                        ba = a;
                        bb = b;
                    }
                }
            }
            if (best < threshold) {
                break;
            }
            groups.get(ba).addAll(groups.remove(bb));
        }
        int[] out = new int[n];
        groups.sort(java.util.Comparator.comparingInt(g -> g.stream().mapToInt(Integer::intValue).min().orElse(0)));
        for (int g = 0; g < groups.size(); g++) {
            for (int x : groups.get(g)) {
                out[x] = g;
            }
        }
        return out;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            Map<String, Double> t = a;
            a = b;
            b = t;
        }
        double s = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double y = b.get(e.getKey());
            if (y != null) {
                s += e.getValue() * y;
            }
        }
        return s;
    }
}
