package org.concord.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.concord.eval.EvalJson;
import org.concord.ingest.Ingest;
import org.concord.ingest.IngestOptions;
import org.concord.ingest.IngestResult;
import org.concord.ingest.RawArticle;
import org.concord.model.Document;
import org.concord.nlp.CoreNlpAnnotator;
import org.concord.pipeline.Analysis;
import org.concord.pipeline.AnnotationCache;
import org.concord.pipeline.Concord;
import org.concord.store.AnnotationStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code concord bench --data PATH}: speed and memory of the full analysis (contract concord.bench/1), and
 * optionally of CoreNLP's full default pipeline on the same documents in the same run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchServeCommand.class,
        description = {"Measure documents/s, tokens/s, model load time and peak heap of the full analysis.",
                "bench serve: the serving benchmark (durability under kill -9, freshness, read latency, ingest rate)."})
final class BenchCommand implements Callable<Integer> {
    // required, checked in call(): picocli would ask for it before the serve subcommand too
    @Option(names = "--data", paramLabel = "PATH", description = "Articles (anything analyze reads).")
    Path data;

    @CommandLine.Mixin
    ThreadsOption threads;

    @CommandLine.Mixin
    LimitOption limitOption;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5", description = "Documents analysed before timing.")
    int warmup;

    @Option(names = "--baseline", paramLabel = "NAME", description = "Also run a baseline: corenlp.")
    String baseline;

    @Option(names = "--baseline-limit", paramLabel = "N", defaultValue = "50",
            description = "Documents for the baseline (default: ${DEFAULT-VALUE}).")
    int baselineLimit;

    @Option(names = "--no-warm", description = "Skip the warm run (the same documents again, annotations read back "
            + "from the cache the timed run wrote).")
    boolean noWarm;

    @Option(names = "--cache", paramLabel = "DIR", description = "The annotation cache of the timed and warm runs "
            + "(default: a new temporary folder, deleted afterwards). A folder that already holds the documents' "
            + "annotations makes the timed run warm as well.")
    Path cache;
    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Mixin
    QuietOption quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The bench contract, concord.bench/1 (snake_case on output). */
    record BenchResult(String schema, String data, int threads, int documents, long tokens, double loadS,
                       double elapsedS, double docsPerS, double tokensPerS, long peakHeapMb,
                       Map<String, Map<String, Double>> stages, Baseline baseline, Warm warm) {}

    /**
     * The same documents analysed again with the annotation cache the timed run wrote: {@code annotated} documents
     * went to the annotator (0 when every annotation was read back), {@code speedup} is the timed run's elapsed
     * time over this one's.
     */
    record Warm(double elapsedS, double docsPerS, double tokensPerS, long annotated, double speedup,
                Map<String, Map<String, Double>> stages) {}

    /**
     * Per stage of the timed run: {@code elapsed_s} (thread-seconds, summed over the threads), {@code tokens_per_s}
     * (the run's tokens over the stage's thread-seconds divided by the thread count: the rate the run would have if
     * it did only this stage with every thread busy) and {@code share} (the stage's part of all the stages'
     * thread-seconds; the annotation share is {@code annotate}'s).
     */
    static Map<String, Map<String, Double>> stageRates(Map<String, Double> seconds, long tokens, int threads) {
        double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        seconds.forEach((k, v) -> {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("elapsed_s", round(v));
            m.put("tokens_per_s", v > 0 ? round(tokens * (double) threads / v) : null);
            m.put("share", total > 0 ? Math.round(v / total * 10000) / 10000.0 : null);
            out.put(k, m);
        });
        return out;
    }

    /** The stages with a share, by share: "annotate 4,012 tokens/s 93.1%, entities ...". */
    static String stageLine(Map<String, Map<String, Double>> stages) {
        List<String> parts = new ArrayList<>();
        stages.entrySet().stream().filter(e -> e.getValue().get("share") != null)
                .sorted((x, y) -> Double.compare(y.getValue().get("share"), x.getValue().get("share")))
                .forEach(e -> parts.add(String.format(Locale.ROOT, "%s %,.0f %.1f%%", e.getKey(),
                        e.getValue().get("tokens_per_s") == null ? 0.0 : e.getValue().get("tokens_per_s"),
                        e.getValue().get("share") * 100)));
        return String.join(", ", parts);
    }

