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
 * {@code concord train quotes --data SPLIT}: retrains the cue lexicon the quote extractor uses. The default output
 * is the resource committed with Concord, so that a retrain shows up as a diff to review.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a model from annotated data. TASK: quotes (the attribution cue lexicon, "
                + "from a PolNeAR split such as ../shared/data/quotes/polnear/train)."})
final class TrainCommand implements Callable<Integer> {
    static final String LEXICON_PATH = "concord-core/src/main/resources/org/concord/quote/cue-lexicon.tsv";

    @Parameters(index = "0", paramLabel = "TASK", description = "quotes")
    String task;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The training split.")
    Path data;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write the model (default: the committed resource, " + LEXICON_PATH
                    + " in the checkout).")
    Path out;

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
        Path target = out != null ? out : Path.of(System.getProperty("concord.home", ".")).resolve(LEXICON_PATH);
        QuoteTrainer.Result r = QuoteTrainer.train(data);
        if (r.documents() == 0) {
            cl.getErr().println("concord: no annotated documents in " + data);
            return Main.FAILED;
        }
        for (var p : r.problems()) {
            cl.getErr().println("concord: skipped " + p.file() + ": " + p.reason());
        }
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            r.lexicon().write(w, "Concord attribution cue lexicon: key (word form, or form and the class of the next"
                    + " word), times inside a gold cue, times seen.\ntrained by: concord train quotes --data "
                    + data.getFileName() + " (" + r.documents() + " documents, " + r.attributions()
                    + " attributions; entries kept with cue count >= " + QuoteTrainer.MIN_CUE + ")");
        }
        cl.getErr().println("concord: " + r.lexicon().size() + " cue entries from " + r.documents() + " documents ("
                + r.attributions() + " attributions) written to " + target);
        return r.problems().isEmpty() ? Main.OK : Main.PARTIAL;
    }
}
