package org.concord.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.concord.model.Document;

/**
 * Stage 6: documents that cover the same event form a story, and later stories about it are its follow-ups.
 * <ol>
 * <li>Evidence: each document is a TF-IDF vector ({@code (1 + ln tf) ln(1 + N/df)}, terms in at least
 * two documents but not all,
 * L2-normalised) of its {@link StoryFeatures}: words, names (counted double) and numbers.</li>
 * <li>Locally scaled similarity: the cosine of two documents divided by the larger of the two documents' cosines
 * with their {@value #NEIGHBOURS}th nearest neighbour (or, when fewer neighbours reach {@value #NEAR} of the
 * nearest one's cosine, the last of those) (after the "local scaling" of Zelnik-Manor and Perona,
 * "Self-tuning spectral clustering", NIPS 2004, which divides by the geometric mean; the larger scale keeps an
 * unrelated article, whose neighbours are all far, from being pulled into a tight story). A fixed cosine threshold
 * cannot serve both a tight event whose reports repeat the same names (ECB+ seminal events, where a second event
 * of the same kind shares the vocabulary) and a topic followed for months in varied words (MultiLing); relative to
 * each document's own neighbourhood the two look alike. Cosines under {@value #MIN_COSINE} never link, and no
 * scale is taken below {@value #SCALE_FLOOR}.</li>
 * <li>Threads: average-link agglomeration (UPGMA) of the scaled similarities, best pair first, while the link is
 * at least {@value #JOIN}.</li>
 * <li>Stories: a thread's dated documents split where coverage pauses for more than {@value #QUIET_DAYS} days; each
 * later burst is a story of its own, linked as a follow-up of the earlier burst of its thread it is most similar
 * to. An undated document stays with its thread's first story unless the latest year it mentions is more than
 * {@value #LATER_YEARS} years after every dated document of the thread: then it is later coverage (a story per such
 * year). Nearer years are often plans ("fares frozen until 2024"), not the time of writing.</li>
 * </ol>
 * Documents are sorted by date then id before anything else and ties break on that order, so the result does not
 * depend on input order.
 */
public final class StoryClusterer {
    static final int NEIGHBOURS = 6;
    static final double MIN_COSINE = 0.05;
    /**
     * The least neighbourhood scale: a document of a story of two or three has no six close neighbours, and
     * scaling by the far background would make any weak likeness look strong.
     */
    static final double SCALE_FLOOR = 0.15;
    /**
     * Which neighbours count as a document's neighbourhood: those at least this share of its nearest one's
     * cosine. A document of a story of three has two such neighbours, not six: its scale is then its second
     * nearest, not a far background document that would make any weak likeness look strong.
     */
    static final double NEAR = 0.4;
    static final double JOIN = 0.55;
    static final int QUIET_DAYS = 7;
    /** How many years past its thread an undated document's latest year must be to make it later coverage. */
    static final int LATER_YEARS = 2;
    private static final Map<Character, Double> TYPE_WEIGHT = Map.of('w', 1.0, 'e', 2.0, 'n', 1.0);

    private final double join;
    private final int quietDays;
    private final StoryBlocking blocking;
    private final BlockedSteps steps;

    private StoryClusterer(double join, int quietDays, StoryBlocking blocking, BlockedSteps steps) {
        this.join = join;
        this.quietDays = quietDays;
        this.blocking = blocking;
        this.steps = steps;
    }

    /** Over all pairs of documents, whatever the corpus size. */
    public static StoryClusterer create() {
        return new StoryClusterer(JOIN, QUIET_DAYS, null, StoryBlocks::local);
    }

    /** With an explicit scaled-similarity threshold and quiet gap (for evaluation and tuning). */
    public static StoryClusterer create(double join, int quietDays) {
        return new StoryClusterer(join, quietDays, null, StoryBlocks::local);
    }

    /**
     * Over all pairs below {@link StoryBlocking#exactBelow} original documents, over blocked candidate pairs from
     * it on ({@link StoryBlocks}), the blocked steps run in this JVM.
     */
    public static StoryClusterer blocked(StoryBlocking blocking) {
        return new StoryClusterer(JOIN, QUIET_DAYS, java.util.Objects.requireNonNull(blocking, "blocking"),
                StoryBlocks::local);
    }

