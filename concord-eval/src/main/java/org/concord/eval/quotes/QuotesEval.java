package org.concord.eval.quotes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.concord.eval.EvalContext;
import org.concord.eval.EvalOptions;
import org.concord.eval.EvalResult;
import org.concord.eval.EvalTask;
import org.concord.quote.QuoteStep;

/**
 * {@code concord eval quotes}: attribution extraction on one PolNeAR split directory ({@code text/},
 * {@code attributions/}, read by {@link PolnearReader}), scored by {@link QuoteScorer} as concord.eval/1 defines
 * it: content F1 by exact match (identical after trimming whitespace and punctuation) and by overlap (at least
 * half of the shorter span's characters shared; one-to-one greedy matching by largest overlap), speaker accuracy
 * over overlap-matched gold attributions that have a source, end-to-end F1 (content matched and speaker right),
 * and the same restricted to direct quotations (gold content at least 90% inside quotation marks, straight or
 * curly).
 *
 * <p>A predicted speaker is right ({@link SpeakerMatcher}) when its span overlaps the gold source span, or its
 * name equals (normalised) the gold source text or a name of the source's silver coreference chain, or its
 * surname (last word) equals, ignoring case, the last capitalised word of the gold source text or of any mention
 * in the gold source's coreference chain. PolNeAR has no gold coreference: the chain comes from the corpus's
 * silver table {@code silver_source_coref/<split>.tsv} beside the split when it exists (otherwise only the gold
 * source text is used), so speaker figures are approximate.
 *
 * <p>The indirect figures ({@code indirect_*}) score the rest of the gold the same way; every unmatched prediction
 * is charged to the type of its own content, so each false positive counts against exactly one of the two.
 *
 * <p>Systems: {@code concord} ({@link ConcordQuoteSystem}) and {@code corenlp} ({@link CoreNlpQuoteSystem}). The
 * primary figures of {@code concord} score what the report shows (its quote ledger); a system may give further
 * views ({@link QuoteSystem#views()}), scored on the same documents in the same run, their metrics prefixed with
 * the view's name: {@code attributions_*} for Concord's wider attribution set.
 *
 * <p>Documents run in parallel on {@link EvalOptions#threads()} threads with the system shared; progress goes to
 * {@link EvalOptions#log()} every 10 documents; {@link EvalOptions#limit()} bounds the articles. Unusable files
 * are reported on the log (file and reason), skipped and counted ({@code n_skipped_files}); a document the system
 * fails on is reported and counted ({@code n_failed_documents}) and not scored. When the system property
 * {@value #ERRORS_PROPERTY} names a file, every gold and predicted attribution with its outcome is written there
 * as tab-separated values for error analysis (the outcomes of each further view to that name plus
 * {@code .<view>.tsv}).
 */
public final class QuotesEval implements EvalTask {
    /** System property: a file to write the per-attribution outcomes to. */
    public static final String ERRORS_PROPERTY = "concord.eval.quotes.errors";
    private static final List<String> SYSTEMS = List.of("concord", "corenlp");

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public List<String> systems() {
        return SYSTEMS;
    }

    /** A PolNeAR split directory ({@code text/} and {@code attributions/}). */
    @Override
    public void checkData(Path data) {
        PolnearReader.checkSplit(data);
    }

    @Override
    public EvalResult run(EvalContext ctx) throws IOException {
        return run(ctx, () -> ctx.system().equals("concord") ? ConcordQuoteSystem.create()
                : CoreNlpQuoteSystem.create());
    }

    /**
     * Scores the system {@code factory} makes under the name {@code system}; {@code t0} is the
     * {@link System#nanoTime()} the run started at (tests give their own system).
     */
    EvalResult run(Path data, String dataLabel, String system, EvalOptions options, long t0,
                   java.util.function.Supplier<QuoteSystem> factory) throws IOException {
        return run(new EvalContext(name(), data, dataLabel, system, options, t0), factory);
    }

