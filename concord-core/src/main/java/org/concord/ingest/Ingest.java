package org.concord.ingest;

import org.concord.ingest.html.HtmlExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
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
 * {@link RawArticle}s with the first {@link ArticleReader} that accepts each file, judged by content as well as by
 * name; gzip, zip and tar inputs are unpacked (bounded: a decompression bomb is refused). Nothing here throws for
 * bad input: an unreadable, empty, binary, undecodable or oversized file becomes a {@link Skipped} with a reason.
 * The same bytes under two paths, or the same article (same URL and text) in two records, are read once and the
 * second is reported as a duplicate. Not thread-safe: one {@code read} at a time.
 */
public final class Ingest {
    private final IngestOptions options;
    private final List<ArticleReader> readers;
    /** Content hashes of the inputs and articles read in the current {@link #read} call (duplicates read once). */
    private final Map<String, String> seenBytes = new HashMap<>();
    private final Map<String, String> seenArticles = new HashMap<>();
    /** Bytes the current top-level file may still inflate to, nested archives included. */
    private long inflateBudget;

    private Ingest(IngestOptions options, List<ArticleReader> readers) {
        this.options = options;
        this.readers = List.copyOf(readers);
    }

    /**
     * The standard readers, tried in this order on the name and first bytes: WARC, RSS/Atom, HTML, JSONL, plain
     * text. gzip, zip and tar inputs are unpacked first (within the limits of {@code options}).
     */
    public static Ingest create(IngestOptions options) {
        Objects.requireNonNull(options, "options");
        return new Ingest(options, List.of(
                new WarcArticleReader(options.maxHtmlDepth(), options.maxWarcRecords(), options.maxDecompressedBytes()),
                new FeedReader(options.maxHtmlDepth()), new HtmlReader(options.maxHtmlDepth()), new JsonlReader(options.maxHtmlDepth()),
                new TextReader()));
    }

    /**
     * One web page, already decoded, read as {@code analyze} reads a page: Concord's article extractor (default
     * depth limit) with the page's metadata. {@code url} may be null. Throws IllegalArgumentException when the page
     * holds no article text. (Evaluations use this to score exactly what ingestion keeps.)
     */
    public static RawArticle webPage(String id, String html, String url) {
        return HtmlReader.article(HtmlExtractor.create(), id, url == null ? id : url, html, url, null);
    }

    /** With extra readers tried before the standard ones. */
    public Ingest withReaders(List<ArticleReader> first) {
        List<ArticleReader> all = new ArrayList<>(first);
        all.addAll(readers);
        return new Ingest(options, all);
    }

    public IngestResult read(List<Path> inputs) {
        seenBytes.clear();
        seenArticles.clear();
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
        } catch (IOException | UncheckedIOException e) {
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
            if (!Sniff.gzip(head) && !Sniff.zip(head) && !Sniff.tar(head) && pick(file, head) == null) {
                if (explicit) {
                    skipped.add(new Skipped(src, "not an article format Concord reads (.txt, .md, .jsonl, .html, "
                            + "RSS/Atom, WARC, .gz, .zip, .tar.gz)"));
                }
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            inflateBudget = options.maxDecompressedBytes();
            readBytes(file, bytes, articles, skipped, explicit, 0);
        } catch (NoSuchFileException e) {
            skipped.add(new Skipped(src, "no such file"));
        } catch (AccessDeniedException e) {
            skipped.add(new Skipped(src, "permission denied"));
        } catch (IOException e) {
            skipped.add(new Skipped(src, "cannot read: " + e.getMessage()));
        }
    }

    private ArticleReader pick(Path name, byte[] head) {
        for (ArticleReader r : readers) {
            if (r.accepts(name, head)) {
                return r;
            }
        }
        return null;
    }

    /**
     * One input's bytes (a file, or an entry of an archive, named {@code name}): unpacked when gzip, zip or tar,
     * else read by the first reader that accepts it. Never throws for bad input.
     */
    private void readBytes(Path name, byte[] bytes, List<RawArticle> articles, List<Skipped> skipped,
                           boolean explicit, int nesting) {
        String src = name.toString();
        try {
            if (bytes.length == 0) {
                skipped.add(new Skipped(src, "empty file"));
                return;
            }
            String first = seenBytes.putIfAbsent(sha256(bytes), src);
            if (first != null) {
                skipped.add(Skipped.duplicateOf(src, first, true));
                return;
            }
            if (Sniff.gzip(bytes) || Sniff.zip(bytes) || Sniff.tar(bytes)) {
                if (nesting >= MAX_NESTING) {
                    skipped.add(new Skipped(src, "archive nested more than " + MAX_NESTING + " levels deep"));
                    return;
                }
                if (Sniff.gzip(bytes)) {
                    byte[] inflated = Unpack.gunzip(bytes, inflateBudget, options.maxDecompressedBytes(), src,
                            skipped::add);
                    inflateBudget -= inflated.length;
                    String n = name.getFileName().toString();
                    String inner = n.toLowerCase(Locale.ROOT).endsWith(".gz") ? n.substring(0, n.length() - 3)
                            : n.toLowerCase(Locale.ROOT).endsWith(".tgz") ? n.substring(0, n.length() - 4) + ".tar" : n;
                    Path innerName = name.getParent() == null ? Path.of(inner) : name.getParent().resolve(inner);
                    readBytes(innerName, inflated, articles, skipped, explicit, nesting + 1);
                } else {
                    List<Unpack.Entry> entries = Unpack.entries(bytes, Sniff.zip(bytes), inflateBudget, options, src,
                            skipped::add);
                    for (Unpack.Entry e : entries) {
                        inflateBudget -= e.bytes().length;
                    }
                    if (entries.isEmpty()) {
                        skipped.add(new Skipped(src, "archive holds no readable entries"));
                    }
                    for (Unpack.Entry e : entries) {
                        readBytes(e.path(), e.bytes(), articles, skipped, false, nesting + 1);
                    }
                }
                return;
            }
            ArticleReader reader = pick(name, bytes);
            if (reader == null) {
                if (explicit || nesting > 0) {
                    skipped.add(new Skipped(src, "not an article format Concord reads"));
                }
                return;
            }
            for (RawArticle a : reader.readBytes(name, bytes, skipped::add)) {
                if (a.text().length() > options.maxArticleChars()) {
                    skipped.add(new Skipped(a.source(), "article too long: " + a.text().length()
                            + " characters, limit " + options.maxArticleChars()));
                    continue;
                }
                String key = (a.source() != null && a.source().matches("(?i)^https?://.*") ? a.source() : "")
                        + "\u0000" + a.text();
                String firstArticle = seenArticles.putIfAbsent(sha256(key.getBytes(StandardCharsets.UTF_8)),
                        a.source() + " (" + a.id() + ")");
                if (firstArticle != null) {
                    skipped.add(Skipped.duplicateOf(a.source(), firstArticle, false));
                    continue;
                }
                articles.add(a);
            }
        } catch (IllegalArgumentException | UncheckedIOException e) {
            skipped.add(new Skipped(src, e.getMessage()));
        } catch (RuntimeException e) {
            // a reader's own failure on odd input must not end the batch: the input is reported instead
            skipped.add(new Skipped(src, "cannot read (" + e.getClass().getSimpleName() + "): " + e.getMessage()));
        } catch (StackOverflowError e) {
            skipped.add(new Skipped(src, "input nested too deeply to read"));
        }
    }

    private static final int MAX_NESTING = 4;

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