    /** The same clusterer with its blocked steps run by {@code steps} (concord-spark runs them on a cluster). */
    public StoryClusterer on(BlockedSteps steps) {
        return new StoryClusterer(join, quietDays, blocking, java.util.Objects.requireNonNull(steps, "steps"));
    }

    /** The blocking this clusterer uses on large corpora, or null (all pairs always). */
    public StoryBlocking blocking() {
        return blocking;
    }

    /** The scaled-similarity threshold of the average-link step. */
    public double join() {
        return join;
    }

    /** The pause, in days, that splits a thread into stories. */
    public int quietDays() {
        return quietDays;
    }

    /** Where the blocked story steps run: {@link StoryBlocks#local} in this JVM, or a cluster. */
    @FunctionalInterface
    public interface BlockedSteps {
        /** The stories of {@code docs} (in corpus order: date, then id), as {@link StoryBlocks#local} gives them. */
        StoryBlocks.Parts run(List<StoryBlocks.Input> docs, StoryBlocking blocking, double join, int quietDays);
    }

    /**
     * Groups documents into stories. Near-copies ({@code duplicateOf}) do not vote: the originals are clustered,
     * and each copy joins its original's story, so a wire story re-posted five times weighs as one article.
     */
    public StoryGrouping cluster(List<Document> input, Map<String, String> duplicateOf) {
        return cluster(input, Map.of(), duplicateOf);
    }

    /**
     * The corpus-wide story step over the documents' precomputed term counts ({@link StoryFeatures#counts}, the
     * per-document stage {@code features}, by document id); a document missing from {@code features} has its
     * counts computed here.
     */
    public StoryGrouping cluster(List<Document> input, Map<String, Map<String, Integer>> features,
                                 Map<String, String> duplicateOf) {
        List<Document> originals = new ArrayList<>();
        Map<String, Document> byId = new HashMap<>();
        for (Document d : input) {
            byId.put(d.id(), d);
            if (!duplicateOf.containsKey(d.id())) {
                originals.add(d);
            }
        }
        StoryGrouping g = clusterOriginals(originals, features);
        Map<String, Integer> storyOf = new HashMap<>();
        for (int s = 0; s < g.stories().size(); s++) {
            for (String id : g.stories().get(s)) {
                storyOf.put(id, s);
            }
        }
        List<List<String>> stories = new ArrayList<>();
        for (List<String> story : g.stories()) {
            stories.add(new ArrayList<>(story));
        }
        for (Document d : input) {
            if (duplicateOf.containsKey(d.id())) {
                Integer s = storyOf.get(root(d.id(), duplicateOf));
                if (s == null) { // an original that is itself missing: the copy stands alone
                    stories.add(new ArrayList<>(List.of(d.id())));
                } else {
                    stories.get(s).add(d.id());
                }
            }
        }
        for (List<String> members : stories) {
            members.sort(order(byId));
        }
        return new StoryGrouping(stories, g.followUps());
    }

    private static Comparator<String> order(Map<String, Document> byId) {
        return Comparator.comparing((String id) -> dateKey(byId.get(id))).thenComparing(id -> id);
    }

    private static String dateKey(Document d) {
        LocalDate date = d.publishedDate();
        return date == null ? "9999" : date.toString();
    }

    private static String root(String id, Map<String, String> duplicateOf) {
        String r = id;
        for (int hops = 0; duplicateOf.containsKey(r) && hops < 100; hops++) {
            r = duplicateOf.get(r);
        }
        return r;
    }

