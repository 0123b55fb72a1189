package org.concord.eval.summarize;

import java.util.List;
import java.util.Map;

/**
 * One line of {@code clusters.jsonl}: a document cluster, its reference summaries and the stored peer summaries
 * ({@code peers} may be empty).
 */
public record Cluster(String id, List<ClusterDocument> documents, List<String> summaries, Map<String, String> peers) {
    public Cluster {
        documents = List.copyOf(documents);
        summaries = List.copyOf(summaries);
        peers = Map.copyOf(peers);
    }

    /** A source document; {@code date} is an ISO date or null. */
    public record ClusterDocument(String id, String title, String date, String text) {}
}
