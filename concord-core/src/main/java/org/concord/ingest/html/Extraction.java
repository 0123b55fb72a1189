package org.concord.ingest.html;

import java.util.List;
import org.concord.model.Removed;

/**
 * The article found in a page: its paragraphs (in page order), what was taken out and why, and the metadata.
 */
public record Extraction(List<String> paragraphs, List<Removed> removed, HtmlMetadata metadata) {
    public Extraction {
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
    }

    /** The body: paragraphs separated by "\n" (Concord's one-paragraph-per-line convention). */
    public String text() {
        return String.join("\n", paragraphs);
    }
}
