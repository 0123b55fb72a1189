package org.concord.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.concord.model.Skipped;

/**
 * Plain-text articles, one per file (as saved from a page: an optional section label, the headline, an optional
 * byline, the body; one paragraph per line). Metadata is left for the cleaner to find in the text.
 */
final class TextReader implements ArticleReader {
    @Override
    public String name() {
        return "text";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".md") || !n.contains(".");
    }

    @Override
    public List<RawArticle> read(Path file, String text, Consumer<Skipped> skipped) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("empty file (no text)");
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String id = dot > 0 ? name.substring(0, dot) : name;
        return List.of(new RawArticle(id, file.toString(), null, null, null, text));
    }
}
