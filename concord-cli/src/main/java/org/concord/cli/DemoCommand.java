package org.concord.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concord.ingest.IngestOptions;
import org.concord.model.Document;
import org.concord.model.Quote;
import org.concord.model.Report;
import org.concord.model.Story;
import org.concord.pipeline.Analysis;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code concord demo}: analyses the bundled sample corpus and writes the report in all three formats. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyse the bundled sample corpus (samples/demo) and write concord-demo/report.{json,md,html}.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--out-dir", paramLabel = "DIR", defaultValue = "concord-demo",
            description = "Where to write the reports (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "The corpus to analyse (default: samples/demo in the Concord checkout).")
    Path samples;

    @CommandLine.Mixin
    QuietOption quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        Path corpus = samples != null ? samples : home().resolve("samples").resolve("demo");
        if (!Files.isDirectory(corpus)) {
            throw new CommandLine.ParameterException(cl, "sample corpus not found at " + corpus
                    + " (run from the Concord checkout, or pass --samples DIR)");
        }
        Progress progress = quiet.progress(cl.getErr());
        Analysis a = Runner.analyze(List.of(corpus), Runtime.getRuntime().availableProcessors(),
                IngestOptions.defaults(), progress, cl.getErr());
        try {
            for (String format : List.of("json", "md", "html")) {
                Runner.write(a.report(), format, outDir.resolve("report." + format), cl.getOut());
            }
        } catch (IOException e) {
            cl.getErr().println("concord: cannot write the reports to " + outDir + ": " + ErrorHandler.describe(e));
            return Main.FAILED;
        }
        overview(a.report(), cl.getOut());
        PrintWriter out = cl.getOut();
        out.println();
        out.println("Reports written:");
        for (String format : List.of("json", "md", "html")) {
            out.println("  " + outDir.resolve("report." + format));
        }
        out.flush();
        return Runner.exitStatus(a.report());
    }

    static Path home() {
        String h = System.getProperty("concord.home");
        return h == null ? Path.of("").toAbsolutePath() : Path.of(h);
    }

    /** A short overview: stories, their documents, the most carried quotes. */
    static void overview(Report report, PrintWriter out) {
        Map<String, Document> docs = report.documents().stream()
                .collect(Collectors.toMap(Document::id, Function.identity()));
        out.printf(Locale.ROOT, "%d documents, %d stories, %d inputs skipped%n", report.documents().size(),
                report.stories().size(), report.skipped().size());
        out.println("(? outlet unknown, * publication date inferred from the story)");
        for (Story s : report.stories()) {
            out.println();
            out.printf(Locale.ROOT, "Story %s: %s%n", s.id(), s.headline());
            s.related().forEach(r -> out.printf(Locale.ROOT, "  related: %s (%s)%n", r.story(), r.relation()));
            for (String id : s.documents()) {
                Document d = docs.get(id);
                out.printf(Locale.ROOT, "  - %-28s %-14s %s%s%n", id, d.outlet() == null ? "?" : d.outlet(),
                        d.published() == null ? "undated" : d.published() + (d.publishedInferred() ? "*" : ""),
                        d.duplicateOf() == null ? "" : "  (copy of " + d.duplicateOf() + ")");
            }
            List<Quote> top = s.quotes().stream()
                    .sorted((x, y) -> Integer.compare(y.occurrences().size(), x.occurrences().size()))
                    .limit(3).toList();
            for (Quote q : top) {
                String text = q.text().length() > 90 ? q.text().substring(0, 87) + "..." : q.text();
                out.printf(Locale.ROOT, "  \"%s\" - %s (%d outlet%s)%n", text,
                        q.speaker() != null ? q.speaker().name() : q.confidence() == null ? "unknown"
                                : String.format(Locale.ROOT, "speaker withheld (confidence %.2f)", q.confidence()),
                        q.occurrences().size(),
                        q.occurrences().size() == 1 ? "" : "s");
            }
        }
        out.flush();
    }
}
