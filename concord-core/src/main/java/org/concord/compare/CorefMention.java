package org.concord.compare;

/**
 * A mention to be resolved across documents: an id unique in the call, its document, its [start, end) span in the
 * document's cleaned text and its kind: {@code EVENT}, or for entities {@code PERSON}, {@code ORGANIZATION},
 * {@code LOCATION}, {@code TIME} or {@code OTHER}.
 */
public record CorefMention(String id, String document, int start, int end, String kind) {
    public CorefMention {
        if (end < start) {
            throw new IllegalArgumentException("mention " + id + ": end " + end + " before start " + start);
        }
    }
}
