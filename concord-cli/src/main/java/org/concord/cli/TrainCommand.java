package org.concord.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.concord.eval.quotes.QuoteTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concord train quotes --data SPLIT}: retrains the cue lexicon and the attribution filter the quote
 * extractor uses, and the speaker confidence the report's quote step gives each speaker. The default outputs are the resources committed with Concord, so that a retrain shows up as a diff
 * to review; their headers name the split read and a content hash of its files. A directory named dev or test is
 * refused without {@code --force}: those splits are held out to measure the model.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a model from annotated data. TASK: quotes (the attribution cue lexicon, the "
                + "attribution filter and the speaker confidence, from a PolNeAR split such as ../shared/data/quotes/polnear/train), or "
                + "extraction (the extractor's block model, from extraction data sets of either layout, --data "
                + "repeated)."})
final class TrainCommand implements Callable<Integer> {
    static final String LEXICON_PATH = "concord-core/src/main/resources/org/concord/quote/cue-lexicon.tsv";
    static final String FILTER_PATH = "concord-core/src/main/resources/org/concord/quote/attribution-filter.tsv";
    static final String CONFIDENCE_PATH =
            "concord-core/src/main/resources/org/concord/quote/speaker-confidence.tsv";
    static final String BLOCK_MODEL_PATH = "concord-core/src/main/resources/org/concord/ingest/html/block-model.tsv";

    @Parameters(index = "0", paramLabel = "TASK", description = "quotes or extraction")
    String task;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The training split (quotes: one "
            + "PolNeAR split; extraction: one or more extraction data sets of either layout, --data repeated).")
    List<Path> dataSets;

    Path data;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write the cue lexicon (quotes; default: the committed resource, " + LEXICON_PATH
                    + " in the checkout) or the block model (extraction; default: " + BLOCK_MODEL_PATH + ").")
    Path out;

    @Option(names = "--filter-out", paramLabel = "FILE",
            description = "Where to write the attribution filter (default: the committed resource, " + FILTER_PATH
                    + " in the checkout).")
    Path filterOut;

    @Option(names = "--confidence-out", paramLabel = "FILE",
            description = "Where to write the speaker confidence model (default: the committed resource, "
                    + CONFIDENCE_PATH + " in the checkout).")
    Path confidenceOut;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Threads for annotating the training documents (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--drop-below", paramLabel = "P",
            description = "extraction: the probability below which the drop-only block model drops a block the rules "
                    + "keep (default: ${DEFAULT-VALUE}, chosen by cross-fitting on both dev sets; a negative value "
                    + "picks it in sample by block F1)", defaultValue = "0.20")
    double dropBelow;

    @Option(names = "--force", description = "Train even on a split directory named dev or test (held out for "
            + "evaluation: refused without this flag).")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        if (task.equals("extraction")) {
            return extraction(cl);
        }
        if (!task.equals("quotes")) {
            throw new CommandLine.ParameterException(cl, "unknown train task '" + task + "'; known: quotes, "
                    + "extraction");
        }
        if (dataSets.size() != 1) {
            throw new CommandLine.ParameterException(cl, "train quotes reads one split: give --data once");
        }
        data = dataSets.get(0);
        if (!Files.isDirectory(data)) {
            throw new CommandLine.ParameterException(cl, "--data is not a directory: " + data);
        }
        ThreadsOption.check(threads, cl);
        try {
            QuoteTrainer.checkNotHeldOut(data, force);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        Path home = Path.of(System.getProperty("concord.home", "."));
        Path target = out != null ? out : home.resolve(LEXICON_PATH);
        Path filterTarget = filterOut != null ? filterOut : home.resolve(FILTER_PATH);
        Path confidenceTarget = confidenceOut != null ? confidenceOut : home.resolve(CONFIDENCE_PATH);
        QuoteTrainer.Result r;
        try {
            r = QuoteTrainer.train(data, threads, cl.getErr(), force);
        } catch (IOException e) {
            cl.getErr().println("concord: " + e.getMessage());
            return Main.FAILED;
        }
        for (var p : r.problems()) {
            cl.getErr().println("concord: skipped " + p.file() + ": " + p.reason());
        }
        AtomicFile.write(target, w -> QuoteTrainer.writeLexicon(r.lexicon(), r.source(), w));
        AtomicFile.write(filterTarget, w -> QuoteTrainer.writeFilter(r, w));
        AtomicFile.write(confidenceTarget, w -> QuoteTrainer.writeConfidence(r, w));
        cl.getErr().println("concord: trained from " + r.source().split().describe());
        cl.getErr().print(r.thresholdReport());
        cl.getErr().println("concord: " + r.lexicon().size() + " cue entries from " + r.source().documents()
                + " documents (" + r.source().attributions() + " attributions) written to " + target);
        cl.getErr().println("concord: attribution filter (" + r.filter().size() + " weights, threshold "
                + String.format(java.util.Locale.ROOT, "%.2f", r.filter().threshold()) + ") written to "
                + filterTarget);
        cl.getErr().print(r.confidenceReport());
        cl.getErr().println("concord: speaker confidence (" + r.confidenceExamples() + " examples, default minimum "
                + String.format(java.util.Locale.ROOT, "%.2f", r.confidence().threshold()) + ") written to "
                + confidenceTarget);
        return r.problems().isEmpty() ? Main.OK : Main.PARTIAL;
    }

    /** {@code train extraction}: the block model, from every --data set, written to --out or the committed table. */
    private Integer extraction(CommandLine cl) throws IOException {
        for (Path d : dataSets) {
            if (!Files.isDirectory(d)) {
                throw new CommandLine.ParameterException(cl, "--data is not a directory: " + d);
            }
            try {
                new org.concord.eval.extraction.ExtractionEval().checkData(d);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, e.getMessage());
            }
            Path name = d.toAbsolutePath().normalize().getFileName();
            if (!force && name != null && QuoteTrainer.HELD_OUT.contains(name.toString().toLowerCase(
                    java.util.Locale.ROOT))) {
                throw new CommandLine.ParameterException(cl, "refusing to train on '" + d + "': dev and test are "
                        + "held out (pass --force to train on it anyway)");
            }
        }
        Path home = Path.of(System.getProperty("concord.home", "."));
        Path target = out != null ? out : home.resolve(BLOCK_MODEL_PATH);
        var r = org.concord.eval.extraction.ExtractionTrainer.train(dataSets, dropBelow, cl.getErr());
        AtomicFile.write(target, w -> org.concord.eval.extraction.ExtractionTrainer.write(r, dataSets, w));
        cl.getErr().print(r.report());
        cl.getErr().println("concord: block model (threshold " + String.format(java.util.Locale.ROOT, "%.2f",
                r.model().threshold()) + ") written to " + target);
        return Main.OK;
    }
}
