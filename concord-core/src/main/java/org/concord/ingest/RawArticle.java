package org.concord.ingest;

import java.util.List;
import org.concord.model.Removed;

/**
 * An article as read from its input, before cleaning. Metadata fields are null when the input does not give them;
 * {@code published} is an ISO date string as given by metadata (or null). {@code removed} is what a reader already
 * took out (HTML boilerplate, with reasons); {@code authors} are the authors its metadata names; {@code language} is the language the input declares (a BCP 47
 * tag such as "en-GB") or null.
 */
public record RawArticle(String id, String source, String outlet, String title, String published, String text,
                         List<Removed> removed, List<String> authors, String language) {
    public RawArticle {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank (source " + source + ")");
        }
        if (text == null) {
            throw new IllegalArgumentException("article text must not be null (source " + source + ")");
        }
        removed = removed == null ? List.of() : List.copyOf(removed);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** An article with nothing removed and no authors named by metadata (text and JSONL inputs). */
    public RawArticle(String id, String source, String outlet, String title, String published, String text) {
        this(id, source, outlet, title, published, text, List.of(), List.of(), null);
    }
}
