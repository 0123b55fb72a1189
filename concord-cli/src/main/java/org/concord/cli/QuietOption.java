package org.concord.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code -q, --quiet}: no progress lines on standard error (a picocli mixin). */
final class QuietOption {
    @Option(names = {"-q", "--quiet"}, description = "No progress lines on standard error.")
    boolean quiet;

    /** Progress lines on {@code err}, silent when --quiet was given. */
    Progress progress(PrintWriter err) {
        return new Progress(err, quiet);
    }
}
