package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code concord analyze} on the sample corpus with standard error captured (not a terminal): plain progress
 * lines, the annotate stage's last one with its rate in documents a second. Progress is silent in a run's first
 * second, so the run has to be longer than that: the sample corpus and three edited copies of each of its text
 * articles (since issue 24 the twelve sample documents alone can be annotated in under a second on one thread).
 */
class ProgressEndToEndTest {
    @TempDir
    Path tmp;

    @Test
    void plainProgressLinesShowTheRate() throws Exception {
        Path demo = Cli.root().resolve("samples").resolve("demo");
        Path copies = Files.createDirectories(tmp.resolve("copies"));
        try (var files = Files.list(demo)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f);
                for (int k = 1; k <= 3; k++) {
                    Files.writeString(copies.resolve(k + "-" + f.getFileName()),
                            text.strip() + "\nThis copy was filed from desk " + k + ".\n");
                }
            }
        }
        Path report = tmp.resolve("report.json");
        // one thread: the 39 documents take well over the second a rate needs
        Cli.Run r = Cli.run("analyze", demo.toString(), copies.toString(), "--threads", "1", "--out",
                report.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.size(report) > 0);
        assertFalse(r.err().contains("\r"), "no bar when standard error is not a terminal: " + r.err());
        assertTrue(r.err().lines().anyMatch(
                l -> l.matches("\\[ *\\d+\\.\\ds\\] annotate: 39/39  \\d+(\\.\\d+)? docs/s")), r.err());
        assertTrue(r.err().lines().anyMatch(
                l -> l.matches("\\[ *\\d+\\.\\ds\\] story details: (\\d+)/\\1.*")), r.err());
    }
}
