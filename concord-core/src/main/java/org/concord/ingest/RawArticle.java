package org.concord.ingest;

/**
 * An article as read from its input, before cleaning. Metadata fields are null when the input does not give them;
 * {@code published} is an ISO date string as given by metadata (or null).
 */
public record RawArticle(String id, String source, String outlet, String title, String published, String text) {
    public RawArticle {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank (source " + source + ")");
        }
        if (text == null) {
            throw new IllegalArgumentException("article text must not be null (source " + source + ")");
        }
    }
}
