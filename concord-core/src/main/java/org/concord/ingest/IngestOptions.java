package org.concord.ingest;

/**
 * Limits for reading inputs. Per input: {@code maxFileBytes}: larger files are skipped (not truncated, and never
 * read past the limit); {@code maxArticleChars}: a longer article text is skipped too; {@code maxDecompressedBytes}:
 * a gzip, zip or tar input (or entry) that inflates past this is refused, not inflated (a decompression bomb);
 * {@code maxHtmlDepth}: a page nested deeper is skipped; {@code maxWarcRecords}: records read from one WARC file
 * (the rest is reported); {@code maxArchiveEntries}: entries read from one zip or tar archive. For the whole batch:
 * {@code maxBatchBytes}: bytes read from files in all, and, counted apart, bytes inflated from archives and
 * compressed WARC records in all (once the first is spent the remaining inputs are skipped; once the second is,
 * the remaining compressed inputs are, and plain ones are still read); {@code maxBatchChars}: characters of article
 * text kept in all (once spent the remaining inputs are skipped). Each skip gives its reason.
 * {@code followLinks}: symbolic links inside a directory are followed wherever they point (else only links whose
 * target lies inside the given inputs are read). The limits held in one array or string ({@code maxFileBytes},
 * {@code maxDecompressedBytes}, {@code maxArticleChars}) are at most {@link #MAX_IN_MEMORY}.
 */
public record IngestOptions(long maxFileBytes, int maxArticleChars, long maxDecompressedBytes, int maxHtmlDepth,
                            int maxWarcRecords, int maxArchiveEntries, long maxBatchBytes, long maxBatchChars,
                            boolean followLinks) implements java.io.Serializable {
    public static final long DEFAULT_MAX_FILE_BYTES = 20_000_000L;
    /** About the default per-document token budget of analyze (200,000 tokens at some 5 characters a token). */
    public static final int DEFAULT_MAX_ARTICLE_CHARS = 1_000_000;
    public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 200_000_000L;
    public static final int DEFAULT_MAX_HTML_DEPTH = 1_000;
    public static final int DEFAULT_MAX_WARC_RECORDS = 100_000;
    public static final int DEFAULT_MAX_ARCHIVE_ENTRIES = 10_000;
    /**
     * Bytes read from files in one batch, and bytes inflated in it (counted apart): only one input is held at a
     * time, so this bounds the work (and the time) of a batch rather than its memory.
     */
    public static final long DEFAULT_MAX_BATCH_BYTES = 2_000_000_000L;
    /**
     * Characters of article text kept in one batch: every kept text stays in memory for the whole analysis (up to
     * 2 bytes a character, and again in its cleaned and annotated forms), so 100 million characters (about 15
     * million words, some 50,000 news articles) leave room for the pipeline under a 3 GB heap.
     */
    public static final long DEFAULT_MAX_BATCH_CHARS = 100_000_000L;
    /** The largest array or string the JVM can hold (just under 2 GiB): the ceiling of the per-input limits. */
    public static final long MAX_IN_MEMORY = Integer.MAX_VALUE - 8L;

    public IngestOptions {
        positive("maxFileBytes", maxFileBytes);
        positive("maxArticleChars", maxArticleChars);
        positive("maxDecompressedBytes", maxDecompressedBytes);
        positive("maxHtmlDepth", maxHtmlDepth);
        positive("maxWarcRecords", maxWarcRecords);
        positive("maxArchiveEntries", maxArchiveEntries);
        positive("maxBatchBytes", maxBatchBytes);
        positive("maxBatchChars", maxBatchChars);
        held("maxFileBytes", maxFileBytes);
        held("maxArticleChars", maxArticleChars);
        held("maxDecompressedBytes", maxDecompressedBytes);
    }

    /** The per-input limits; the batch budgets at their defaults, links not followed out of the inputs. */
    public IngestOptions(long maxFileBytes, int maxArticleChars, long maxDecompressedBytes, int maxHtmlDepth,
                         int maxWarcRecords, int maxArchiveEntries) {
        this(maxFileBytes, maxArticleChars, maxDecompressedBytes, maxHtmlDepth, maxWarcRecords, maxArchiveEntries,
                DEFAULT_MAX_BATCH_BYTES, DEFAULT_MAX_BATCH_CHARS, false);
    }

    /** The two limits of plain files; the others at their defaults. */
    public IngestOptions(long maxFileBytes, int maxArticleChars) {
        this(maxFileBytes, maxArticleChars, DEFAULT_MAX_DECOMPRESSED_BYTES, DEFAULT_MAX_HTML_DEPTH,
                DEFAULT_MAX_WARC_RECORDS, DEFAULT_MAX_ARCHIVE_ENTRIES);
    }

    private static void positive(String name, long v) {
        if (v < 1) {
            throw new IllegalArgumentException(name + " must be positive, got " + v);
        }
    }

    private static void held(String name, long v) {
        if (v > MAX_IN_MEMORY) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_IN_MEMORY
                    + " (the most one input can hold in memory), got " + v);
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ARTICLE_CHARS);
    }

    public IngestOptions withMaxFileBytes(long bytes) {
        return new IngestOptions(bytes, maxArticleChars, maxDecompressedBytes, maxHtmlDepth, maxWarcRecords,
                maxArchiveEntries, maxBatchBytes, maxBatchChars, followLinks);
    }

    public IngestOptions withMaxArticleChars(int chars) {
        return new IngestOptions(maxFileBytes, chars, maxDecompressedBytes, maxHtmlDepth, maxWarcRecords,
                maxArchiveEntries, maxBatchBytes, maxBatchChars, followLinks);
    }

    public IngestOptions withMaxDecompressedBytes(long bytes) {
        return new IngestOptions(maxFileBytes, maxArticleChars, bytes, maxHtmlDepth, maxWarcRecords,
                maxArchiveEntries, maxBatchBytes, maxBatchChars, followLinks);
    }

    public IngestOptions withMaxHtmlDepth(int depth) {
        return new IngestOptions(maxFileBytes, maxArticleChars, maxDecompressedBytes, depth, maxWarcRecords,
                maxArchiveEntries, maxBatchBytes, maxBatchChars, followLinks);
    }

    public IngestOptions withMaxWarcRecords(int records) {
        return new IngestOptions(maxFileBytes, maxArticleChars, maxDecompressedBytes, maxHtmlDepth, records,
                maxArchiveEntries, maxBatchBytes, maxBatchChars, followLinks);
    }

    public IngestOptions withMaxArchiveEntries(int entries) {
        return new IngestOptions(maxFileBytes, maxArticleChars, maxDecompressedBytes, maxHtmlDepth, maxWarcRecords,
                entries, maxBatchBytes, maxBatchChars, followLinks);
    }

    /** With the batch budgets: bytes read and inflated, and characters of article text kept, in all. */
    public IngestOptions withBatchBudget(long bytes, long chars) {
        return new IngestOptions(maxFileBytes, maxArticleChars, maxDecompressedBytes, maxHtmlDepth, maxWarcRecords,
                maxArchiveEntries, bytes, chars, followLinks);
    }

    public IngestOptions withFollowLinks(boolean follow) {
        return new IngestOptions(maxFileBytes, maxArticleChars, maxDecompressedBytes, maxHtmlDepth, maxWarcRecords,
                maxArchiveEntries, maxBatchBytes, maxBatchChars, follow);
    }
}
