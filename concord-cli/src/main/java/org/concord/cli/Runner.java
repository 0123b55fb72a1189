package org.concord.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.concord.ingest.IngestOptions;
import org.concord.model.Report;
import org.concord.nlp.CoreNlpAnnotator;
import org.concord.pipeline.Analysis;
import org.concord.pipeline.Concord;
import org.concord.report.ReportWriter;
import org.concord.report.ReportWriters;

/** What analyze, demo and bench share: loading the models once, running the pipeline, writing reports. */
final class Runner {
    private Runner() {
    }

    /** Loads the annotator (timed), builds the pipeline and analyses the inputs. */
    static Analysis analyze(List<Path> inputs, int threads, IngestOptions ingest, Progress progress, PrintWriter err) {
        return analyze(inputs, threads, ingest, org.concord.cluster.Corrections.none(), progress, err);
    }

    /** As above, with the user's corrections to the story grouping. */
    static Analysis analyze(List<Path> inputs, int threads, IngestOptions ingest,
                            org.concord.cluster.Corrections corrections, Progress progress, PrintWriter err) {
        return analyze(inputs, threads, ingest, corrections, DEFAULT_SUMMARY_WORDS, progress, err);
    }

    /** The summary budget of a story when none is given (words). */
    static final int DEFAULT_SUMMARY_WORDS = 120;

    /** As above, with the summary budget in words ({@code analyze --summary-words}). */
    static Analysis analyze(List<Path> inputs, int threads, IngestOptions ingest,
                            org.concord.cluster.Corrections corrections, int summaryWords, Progress progress,
                            PrintWriter err) {
        progress.note("loading models");
        long t0 = System.nanoTime();
        CoreNlpAnnotator nlp = CoreNlpAnnotator.shared();
        progress.note(String.format(Locale.ROOT, "models loaded in %.1fs", (System.nanoTime() - t0) / 1e9));
        Concord concord = Concord.builder()
                .annotator(nlp)
                .threads(threads)
                .ingestOptions(ingest)
                .corrections(corrections)
                .summaryWords(summaryWords)
                .progress(progress)
                .warnings(line -> {
                    err.println("concord: " + line);
                    err.flush();
                })
                .build();
        Analysis a = concord.analyze(inputs);
        progress.note(String.format(Locale.ROOT, "%d documents, %d tokens, %d stories, %d skipped",
                a.report().documents().size(), a.tokens(), a.report().stories().size(),
                a.report().skipped().size()));
        return a;
    }

    /** Writes the report in a format to a file (parent folders created) or, when {@code out} is null, to stdout. */
    static void write(Report report, String format, Path out, PrintWriter stdout) throws IOException {
        ReportWriter writer = ReportWriters.forFormat(format);
        OutputOptions.write(out, w -> writer.write(report, w), stdout);
    }

    static int exitStatus(Report report) {
        if (report.documents().isEmpty()) {
            return Main.FAILED;
        }
        return report.skipped().isEmpty() ? Main.OK : Main.PARTIAL;
    }
}
