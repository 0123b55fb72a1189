package org.concord.cli;

import org.concord.ingest.IngestOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The input limits shared by the commands that read articles (a picocli mixin). */
final class IngestLimits {
    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "20000000",
            description = "Skip input files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileSize;

    @Option(names = "--max-decompressed-size", paramLabel = "BYTES", defaultValue = "200000000",
            description = "Refuse a gzip, zip or tar input that inflates past this (default: ${DEFAULT-VALUE}).")
    long maxDecompressed;

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
        try {
            return new IngestOptions(maxFileSize, IngestOptions.DEFAULT_MAX_ARTICLE_CHARS, maxDecompressed,
                    maxHtmlDepth, maxWarcRecords, maxArchiveEntries);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }
}
