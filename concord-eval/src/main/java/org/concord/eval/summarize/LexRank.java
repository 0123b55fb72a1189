package org.concord.eval.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.summarize.PorterStemmer;
import org.concord.summarize.SentenceSplitter;

/**
 * The LexRank baseline (Erkan and Radev 2004, "LexRank: Graph-based lexical centrality as salience in text
 * summarization", JAIR 22): sentences are tf-idf vectors of stemmed words (idf over the cluster's sentences),
 * linked when their idf-modified cosine is at least {@value #THRESHOLD}; the stationary distribution of the
 * degree-normalized graph with damping {@value #DAMPING} (power iteration) ranks them. The summary takes sentences
 * in rank order, skipping one whose cosine with a chosen one exceeds {@value #REDUNDANT} (the re-ranking of the
 * DUC 2004 run), until the word budget is reached; the last one may run past it (the scorer cuts).
 * Sentences of fewer than {@value #MIN_WORDS} words or without closing punctuation (headlines, datelines) are
 * left out.
 */
public final class LexRank {
    static final double THRESHOLD = 0.1;
    static final double DAMPING = 0.15;
    static final double REDUNDANT = 0.5;
    static final int MIN_WORDS = 5;
    private static final int MAX_ITERATIONS = 200;
    private static final double EPSILON = 1e-9;

    private LexRank() {
    }

    /** A summary of about {@code words} words of the cluster's documents. */
    public static String summarize(List<Cluster.ClusterDocument> docs, int words) {
        List<String> sentences = new ArrayList<>();
        for (Cluster.ClusterDocument d : docs) {
            for (SentenceSplitter.Span sp : SentenceSplitter.split(d.text())) {
                String s = d.text().substring(sp.start(), sp.end()).strip().replaceAll("\\s+", " ");
                char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
                boolean closed = ".!?\"')\u201d\u2019".indexOf(last) >= 0;
                if (closed && s.split(" ").length >= MIN_WORDS) {
                    sentences.add(s);
                }
            }
        }
        if (sentences.isEmpty()) {
            return "";
        }
        List<Map<String, Integer>> tf = new ArrayList<>();
        Map<String, Integer> sf = new HashMap<>();
        for (String s : sentences) {
            Map<String, Integer> t = new HashMap<>();
            for (String w : stems(s)) {
                t.merge(w, 1, Integer::sum);
            }
            tf.add(t);
            for (String w : t.keySet()) {
                sf.merge(w, 1, Integer::sum);
            }
        }
        int n = sentences.size();
        Map<String, Double> idf = new HashMap<>();
        for (Map.Entry<String, Integer> e : sf.entrySet()) {
            idf.put(e.getKey(), Math.log((double) n / e.getValue()) + 1e-6);
        }
        double[][] cos = new double[n][n];
        double[] norm = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (Map.Entry<String, Integer> e : tf.get(i).entrySet()) {
                double x = e.getValue() * idf.get(e.getKey());
                s += x * x;
            }
            norm[i] = Math.sqrt(s);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double c = cosine(tf.get(i), tf.get(j), idf, norm[i], norm[j]);
                cos[i][j] = c;
                cos[j][i] = c;
            }
        }
        double[] score = rank(cos, n);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
        List<Integer> chosen = new ArrayList<>();
        int count = 0;
        for (int i : order) {
            if (count >= words) {
                break;
            }
            boolean redundant = false;
            for (int j : chosen) {
                if (cos[i][j] > REDUNDANT) {
                    redundant = true;
                    break;
                }
            }
            if (!redundant) {
                chosen.add(i);
                count += sentences.get(i).split(" ").length;
            }
        }
        List<String> out = new ArrayList<>();
        for (int i : chosen) {
            out.add(sentences.get(i));
        }
        return String.join("\n", out);
    }

    /** Stationary distribution of the thresholded, degree-normalized similarity graph with damping. */
    static double[] rank(double[][] cos, int n) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            int degree = 0;
            for (int j = 0; j < n; j++) {
                if (cos[i][j] >= THRESHOLD) {
                    degree++;
                }
            }
            for (int j = 0; j < n; j++) {
                a[i][j] = cos[i][j] >= THRESHOLD && degree > 0 ? 1.0 / degree : 0;
            }
        }
        double[] p = new double[n];
        java.util.Arrays.fill(p, 1.0 / n);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] q = new double[n];
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += a[i][j] * p[i];
                }
                q[j] = DAMPING / n + (1 - DAMPING) * s;
            }
            double delta = 0;
            for (int j = 0; j < n; j++) {
                delta += Math.abs(q[j] - p[j]);
            }
            p = q;
            if (delta < EPSILON) {
                break;
            }
        }
        return p;
    }

    private static double cosine(Map<String, Integer> x, Map<String, Integer> y, Map<String, Double> idf,
                                 double nx, double ny) {
        if (nx == 0 || ny == 0) {
            return 0;
        }
        Map<String, Integer> small = x.size() <= y.size() ? x : y;
        Map<String, Integer> large = small == x ? y : x;
        double s = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            Integer o = large.get(e.getKey());
            if (o != null) {
                double w = idf.get(e.getKey());
                s += e.getValue() * o * w * w;
            }
        }
        return s / (nx * ny);
    }

    static List<String> stems(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w.length() > 3 ? PorterStemmer.stem(w) : w);
            }
        }
        return out;
    }
}
