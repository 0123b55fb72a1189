package org.concord.clean;

import java.util.List;
import org.concord.model.Removed;

/**
 * An article after cleaning: the body text (paragraphs separated by "\n"), what was removed and why, and the
 * metadata found (input metadata wins over text). {@code published} is ISO yyyy-MM-dd or null.
 */
public record CleanedArticle(String text, List<Removed> removed, String title, String outlet, String published,
                             boolean publishedFromText, List<String> authors) {
    public CleanedArticle {
        removed = List.copyOf(removed);
        authors = List.copyOf(authors);
    }
}
