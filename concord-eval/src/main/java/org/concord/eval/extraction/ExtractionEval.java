package org.concord.eval.extraction;

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
import org.concord.eval.EvalContext;
import org.concord.eval.EvalOptions;
import org.concord.eval.EvalResult;
import org.concord.eval.EvalTask;
import org.concord.ingest.html.HtmlDecoder;

/**
 * {@code concord eval extraction}: article body extraction on the layout of {@code extraction/aeb}, scored with the
 * benchmark's own shingle metric ({@link AebScorer}), or on the snippet layout of
 * {@code extraction/trafilatura-eval-dev}, scored with trafilatura's snippet metric ({@link SnippetScorer}: also
 * {@code accuracy}, and for systems that read metadata the {@link MetadataChecks}). Systems: {@code concord}, {@code readability4j},
 * {@code boilerpipe}; all get the same decoded page text.
 * <p>Metrics: {@code precision}, {@code recall}, {@code f1} (required by concord.eval/1), {@code accuracy} (AEB: exact
 * token match; snippets: the layout's accuracy), and {@code pages_per_s}: pages divided by the summed time spent inside the system's extract call
 * (decoding and scoring excluded), measured as thread CPU time: the one-core extraction rate whatever
 * {@code --threads} is and however loaded the machine, after a warm-up pass (class loading, JIT) over the first 120
 * pages. A page on which
 * the system throws counts as a failed extraction (AEB: an empty body; snippets: nothing found) and is named in the log. For {@code concord} the same metric
 * is also given for the text the report holds ({@code report_text_*}: the page read as ingestion reads it, then the
 * pipeline's clean stage, which drops further header lines, bylines, datelines and captions).
 */
public final class ExtractionEval implements EvalTask {
    public static final String NAME = "extraction";
    private static final int WARM_UP_PAGES = 120;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> systems() {
        return Systems.NAMES;
    }

    /** One page's result: the layout's counts, the CPU time inside the system, an error, and the report's counts. */
    private record Outcome(Object counts, long nanos, String error, Object report, MetadataChecks.Page meta) {}

    /**
     * A page of either layout: its id, address and bytes, how to score an extracted text against its gold (the
     * layout's counts; null text: the extraction failed), and the snippet page when it is one (metadata gold).
     */
    private record Gold(String id, String url, byte[] html, java.util.function.Function<String, Object> score,
                        SnippetPage snippets) {
        static Gold of(AebPage p) {
            return new Gold(p.id(), p.url(), p.html(), t -> AebScorer.page(p.goldBody(), t == null ? "" : t), null);
        }

        static Gold of(SnippetPage p) {
            return new Gold(p.id(), p.url(), p.html(), t -> SnippetScorer.page(p.with(), p.without(), t), p);
        }
    }

    /**
     * Either layout: AEB's {@code ground-truth.json} and {@code html/}, or the snippet layout's
     * {@code expectations.json} and {@code html/}.
     */
    @Override
    public void checkData(Path data) {
        if (!SnippetReader.isLayout(data) && !java.nio.file.Files.isRegularFile(data.resolve("ground-truth.json"))) {
            throw new IllegalArgumentException("extraction data '" + data + "' has neither ground-truth.json (the "
                    + "layout of extraction/aeb: ground-truth.json and html/<id>.html.gz) nor expectations.json (the "
                    + "snippet layout of extraction/trafilatura-eval-dev: expectations.json and html/<file>)");
        }
    }

    @Override
    public EvalResult run(EvalContext ctx) throws IOException {
        String system = ctx.system();
        EvalOptions options = ctx.options();
        ExtractionSystem sys = Systems.named(system);
        checkData(ctx.data());
        boolean snippets = SnippetReader.isLayout(ctx.data());
        List<Gold> pages = new ArrayList<>();
        if (snippets) {
            SnippetReader.read(ctx.data(), options.limit()).forEach(p -> pages.add(Gold.of(p)));
        } else {
            AebReader.read(ctx.data(), options.limit()).forEach(p -> pages.add(Gold.of(p)));
        }
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("extraction data '" + ctx.data() + "' has no pages");
        }
        // warm-up (class loading, JIT) over the first pages, not billed to the rate; the pages are scored below
        for (Gold p : pages.subList(0, Math.min(WARM_UP_PAGES, pages.size()))) {
            try {
                sys.extract(HtmlDecoder.decode(p.html(), null).text(), p.url());
            } catch (Exception | StackOverflowError e) {
                // scored (and reported) below
            }
        }
        int threads = Math.max(1, Math.min(options.threads(), pages.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Outcome> outcomes = new ArrayList<>();
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Gold p : pages) {
                futures.add(pool.submit(() -> score(sys, p)));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    outcomes.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("scoring page " + pages.get(i).id() + " failed: " + e.getCause(),
                            e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long nanos = 0;
        List<Object> counts = new ArrayList<>();
        List<Object> reportCounts = new ArrayList<>();
        List<MetadataChecks.Page> meta = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            counts.add(o.counts());
            if (o.report() != null) {
                reportCounts.add(o.report());
            }
            if (o.meta() != null) {
                meta.add(o.meta());
            }
            nanos += o.nanos();
            if (o.error() != null) {
                options.log().printf(Locale.ROOT, "extraction: %s failed on page %s: %s%n", system, pages.get(i).id(),
                        o.error());
            }
        }
        Map<String, Double> metrics = new TreeMap<>(metrics(snippets, counts));
        metrics.put("pages_per_s", nanos == 0 ? 0 : pages.size() / (nanos / 1e9));
        if (!reportCounts.isEmpty()) {
            metrics(snippets, reportCounts).forEach((k, v) -> metrics.put("report_text_" + k, v));
        }
        if (!meta.isEmpty()) {
            metrics.putAll(MetadataChecks.metrics(meta));
        }
        return ctx.result(pages.size(), metrics, null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> metrics(boolean snippets, List<Object> counts) {
        return snippets ? SnippetScorer.metrics((List<SnippetScorer.PageCounts>) (List<?>) counts)
                : AebScorer.metrics((List<AebScorer.PageCounts>) (List<?>) counts);
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time of this thread (so a loaded machine does not slow the one-core rate), else wall time. */
    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static Outcome score(ExtractionSystem sys, Gold p) {
        String html = HtmlDecoder.decode(p.html(), null).text();
        long a = cpuNanos();
        String body;
        String error = null;
        try {
            body = sys.extract(html, p.url());
        } catch (Exception | StackOverflowError e) {
            body = null;
            error = e.toString();
        }
        long b = cpuNanos();
        String report = sys.reportText(p.id(), html, p.url());
        MetadataChecks.Page meta = null;
        if (p.snippets() != null) {
            org.concord.ingest.html.HtmlMetadata m = sys.metadata(html, p.url());
            meta = m == null ? null : MetadataChecks.page(p.snippets(), m);
        }
        return new Outcome(p.score().apply(body), b - a, error, report == null ? null : p.score().apply(report), meta);
    }
}
