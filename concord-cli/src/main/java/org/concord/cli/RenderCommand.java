package org.concord.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.concord.model.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code concord render --report report.json --format html|md [--out FILE]}: a saved JSON report rendered again,
 * with no analysis (no models loaded); the page is the one {@code analyze --format html|md} writes for that report.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render a JSON report written by analyze as HTML or Markdown, without analysing again "
                + "(no models are loaded). The output equals what analyze --format html (or md) writes for the "
                + "same analysis.",
                "Exit status: 0 written, 2 usage error (bad flag, missing or unreadable report), 1 not written."})
final class RenderCommand implements Callable<Integer> {
    @Option(names = "--report", required = true, paramLabel = "FILE",
            description = "The JSON report (written by analyze --format json).")
    Path report;

    @Option(names = "--format", defaultValue = "html", paramLabel = "html|md",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        String f = format.toLowerCase(java.util.Locale.ROOT);
        OutputOptions.checkFormat(f.equals("markdown") ? "md" : f, cl, "html", "md");
        if (!Files.isRegularFile(report)) {
            throw new CommandLine.ParameterException(cl, "--report: no such file: " + report);
        }
        if (!Files.isReadable(report)) {
            throw new CommandLine.ParameterException(cl, "--report " + report + ": the file is not readable");
        }
        Report r;
        try {
            r = PreviousReport.read(report, "--report");
        } catch (IOException e) {
            throw new CommandLine.ParameterException(cl, "cannot read --report " + report + ": "
                    + ErrorHandler.reason(e));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, ErrorHandler.firstLine(e.getMessage()));
        }
        output.checkWritable(cl);
        try {
            Runner.write(r, f.equals("markdown") ? "md" : f, output.file(), cl.getOut());
        } catch (IOException e) {
            cl.getErr().println("concord: cannot write to " + output.file() + ": " + ErrorHandler.reason(e));
            return Main.FAILED;
        }
        return Main.OK;
    }
}
