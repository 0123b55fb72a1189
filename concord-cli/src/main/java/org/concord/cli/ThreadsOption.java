package org.concord.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --threads N}: the worker threads of a command, all cores when not given, at least 1 (a picocli mixin).
 * The wording of its description may differ per command: {@code options.properties} holds those that do.
 */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    /** The thread count: the value given, else all cores; a usage error naming --threads when below 1. */
    int count(CommandLine cl) {
        return check(threads == null ? Runtime.getRuntime().availableProcessors() : threads, cl);
    }

    /** {@code n}, or a usage error naming --threads when below 1 (also for a --threads with its own default). */
    static int check(int n, CommandLine cl) {
        if (n < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be at least 1, got " + n);
        }
        return n;
    }
}
