package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.concord.eval.EvalTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The options several commands share, as picocli mixins (ThreadsOption, QuietOption, LimitOption, OutputOptions):
 * each command validates them the same way, with a one-line usage error naming the flag, before any model is
 * loaded; and every command keeps its flags.
 */
class SharedOptionsTest {
    @TempDir
    Path tmp;

    private void usageError(String message, String... args) {
        Cli.Run r = Cli.run(args);
        assertEquals(Main.USAGE, r.status(), String.join(" ", args) + "\n" + r.err());
        assertEquals(List.of("concord: " + message, "Try 'concord " + args[0] + " --help' for more information."),
                r.err().lines().toList(), String.join(" ", args));
    }

    @Test
    void threadsBelowOneIsAUsageErrorNamingTheFlag() {
        String dir = tmp.toString();
        usageError("--threads must be at least 1, got 0", "analyze", dir, "--threads", "0");
        usageError("--threads must be at least 1, got -2", "quotes", dir, "--threads", "-2");
        usageError("--threads must be at least 1, got 0", "eval", "timex", "--data", dir, "--threads", "0");
        usageError("--threads must be at least 1, got 0", "bench", "--data", dir, "--threads", "0");
        usageError("--threads must be at least 1, got 0", "train", "quotes", "--data", dir, "--threads", "0");
    }

    @Test
    void negativeLimitIsAUsageErrorNamingTheFlag() {
        String dir = tmp.toString();
        usageError("--limit must be 0 or more, got -1", "eval", "timex", "--data", dir, "--limit", "-1");
        usageError("--limit must be 0 or more, got -1", "bench", "--data", dir, "--limit", "-1");
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheChoices() {
        String dir = tmp.toString();
        usageError("--format must be json, md or html, got 'pdf'", "analyze", dir, "--format", "pdf");
        usageError("--format must be table or json, got 'xml'", "quotes", dir, "--format", "xml");
        usageError("--format must be text or json, got 'xml'", "extract", dir, "--format", "xml");
    }

    /** A command made of the mixins alone, to check their defaults and parsing. */
    @Command(name = "probe")
    static final class Probe implements Callable<Integer> {
        @Mixin
        ThreadsOption threads;
        @Mixin
        QuietOption quiet;
        @Mixin
        LimitOption limit;
        @Mixin
        OutputOptions output;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            CommandLine cl = spec.commandLine();
            output.write("threads " + threads.count(cl) + ", limit " + limit.value(cl) + ", quiet " + quiet.quiet
                    + "\n", cl.getOut());
            return 0;
        }
    }

    private static String probe(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new Probe());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cl.execute(args));
        return out.toString();
    }

    @Test
    void mixinDefaultsAndParsing() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals("threads " + cores + ", limit 0, quiet false\n", probe());
        assertEquals("threads 3, limit 7, quiet true\n", probe("--threads", "3", "--limit", "7", "-q"));
        assertEquals("threads 1, limit 0, quiet true\n", probe("--threads", "1", "--quiet"));
        Path out = tmp.resolve("new").resolve("folder").resolve("r.txt");
        assertEquals("", probe("--out", out.toString(), "--threads", "2"));
        assertEquals("threads 2, limit 0, quiet false\n", Files.readString(out, StandardCharsets.UTF_8));
    }

    /** The flags each command had before its options became mixins: none may go (new ones may come). */
    @Test
    void everyCommandKeepsItsFlags() {
        Map<String, Set<String>> flags = Map.of(
                "analyze", Set.of("--format", "--out", "--threads", "--max-file-size", "--max-decompressed-size",
                        "--max-html-depth", "--max-warc-records", "--max-archive-entries", "--corrections",
                        "--previous", "--summary-words", "-q", "--quiet", "-h", "--help", "-V", "--version"),
                "extract", Set.of("--format", "--max-file-size", "--max-decompressed-size", "--max-html-depth",
                        "--max-warc-records", "--max-archive-entries"),
                "demo", Set.of("--out-dir", "--samples", "-q", "--quiet"),
                "quotes", Set.of("--format", "--width", "--out", "--threads", "-q", "--quiet"),
                "eval", Set.of("--data", "--system", "--out", "--limit", "--threads", "--words", "--dir", "--shared",
                        "--quick"),
                "bench", Set.of("--data", "--threads", "--limit", "--warmup", "--baseline", "--baseline-limit",
                        "--out", "-q", "--quiet"),
                "train", Set.of("--data", "--out", "--filter-out", "--threads", "--force"),
                "explain", Set.of("--report"));
        CommandLine main = new CommandLine(new Main());
        flags.forEach((command, expected) -> {
            Set<String> names = main.getSubcommands().get(command).getCommandSpec().options().stream()
                    .flatMap(o -> List.of(o.names()).stream()).collect(Collectors.toSet());
            assertTrue(names.containsAll(expected), command + " lost " + expected.stream()
                    .filter(f -> !names.contains(f)).toList());
        });
    }

    @Test
    void sharedOptionsKeepEachCommandsWording() {
        assertTrue(Cli.run("analyze", "--help").out().contains("Annotation threads (default: all cores)."));
        assertTrue(Cli.run("bench", "--help").out().contains("Threads (default: all cores)."));
        String eval = Cli.run("eval", "--help").out();
        assertTrue(eval.contains("Worker threads (default: all cores)."), eval);
        assertTrue(eval.contains("Score at most N items (0: all)."), eval);
        assertTrue(Cli.run("demo", "--help").out().contains("No progress lines on standard error."));
    }

    @Test
    void evalHelpListsEveryTask() {
        String help = Cli.run("eval", "--help").out().replaceAll("\\s+", " ");
        String tasks = String.join(", ", EvalTasks.names());
        assertTrue(help.contains("TASK is " + tasks + ", or regressions."), help);
        assertTrue(help.contains("TASK " + String.join(" | ", EvalTasks.names()) + " | regressions"), help);
    }
}
