package org.concord.cli;

import org.concord.ingest.IngestOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The input limits shared by the commands that read articles (a picocli mixin): per input, for the whole batch,
 * and whether symbolic links are followed. A limit held in one array or string (file size, decompressed size,
 * article length) above {@link IngestOptions#MAX_IN_MEMORY} is a usage error naming the flag and the maximum.
 */
final class IngestLimits {
    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "20000000",
            description = "Skip input files larger than this (default: ${DEFAULT-VALUE}; at most 2147483639).")
    long maxFileSize;

    @Option(names = "--max-decompressed-size", paramLabel = "BYTES", defaultValue = "200000000",
            description = "Refuse a gzip, zip or tar input that inflates past this (default: ${DEFAULT-VALUE}; "
                    + "at most 2147483639).")
    long maxDecompressed;

    @Option(names = "--max-article-chars", paramLabel = "N", defaultValue = "1000000",
            description = "Skip an article whose text is longer than this (default: ${DEFAULT-VALUE}, about the "
                    + "200,000 tokens of --max-document-tokens, so a text that could never be annotated is refused "
                    + "when read and spends none of the batch budget; at most 2147483639).")
    long maxArticleChars;

    @Option(names = "--max-batch-bytes", paramLabel = "BYTES", defaultValue = "2000000000",
            description = "Bytes read from files in all, and, counted apart, bytes inflated from archives and "
                    + "compressed WARC records in all; once the first is spent the remaining inputs are skipped, "
                    + "once the second is the remaining compressed ones are (plain files are still read) "
                    + "(default: ${DEFAULT-VALUE}: only one input is held at a time, so this bounds the work, "
                    + "not the memory).")
    long maxBatchBytes;

    @Option(names = "--max-batch-chars", paramLabel = "N", defaultValue = "100000000",
            description = "Characters of article text kept in all; once spent, the remaining inputs are skipped "
                    + "(default: ${DEFAULT-VALUE}: every kept text stays in memory through the analysis, and this "
                    + "much, about 50,000 news articles, fits a 3 GB heap (-Xmx3g) with room for the pipeline).")
    long maxBatchChars;

    @Option(names = "--follow-links", description = "Follow symbolic links found in directories wherever they "
            + "point (by default a link out of the given inputs is skipped).")
    boolean followLinks;

    @Option(names = "--max-html-depth", paramLabel = "N", defaultValue = "1000",
            description = "Skip web pages nested deeper than this (default: ${DEFAULT-VALUE}).")
    int maxHtmlDepth;

    @Option(names = "--max-warc-records", paramLabel = "N", defaultValue = "100000",
            description = "Records read from one WARC file (default: ${DEFAULT-VALUE}).")
    int maxWarcRecords;

    @Option(names = "--max-archive-entries", paramLabel = "N", defaultValue = "10000",
            description = "Entries read from one zip or tar archive (default: ${DEFAULT-VALUE}).")
    int maxArchiveEntries;

    IngestOptions options(CommandLine cl) {
        held(cl, "--max-file-size", maxFileSize);
        held(cl, "--max-decompressed-size", maxDecompressed);
        held(cl, "--max-article-chars", maxArticleChars);
        positive(cl, "--max-batch-bytes", maxBatchBytes);
        positive(cl, "--max-batch-chars", maxBatchChars);
        positive(cl, "--max-html-depth", maxHtmlDepth);
        positive(cl, "--max-warc-records", maxWarcRecords);
        positive(cl, "--max-archive-entries", maxArchiveEntries);
        try {
            return new IngestOptions(maxFileSize, (int) maxArticleChars, maxDecompressed, maxHtmlDepth,
                    maxWarcRecords, maxArchiveEntries, maxBatchBytes, maxBatchChars, followLinks);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }

    /** A usage error naming the flag unless 1 <= value <= the most one array or string can hold. */
    private static void held(CommandLine cl, String flag, long value) {
        positive(cl, flag, value);
        if (value > IngestOptions.MAX_IN_MEMORY) {
            throw new CommandLine.ParameterException(cl, flag + " must be at most " + IngestOptions.MAX_IN_MEMORY
                    + " (just under 2 GiB, the most one input can hold in memory), got " + value);
        }
    }

    private static void positive(CommandLine cl, String flag, long value) {
        if (value < 1) {
            throw new CommandLine.ParameterException(cl, flag + " must be at least 1, got " + value);
        }
    }
}