    private StoryGrouping clusterOriginals(List<Document> input, Map<String, Map<String, Integer>> features) {
        List<Document> docs = new ArrayList<>(input);
        docs.sort(Comparator.comparing(StoryClusterer::dateKey).thenComparing(Document::id));
        int n = docs.size();
        LocalDate[] dates = new LocalDate[n];
        int[] years = new int[n];
        for (int i = 0; i < n; i++) {
            dates[i] = docs.get(i).publishedDate();
            years[i] = dates[i] == null ? latestYear(docs.get(i)) : -1;
        }
        List<List<Integer>> sorted;
        List<FollowUp> followUps;
        if (blocking != null && blocking.blocks(n)) {
            StoryBlocks.Parts parts = steps.run(inputs(docs, features), blocking, join, quietDays);
            sorted = parts.stories();
            followUps = parts.followUps();
        } else {
            Vectors v = Vectors.of(docs, features);
            List<Map<Integer, Double>> cosines = new ArrayList<>();
            double[] scale = v.neighbours(MIN_COSINE, NEIGHBOURS, SCALE_FLOOR, cosines);
            Assembled a = assemble(averageLink(cosines, scale, n, join), dates, years, quietDays,
                    v::averageCosine);
            sorted = a.stories();
            followUps = a.followUps();
        }
        List<List<String>> out = new ArrayList<>();
        for (List<Integer> c : sorted) {
            List<String> ids = new ArrayList<>();
            for (int i : c) {
                ids.add(docs.get(i).id());
            }
            out.add(ids);
        }
        return new StoryGrouping(out, followUps);
    }

