package org.concord.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Mention;
import org.concord.annotate.Terms;
import org.concord.annotate.Timex;

/**
 * Stage 6: documents that cover the same event form a story. Each document is a TF-IDF vector of its content
 * lemmas and its named entities; stories are built by average-link agglomerative clustering (UPGMA) with a
 * similarity threshold, where two dated documents more than {@code maxDays} apart never count as similar and a
 * near-copy always does. A later story that shares the earlier one's key entities and vocabulary (above a lower
 * threshold) is linked as its follow-up instead of being merged. The result does not depend on input order:
 * documents are sorted by date then id first.
 */
public final class StoryClusterer {
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<!\\d)(?:1[89]|20)\\d{2}(?!\\d)");
    private final double joinThreshold;
    private final double followUpThreshold;
    private final int maxDays;

    private StoryClusterer(double joinThreshold, double followUpThreshold, int maxDays) {
        this.joinThreshold = joinThreshold;
        this.followUpThreshold = followUpThreshold;
        this.maxDays = maxDays;
    }

    public static StoryClusterer create() {
        return new StoryClusterer(0.07, 0.03, 7);
    }

    /** With explicit thresholds (for evaluation and tuning). */
    public static StoryClusterer create(double joinThreshold, double followUpThreshold, int maxDays) {
        return new StoryClusterer(joinThreshold, followUpThreshold, maxDays);
    }

    /**
     * Groups documents into stories. Near-copies ({@code duplicateOf}) do not vote: the originals are clustered,
     * and each copy joins its original's story, so a wire story re-posted five times weighs as one article.
     */
    public StoryGrouping cluster(List<AnnotatedDocument> input, Map<String, String> duplicateOf) {
        List<AnnotatedDocument> originals = new ArrayList<>();
        Map<String, AnnotatedDocument> byId = new HashMap<>();
        for (AnnotatedDocument d : input) {
            byId.put(d.id(), d);
            if (!duplicateOf.containsKey(d.id())) {
                originals.add(d);
            }
        }
        StoryGrouping g = clusterOriginals(originals);
        Comparator<String> order = Comparator.comparing((String id) -> byId.get(id).document().published() == null
                ? "9999" : byId.get(id).document().published()).thenComparing(id -> id);
        List<List<String>> stories = new ArrayList<>();
        for (List<String> story : g.stories()) {
            List<String> members = new ArrayList<>(story);
            for (AnnotatedDocument d : input) {
                if (duplicateOf.containsKey(d.id()) && story.contains(root(d.id(), duplicateOf))) {
                    members.add(d.id());
                }
            }
            members.sort(order);
            stories.add(members);
        }
        return new StoryGrouping(stories, g.followUps());
    }

    private static String root(String id, Map<String, String> duplicateOf) {
        String r = id;
        for (int hops = 0; duplicateOf.containsKey(r) && hops < 100; hops++) {
            r = duplicateOf.get(r);
        }
        return r;
    }

    private StoryGrouping clusterOriginals(List<AnnotatedDocument> input) {
        List<AnnotatedDocument> docs = new ArrayList<>(input);
        docs.sort(Comparator.comparing((AnnotatedDocument d) -> d.document().published() == null ? "9999"
                : d.document().published()).thenComparing(AnnotatedDocument::id));
        int n = docs.size();
        List<Map<String, Double>> vectors = vectors(docs);
        LocalDate[] dates = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            dates[i] = docs.get(i).document().publishedDate();
        }
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = cosine(vectors.get(i), vectors.get(j));
                if (dates[i] != null && dates[j] != null
                        && Math.abs(ChronoUnit.DAYS.between(dates[i], dates[j])) > maxDays) {
                    s = 0.0;
                }
                sim[i][j] = s;
                sim[j][i] = s;
            }
        }
        List<List<Integer>> clusters = averageLink(sim, n);
        // story order: earliest member (members are already in date, id order)
        clusters.sort(Comparator.comparing((List<Integer> c) -> c.get(0)));
        List<List<String>> stories = new ArrayList<>();
        for (List<Integer> c : clusters) {
            List<String> ids = new ArrayList<>();
            for (int i : c) {
                ids.add(docs.get(i).id());
            }
            stories.add(ids);
        }
        return new StoryGrouping(stories, followUps(clusters, docs, vectors, dates));
    }

    /** UPGMA: repeatedly merge the two clusters with the highest average pairwise similarity above the threshold. */
    private List<List<Integer>> averageLink(double[][] sim, int n) {
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clusters.add(new ArrayList<>(List.of(i)));
        }
        double[][] cs = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(sim[i], 0, cs[i], 0, n);
        }
        boolean[] alive = new boolean[n];
        java.util.Arrays.fill(alive, true);
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = joinThreshold;
            for (int i = 0; i < n; i++) {
                if (!alive[i]) {
                    continue;
                }
                for (int j = i + 1; j < n; j++) {
                    if (alive[j] && cs[i][j] >= best + 1e-12) {
                        best = cs[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            int si = clusters.get(bi).size();
            int sj = clusters.get(bj).size();
            for (int k = 0; k < n; k++) {
                if (alive[k] && k != bi && k != bj) {
                    double v = (cs[bi][k] * si + cs[bj][k] * sj) / (si + sj);
                    cs[bi][k] = v;
                    cs[k][bi] = v;
                }
            }
            clusters.get(bi).addAll(clusters.get(bj));
            clusters.get(bi).sort(Integer::compare);
            alive[bj] = false;
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (alive[i]) {
                out.add(clusters.get(i));
            }
        }
        return out;
    }

    private List<FollowUp> followUps(List<List<Integer>> clusters, List<AnnotatedDocument> docs,
                                     List<Map<String, Double>> vectors, LocalDate[] dates) {
        int k = clusters.size();
        LocalDate[] when = new LocalDate[k];
        List<Map<String, Double>> centroids = new ArrayList<>();
        List<Set<String>> entities = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            Map<String, Double> centroid = new TreeMap<>();
            Set<String> ents = new HashSet<>();
            for (int i : clusters.get(c)) {
                vectors.get(i).forEach((t, w) -> centroid.merge(t, w, Double::sum));
                if (dates[i] != null && (when[c] == null || dates[i].isBefore(when[c]))) {
                    when[c] = dates[i];
                }
                for (Mention m : docs.get(i).annotation().mentions()) {
                    if (m.type().equals("PERSON") || m.type().equals("ORGANIZATION")) {
                        ents.add(entityKey(m));
                    }
                }
            }
            if (when[c] == null) {
                when[c] = latestMentionedYear(clusters.get(c), docs);
            }
            centroids.add(centroid);
            entities.add(ents);
        }
        List<FollowUp> out = new ArrayList<>();
        for (int later = 0; later < k; later++) {
            int bestEarlier = -1;
            double best = followUpThreshold;
            for (int earlier = 0; earlier < k; earlier++) {
                if (earlier == later || when[earlier] == null || when[later] == null
                        || ChronoUnit.DAYS.between(when[earlier], when[later]) < 14) {
                    continue;
                }
                Set<String> shared = new HashSet<>(entities.get(later));
                shared.retainAll(entities.get(earlier));
                double s = cosine(centroids.get(later), centroids.get(earlier));
                if (!shared.isEmpty() && s >= best) {
                    best = s;
                    bestEarlier = earlier;
                }
            }
            if (bestEarlier >= 0) {
                out.add(new FollowUp(later, bestEarlier));
            }
        }
        return out;
    }

    /** For an undated story: January 1 of the latest year its documents mention in a date, or null. */
    private static LocalDate latestMentionedYear(List<Integer> members, List<AnnotatedDocument> docs) {
        int year = -1;
        for (int i : members) {
            for (Timex t : docs.get(i).annotation().timexes()) {
                if (!"DATE".equals(t.type())) {
                    continue;
                }
                // the normalized value, else the words ("the second 2020 debate" has no value but a year)
                java.util.regex.Matcher m = YEAR.matcher(t.value() != null && YEAR.matcher(t.value()).find()
                        ? t.value() : t.text());
                while (m.find()) {
                    year = Math.max(year, Integer.parseInt(m.group()));
                }
            }
        }
        return year < 0 ? null : LocalDate.of(year, 1, 1);
    }

    static String entityKey(Mention m) {
        String[] parts = m.text().toLowerCase(Locale.ROOT).replaceAll("'s$|\u2019s$", "").split("\\s+");
        return m.type().equals("PERSON") ? parts[parts.length - 1] : String.join(" ", parts);
    }

    /** TF-IDF vectors (1 + log tf, smoothed idf), L2-normalized; entity mentions count as extra terms. */
    static List<Map<String, Double>> vectors(List<AnnotatedDocument> docs) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (AnnotatedDocument d : docs) {
            Map<String, Integer> c = new HashMap<>();
            for (String t : Terms.content(d.annotation())) {
                c.merge(t, 1, Integer::sum);
            }
            for (Mention m : d.annotation().mentions()) {
                c.merge("ent:" + entityKey(m), 2, Integer::sum);
            }
            counts.add(c);
            c.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = docs.size();
        List<Map<String, Double>> out = new ArrayList<>();
        for (Map<String, Integer> c : counts) {
            Map<String, Double> v = new TreeMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                double idf = Math.log((n + 1.0) / (df.get(e.getKey()) + 0.5));
                double w = (1 + Math.log(e.getValue())) * Math.max(idf, 0.05);
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double len = Math.sqrt(norm);
            if (len > 0) {
                v.replaceAll((t, w) -> w / len);
            }
            out.add(v);
        }
        return out;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double o = large.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * o;
            }
        }
        for (double x : a.values()) {
            na += x * x;
        }
        for (double x : b.values()) {
            nb += x * x;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
