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
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.concord.lang.ArticleLanguage;
import org.concord.model.Skipped;

/**
 * Stage 1: reads files and directories (recursively, in sorted order, hidden files left out) into
 * {@link RawArticle}s with the first {@link ArticleReader} that accepts each file, judged by content as well as by
 * name; gzip, zip and tar inputs are unpacked (bounded: a decompression bomb is refused). Nothing here throws for
 * bad input: an unreadable, empty, binary, undecodable or oversized file becomes a {@link Skipped} with a reason,
 * and so does anything that is not a regular file (a FIFO, a device: never opened), a symbolic link out of the
 * inputs (unless links are followed), an unlistable subdirectory (the rest of the tree is read) and every input
 * after a batch budget ({@link IngestOptions#maxBatchBytes}, {@link IngestOptions#maxBatchChars}) is spent.
 * The same bytes under two paths, or the same article (same URL and text) in two records, are read once and the
 * second is reported as a duplicate. Every article read gets its language ({@link RawArticle#language()}): the
 * declared one when its text agrees or does not settle it, else the one its text shows ({@link ArticleLanguage}).
 * Not thread-safe: one {@code read} at a time.
 */
public final class Ingest {
    private final IngestOptions options;
    private final List<ArticleReader> readers;
    /** Content hashes of the inputs and articles read in the current {@link #read} call (duplicates read once). */
    private final Map<String, String> seenBytes = new HashMap<>();
    private final Map<String, String> seenArticles = new HashMap<>();
    /** Bytes the current top-level file may still inflate to, nested archives included. */
    private long inflateBudget;
    /** What the current {@link #read} may still read from files (bytes) and keep (characters of article text). */
    private long batchBytesLeft;
    /**
     * What the current {@link #read} may still inflate, from archives and compressed WARC records alike (the WARC
     * reader draws on it too); once spent, further compressed inputs are refused but plain ones are still read.
     */
    private final ByteBudget inflatedInAll;
    private long batchCharsLeft;
    /** The reason every further input is skipped once a batch budget is spent, else null. */
    private String spent;
    /** The real paths of the inputs of the current {@link #read}: links pointing inside them are read. */
    private List<Path> roots = List.of();
    /** What an archive may still inflate to: the least of the input's budget and the batch's. */
    private final Unpack.Budget budget = new Unpack.Budget() {
        @Override
        public long left() {
            return Math.min(inflateBudget, inflatedInAll.remaining());
        }

        @Override
        public void spend(long bytes) {
            inflateBudget -= bytes;
            inflatedInAll.take(bytes, "an archive");
        }

        @Override
        public String refusal() {
            boolean batch = inflatedInAll.remaining() < inflateBudget;
            spend(left()); // what was inflated before the refusal was work done: it is counted
            if (batch) {
                return "inflates past the batch budget (--max-batch-bytes " + options.maxBatchBytes()
                        + " bytes inflated in all): not unpacked, nor any further compressed input";
            }
            return "inflates past " + options.maxDecompressedBytes() + " bytes for one input, nested archives "
                    + "included (--max-decompressed-size): refused as a possible decompression bomb";
        }
    };

    private Ingest(IngestOptions options, List<ArticleReader> readers, ByteBudget inflatedInAll) {
        this.options = options;
        this.readers = List.copyOf(readers);
        this.inflatedInAll = inflatedInAll;
        startBatch();
    }

    /** Nothing seen, every batch budget whole: the state at the start of a {@link #read}. */
    private void startBatch() {
        seenBytes.clear();
        seenArticles.clear();
        batchBytesLeft = options.maxBatchBytes();
        inflatedInAll.reset();
        batchCharsLeft = options.maxBatchChars();
        spent = null;
    }

    /**
     * The standard readers, tried in this order on the name and first bytes: WARC, RSS/Atom, HTML, JSONL, plain
     * text. gzip, zip and tar inputs are unpacked first (within the limits of {@code options}).
     */
    public static Ingest create(IngestOptions options) {
        Objects.requireNonNull(options, "options");
        ByteBudget inflated = new ByteBudget(options.maxBatchBytes(), "--max-batch-bytes, inflated in all");
        return new Ingest(options, List.of(
                new WarcArticleReader(options.maxHtmlDepth(), options.maxWarcRecords(), options.maxDecompressedBytes(),
                        inflated),
                new FeedReader(options.maxHtmlDepth()), new HtmlReader(options.maxHtmlDepth()), new JsonlReader(options.maxHtmlDepth()),
                new TextReader()), inflated);
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
        return new Ingest(options, all, inflatedInAll);
    }

