package org.concord.eval.coref;

import java.util.List;

/**
 * One ECB+ document: its name without ".xml" ("2_1ecb"), its gold topic directory, its split (from
 * doc_clusters.tsv; "" when unknown), its sentences as token lists (by the token attribute {@code sentence}) and its
 * gold mentions that are scored (those in the annotated sentences).
 */
public record EcbDocument(String id, String topic, String split, List<List<String>> sentences,
                          List<GoldMention> mentions) {
    public EcbDocument {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(List::size).sum();
    }
}
