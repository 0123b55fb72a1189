package org.concord.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.concord.ingest.IngestOptions;
import org.concord.model.Report;
import org.concord.pipeline.Analysis;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code concord analyze PATH...}: the report of every story in the inputs. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse articles (files and directories, recursively) and write the report.",
                "Exit status: 0 all inputs analysed (a duplicate input is read once and listed as skipped), "
                        + "3 report written but some inputs could not be read, 2 usage error, "
                        + "1 nothing readable or report not written."})
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT[,FORMAT...]",
            description = "Report format: json, md or html, or several separated by commas (default: "
                    + "${DEFAULT-VALUE}). With several, --out is required: --out report writes report.json, "
                    + "report.md and report.html (an extension given is replaced); --out DIR/ (an existing folder, "
                    + "or a path ending in /) writes DIR/report.json and so on.")
    String format;

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Mixin
    ThreadsOption threads;

    @CommandLine.Mixin
    IngestLimits limits;

    @Option(names = "--corrections", paramLabel = "FILE",
            description = "Corrections to the story grouping (JSON: merge, split, move, pin by document id), applied "
                    + "on every run.")
    Path corrections;

    @Option(names = "--previous", paramLabel = "REPORT",
            description = "An earlier JSON report to continue: its documents join the new inputs as they are, its "
                    + "stories stay together and keep their ids, a new article joins the story it belongs to or "
                    + "starts one, and only the stories new articles touch are analysed again.")
    Path previous;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep each document's annotation in DIR (created if missing) and read it back on later "
                    + "runs, so an unchanged document is never annotated twice.")
    Path cache;

    @Option(names = "--summary-words", paramLabel = "N", defaultValue = "120",
            description = "Each story's summary budget in words (default: ${DEFAULT-VALUE}; at least 10). "
                    + "concord eval summarize scores this summary at its word limit.")
    int summaryWords;

    @Option(names = "--max-document-seconds", paramLabel = "S", defaultValue = "120",
            description = "Skip a document whose annotation takes longer than this, with its reason; the others go "
                    + "on (default: ${DEFAULT-VALUE}; 0: no limit).")
    int maxDocumentSeconds;

    @Option(names = "--max-document-tokens", paramLabel = "N", defaultValue = "200000",
            description = "Skip, before annotating it, a document of more tokens than this (estimated), or with a "
                    + "run of over 1000 punctuation marks (default: ${DEFAULT-VALUE}; 0: no limit).")
    int maxDocumentTokens;

    @CommandLine.Mixin
    MinConfidenceOption minConfidence;

    @CommandLine.Mixin
    QuietOption quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        List<String> formats = ReportTargets.formats(format, cl);
        IngestOptions ingest = limits.options(cl);
        if (summaryWords < 10) {
            throw new CommandLine.ParameterException(cl, "--summary-words must be at least 10, got " + summaryWords);
        }
        if (maxDocumentSeconds < 0 || maxDocumentTokens < 0) {
            throw new CommandLine.ParameterException(cl, "--max-document-seconds and --max-document-tokens must be "
                    + "at least 0 (0: no limit), got " + maxDocumentSeconds + " and " + maxDocumentTokens);
        }
        org.concord.pipeline.DocumentBudget budget = org.concord.pipeline.DocumentBudget.of(
                maxDocumentSeconds == 0 ? null : java.time.Duration.ofSeconds(maxDocumentSeconds), maxDocumentTokens);
        int n = threads.count(cl);
        InputPaths.requireOne(paths, cl);
        org.concord.cluster.Corrections fixes = org.concord.cluster.Corrections.none();
        if (corrections != null) {
            if (!Files.isRegularFile(corrections)) {
                throw new CommandLine.ParameterException(cl, "corrections file not found: " + corrections);
            }
            try {
                fixes = org.concord.cluster.Corrections.read(corrections);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(cl, "cannot read " + corrections + ": " + ErrorHandler.reason(e));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, ErrorHandler.firstLine(e.getMessage()));
            }
        }
        Progress progress = quiet.progress(cl.getErr());
        Report earlier = null;
        if (previous != null) {
            if (!Files.isRegularFile(previous)) {
                throw new CommandLine.ParameterException(cl, "--previous: report not found: " + previous);
            }
            try {
                earlier = PreviousReport.read(previous);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(cl, "cannot read --previous " + previous + ": "
                        + ErrorHandler.reason(e));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, e.getMessage());
            }
            progress.note("continuing " + previous + ": " + earlier.documents().size() + " documents in "
                    + earlier.stories().size() + " stories");
        }
        if (cache != null && Files.exists(cache) && !Files.isDirectory(cache)) {
            throw new CommandLine.ParameterException(cl, "--cache: not a directory: " + cache);
        }
        java.util.Map<String, Path> targets = ReportTargets.of(formats, output.file(), cl);
        for (Path target : targets.values()) {
            OutputOptions.checkWritable(cl, target); // before the analysis, not after it
        }
        Double min = minConfidence.value(cl);
        Analysis a = Runner.analyze(new ArrayList<>(paths), n, ingest, fixes, summaryWords, cache, earlier, budget,
                min, progress,
                cl.getErr());
        for (java.util.Map.Entry<String, Path> t : targets.entrySet()) {
            try {
                Runner.write(a.report(), t.getKey(), t.getValue(), cl.getOut());
            } catch (IOException e) {
                cl.getErr().println("concord: cannot write the report to " + t.getValue() + ": "
                        + ErrorHandler.reason(e));
                return Main.FAILED;
            }
            if (t.getValue() != null) {
                progress.note("report written to " + t.getValue());
            }
        }
        return Runner.exitStatus(a.report());
    }
}