    /**
     * Reads the inputs in order. Directories are walked without following links (unless
     * {@link IngestOptions#followLinks}); only regular files are opened, each checked right before it is opened;
     * once a batch budget is spent every remaining input is a {@link Skipped} with that reason.
     */
    public IngestResult read(List<Path> inputs) {
        startBatch();
        roots = new ArrayList<>();
        for (Path input : inputs) {
            try {
                roots.add(input.toRealPath());
            } catch (IOException | RuntimeException e) {
                // a missing or unreadable input is reported below
            }
        }
        List<RawArticle> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
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
        if (spent != null) {
            skipped.add(new Skipped(dir.toString(), spent));
            return;
        }
        // a root given as a link to a directory is walked at its target, under the name given
        Path start;
        try {
            start = Files.isSymbolicLink(dir) ? dir.toRealPath() : dir;
        } catch (IOException e) {
            skipped.add(new Skipped(dir.toString(), "cannot list directory: " + reason(e)));
            return;
        }
        TreeMap<Path, String> found = new TreeMap<>(); // path -> null (a file to read) or why it cannot be listed
        Set<FileVisitOption> follow = options.followLinks() ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
                : EnumSet.noneOf(FileVisitOption.class);
        try {
            Files.walkFileTree(start, follow, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return hidden(start, d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (!hidden(start, f)) {
                        found.put(dir.resolve(start.relativize(f)), null);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    if (!hidden(start, f)) {
                        found.put(dir.resolve(start.relativize(f)), e instanceof FileSystemLoopException
                                ? "symbolic link loop: not followed" : "cannot list directory: " + reason(e));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) {
                    if (e != null) {
                        found.put(dir.resolve(start.relativize(d)), "cannot list directory: " + reason(e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            skipped.add(new Skipped(dir.toString(), "cannot list directory: " + reason(e)));
            return;
        }
        int before = articles.size();
        int files = 0;
        for (Map.Entry<Path, String> f : found.entrySet()) {
            if (f.getValue() != null) {
                skipped.add(new Skipped(f.getKey().toString(), f.getValue()));
            } else {
                files++;
                readFile(f.getKey(), articles, skipped, false);
            }
        }
        if (articles.size() == before && spent == null) {
            skipped.add(new Skipped(dir.toString(), "no articles found in directory (" + files
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

    private static String reason(Exception e) {
        if (e instanceof UncheckedIOException u) {
            return reason(u.getCause());
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : FeedReader.oneLine(e.getMessage());
    }

    /**
     * The path to open for {@code file}: itself when it is a regular file, its target when it is a link that may be
     * followed to a regular file; else null, with the reason added to {@code skipped} (a link to a directory inside
     * the inputs is left out silently: that directory is read on its own). Links are followed when the file was
     * named as an input, when {@code --follow-links} is given, or when they point inside the inputs.
     */
    private Path openable(Path file, boolean explicit, List<Skipped> skipped) throws IOException {
        String src = file.toString();
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Path target = file;
        if (a.isSymbolicLink()) {
            try {
                target = file.toRealPath();
            } catch (NoSuchFileException e) {
                skipped.add(new Skipped(src, "unreadable: broken symbolic link"));
                return null;
            } catch (FileSystemException e) {
                skipped.add(new Skipped(src, "unreadable symbolic link: " + reason(e)));
                return null;
            }
            boolean inside = roots.stream().anyMatch(target::startsWith);
            if (!explicit && !options.followLinks() && !inside) {
                skipped.add(new Skipped(src, "symbolic link outside the inputs (use --follow-links)"));
                return null;
            }
            a = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isDirectory() && !explicit && inside) {
                return null;
            }
        }
        if (!a.isRegularFile()) {
            skipped.add(new Skipped(src, "not a regular file: " + kind(target, a)));
            return null;
        }
        return target;
    }

    /** What a file that is not a regular file is: "FIFO", "socket", "character device", "directory"... */
    static String kind(Path p, BasicFileAttributes a) {
        if (a.isDirectory()) {
            return "directory";
        }
        try {
            Object mode = Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            if (mode instanceof Integer m) {
                switch (m & 0170000) {
                    case 0010000: return "FIFO";
                    case 0020000: return "character device";
                    case 0060000: return "block device";
                    case 0140000: return "socket";
                    default: break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no unix view: the generic name below
        }
        return "special file";
    }

    /** The reason given to every input once a batch budget is spent. */
    private static String spentReason(String flag, long limit, String what) {
        return "not read: the batch budget is spent (" + flag + " " + limit + " " + what + " in all)";
    }

    private void spendBytes() {
        if (spent == null) {
            spent = spentReason("--max-batch-bytes", options.maxBatchBytes(), "bytes read");
        }
    }

    private void readFile(Path file, List<RawArticle> articles, List<Skipped> skipped, boolean explicit) {
        String src = file.toString();
        if (spent != null) {
            skipped.add(new Skipped(src, spent));
            return;
        }
        try {
            // checked right before opening: only a regular file is opened (a FIFO or device would block or never end)
            Path target = openable(file, explicit, skipped);
            if (target == null) {
                return;
            }
            long size = Files.size(target);
            if (size > options.maxFileBytes()) {
                skipped.add(new Skipped(src, "file too large: " + size + " bytes, limit " + options.maxFileBytes()
                        + " (--max-file-size)"));
                return;
            }
            if (size > batchBytesLeft) {
                spendBytes();
                skipped.add(new Skipped(src, spent));
                return;
            }
            long cap = Math.min(options.maxFileBytes(), batchBytesLeft);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(target, LinkOption.NOFOLLOW_LINKS)) {
                byte[] head = in.readNBytes(512);
                if (!Sniff.gzip(head) && !Sniff.zip(head) && !Sniff.tar(head) && pick(file, head) == null) {
                    if (explicit) {
                        skipped.add(new Skipped(src, "not an article format Concord reads (.txt, .md, .jsonl, "
                                + ".html, RSS/Atom, WARC, .gz, .zip, .tar.gz)"));
                    }
                    return;
                }
                // never more than the limit and one byte: a file that grew since its size was read is caught here
                byte[] rest = in.readNBytes((int) Math.max(0, cap + 1 - head.length));
                bytes = new byte[head.length + rest.length];
                System.arraycopy(head, 0, bytes, 0, head.length);
                System.arraycopy(rest, 0, bytes, head.length, rest.length);
            }
            if (bytes.length > options.maxFileBytes()) {
                skipped.add(new Skipped(src, "file too large: more than " + options.maxFileBytes()
                        + " bytes (grew while read), limit " + options.maxFileBytes() + " (--max-file-size)"));
                return;
            }
            if (bytes.length > batchBytesLeft) {
                spendBytes();
                skipped.add(new Skipped(src, spent));
                return;
            }
            batchBytesLeft -= bytes.length;
            inflateBudget = options.maxDecompressedBytes();
            readBytes(file, bytes, articles, skipped, explicit, 0);
        } catch (NoSuchFileException e) {
            skipped.add(new Skipped(src, "no such file"));
        } catch (AccessDeniedException e) {
            skipped.add(new Skipped(src, "permission denied"));
        } catch (IOException e) {
            skipped.add(new Skipped(src, "cannot read: " + reason(e)));
        }
    }

    /**
     * One input another system has fetched into memory (concord-spark reads Hadoop file systems), read as a file of
     * that name is read: unpacked when gzip, zip or tar, else read by the first reader that accepts it; never throws
     * for bad input. {@code explicit}: the input was named by the user (an unknown format is then reported, as for a
     * file given on the command line; found in a listing, it is passed over). Duplicates and the batch budgets count
     * across the calls since this Ingest was made or last {@link #read}.
     */
    public IngestResult readInput(String name, byte[] bytes, boolean explicit) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        List<RawArticle> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        if (spent != null) {
            skipped.add(new Skipped(name, spent));
        } else if (bytes.length > options.maxFileBytes()) {
            skipped.add(new Skipped(name, "file too large: " + bytes.length + " bytes or more, limit "
                    + options.maxFileBytes() + " (--max-file-size)"));
        } else if (bytes.length > batchBytesLeft) {
            spendBytes();
            skipped.add(new Skipped(name, spent));
        } else {
            batchBytesLeft -= bytes.length;
            inflateBudget = options.maxDecompressedBytes();
            Path path;
            try {
                path = Path.of(name);
            } catch (java.nio.file.InvalidPathException e) {
                path = Path.of(name.replaceAll("[^\\w.\\-/:]", "_"));
            }
            readBytes(path, bytes, articles, skipped, explicit, 0);
        }
        return new IngestResult(articles, skipped);
    }

    /**
     * The articles of several parts read apart (by {@link #readInput} on different machines), in the order given;
     * an article an earlier part already holds (same URL and text; same text when it has no URL) is reported as a
     * duplicate and read once, as {@link #read} reports one within a batch.
     */
    public static IngestResult merge(List<IngestResult> parts) {
        Map<String, String> seen = new HashMap<>();
        List<RawArticle> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (IngestResult part : parts) {
            for (RawArticle a : part.articles()) {
                String first = seen.putIfAbsent(articleKey(a), a.source() + " (" + a.id() + ")");
                if (first != null) {
                    skipped.add(Skipped.duplicateOf(a.source(), first, false));
                } else {
                    articles.add(a);
                }
            }
            skipped.addAll(part.skipped());
        }
        return new IngestResult(articles, skipped);
    }

    /** What makes two articles one: the same http(s) URL and text, or the same text without a URL. */
    public static String articleKey(RawArticle a) {
        String key = (a.source() != null && a.source().matches("(?i)^https?://.*") ? a.source() : "")
                + "\u0000" + a.text();
        return sha256(key.getBytes(StandardCharsets.UTF_8));
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
        readBytes(name, bytes, null, articles, skipped, explicit, nesting);
    }

    /**
     * As above, for bytes inflated from gzip: {@code members} (null when the bytes were not) tells where each gzip
     * member's output begins, so the WARC reader frames records within their members (in a record-per-member
     * {@code .warc.gz} a wrong Content-Length then loses only its own record).
     */
    private void readBytes(Path name, byte[] bytes, Unpack.Members members, List<RawArticle> articles,
                           List<Skipped> skipped, boolean explicit, int nesting) {
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
                if (inflatedInAll.remaining() == 0) {
                    skipped.add(new Skipped(src, "not unpacked: the batch budget is spent (--max-batch-bytes "
                            + options.maxBatchBytes() + " bytes inflated in all)"));
                    return;
                }
                if (Sniff.gzip(bytes)) {
                    Unpack.Inflated inflated = Unpack.gunzip(bytes, budget, src, skipped::add);
                    bytes = null; // the compressed copy is not needed past here
                    String n = name.getFileName().toString();
                    String inner = n.toLowerCase(Locale.ROOT).endsWith(".gz") ? n.substring(0, n.length() - 3)
                            : n.toLowerCase(Locale.ROOT).endsWith(".tgz") ? n.substring(0, n.length() - 4) + ".tar" : n;
                    Path innerName = name.getParent() == null ? Path.of(inner) : name.getParent().resolve(inner);
                    readBytes(innerName, inflated.bytes(), inflated.members(), articles, skipped, explicit,
                            nesting + 1);
                } else {
                    int reported = skipped.size();
                    int read = Unpack.entries(bytes, Sniff.zip(bytes), budget, options, src, skipped::add,
                            e -> readBytes(e.path(), e.bytes(), articles, skipped, false, nesting + 1));
                    if (read == 0 && skipped.size() == reported) {
                        skipped.add(new Skipped(src, "archive holds no readable entries"));
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
            List<RawArticle> read = members != null && reader instanceof WarcArticleReader warc
                    ? warc.readMembers(name, bytes, members, skipped::add)
                    : reader.readBytes(name, bytes, skipped::add);
            for (RawArticle a : read) {
                if (a.text().length() > options.maxArticleChars()) {
                    skipped.add(new Skipped(a.source(), "article too long: " + a.text().length()
                            + " characters, limit " + options.maxArticleChars() + " (--max-article-chars)"));
                    continue;
                }
                if (spent == null && a.text().length() > batchCharsLeft) {
                    spent = spentReason("--max-batch-chars", options.maxBatchChars(), "characters kept");
                }
                if (spent != null) {
                    skipped.add(new Skipped(a.source(), spent));
                    continue;
                }
                String firstArticle = seenArticles.putIfAbsent(articleKey(a), a.source() + " (" + a.id() + ")");
                if (firstArticle != null) {
                    skipped.add(Skipped.duplicateOf(a.source(), firstArticle, false));
                    continue;
                }
                batchCharsLeft -= a.text().length();
                articles.add(a.withLanguage(ArticleLanguage.of(a.language(), a.text()).language()));
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
