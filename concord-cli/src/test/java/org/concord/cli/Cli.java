package org.concord.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Drives the real {@code main} in-process and captures its output (end-to-end tests, Anserini style). */
final class Cli {
    record Run(int status, String out, String err) {}

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    /**
     * The shared folder (../shared next to the checkout), or a clear failure when it is missing; tests that call
     * this carry {@link org.concord.testkit.SharedData}, so they are skipped, not failed, in a clone without it.
     */
    static Path shared() {
        Path dir = org.concord.testkit.SharedDataCondition.dir();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("shared data not found at " + dir.toAbsolutePath()
                    + ": this test needs ../shared (seeds and data) next to the checkout");
        }
        return dir;
    }

    /** The repository root. */
    static Path root() {
        String p = System.getProperty("concord.root");
        return p == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(p);
    }
}
