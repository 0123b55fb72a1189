package org.concord.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concord.model.RemovalReason;
import org.concord.model.Removed;
import org.concord.text.Utf16;

/**
 * An article as read from its input, before cleaning. Metadata fields are null when the input does not give them;
 * {@code published} is an ISO date string as given by metadata (or null). {@code removed} is what a reader already
 * took out (HTML boilerplate, with reasons); {@code authors} are the authors its metadata names; {@code language} is a
 * BCP 47 tag such as "en-GB" or "de", or null: as a reader makes the article, what the input declares; as
 * {@link Ingest} hands it on, the article's language, filled for every article from the declaration and the text
 * ({@link org.concord.lang.ArticleLanguage}: the declaration when the text agrees or does not settle it, else the
 * detected language, "und" for a text without letters).
 *
 * <p>Every article is made valid text here, whichever reader made it: an unpaired UTF-16 surrogate (from an escaped
 * JSON value such as {@code "\ud800"}) in any field is replaced by U+FFFD, and each field that held some gets one
 * {@link RemovalReason#INVALID_CHARACTER} entry in {@code removed}, before cleaning fixes any offset.
 */
public record RawArticle(String id, String source, String outlet, String title, String published, String text,
                         List<Removed> removed, List<String> authors, String language) implements java.io.Serializable {
    public RawArticle {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank (source " + source + ")");
        }
        if (text == null) {
            throw new IllegalArgumentException("article text must not be null (source " + source + ")");
        }
        List<Removed> invalid = new ArrayList<>();
        id = repair(id, "id", invalid);
        source = repair(source, "source", invalid);
        outlet = repair(outlet, "outlet", invalid);
        title = repair(title, "title", invalid);
        published = repair(published, "published date", invalid);
        text = repair(text, "text", invalid);
        language = repair(language, "language", invalid);
        if (authors != null) {
            List<String> fixed = new ArrayList<>(authors.size());
            for (String a : authors) {
                fixed.add(repair(a, "author", invalid));
            }
            authors = fixed;
        }
        if (!invalid.isEmpty()) {
            invalid.addAll(0, removed == null ? List.of() : removed);
            removed = invalid;
        }
        removed = removed == null ? List.of() : List.copyOf(removed);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** {@code value} with its unpaired surrogates replaced, each field that held some noted in {@code invalid}. */
    private static String repair(String value, String field, List<Removed> invalid) {
        int n = Utf16.unpaired(value);
        if (n == 0) {
            return value;
        }
        invalid.add(new Removed(String.format(Locale.ROOT, "%d unpaired UTF-16 surrogate%s in the %s, replaced by U+FFFD",
                n, n == 1 ? "" : "s", field), RemovalReason.INVALID_CHARACTER));
        return Utf16.repair(value);
    }

    /** The same article in {@code language} (a BCP 47 tag, or null). */
    public RawArticle withLanguage(String language) {
        return new RawArticle(id, source, outlet, title, published, text, removed, authors, language);
    }

    /** An article with nothing removed and no authors named by metadata (text and JSONL inputs). */
    public RawArticle(String id, String source, String outlet, String title, String published, String text) {
        this(id, source, outlet, title, published, text, List.of(), List.of(), null);
    }
}
