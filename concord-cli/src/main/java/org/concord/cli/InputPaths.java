package org.concord.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * The PATH arguments of a command that reads articles: when none of them exists it is a usage error naming each
 * missing path on a line of its own. (When only some are missing, reading goes on and each is reported skipped.)
 */
final class InputPaths {
    private InputPaths() {
    }

    /** Returns normally when at least one of {@code paths} exists; otherwise a usage error naming each of them. */
    static void requireOne(List<Path> paths, CommandLine cl) {
        if (paths.stream().noneMatch(Files::exists)) {
            throw new CommandLine.ParameterException(cl, paths.stream().distinct()
                    .map(p -> "no such file or directory: " + p).collect(Collectors.joining("\n")));
        }
    }
}
