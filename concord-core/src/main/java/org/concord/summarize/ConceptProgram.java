package org.concord.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The concept-coverage integer program of Gillick and Favre (2009, "A scalable global model for summarization"):
 * choose sentences to maximise the total weight of the concepts they cover, each concept counted once, under a
 * word budget. Solved exactly by depth-first branch and bound (a node limit keeps the time bounded; the result is
 * deterministic): at each node the sentence with the best marginal gain per word is taken, then left out; a node is
 * pruned when the fractional-knapsack bound on the marginal gains of the remaining sentences (an upper bound, as
 * coverage is submodular) cannot beat the best choice found so far. The lead prior is a second copy of each
 * concept, in documents' first sentences only, weighted {@code lead} times the concept, so the program stays
 * linear.
 */
final class ConceptProgram {
    private final int n;
    private final int[] len;
    private final int[] requires;
    private final boolean[] isChosen;
    private final int[][] concepts;
    private final double[] weight;
    private final boolean[][] clash;
    private final int budget;
    private final int maxNodes;
    private final int[] cover;
    private final int[] chosen;
    private int nChosen;
    private int used;
    private double value;
    private double best = -1;
    private int[] bestSet = new int[0];
    private int nodes;

    private ConceptProgram(List<Summarizer.Candidate> cands, Map<String, Double> w, double lead, int budget,
                           int maxNodes) {
        n = cands.size();
        len = new int[n];
        requires = new int[n];
        isChosen = new boolean[n];
        Map<Summarizer.Candidate, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(cands.get(i), i);
        }
        for (int i = 0; i < n; i++) {
            Summarizer.Candidate r = cands.get(i).requires;
            requires[i] = r == null ? -1 : index.get(r);
        }
        concepts = new int[n][];
        Map<String, Integer> ids = new HashMap<>();
        List<Double> ws = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Summarizer.Candidate c = cands.get(i);
            len[i] = c.words;
            List<String> keys = new ArrayList<>(c.concepts);
            keys.sort(null);
            List<Integer> mine = new ArrayList<>();
            for (String k : keys) {
                Double x = w.get(k);
                if (x == null || x <= 0) {
                    continue;
                }
                mine.add(ids.computeIfAbsent(k, kk -> {
                    ws.add(x);
                    return ws.size() - 1;
                }));
                if (c.position == 0 && lead > 0) {
                    mine.add(ids.computeIfAbsent("\u0000" + k, kk -> {
                        ws.add(x * lead);
                        return ws.size() - 1;
                    }));
                }
            }
            concepts[i] = mine.stream().mapToInt(Integer::intValue).toArray();
        }
        weight = new double[ws.size()];
        for (int i = 0; i < weight.length; i++) {
            weight[i] = ws.get(i);
        }
        clash = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean r = Summarizer.redundant(cands.get(i), List.of(cands.get(j)));
                clash[i][j] = r;
                clash[j][i] = r;
            }
        }
        this.budget = budget;
        this.maxNodes = maxNodes;
        cover = new int[weight.length];
        chosen = new int[n];
    }

    /**
     * The candidates that cover the most concept weight in at most {@code budget} words: {@code weight} gives each
     * concept's weight, a concept covered by a document's first sentence counts {@code 1 + lead} times, no two
     * chosen sentences are redundant ({@link Summarizer#redundant}), and a sentence that {@code requires} another
     * is chosen only with it. {@code initial} (a feasible choice, the greedy one) is kept unless a better one is
     * found within {@code maxNodes} search nodes.
     */
    static List<Summarizer.Candidate> solve(List<Summarizer.Candidate> all, Map<String, Double> weight, double lead,
                                            int budget, List<Summarizer.Candidate> initial, int maxNodes) {
        ConceptProgram e = new ConceptProgram(all, weight, lead, budget, maxNodes);
        List<Summarizer.Candidate> greedy = initial;
        int[] start = new int[greedy.size()];
        for (int i = 0; i < start.length; i++) {
            start[i] = all.indexOf(greedy.get(i));
        }
        e.best = e.valueOf(start);
        e.bestSet = start;
        int[] avail = new int[e.n];
        for (int i = 0; i < e.n; i++) {
            avail[i] = i;
        }
        e.search(avail, avail.length);
        List<Summarizer.Candidate> out = new ArrayList<>();
        for (int i : e.bestSet) {
            out.add(all.get(i));
        }
        return out;
    }

    private double valueOf(int[] set) {
        boolean[] seen = new boolean[weight.length];
        double v = 0;
        for (int i : set) {
            for (int k : concepts[i]) {
                if (!seen[k]) {
                    seen[k] = true;
                    v += weight[k];
                }
            }
        }
        return v;
    }

    private double gainOf(int i) {
        double g = 0;
        for (int k : concepts[i]) {
            if (cover[k] == 0) {
                g += weight[k];
            }
        }
        return g;
    }

    private void search(int[] avail, int nAvail) {
        if (nodes++ >= maxNodes) {
            return;
        }
        if (value > best + 1e-9) {
            best = value;
            bestSet = Arrays.copyOf(chosen, nChosen);
        }
        int room = budget - used;
        int[] next = new int[nAvail];
        double[] gain = new double[nAvail];
        int m = 0;
        for (int a = 0; a < nAvail; a++) {
            int i = avail[a];
            if (len[i] > room) {
                continue;
            }
            boolean bad = false;
            for (int c = 0; c < nChosen && !bad; c++) {
                bad = clash[i][chosen[c]];
            }
            if (bad) {
                continue;
            }
            double g = gainOf(i);
            if (g <= 0) {
                continue;
            }
            next[m] = i;
            gain[m] = g;
            m++;
        }
        if (m == 0) {
            return;
        }
        Integer[] order = new Integer[m];
        for (int a = 0; a < m; a++) {
            order[a] = a;
        }
        final double[] gg = gain;
        final int[] nn = next;
        Arrays.sort(order, (x, y) -> {
            int c = Double.compare(gg[y] / len[nn[y]], gg[x] / len[nn[x]]);
            return c != 0 ? c : Integer.compare(nn[x], nn[y]);
        });
        // fractional knapsack bound on the marginal gains (coverage is submodular)
        double bound = value;
        int cap = room;
        for (int a = 0; a < m && cap > 0; a++) {
            int i = next[order[a]];
            if (len[i] <= cap) {
                bound += gain[order[a]];
                cap -= len[i];
            } else {
                bound += gain[order[a]] * cap / len[i];
                cap = 0;
            }
        }
        if (bound <= best + 1e-9) {
            return;
        }
        int[] sorted = new int[m];
        for (int a = 0; a < m; a++) {
            sorted[a] = next[order[a]];
        }
        int pick = -1;
        for (int a = 0; a < m && pick < 0; a++) {
            if (requires[sorted[a]] < 0 || isChosen[requires[sorted[a]]]) {
                pick = a;
            }
        }
        if (pick < 0) {
            return;
        }
        int k = sorted[pick];
        int[] rest = new int[m - 1];
        for (int a = 0, b = 0; a < m; a++) {
            if (a != pick) {
                rest[b++] = sorted[a];
            }
        }
        // take k
        isChosen[k] = true;
        chosen[nChosen++] = k;
        used += len[k];
        double before = value;
        for (int c : concepts[k]) {
            if (cover[c]++ == 0) {
                value += weight[c];
            }
        }
        search(rest, rest.length);
        for (int c : concepts[k]) {
            cover[c]--;
        }
        value = before;
        used -= len[k];
        nChosen--;
        isChosen[k] = false;
        // leave k out, and the sentences that need it
        int[] without = new int[rest.length];
        int w = 0;
        for (int i : rest) {
            if (requires[i] != k) {
                without[w++] = i;
            }
        }
        search(without, w);
    }
}
