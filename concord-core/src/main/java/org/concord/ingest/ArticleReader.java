package org.concord.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.concord.model.Skipped;

/**
 * Reads the articles of one input file. Readers are chosen by {@link #accepts}, on the file name and the first
 * bytes; HTML, RSS and WARC readers plug in here.
 */
public interface ArticleReader {
    /** A short name ("text", "jsonl"). */
    String name();

    /** Whether this reader handles the file, judged from its name and its first bytes. */
    boolean accepts(Path file, byte[] head);

    /**
     * The articles of the file. Parts that cannot be read (a broken JSONL line) go to {@code skipped} and the
     * rest is still returned; an exception means the whole file is unreadable (its message is the reason).
     */
    List<RawArticle> read(Path file, String text, Consumer<Skipped> skipped);

    /**
     * The articles of the file from its bytes. Text formats decode first (UTF-8 or Windows-1252, see
     * {@link TextDecoder}); binary and self-describing formats (HTML, feeds, WARC) override this to choose the
     * encoding themselves.
     */
    default List<RawArticle> readBytes(Path file, byte[] bytes, Consumer<Skipped> skipped) {
        return read(file, TextDecoder.decode(bytes), skipped);
    }
}
