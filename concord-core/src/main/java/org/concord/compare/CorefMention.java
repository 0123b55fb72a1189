package org.concord.compare;

/** A mention to be resolved across documents: an id unique in the call, its document and its [start, end) span. */
public record CorefMention(String id, String document, int start, int end) {
    public CorefMention {
        if (end < start) {
            throw new IllegalArgumentException("mention " + id + ": end " + end + " before start " + start);
        }
    }
}
