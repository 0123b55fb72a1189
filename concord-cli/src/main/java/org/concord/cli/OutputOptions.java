package org.concord.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --out FILE}: where a command writes its result, standard output when not given (a picocli mixin; a file is
 * replaced whole, never left half written); and the check of a command's {@code --format}, whose values and default
 * are the command's own.
 */
final class OutputOptions {
    @Option(names = "--out", paramLabel = "FILE", description = "Write here (default: standard output).")
    Path out;

    /** What a command writes, to a file or to standard output. */
    @FunctionalInterface
    interface Body {
        void writeTo(Writer w) throws IOException;
    }

    /** The --out file, or null for standard output. */
    Path file() {
        return out;
    }

    /** Writes {@code text} to the --out file (parent folders created, UTF-8) or to {@code stdout}. */
    void write(String text, PrintWriter stdout) throws IOException {
        write(out, w -> w.write(text), stdout);
    }

    /**
     * Writes {@code body} to {@code file} (parent folders created, UTF-8) or, when it is null, to {@code stdout}.
     * A file is written whole or not at all ({@link AtomicFile}): a failure leaves an earlier file as it was.
     */
    static void write(Path file, Body body, PrintWriter stdout) throws IOException {
        if (file == null) {
            body.writeTo(stdout);
            stdout.flush();
            return;
        }
        AtomicFile.write(file, body);
    }

    /**
     * Checks, before any work, that the report can be written to {@link #file()}: it is not a folder, and its
     * folder exists (or can be created) and is writable. A usage error naming the file and the reason otherwise.
     */
    void checkWritable(CommandLine cl) {
        checkWritable(cl, file());
    }

    /** {@link #checkWritable(CommandLine)} for a file {@code f} (nothing to check when it is null). */
    static void checkWritable(CommandLine cl, Path f) {
        if (f == null) {
            return;
        }
        if (java.nio.file.Files.isDirectory(f)) {
            throw new CommandLine.ParameterException(cl, "--out " + f + ": is a directory");
        }
        Path dir = f.toAbsolutePath().getParent();
        while (dir != null && !java.nio.file.Files.exists(dir)) {
            dir = dir.getParent(); // the nearest existing folder: the missing ones are created when writing
        }
        if (dir == null || !java.nio.file.Files.isDirectory(dir) || !java.nio.file.Files.isWritable(dir)) {
            throw new CommandLine.ParameterException(cl, "--out " + f + ": cannot write there ("
                    + (dir == null ? "no folder" : dir + " is not a writable folder") + ")");
        }
        if (java.nio.file.Files.exists(f) && !java.nio.file.Files.isWritable(f)) {
            throw new CommandLine.ParameterException(cl, "--out " + f + ": the existing file is not writable");
        }
    }

    /** {@code format} when it is one of {@code known}; otherwise a usage error naming --format and the choices. */
    static String checkFormat(String format, CommandLine cl, String... known) {
        List<String> formats = List.of(known);
        if (!formats.contains(format)) {
            int last = formats.size() - 1;
            String choices = last == 0 ? formats.get(0)
                    : String.join(", ", formats.subList(0, last)) + " or " + formats.get(last);
            throw new CommandLine.ParameterException(cl, "--format must be " + choices + ", got '" + format + "'");
        }
        return format;
    }
}