    record Baseline(String system, int documents, long tokens, double tokensPerS, double loadS, long peakHeapMb) {}

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        if (data == null) {
            throw new CommandLine.ParameterException(cl, "Missing required option: '--data=PATH'");
        }
        int n = threads.count(cl);
        int limit = limitOption.value(cl);
        if (warmup < 0 || baselineLimit < 1) {
            throw new CommandLine.ParameterException(cl,
                    "--threads and --baseline-limit must be at least 1, --limit and --warmup at least 0");
        }
        if (baseline != null && !baseline.equals("corenlp")) {
            throw new CommandLine.ParameterException(cl, "--baseline: only 'corenlp' is known, got '" + baseline + "'");
        }
        if (!Files.exists(data)) {
            throw new CommandLine.ParameterException(cl, "--data: no such file or directory: " + data);
        }
        Progress progress = quiet.progress(cl.getErr());
        long ti = System.nanoTime();
        IngestResult in = Ingest.create(IngestOptions.defaults()).read(List.of(data));
        double ingestS = (System.nanoTime() - ti) / 1e9;
        List<RawArticle> articles = in.articles();
        if (limit > 0 && articles.size() > limit) {
            articles = articles.subList(0, limit);
        }
        if (articles.isEmpty()) {
            throw new NothingReadable(List.of(data), in.skipped());
        }
        resetPeaks();
        long t0 = System.nanoTime();
        CoreNlpAnnotator nlp = CoreNlpAnnotator.shared();
        double loadS = (System.nanoTime() - t0) / 1e9;
        progress.note(String.format(Locale.ROOT, "models loaded in %.1fs", loadS));
        if (warmup > 0) {
            Concord.builder().annotator(nlp).threads(n).build()
                    .analyzeArticles(articles.subList(0, Math.min(warmup, articles.size())), List.of());
        }
        Path cacheDir = cache != null ? cache : Files.createTempDirectory("concord-bench-cache");
        AnnotationStore store = AnnotationStore.open(cacheDir, w -> cl.getErr().println("concord: " + w));
        Concord concord = Concord.builder().annotator(nlp).threads(n).progress(progress)
                .annotationCache(AnnotationCache.of(store)).build();
        Analysis a;
        Warm warmRun = null;
        long peak;
        double elapsed;
        try {
            progress.note("timing " + articles.size() + " documents on " + n + " threads");
            long t1 = System.nanoTime();
            a = concord.analyzeArticles(articles, List.of());
            elapsed = (System.nanoTime() - t1) / 1e9;
            peak = peakHeapMb();
            if (!noWarm) {
                progress.note("warm run: the same documents, annotations from the cache");
                long t2 = System.nanoTime();
                Analysis w = concord.analyzeArticles(articles, List.of());
                double warmS = (System.nanoTime() - t2) / 1e9;
                if (!w.report().equals(a.report())) {
                    cl.getErr().println("concord: the warm run's report differs from the timed run's");
                    return Main.FAILED;
                }
                Map<String, Map<String, Double>> warmStages = new LinkedHashMap<>();
                w.stageSeconds().forEach((k, v) -> warmStages.put(k, Map.of("elapsed_s", round(v))));
                int docs = w.report().documents().size();
                warmRun = new Warm(round(warmS), round(docs / warmS), round(w.tokens() / warmS),
                        w.counts().annotated(), round(elapsed / warmS), warmStages);
            }
        } finally {
            if (cache == null) {
                deleteTree(cacheDir);
            }
        }
        Map<String, Map<String, Double>> stages = new LinkedHashMap<>();
        // reading and extraction (HTML, feeds, WARC, archives), before the timed run and not part of its rates
        stages.put("ingest", Map.of("elapsed_s", round(ingestS), "docs_per_s",
                round(in.articles().size() / Math.max(ingestS, 1e-9))));
        stages.putAll(stageRates(a.stageSeconds(), a.tokens(), n));
        int docs = a.report().documents().size();

        Baseline base = null;
        if (baseline != null) {
            List<String> texts = new ArrayList<>();
            for (Document d : a.report().documents()) {
                if (texts.size() >= baselineLimit) {
                    break;
                }
                texts.add(d.text());
            }
            progress.note("baseline: CoreNLP full pipeline on " + texts.size() + " documents");
            base = runCoreNlpBaseline(texts, n);
        }
        BenchResult r = new BenchResult("concord.bench/1", data.toString(), n, docs, a.tokens(), round(loadS),
                round(elapsed), round(docs / elapsed), round(a.tokens() / elapsed), peak, stages, base, warmRun);
        String json = EvalJson.write(r);
        output.write(json, cl.getOut());
        cl.getErr().printf(Locale.ROOT, "concord: %d docs, %d tokens in %.1fs: %.2f docs/s, %.0f tokens/s, "
                + "load %.1fs, peak heap %d MB%n", docs, a.tokens(), elapsed, docs / elapsed, a.tokens() / elapsed,
                loadS, peak);
        cl.getErr().println("stages (tokens/s with every thread on the stage, share of the stage time): "
                + stageLine(stages));
        if (warmRun != null) {
            cl.getErr().printf(Locale.ROOT, "warm (annotation cache): %.1fs, %.0f tokens/s, %d annotated, %.1fx "
                    + "faster%n", warmRun.elapsedS(), warmRun.tokensPerS(), warmRun.annotated(), warmRun.speedup());
        }
        if (base != null) {
            cl.getErr().printf(Locale.ROOT, "corenlp-full: %d docs, %.0f tokens/s, load %.1fs, peak heap %d MB%n",
                    base.documents(), base.tokensPerS(), base.loadS(), base.peakHeapMb());
        }
        cl.getErr().flush();
        return Main.OK;
    }

    /** CoreNLP's full default English pipeline, the same thread count, the same texts. */
    static Baseline runCoreNlpBaseline(List<String> texts, int threads) throws Exception {
        resetPeaks();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse,coref,quote");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        long t0 = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        double loadS = (System.nanoTime() - t0) / 1e9;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long tokens = 0;
        long t1 = System.nanoTime();
        try {
            List<Future<Integer>> fs = new ArrayList<>();
            for (String text : texts) {
                fs.add(pool.submit(() -> {
                    edu.stanford.nlp.pipeline.Annotation doc = new edu.stanford.nlp.pipeline.Annotation(text);
                    pipeline.annotate(doc);
                    return doc.get(CoreAnnotations.TokensAnnotation.class).size();
                }));
            }
            for (Future<Integer> f : fs) {
                tokens += f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double elapsed = (System.nanoTime() - t1) / 1e9;
        return new Baseline("corenlp-full", texts.size(), tokens, round(tokens / elapsed), round(loadS), peakHeapMb());
    }

    private static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }

    static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
