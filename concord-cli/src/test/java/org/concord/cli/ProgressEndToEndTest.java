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
 * lines, the annotate stage's last one with its rate in documents a second.
 */
class ProgressEndToEndTest {
    @TempDir
    Path tmp;

    @Test
    void plainProgressLinesShowTheRate() throws Exception {
        Path demo = Cli.root().resolve("samples").resolve("demo");
        Path report = tmp.resolve("report.json");
        // one thread: the twelve documents take well over the second a rate needs
        Cli.Run r = Cli.run("analyze", demo.toString(), "--threads", "1", "--out", report.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.size(report) > 0);
        assertFalse(r.err().contains("\r"), "no bar when standard error is not a terminal: " + r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("\\[ *\\d+\\.\\ds\\] annotate: 12/12  \\d+(\\.\\d+)? docs/s")),
                r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("\\[ *\\d+\\.\\ds\\] story details: 3/3.*")), r.err());
    }
}
