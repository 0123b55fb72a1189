package org.concord.ingest;

/**
 * Limits for reading inputs. {@code maxFileBytes}: larger files are skipped (not truncated); {@code maxArticleChars}:
 * a longer article text is skipped too; {@code maxDecompressedBytes}: a gzip, zip or tar input (or entry) that
 * inflates past this is refused, not inflated (a decompression bomb); {@code maxHtmlDepth}: a page nested deeper is
 * skipped; {@code maxWarcRecords}: records read from one WARC file (the rest is reported); {@code maxArchiveEntries}:
 * entries read from one zip or tar archive.
 */
public record IngestOptions(long maxFileBytes, int maxArticleChars, long maxDecompressedBytes, int maxHtmlDepth,
                            int maxWarcRecords, int maxArchiveEntries) {
    public static final long DEFAULT_MAX_FILE_BYTES = 20_000_000L;
    public static final int DEFAULT_MAX_ARTICLE_CHARS = 2_000_000;
    public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 200_000_000L;
    public static final int DEFAULT_MAX_HTML_DEPTH = 1_000;
    public static final int DEFAULT_MAX_WARC_RECORDS = 100_000;
    public static final int DEFAULT_MAX_ARCHIVE_ENTRIES = 10_000;

    public IngestOptions {
        positive("maxFileBytes", maxFileBytes);
        positive("maxArticleChars", maxArticleChars);
        positive("maxDecompressedBytes", maxDecompressedBytes);
        positive("maxHtmlDepth", maxHtmlDepth);
        positive("maxWarcRecords", maxWarcRecords);
        positive("maxArchiveEntries", maxArchiveEntries);
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

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ARTICLE_CHARS);
    }

    public IngestOptions withMaxFileBytes(long bytes) {
        return new IngestOptions(bytes, maxArticleChars, maxDecompressedBytes, maxHtmlDepth, maxWarcRecords,
                maxArchiveEntries);
    }

    public IngestOptions withMaxDecompressedBytes(long bytes) {
        return new IngestOptions(maxFileBytes, maxArticleChars, bytes, maxHtmlDepth, maxWarcRecords,
                maxArchiveEntries);
    }

    public IngestOptions withMaxHtmlDepth(int depth) {
        return new IngestOptions(maxFileBytes, maxArticleChars, maxDecompressedBytes, depth, maxWarcRecords,
                maxArchiveEntries);
    }

    public IngestOptions withMaxWarcRecords(int records) {
        return new IngestOptions(maxFileBytes, maxArticleChars, maxDecompressedBytes, maxHtmlDepth, records,
                maxArchiveEntries);
    }

    public IngestOptions withMaxArchiveEntries(int entries) {
        return new IngestOptions(maxFileBytes, maxArticleChars, maxDecompressedBytes, maxHtmlDepth, maxWarcRecords,
                entries);
    }
}
