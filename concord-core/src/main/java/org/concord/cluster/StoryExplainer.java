package org.concord.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.model.Document;

/**
 * Why each document is in its story, from the same evidence the clusterer used ({@link StoryFeatures}, TF-IDF over
 * all documents of the report): its average cosine with the story's other documents, the terms that weigh most in
 * that similarity, and its distance in days from the story's first dated document.
 */
public final class StoryExplainer {
    /** One member: {@code similarity} is null for a story of one document, {@code days} null when undated. */
    public record Member(String id, String published, String duplicateOf, Double similarity, List<String> sharedTerms,
                         Long days) {}

    private StoryExplainer() {
    }

    /** Explains the story made of {@code members} (ids of {@code all}); unknown ids are ignored. */
    public static List<Member> explain(List<Document> all, List<String> members, int terms) {
        List<Document> docs = new ArrayList<>(all);
        docs.sort(Comparator.comparing(Document::id));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            index.put(docs.get(i).id(), i);
        }
        StoryClusterer.Vectors v = StoryClusterer.Vectors.of(docs);
        List<Integer> in = members.stream().filter(index::containsKey).map(index::get).toList();
        LocalDate start = null;
        for (int i : in) {
            LocalDate d = docs.get(i).publishedDate();
            if (d != null && (start == null || d.isBefore(start))) {
                start = d;
            }
        }
        List<Member> out = new ArrayList<>();
        for (int i : in) {
            List<Integer> others = in.stream().filter(j -> j != i).toList();
            Double sim = others.isEmpty() ? null : v.averageCosine(List.of(i), others);
            Map<String, Double> mine = v.vector(i);
            Map<String, Double> rest = new HashMap<>();
            for (int j : others) {
                v.vector(j).forEach((t, w) -> rest.merge(t, w, Double::sum));
            }
            List<Map.Entry<String, Double>> contrib = new ArrayList<>();
            for (Map.Entry<String, Double> e : mine.entrySet()) {
                Double r = rest.get(e.getKey());
                if (r != null) {
                    contrib.add(Map.entry(e.getKey(), e.getValue() * r));
                }
            }
            contrib.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            List<String> shared = new ArrayList<>();
            for (Map.Entry<String, Double> e : contrib) {
                String t = e.getKey().substring(2);
                if (!shared.contains(t)) {
                    shared.add(t);
                }
                if (shared.size() == terms) {
                    break;
                }
            }
            Document d = docs.get(i);
            LocalDate date = d.publishedDate();
            Long days = date == null || start == null ? null : ChronoUnit.DAYS.between(start, date);
            out.add(new Member(d.id(), d.published(), d.duplicateOf(), sim, shared, days));
        }
        return out;
    }
}
