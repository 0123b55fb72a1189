package org.concord.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.concord.eval.quotes.QuoteTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concord train quotes --data SPLIT}: retrains the cue lexicon and the attribution filter the quote
 * extractor uses. The default outputs are the resources committed with Concord, so that a retrain shows up as a diff
 * to review.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a model from annotated data. TASK: quotes (the attribution cue lexicon and the "
                + "attribution filter, from a PolNeAR split such as ../shared/data/quotes/polnear/train)."})
final class TrainCommand implements Callable<Integer> {
    static final String LEXICON_PATH = "concord-core/src/main/resources/org/concord/quote/cue-lexicon.tsv";
    static final String FILTER_PATH = "concord-core/src/main/resources/org/concord/quote/attribution-filter.tsv";

    @Parameters(index = "0", paramLabel = "TASK", description = "quotes")
    String task;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The training split.")
    Path data;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write the cue lexicon (default: the committed resource, " + LEXICON_PATH
                    + " in the checkout).")
    Path out;

    @Option(names = "--filter-out", paramLabel = "FILE",
            description = "Where to write the attribution filter (default: the committed resource, " + FILTER_PATH
                    + " in the checkout).")
    Path filterOut;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Threads for annotating the training documents (default: ${DEFAULT-VALUE}).")
    int threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        if (!task.equals("quotes")) {
            throw new CommandLine.ParameterException(cl, "unknown train task '" + task + "'; known: quotes");
        }
        if (!Files.isDirectory(data)) {
            throw new CommandLine.ParameterException(cl, "--data is not a directory: " + data);
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be at least 1, not " + threads);
        }
        Path home = Path.of(System.getProperty("concord.home", "."));
        Path target = out != null ? out : home.resolve(LEXICON_PATH);
        Path filterTarget = filterOut != null ? filterOut : home.resolve(FILTER_PATH);
        QuoteTrainer.Result r;
        try {
            r = QuoteTrainer.train(data, threads, cl.getErr());
        } catch (IOException e) {
            cl.getErr().println("concord: " + e.getMessage());
            return Main.FAILED;
        }
        for (var p : r.problems()) {
            cl.getErr().println("concord: skipped " + p.file() + ": " + p.reason());
        }
        for (Path t : new Path[] {target, filterTarget}) {
            if (t.toAbsolutePath().getParent() != null) {
                Files.createDirectories(t.toAbsolutePath().getParent());
            }
        }
        String from = "trained by: concord train quotes --data " + data.getFileName() + " (" + r.documents()
                + " documents, " + r.attributions() + " attributions";
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            r.lexicon().write(w, "Concord attribution cue lexicon: key (word form, or form and the class of the next"
                    + " word), times inside a gold cue, times seen.\n" + from + "; entries kept with cue count >= "
                    + QuoteTrainer.MIN_CUE + ")");
        }
        try (Writer w = Files.newBufferedWriter(filterTarget, StandardCharsets.UTF_8)) {
            r.filter().write(w, "Concord attribution filter: logistic-regression weights (log-odds that a candidate is"
                    + " an attribution) per feature, and the probability a candidate must reach.\n" + from + "; "
                    + r.candidates() + " candidates, " + r.positives() + " positive; Tribuo LinearSGDTrainer, log loss,"
                    + " AdaGrad(0.5, 0.1), " + QuoteTrainer.EPOCHS + " epochs, seed " + QuoteTrainer.SEED + ")\n"
                    + r.thresholdReport().strip());
        }
        cl.getErr().print(r.thresholdReport());
        cl.getErr().println("concord: " + r.lexicon().size() + " cue entries from " + r.documents() + " documents ("
                + r.attributions() + " attributions) written to " + target);
        cl.getErr().println("concord: attribution filter (" + r.filter().size() + " weights, threshold "
                + String.format(java.util.Locale.ROOT, "%.2f", r.filter().threshold()) + ") written to "
                + filterTarget);
        return r.problems().isEmpty() ? Main.OK : Main.PARTIAL;
    }
}
