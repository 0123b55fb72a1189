package org.concord.eval.coref;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coreference scores as the reference CoNLL-2012 scorer computes them (Pradhan et al. 2014, "Scoring coreference
 * partitions of predicted mentions: a reference implementation"): MUC (Vilain et al. 1995), B-cubed (Bagga and
 * Baldwin 1998), CEAF-e (Luo 2005, entity-based similarity phi4 with the optimal one-to-one alignment) and the CoNLL
 * F1, the mean of the three F1 values. Singletons count (B-cubed and CEAF-e see them; MUC has no links in them).
 * Mentions are compared by key; a mention on one side only is scored as the reference scorer does (a singleton of
 * its own for MUC partitions, no overlap for B-cubed and CEAF-e).
 */
public final class CorefScorer {
    private CorefScorer() {
    }

    /** Precision, recall and F1 of one metric. */
    public record Prf(double precision, double recall, double f1) {
        static Prf of(double num_p, double den_p, double num_r, double den_r) {
            double p = den_p == 0 ? 0 : num_p / den_p;
            double r = den_r == 0 ? 0 : num_r / den_r;
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    /** The three metrics and CoNLL F1. */
    public record Scores(Prf muc, Prf bcubed, Prf ceafe) {
        public double conllF1() {
            return (muc.f1() + bcubed.f1() + ceafe.f1()) / 3;
        }

        /** The eval metrics of the entities/events tasks (eval-v1.md names) plus precision and recall of each. */
        public Map<String, Double> metrics() {
            Map<String, Double> m = new LinkedHashMap<>();
            put(m, "muc", muc);
            put(m, "bcubed", bcubed);
            put(m, "ceafe", ceafe);
            m.put("conll_f1", conllF1());
            return m;
        }

        private static void put(Map<String, Double> m, String name, Prf p) {
            m.put(name + "_precision", p.precision());
            m.put(name + "_recall", p.recall());
            m.put(name + "_f1", p.f1());
        }
    }

    /** Scores {@code response} clusters against {@code key} clusters (each a collection of mention keys). */
    public static <T> Scores score(Collection<? extends Set<T>> key, Collection<? extends Set<T>> response) {
        List<Set<T>> k = nonEmpty(key);
        List<Set<T>> r = nonEmpty(response);
        return new Scores(muc(k, r), bcubed(k, r), ceafe(k, r));
    }

    private static <T> List<Set<T>> nonEmpty(Collection<? extends Set<T>> clusters) {
        List<Set<T>> out = new ArrayList<>();
        for (Set<T> c : clusters) {
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    private static <T> Map<T, Integer> index(List<Set<T>> clusters) {
        Map<T, Integer> of = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (T m : clusters.get(i)) {
                if (of.put(m, i) != null) {
                    throw new IllegalArgumentException("mention " + m + " is in two clusters of one side");
                }
            }
        }
        return of;
    }

    /** MUC: links kept; recall = sum(|K| - |partitions of K by R|) / sum(|K| - 1). */
    static <T> Prf muc(List<Set<T>> key, List<Set<T>> response) {
        double[] r = mucSide(key, response);
        double[] p = mucSide(response, key);
        return Prf.of(p[0], p[1], r[0], r[1]);
    }

    private static <T> double[] mucSide(List<Set<T>> a, List<Set<T>> b) {
        Map<T, Integer> of = index(b);
        double num = 0;
        double den = 0;
        for (Set<T> c : a) {
            Set<Integer> parts = new java.util.HashSet<>();
            int alone = 0;
            for (T m : c) {
                Integer i = of.get(m);
                if (i == null) {
                    alone++;
                } else {
                    parts.add(i);
                }
            }
            num += c.size() - (parts.size() + alone);
            den += c.size() - 1;
        }
        return new double[] {num, den};
    }

    /** B-cubed: per mention, |K cap R| / |K| (recall) and / |R| (precision), averaged over the mentions of a side. */
    static <T> Prf bcubed(List<Set<T>> key, List<Set<T>> response) {
        double[] r = bcubedSide(key, response);
        double[] p = bcubedSide(response, key);
        return Prf.of(p[0], p[1], r[0], r[1]);
    }

    private static <T> double[] bcubedSide(List<Set<T>> a, List<Set<T>> b) {
        Map<T, Integer> of = index(b);
        double num = 0;
        double den = 0;
        for (Set<T> c : a) {
            Map<Integer, Integer> overlap = new HashMap<>();
            for (T m : c) {
                Integer i = of.get(m);
                if (i != null) {
                    overlap.merge(i, 1, Integer::sum);
                }
            }
            for (int n : overlap.values()) {
                num += (double) n * n / c.size();
            }
            den += c.size();
        }
        return new double[] {num, den};
    }

    /** CEAF-e: the best one-to-one alignment of key and response clusters under phi4 = 2|K cap R| / (|K| + |R|). */
    static <T> Prf ceafe(List<Set<T>> key, List<Set<T>> response) {
        Map<T, Integer> rOf = index(response);
        // clusters sharing no mention have similarity 0: align each connected component of the overlap graph apart
        int nk = key.size();
        int[] parent = new int[nk + response.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<Map<Integer, Integer>> overlaps = new ArrayList<>();
        for (int i = 0; i < nk; i++) {
            Map<Integer, Integer> ov = new HashMap<>();
            for (T m : key.get(i)) {
                Integer j = rOf.get(m);
                if (j != null) {
                    ov.merge(j, 1, Integer::sum);
                    union(parent, i, nk + j);
                }
            }
            overlaps.add(ov);
        }
        Map<Integer, List<Integer>> compKeys = new HashMap<>();
        Map<Integer, List<Integer>> compResp = new HashMap<>();
        for (int i = 0; i < nk; i++) {
            compKeys.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
        }
        for (int j = 0; j < response.size(); j++) {
            compResp.computeIfAbsent(find(parent, nk + j), x -> new ArrayList<>()).add(j);
        }
        double total = 0;
        for (Map.Entry<Integer, List<Integer>> e : compKeys.entrySet()) {
            List<Integer> ks = e.getValue();
            List<Integer> rs = compResp.getOrDefault(e.getKey(), List.of());
            if (rs.isEmpty()) {
                continue;
            }
            double[][] sim = new double[ks.size()][rs.size()];
            for (int a = 0; a < ks.size(); a++) {
                Map<Integer, Integer> ov = overlaps.get(ks.get(a));
                for (int b = 0; b < rs.size(); b++) {
                    int n = ov.getOrDefault(rs.get(b), 0);
                    sim[a][b] = 2.0 * n / (key.get(ks.get(a)).size() + response.get(rs.get(b)).size());
                }
            }
            total += Assignment.maxWeight(sim);
        }
        return Prf.of(total, response.size(), total, key.size());
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        p[find(p, a)] = find(p, b);
    }
}
