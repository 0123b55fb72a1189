package org.concord.model;

import java.util.List;

/**
 * One analysed article, as the report shows it. {@code text} is the cleaned body every offset points into.
 * {@code published} is an ISO date ("2014-12-30") or null.
 */
public record Document(String id, String source, String outlet, String title, String published,
                       boolean publishedInferred, String text, List<Removed> removed, String duplicateOf) implements java.io.Serializable {
    public Document {
        removed = List.copyOf(removed);
    }

    public Document withPublished(String date, boolean inferred) {
        return new Document(id, source, outlet, title, date, inferred, text, removed, duplicateOf);
    }

    /** The publication date, or null when there is none (or it is not an ISO date). */
    public java.time.LocalDate publishedDate() {
        if (published == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(published);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public Document withDuplicateOf(String other) {
        return new Document(id, source, outlet, title, published, publishedInferred, text, removed, other);
    }
}