    /**
     * The blocked step's inputs: the documents in corpus order (date, then id), each with its date, the latest year
     * it mentions when undated, and its term counts ({@code features} by id, or computed here).
     */
    public static List<StoryBlocks.Input> inputs(List<Document> originals,
                                                 Map<String, Map<String, Integer>> features) {
        List<Document> docs = new ArrayList<>(originals);
        docs.sort(Comparator.comparing(StoryClusterer::dateKey).thenComparing(Document::id));
        List<StoryBlocks.Input> in = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            in.add(input(i, docs.get(i), features.get(docs.get(i).id())));
        }
        return in;
    }

    /** One document as the blocked step's input at {@code index} in the corpus order ({@code counts} null: computed). */
    public static StoryBlocks.Input input(int index, Document d, Map<String, Integer> counts) {
        LocalDate date = d.publishedDate();
        return new StoryBlocks.Input(index, d.id(), date, date == null ? latestYear(d) : -1,
                counts != null ? counts : StoryFeatures.counts(d.title(), d.text()));
    }

    /** A key whose string order is {@link #CORPUS_ORDER} (for sorting where only natural orders are at hand). */
    public static String corpusKey(Document d) {
        return dateKey(d) + "\u0000" + d.id();
    }

    /** The order of the story step's corpus: by published date (undated last), then id. */
    public static final Comparator<Document> CORPUS_ORDER = Comparator.comparing(StoryClusterer::dateKey)
            .thenComparing(Document::id);

    /** The average similarity of two groups of documents (indices). */
    @FunctionalInterface
    interface GroupSimilarity {
        double between(List<Integer> a, List<Integer> b);
    }

    /** Stories (member indices ascending; ordered by first member) and follow-up links between them. */
    record Assembled(List<List<Integer>> stories, List<FollowUp> followUps) {}

    /**
     * Threads into stories: each thread's bursts ({@link #bursts}), the stories ordered by their first member, and
     * each later story of a thread linked to the earlier story of its thread it is most similar to.
     */
    static Assembled assemble(List<List<Integer>> threads, LocalDate[] dates, int[] years, int quietDays,
                              GroupSimilarity similarity) {
        // stories: bursts of each thread; members in date, id order; stories ordered by their first member
        List<List<Integer>> stories = new ArrayList<>();
        List<Integer> threadOf = new ArrayList<>();
        for (int t = 0; t < threads.size(); t++) {
            for (List<Integer> burst : bursts(threads.get(t), dates, years, quietDays)) {
                stories.add(burst);
                threadOf.add(t);
            }
        }
        Integer[] idx = new Integer[stories.size()];
        Arrays.setAll(idx, i -> i);
        Arrays.sort(idx, Comparator.comparing((Integer s) -> stories.get(s).get(0)));
        List<List<Integer>> sorted = new ArrayList<>();
        List<Integer> sortedThread = new ArrayList<>();
        for (int s : idx) {
            sorted.add(stories.get(s));
            sortedThread.add(threadOf.get(s));
        }
        List<FollowUp> followUps = new ArrayList<>();
        for (int later = 0; later < sorted.size(); later++) {
            int best = -1;
            double bestSim = -1;
            for (int earlier = 0; earlier < later; earlier++) {
                if (!sortedThread.get(earlier).equals(sortedThread.get(later))) {
                    continue;
                }
                double s = similarity.between(sorted.get(earlier), sorted.get(later));
                if (s > bestSim + 1e-12) {
                    bestSim = s;
                    best = earlier;
                }
            }
            if (best >= 0) {
                followUps.add(new FollowUp(later, best));
            }
        }
        return new Assembled(sorted, followUps);
    }

    /**
     * A thread's members (ascending, i.e. date then id) split at pauses; undated members join the first burst, or
     * a later one per year when the latest year they mention is well after every dated member's year.
     */
    private static List<List<Integer>> bursts(List<Integer> thread, LocalDate[] dates, int[] years,
                                              int quietDays) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> undated = new ArrayList<>();
        LocalDate last = null;
        for (int i : thread) {
            if (dates[i] == null) {
                undated.add(i);
                continue;
            }
            if (last == null || ChronoUnit.DAYS.between(last, dates[i]) > quietDays) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).add(i);
            last = dates[i];
        }
        if (out.isEmpty()) {
            out.add(new ArrayList<>());
        }
        TreeMap<Integer, List<Integer>> laterYears = new TreeMap<>();
        for (int i : undated) {
            int year = years[i];
            if (last != null && year > last.getYear() + LATER_YEARS) {
                laterYears.computeIfAbsent(year, y -> new ArrayList<>()).add(i);
            } else {
                out.get(0).add(i);
            }
        }
        out.get(0).sort(Integer::compare);
        out.addAll(laterYears.values());
        return out;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    /** The latest year (1900-2099) written in the document's title or text, or -1. */
    static int latestYear(Document d) {
        int year = -1;
        java.util.regex.Matcher m = YEAR.matcher((d.title() == null ? "" : d.title()) + "\n" + d.text());
        while (m.find()) {
            year = Math.max(year, Integer.parseInt(m.group()));
        }
        return year;
    }

    /**
     * UPGMA over a sparse similarity graph (absent edges count as 0): the pair of clusters with the highest
     * average scaled similarity is merged first, ties to the lower indices, while it is at least the threshold.
     */
    static List<List<Integer>> averageLink(List<Map<Integer, Double>> cosines, double[] scale, int n,
                                           double join) {
        List<Map<Integer, Double>> link = new ArrayList<>();
        PriorityQueue<double[]> heap = new PriorityQueue<>((a, b) -> {
            int c = Double.compare(b[0], a[0]);
            if (c != 0) {
                return c;
            }
            c = Double.compare(a[1], b[1]);
            return c != 0 ? c : Double.compare(a[2], b[2]);
        });
        for (int i = 0; i < n; i++) {
            Map<Integer, Double> row = new HashMap<>();
            for (Map.Entry<Integer, Double> e : cosines.get(i).entrySet()) {
                int j = e.getKey();
                double s = e.getValue() / Math.max(scale[i], scale[j]);
                row.put(j, s);
                if (j > i && s >= join) {
                    heap.add(new double[] {s, i, j, 0, 0});
                }
            }
            link.add(row);
        }
        int[] size = new int[n];
        int[] version = new int[n];
        boolean[] alive = new boolean[n];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            alive[i] = true;
            members.add(new ArrayList<>(List.of(i)));
        }
        while (!heap.isEmpty()) {
            double[] top = heap.poll();
            int i = (int) top[1];
            int j = (int) top[2];
            if (!alive[i] || !alive[j] || version[i] != (int) top[3] || version[j] != (int) top[4]) {
                continue;
            }
            int ni = size[i];
            int nj = size[j];
            Map<Integer, Double> li = link.get(i);
            Map<Integer, Double> lj = link.get(j);
            TreeMap<Integer, Double> merged = new TreeMap<>();
            for (Map<Integer, Double> side : List.of(li, lj)) {
                for (Integer k : side.keySet()) {
                    if (k != i && k != j && alive[k]) {
                        merged.put(k, (li.getOrDefault(k, 0.0) * ni + lj.getOrDefault(k, 0.0) * nj) / (ni + nj));
                    }
                }
            }
            alive[j] = false;
            link.set(j, Map.of());
            size[i] = ni + nj;
            version[i]++;
            members.get(i).addAll(members.get(j));
            members.set(j, List.of());
            Map<Integer, Double> row = new HashMap<>(merged);
            link.set(i, row);
            for (Map.Entry<Integer, Double> e : merged.entrySet()) {
                int k = e.getKey();
                Map<Integer, Double> lk = link.get(k);
                lk.remove(j);
                lk.put(i, e.getValue());
                if (e.getValue() >= join) {
                    int a = Math.min(i, k);
                    int b = Math.max(i, k);
                    heap.add(new double[] {e.getValue(), a, b, version[a], version[b]});
                }
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (alive[i]) {
                List<Integer> m = new ArrayList<>(members.get(i));
                m.sort(Integer::compare);
                out.add(m);
            }
        }
        return out;
    }

    /** A term's weight before normalisation: {@code (1 + ln tf) ln(1 + N/df)} times its type weight. */
    static double weight(String term, int tf, int df, int n) {
        return (1 + Math.log(tf)) * Vectors.idf(n, df) * TYPE_WEIGHT.getOrDefault(term.charAt(0), 1.0);
    }

    /** Sparse TF-IDF vectors of a document list and an inverted index over them. */
    static final class Vectors {
        private final int n;
        private final int[][] terms;
        private final double[][] weights;
        private final int[][] postingsDoc;
        private final double[][] postingsWeight;
        private final String[] names;

        private Vectors(int n, int[][] terms, double[][] weights, int[][] postingsDoc, double[][] postingsWeight,
                        String[] names) {
            this.names = names;
            this.n = n;
            this.terms = terms;
            this.weights = weights;
            this.postingsDoc = postingsDoc;
            this.postingsWeight = postingsWeight;
        }

        static Vectors of(List<Document> docs) {
            return of(docs, Map.of());
        }

        static Vectors of(List<Document> docs, Map<String, Map<String, Integer>> features) {
            int n = docs.size();
            List<Map<String, Integer>> counts = new ArrayList<>();
            Map<String, Integer> df = new HashMap<>();
            for (Document d : docs) {
                Map<String, Integer> given = features.get(d.id());
                Map<String, Integer> c = given != null ? given : StoryFeatures.counts(d.title(), d.text());
                counts.add(c);
                c.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            }
            Map<String, Integer> termId = new TreeMap<>();
            for (Map.Entry<String, Integer> e : new TreeMap<>(df).entrySet()) {
                if (e.getValue() >= 2 && e.getValue() < n) {
                    termId.put(e.getKey(), termId.size());
                }
            }
            int[][] terms = new int[n][];
            double[][] weights = new double[n][];
            int[] postingCount = new int[termId.size()];
            for (int i = 0; i < n; i++) {
                TreeMap<Integer, Double> v = new TreeMap<>();
                double norm = 0;
                for (Map.Entry<String, Integer> e : counts.get(i).entrySet()) {
                    Integer id = termId.get(e.getKey());
                    if (id == null) {
                        continue;
                    }
                    double w = weight(e.getKey(), e.getValue(), df.get(e.getKey()), n);
                    v.put(id, w);
                    norm += w * w;
                }
                double len = Math.sqrt(norm);
                terms[i] = new int[v.size()];
                weights[i] = new double[v.size()];
                int k = 0;
                for (Map.Entry<Integer, Double> e : v.entrySet()) {
                    terms[i][k] = e.getKey();
                    weights[i][k] = len > 0 ? e.getValue() / len : 0;
                    postingCount[e.getKey()]++;
                    k++;
                }
            }
            int[][] pd = new int[termId.size()][];
            double[][] pw = new double[termId.size()][];
            for (int t = 0; t < pd.length; t++) {
                pd[t] = new int[postingCount[t]];
                pw[t] = new double[postingCount[t]];
            }
            int[] fill = new int[termId.size()];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < terms[i].length; k++) {
                    int t = terms[i][k];
                    pd[t][fill[t]] = i;
                    pw[t][fill[t]] = weights[i][k];
                    fill[t]++;
                }
            }
            String[] names = new String[termId.size()];
            termId.forEach((t, id) -> names[id] = t);
            return new Vectors(n, terms, weights, pd, pw, names);
        }

        /**
         * Smoothed inverse document frequency {@code ln(1 + N/df)} (the "idf smooth" variant of the usual TF-IDF
         * weighting schemes). The plain {@code ln(N/df)} is nearly zero for a
         * word most of a small batch shares (N = 5, df = 4: 0.22, against 0.92 at df = 2), so an unrelated
         * article's vector there is only the one or two rarer words it happens to share with a story, and its
         * cosine with that story is inflated; smoothing keeps the ratio between rare and common words moderate.
         */
        static double idf(int n, int df) {
            return Math.log(1 + n / (double) df);
        }

        /** All cosines of document i with the others, accumulated through the postings into {@code acc}. */
        private void cosinesOf(int i, double[] acc) {
            Arrays.fill(acc, 0);
            for (int k = 0; k < terms[i].length; k++) {
                int t = terms[i][k];
                double w = weights[i][k];
                int[] docs = postingsDoc[t];
                double[] ws = postingsWeight[t];
                for (int p = 0; p < docs.length; p++) {
                    acc[docs[p]] += w * ws[p];
                }
            }
            acc[i] = 0;
        }

        /**
         * Adds to {@code rows} each document's cosines of at least {@code min} with the others, and returns each
         * one's cosine with its k-th nearest neighbour, counting only neighbours at least {@link #NEAR} times as
         * similar as the nearest (fewer: the farthest of those), at least {@code floor}.
         */
        double[] neighbours(double min, int k, double floor, List<Map<Integer, Double>> rows) {
            double[] scale = new double[n];
            @SuppressWarnings("unchecked")
            Map<Integer, Double>[] out = new Map[n];
            // rows are independent: computed in parallel, each from its own scratch arrays (same result any order)
            ThreadLocal<double[][]> scratch = ThreadLocal.withInitial(() -> new double[][] {new double[n],
                new double[Math.max(0, n - 1)]});
            java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
                double[] acc = scratch.get()[0];
                double[] others = scratch.get()[1];
                cosinesOf(i, acc);
                Map<Integer, Double> row = new HashMap<>();
                int m = 0;
                for (int j = 0; j < n; j++) {
                    if (j == i) {
                        continue;
                    }
                    others[m++] = acc[j];
                    if (acc[j] >= min) {
                        row.put(j, acc[j]);
                    }
                }
                out[i] = row;
                if (m == 0) {
                    scale[i] = floor;
                    return;
                }
                Arrays.sort(others, 0, m);
                // only neighbours at least NEAR times as similar as the nearest count towards the k
                int near = 0;
                for (int q = m - 1; q >= 0 && others[q] >= NEAR * others[m - 1]; q--) {
                    near++;
                }
                int kk = Math.max(1, Math.min(k, near));
                scale[i] = Math.max(floor, others[m - kk]);
            });
            rows.addAll(Arrays.asList(out));
            return scale;
        }

        /** Document i's weighted terms by name ({@code w:}, {@code e:}, {@code n:} prefixed). */
        Map<String, Double> vector(int i) {
            Map<String, Double> out = new TreeMap<>();
            for (int k = 0; k < terms[i].length; k++) {
                out.put(names[terms[i][k]], weights[i][k]);
            }
            return out;
        }

        /** The average cosine over all pairs across two groups (the dot product of their mean vectors). */
        double averageCosine(List<Integer> a, List<Integer> b) {
            Map<Integer, Double> sum = new HashMap<>();
            for (int i : a) {
                for (int k = 0; k < terms[i].length; k++) {
                    sum.merge(terms[i][k], weights[i][k], Double::sum);
                }
            }
            double dot = 0;
            for (int j : b) {
                for (int k = 0; k < terms[j].length; k++) {
                    dot += weights[j][k] * sum.getOrDefault(terms[j][k], 0.0);
                }
            }
            return a.isEmpty() || b.isEmpty() ? 0 : dot / (a.size() * (double) b.size());
        }
    }
}
