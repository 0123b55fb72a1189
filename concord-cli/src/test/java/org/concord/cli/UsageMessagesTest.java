package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a new user meets it (issue 22), driven through the real {@code Main}: a usage error is one
 * line naming the bad value and a pointer to the command's help, exit 2, never the whole usage; inputs with
 * nothing readable fail at once with one line, exit 1, before any model loads; {@code --version} names Concord,
 * CoreNLP and Java.
 */
class UsageMessagesTest {
    @TempDir
    Path tmp;

    private static void usage(List<String> expected, String... args) {
        Cli.Run r = Cli.run(args);
        assertEquals(Main.USAGE, r.status(), r.err());
        assertEquals(expected, r.err().lines().toList(), String.join(" ", args));
        assertEquals("", r.out());
    }

    private static String tryHelp(String command) {
        return "Try '" + command + " --help' for more information.";
    }

    @Test
    void aMissingPathIsNamedOnItsOwnLineThenTheHelpHint() {
        String x = tmp.resolve("x.jsonl").toString();
        String y = tmp.resolve("y").toString();
        usage(List.of("concord: no such file or directory: " + x, tryHelp("concord analyze")), "analyze", x);
        usage(List.of("concord: no such file or directory: " + x, "concord: no such file or directory: " + y,
                tryHelp("concord analyze")), "analyze", x, y, "-q");
        usage(List.of("concord: no such file or directory: " + x, tryHelp("concord extract")), "extract", x);
        usage(List.of("concord: --data: no such file or directory: " + x, tryHelp("concord eval")),
                "eval", "timex", "--data", x);
    }

    @Test
    void aBadValueNamesTheValueAndTheChoicesWithoutTheUsage() {
        String dir = tmp.toString();
        usage(List.of("concord: --format must be json, md or html, got 'pdf'", tryHelp("concord analyze")),
                "analyze", dir, "--format", "pdf");
        usage(List.of("concord: --summary-words must be at least 10, got 3", tryHelp("concord analyze")),
                "analyze", dir, "--summary-words", "3");
        usage(List.of("concord: Unknown option: '--frobnicate'", tryHelp("concord analyze")),
                "analyze", "--frobnicate", dir);
        usage(List.of("concord: Missing required parameter: 'TASK'", tryHelp("concord eval")), "eval");
        usage(List.of("concord: a command is required: analyze, render, extract, demo, quotes, explain, eval, bench, train, serve or token",
                tryHelp("concord")));
        Cli.Run task = Cli.run("eval", "nope", "--data", dir);
        assertEquals(Main.USAGE, task.status());
        List<String> lines = task.err().lines().toList();
        assertEquals(2, lines.size(), task.err());
        assertTrue(lines.get(0).startsWith("concord: unknown eval task 'nope'; known: timex, "), task.err());
        assertEquals(tryHelp("concord eval"), lines.get(1));
        Cli.Run story = Cli.run("explain", "--report", tmp.resolve("r.json").toString(), "s-x");
        assertEquals(List.of("concord: --report: no such file: " + tmp.resolve("r.json"), tryHelp("concord explain")),
                story.err().lines().toList());
    }

    @Test
    void aMistypedCommandKeepsItsDidYouMeanHint() {
        Cli.Run r = Cli.run("analyse", tmp.toString());
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("Did you mean: concord analyze"), r.err());
        assertTrue(r.err().strip().endsWith(tryHelp("concord")), r.err());
        assertFalse(r.err().contains("Usage:"), r.err());
    }

    @Test
    void helpStillPrintsTheWholeUsage() {
        Cli.Run r = Cli.run("analyze", "--help");
        assertEquals(Main.OK, r.status());
        assertTrue(r.out().startsWith("Usage: concord analyze"), r.out());
        assertTrue(r.out().contains("3 report written but some inputs could not be read"), r.out());
    }

    @Test
    void anEmptyFolderFailsAtOnceWithOneLineAndLoadsNoModels() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path out = tmp.resolve("report.json");
        long t0 = System.nanoTime();
        Cli.Run r = Cli.run("analyze", empty.toString(), "--out", out.toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(Main.FAILED, r.status(), r.err());
        assertEquals(List.of("concord: nothing readable in " + empty
                + ": no articles found in directory (0 files looked at)"), r.err().lines().toList());
        assertFalse(Files.exists(out), "no report is written");
        assertTrue(seconds < 20, "fails at once, took " + seconds + "s");
        Cli.Run quotes = Cli.run("quotes", empty.toString());
        assertEquals(Main.FAILED, quotes.status(), quotes.err());
        assertEquals(1, quotes.err().lines().count(), quotes.err());
        Cli.Run demo = Cli.run("demo", "--samples", empty.toString(), "--out-dir", tmp.resolve("demo").toString());
        assertEquals(Main.FAILED, demo.status(), demo.err());
        assertEquals(1, demo.err().lines().count(), demo.err());
        assertFalse(Files.exists(tmp.resolve("demo")), demo.err());
    }

    @Test
    void inputsThatAllFailToReadAreCountedByReasonOnOneLine() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("a.txt"), new byte[] {0, 1, 2, 3});
        Files.write(in.resolve("b.txt"), new byte[] {0, 1, 2, 4});
        Files.write(in.resolve("c.txt"), new byte[0]);
        Cli.Run r = Cli.run("analyze", in.toString(), "--cache", tmp.resolve("cache").toString());
        assertEquals(Main.FAILED, r.status(), r.err());
        assertEquals(List.of("concord: nothing readable in " + in + ": 4 skipped (binary file: 2, empty file: 1, "
                + "no articles found in directory: 1)"), r.err().lines().toList());
        assertFalse(r.err().contains("loading models"), r.err());
        assertFalse(Files.exists(tmp.resolve("cache")), "the annotation cache is not created");
        Cli.Run extract = Cli.run("extract", in.toString());
        assertEquals(Main.FAILED, extract.status(), extract.err());
        assertTrue(extract.err().strip().endsWith("concord: nothing readable in " + in + ": 4 skipped (binary file: "
                + "2, empty file: 1, no articles found in directory: 1)"), extract.err());
    }

    @Test
    void versionNamesConcordCoreNlpAndJava() {
        Cli.Run r = Cli.run("--version");
        assertEquals(Main.OK, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.get(0).matches("concord \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), lines.get(0));
        assertEquals("CoreNLP " + CoreNlpAnnotator.VERSION, lines.get(1));
        assertEquals("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")", lines.get(2));
        assertEquals("", r.err());
    }
}
