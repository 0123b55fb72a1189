package org.concord.ingest;

/**
 * Limits for reading inputs. {@code maxFileBytes}: larger files are skipped (not truncated);
 * {@code maxArticleChars}: a longer article text is skipped too.
 */
public record IngestOptions(long maxFileBytes, int maxArticleChars) {
    public static final long DEFAULT_MAX_FILE_BYTES = 20_000_000L;
    public static final int DEFAULT_MAX_ARTICLE_CHARS = 2_000_000;

    public IngestOptions {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive, got " + maxFileBytes);
        }
        if (maxArticleChars < 1) {
            throw new IllegalArgumentException("maxArticleChars must be positive, got " + maxArticleChars);
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ARTICLE_CHARS);
    }

    public IngestOptions withMaxFileBytes(long bytes) {
        return new IngestOptions(bytes, maxArticleChars);
    }
}
