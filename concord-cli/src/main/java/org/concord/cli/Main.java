package org.concord.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code concord} command: one class per subcommand, stable flags. */
@Command(name = "concord", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        resourceBundle = "org.concord.cli.options",
        description = "Multi-source news intelligence: stories, quotes, entities, timelines and claims, offline.",
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, DemoCommand.class, QuotesCommand.class,
                EvalCommand.class, BenchCommand.class, TrainCommand.class, ExplainCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit status: everything analysed. */
    public static final int OK = 0;
    /** Exit status: nothing could be analysed, or the output could not be written. */
    public static final int FAILED = 1;
    /** Exit status: usage error (bad flag, missing path). */
    public static final int USAGE = 2;
    /** Exit status: the report was written but some inputs were skipped. */
    public static final int PARTIAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required (analyze, extract, demo, quotes, eval, bench, train)");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit status (used by tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof IllegalArgumentException) {
                commandLine.getErr().println("concord: " + ex.getMessage());
                return USAGE;
            }
            commandLine.getErr().println("concord: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return FAILED;
        });
        return cl.execute(args);
    }

    /** Version from the jar manifest, else the build's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"concord " + (v == null ? "0.1.0-SNAPSHOT" : v)
                    + " (Java " + System.getProperty("java.version") + ")"};
        }
    }
}
