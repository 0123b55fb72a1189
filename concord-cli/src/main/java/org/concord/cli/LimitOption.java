package org.concord.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --limit N}: at most N items of the input, 0 for all (a picocli mixin). */
final class LimitOption {
    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "At most N items (0: all).")
    int limit;

    /** The limit (0: all); a usage error naming --limit when negative. */
    int value(CommandLine cl) {
        if (limit < 0) {
            throw new CommandLine.ParameterException(cl, "--limit must be 0 or more, got " + limit);
        }
        return limit;
    }
}
