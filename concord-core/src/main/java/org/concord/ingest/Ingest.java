package org.concord.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.concord.model.Skipped;

/**
 * Stage 1: reads files and directories (recursively, in sorted order, hidden files left out) into
 * {@link RawArticle}s with the first {@link ArticleReader} that accepts each file. Nothing here throws for bad
 * input: an unreadable, empty, binary, undecodable or oversized file becomes a {@link Skipped} with a reason.
 */
public final class Ingest {
    private final IngestOptions options;
    private final List<ArticleReader> readers;

    private Ingest(IngestOptions options, List<ArticleReader> readers) {
        this.options = options;
        this.readers = List.copyOf(readers);
    }

    /** The standard readers: JSONL and plain text. */
    public static Ingest create(IngestOptions options) {
        return new Ingest(Objects.requireNonNull(options, "options"), List.of(new JsonlReader(), new TextReader()));
    }

    /** With extra readers tried before the standard ones. */
    public Ingest withReaders(List<ArticleReader> first) {
        List<ArticleReader> all = new ArrayList<>(first);
        all.addAll(readers);
        return new Ingest(options, all);
    }

    public IngestResult read(List<Path> inputs) {
        List<RawArticle> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                skipped.add(new Skipped(input.toString(), "no such file or directory"));
            } else if (Files.isDirectory(input)) {
                readDirectory(input, articles, skipped);
            } else {
                readFile(input, articles, skipped, true);
            }
        }
        return new IngestResult(articles, skipped);
    }

    private void readDirectory(Path dir, List<RawArticle> articles, List<Skipped> skipped) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> all = s.filter(p -> !hidden(dir, p)).sorted().toList();
            files = new ArrayList<>();
            for (Path p : all) {
                if (Files.isRegularFile(p)) {
                    files.add(p);
                } else if (Files.isSymbolicLink(p) && !Files.exists(p)) {
                    skipped.add(new Skipped(p.toString(), "unreadable: broken symbolic link"));
                } else if (!Files.isDirectory(p) && !Files.isReadable(p)) {
                    skipped.add(new Skipped(p.toString(), "unreadable: not a regular file"));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            skipped.add(new Skipped(dir.toString(), "cannot list directory: " + e.getMessage()));
            return;
        }
        int before = articles.size();
        for (Path f : files) {
            readFile(f, articles, skipped, false);
        }
        if (articles.size() == before) {
            skipped.add(new Skipped(dir.toString(), "no articles found in directory (" + files.size()
                    + " files looked at)"));
        }
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void readFile(Path file, List<RawArticle> articles, List<Skipped> skipped, boolean explicit) {
        String src = file.toString();
        try {
            long size = Files.size(file);
            if (size > options.maxFileBytes()) {
                skipped.add(new Skipped(src, "file too large: " + size + " bytes, limit " + options.maxFileBytes()
                        + " (--max-file-size)"));
                return;
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(512);
            }
            ArticleReader reader = null;
            for (ArticleReader r : readers) {
                if (r.accepts(file, head)) {
                    reader = r;
                    break;
                }
            }
            if (reader == null) {
                if (explicit) {
                    skipped.add(new Skipped(src, "not an article format Concord reads (.txt, .md, .jsonl)"));
                }
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                skipped.add(new Skipped(src, "empty file"));
                return;
            }
            String text = TextDecoder.decode(bytes);
            for (RawArticle a : reader.read(file, text, skipped::add)) {
                if (a.text().length() > options.maxArticleChars()) {
                    skipped.add(new Skipped(a.source(), "article too long: " + a.text().length()
                            + " characters, limit " + options.maxArticleChars()));
                } else {
                    articles.add(a);
                }
            }
        } catch (NoSuchFileException e) {
            skipped.add(new Skipped(src, "no such file"));
        } catch (AccessDeniedException e) {
            skipped.add(new Skipped(src, "permission denied"));
        } catch (IOException e) {
            skipped.add(new Skipped(src, "cannot read: " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            skipped.add(new Skipped(src, e.getMessage()));
        }
    }
}
