package org.concord.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code concord} command: one class per subcommand, stable flags. */
@Command(name = "concord", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        resourceBundle = "org.concord.cli.options",
        description = "Multi-source news intelligence: stories, quotes, entities, timelines and claims, offline.",
        subcommands = {AnalyzeCommand.class, RenderCommand.class, ExtractCommand.class, DemoCommand.class, QuotesCommand.class,
                EvalCommand.class, BenchCommand.class, TrainCommand.class, ExplainCommand.class, ServeCommand.class,
                TokenCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit status: everything analysed. */
    public static final int OK = 0;
    /** Exit status: nothing could be read or analysed, or the output could not be written. */
    public static final int FAILED = 1;
    /** Exit status: usage error (bad flag, missing path). */
    public static final int USAGE = 2;
    /** Exit status: the report was written but some inputs could not be read (a duplicate read once is no failure). */
    public static final int PARTIAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required: analyze, render, extract, demo, quotes, explain, eval, bench, train, serve or token");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line with the given output streams and returns the exit status (used by tests). Failures
     * are reported by {@link ErrorHandler}: one line each, then a pointer to the command's help for usage errors.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        ErrorHandler errors = new ErrorHandler();
        cl.setParameterExceptionHandler(errors);
        cl.setExecutionExceptionHandler(errors);
        return cl.execute(args);
    }
}