    /** Scores the system {@code factory} makes (after reading the data, so a bad directory fails fast). */
    private EvalResult run(EvalContext ctx, java.util.function.Supplier<QuoteSystem> factory) throws IOException {
        Path data = ctx.data();
        EvalOptions options = ctx.options();
        PolnearReader.Split split = PolnearReader.read(data, options.limit());
        for (PolnearReader.Problem p : split.problems()) {
            options.log().printf(Locale.ROOT, "quotes: skipped %s: %s%n", p.file(), p.reason());
        }
        if (split.silverFile() == null) {
            options.log().printf(Locale.ROOT, "quotes: no silver_source_coref table beside %s; speakers are matched "
                    + "to the gold source text only%n", data);
        }
        QuoteSystem sys = factory.get();
        List<PolnearDocument> docs = split.documents();
        List<QuoteSystem.Output> outputs = runAll(sys, docs, options);
        QuoteScorer.Counts total = QuoteScorer.Counts.ZERO;
        List<QuoteScorer.DocScore> scores = new ArrayList<>();
        Map<String, QuoteScorer.Counts> viewTotals = new TreeMap<>();
        Map<String, List<QuoteScorer.DocScore>> viewScores = new TreeMap<>();
        for (String view : sys.views()) {
            viewTotals.put(view, QuoteScorer.Counts.ZERO);
            viewScores.put(view, new ArrayList<>());
        }
        long tokens = 0;
        int failed = 0;
        for (int i = 0; i < docs.size(); i++) {
            QuoteSystem.Output out = outputs.get(i);
            if (out == null) {
                failed++;
                continue;
            }
            QuoteScorer.DocScore s = QuoteScorer.score(docs.get(i), out.quotes());
            scores.add(s);
            total = total.plus(s.counts());
            tokens += out.tokens();
            for (String view : sys.views()) {
                List<PredictedQuote> preds = out.views().get(view);
                if (preds == null) {
                    throw new IllegalStateException("system " + sys.name() + " gave no '" + view + "' view for "
                            + docs.get(i).name());
                }
                QuoteScorer.DocScore vs = QuoteScorer.score(docs.get(i), preds);
                viewScores.get(view).add(vs);
                viewTotals.put(view, viewTotals.get(view).plus(vs.counts()));
            }
        }
        Map<String, Double> metrics = QuoteScorer.metrics(total);
        metrics.put("n_skipped_files", (double) split.problems().size());
        metrics.put("n_failed_documents", (double) failed);
        QuoteCategories.addTo(metrics, scores);
        ConfidenceMetrics.addTo(metrics, scores, total.speakerScored(), QuoteStep.defaultMinConfidence());
        for (String view : sys.views()) {
            Map<String, Double> vm = QuoteScorer.metrics(viewTotals.get(view));
            QuoteCategories.addTo(vm, viewScores.get(view));
            vm.forEach((k, v) -> metrics.put(view + "_" + k, v));
        }
        double elapsed = ctx.elapsedS();
        String errors = System.getProperty(ERRORS_PROPERTY);
        if (errors != null && !errors.isBlank()) {
            QuoteErrors.write(Path.of(errors), scores);
            options.log().printf(Locale.ROOT, "quotes: outcomes written to %s%n", errors);
            for (String view : sys.views()) {
                Path file = Path.of(errors + "." + view + ".tsv");
                QuoteErrors.write(file, viewScores.get(view));
                options.log().printf(Locale.ROOT, "quotes: outcomes of the %s view written to %s%n", view, file);
            }
        }
        return ctx.result(scores.size(), metrics, elapsed, tokens == 0 ? null : tokens / elapsed);
    }

    /** Runs the system over the documents in parallel; a null output marks a document the system failed on. */
    private static List<QuoteSystem.Output> runAll(QuoteSystem sys, List<PolnearDocument> docs, EvalOptions options)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()));
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<QuoteSystem.Output>> futures = new ArrayList<>();
            for (PolnearDocument d : docs) {
                futures.add(pool.submit(() -> {
                    QuoteSystem.Output out;
                    try {
                        out = sys.extract(d.name(), d.text());
                    } catch (RuntimeException e) {
                        options.log().printf(Locale.ROOT, "quotes: system %s failed on %s: %s%n", sys.name(),
                                d.name(), e);
                        out = null;
                    }
                    int n = done.incrementAndGet();
                    if (n % 10 == 0 || n == docs.size()) {
                        options.log().printf(Locale.ROOT, "quotes: %d/%d documents%n", n, docs.size());
                    }
                    return out;
                }));
            }
            List<QuoteSystem.Output> outs = new ArrayList<>();
            for (Future<QuoteSystem.Output> f : futures) {
                try {
                    outs.add(f.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while running " + sys.name(), e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("system " + sys.name() + " failed: " + e.getCause(),
                            e.getCause());
                }
            }
            return outs;
        } finally {
            pool.shutdownNow();
        }
    }
}
