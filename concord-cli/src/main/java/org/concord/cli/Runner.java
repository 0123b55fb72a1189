package org.concord.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.concord.ingest.Ingest;
import org.concord.ingest.IngestOptions;
import org.concord.pipeline.DocumentBudget;
import org.concord.ingest.IngestResult;
import org.concord.model.Report;
import org.concord.model.Skipped;
import org.concord.nlp.LazyAnnotator;
import org.concord.pipeline.Analysis;
import org.concord.pipeline.AnnotationCache;
import org.concord.store.AnnotationStore;
import org.concord.pipeline.Concord;
import org.concord.report.ReportWriter;
import org.concord.report.ReportWriters;

/** What analyze, demo and bench share: loading the models once, running the pipeline, writing reports. */
final class Runner {
    private Runner() {
    }

    /** Reads the inputs, builds the pipeline (models loaded on first use) and analyses what was read. */
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
        return analyze(inputs, threads, ingest, corrections, summaryWords, null, null, progress, err);
    }

    /**
     * The whole analysis: with an annotation cache folder ({@code cache}, or null) and an earlier report to continue
     * ({@code previous}, or null). The models load only when a document needs annotating.
     * @throws NothingReadable when no article could be read from the inputs (checked before the pipeline is built)
     *     or none was left to analyse
     */
    static Analysis analyze(List<Path> inputs, int threads, IngestOptions ingest,
                            org.concord.cluster.Corrections corrections, int summaryWords, Path cache,
                            Report previous, Progress progress, PrintWriter err) {
        return analyze(inputs, threads, ingest, corrections, summaryWords, cache, previous, DocumentBudget.defaults(),
                progress, err);
    }

    /** As above, each document's annotation held to {@code budget} ({@code --max-document-seconds/-tokens}). */
    static Analysis analyze(List<Path> inputs, int threads, IngestOptions ingest,
                            org.concord.cluster.Corrections corrections, int summaryWords, Path cache,
                            Report previous, DocumentBudget budget, Progress progress, PrintWriter err) {
        return analyze(inputs, threads, ingest, corrections, summaryWords, cache, previous, budget, null, progress,
                err);
    }

    /** As above, showing speakers at {@code minConfidence} and above (null: the model's default). */
    static Analysis analyze(List<Path> inputs, int threads, IngestOptions ingest,
                            org.concord.cluster.Corrections corrections, int summaryWords, Path cache,
                            Report previous, DocumentBudget budget, Double minConfidence, Progress progress,
                            PrintWriter err) {
        IngestResult read = Ingest.create(ingest).read(inputs);
        if (read.articles().isEmpty() && previous == null) {
            throw new NothingReadable(inputs, read.skipped());
        }
        java.util.function.Consumer<String> warn = line -> {
            progress.clearBar();
            err.println("concord: " + line);
            err.flush();
        };
        AnnotationStore store = cache == null ? AnnotationStore.none() : AnnotationStore.open(cache, warn);
        Concord.Builder builder = Concord.builder();
        if (minConfidence != null) {
            builder.minConfidence(minConfidence);
        }
        Concord concord = builder
                .annotator(annotator(progress))
                .annotationCache(AnnotationCache.of(store))
                .threads(threads)
                .ingestOptions(ingest)
                .corrections(corrections)
                .summaryWords(summaryWords)
                .documentBudget(budget)
                .progress(progress)
                .warnings(warn)
                .build();
        Analysis a = previous == null ? concord.analyze(read) : concord.update(previous, read);
        if (a.report().documents().isEmpty()) {
            throw new NothingReadable(inputs, a.report().skipped());
        }
        Analysis.Counts c = a.counts();
        progress.note(String.format(Locale.ROOT, "%d documents, %d tokens, %d stories, %d skipped",
                a.report().documents().size(), a.tokens(), a.report().stories().size(),
                a.report().skipped().size()));
        if (cache != null || previous != null) {
            progress.note(String.format(Locale.ROOT, "%d documents annotated, %d from the annotation cache; "
                    + "%d stories analysed, %d unchanged", c.annotated(), c.documents() - c.annotated(),
                    c.storiesAnalysed(), c.storiesReused()));
        }
        return a;
    }

    /** The default annotator, its models loaded on first use, with a progress note when they load. */
    static LazyAnnotator annotator(Progress progress) {
        return LazyAnnotator.shared(() -> progress.note("loading models"),
                s -> progress.note(String.format(Locale.ROOT, "models loaded in %.1fs", s)));
    }

    /** Writes the report in a format to a file (parent folders created) or, when {@code out} is null, to stdout. */
    static void write(Report report, String format, Path out, PrintWriter stdout) throws IOException {
        ReportWriter writer = ReportWriters.forFormat(format);
        OutputOptions.write(out, w -> writer.write(report, w), stdout);
    }

    /**
     * {@link Main#FAILED} when nothing was analysed, {@link Main#PARTIAL} when an input could not be read, else
     * {@link Main#OK}: a duplicate read once stays in the report's skipped list but is no failure.
     */
    static int exitStatus(Report report) {
        return exitStatus(report.documents().size(), report.skipped());
    }

    /** The exit status of a run that read or analysed {@code done} items and skipped {@code skipped}. */
    static int exitStatus(int done, List<Skipped> skipped) {
        if (done == 0) {
            return Main.FAILED;
        }
        return skipped.stream().allMatch(Skipped::duplicate) ? Main.OK : Main.PARTIAL;
    }
}
