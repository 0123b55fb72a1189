package org.concord.eval.timex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.concord.eval.CachingAnnotator;
import org.concord.eval.EvalContext;
import org.concord.eval.EvalOptions;
import org.concord.eval.EvalResult;
import org.concord.eval.EvalTask;
import org.concord.nlp.CoreNlpAnnotator;

/**
 * {@code concord eval timex}: temporal expression extraction and normalization on a directory of TimeML (.tml)
 * files, searched recursively (the layout of TempEval-3's TBAQ-cleaned), scored as TempEval-3 task A does
 * (UzZaman et al. 2013): strict and relaxed extent precision, recall and F1, and type and value F1 over the relaxed
 * matches, micro-averaged over all documents. The document-creation-time TIMEX3 is not scored; its date is given to
 * the system as the anchor of relative expressions.
 * <p>Systems: {@code concord} (Concord's annotate stage: {@link CoreNlpAnnotator#shared()} through
 * {@link org.concord.annotate.TextAnnotator}, normalized by
 * {@link org.concord.timeline.TimexNormalizer#normalizeDocument}, the call the report's timeline is built from) and
 * {@code corenlp} (a plain CoreNLP pipeline with SUTime defaults). {@code concord-undated} is Concord reading an article
 * without a date, as the report does when it infers the date from the article's story after annotation: the
 * annotator gets no document date, the normalization still gets the creation time.
 * <p>Beside the TempEval-3 figures, {@code timeline_date_precision}, {@code _recall} and {@code _f1}
 * ({@link TimelineDateCounts}) score the dates the report's timeline would place the expressions at.
 * When the documents sit in several subdirectories (TBAQ: TimeBank, AQUAINT), {@code part_<dir>_value_f1} and the
 * other {@link #partMetrics} give the figures of each, so that a rule written from one part can be checked on the
 * other.
 * Documents are annotated in parallel on {@link EvalOptions#threads()} threads sharing one annotator.
 * {@code elapsed_s} includes model loading; {@code tokens_per_s} is the tokens the system processed divided by the
 * wall time of the annotation, model loading excluded.
 * <p>Development aid: {@code -Dconcord.timex.cache=DIR} keeps the CoreNLP annotations of the {@code concord} systems
 * in DIR ({@link CachingAnnotator}); the reported figures come from runs without it.
 */
public final class TimexEval implements EvalTask {
    public static final String NAME = "timex";
    private static final List<String> SYSTEMS = List.of("concord", "corenlp", "concord-undated");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> systems() {
        return SYSTEMS;
    }

    /** A directory holding .tml files. */
    @Override
    public void checkData(Path data) throws IOException {
        TimeMlReader.listFiles(data);
    }

    @Override
    public EvalResult run(EvalContext ctx) throws IOException {
        Path data = ctx.data();
        String system = ctx.system();
        Supplier<TimexTagger> factory = tagger(system);
        TimeMlCorpus corpus = TimeMlReader.create().readCorpus(data, ctx.limit(), ctx.log());
        if (corpus.documents().isEmpty()) {
            throw new IllegalArgumentException("timex data directory '" + data + "' holds no readable .tml file ("
                    + corpus.skipped() + " skipped)");
        }
        int goldCount = corpus.documents().stream().mapToInt(d -> d.timexes().size()).sum();
        ctx.log().printf(Locale.ROOT, "timex: %d documents (%d skipped), %d gold timexes, system %s%n",
                corpus.documents().size(), corpus.skipped(), goldCount, system);
        TimexTagger tagger = factory.get();
        long t1 = System.nanoTime();
        Outcome outcome = annotate(corpus.documents(), tagger, system, ctx.threads(), data);
        long t2 = System.nanoTime();
        double elapsed = (t2 - ctx.startNanos()) / 1e9;
        double annotateSeconds = (t2 - t1) / 1e9;
        Double tokensPerS = outcome.tokens() > 0 && annotateSeconds > 0 ? outcome.tokens() / annotateSeconds : null;
        Map<String, Double> metrics = new java.util.LinkedHashMap<>(outcome.counts().metrics());
        metrics.putAll(outcome.timeline().metrics());
        metrics.putAll(partMetrics(outcome.parts()));
        return ctx.result(corpus.documents().size(), metrics, elapsed, tokensPerS);
    }

    /** The tagger factory of a system name; IllegalArgumentException naming the known systems otherwise. */
    private static Supplier<TimexTagger> tagger(String system) {
        if ("concord".equals(system)) {
            return () -> ConcordTimexTagger.create(CachingAnnotator.coreNlp());
        }
        if ("concord-undated".equals(system)) {
            return () -> ConcordTimexTagger.undated(CachingAnnotator.coreNlp());
        }
        if ("corenlp".equals(system)) {
            return CoreNlpTimexTagger::create;
        }
        throw new IllegalArgumentException("unknown timex system '" + system + "'; known: " + SYSTEMS);
    }

    private record Outcome(TimexCounts counts, TimelineDateCounts timeline, long tokens,
                           Map<String, TimexCounts> parts) {}

    private static final List<String> PART_METRICS = List.of("strict_f1", "relaxed_f1", "type_f1", "value_f1",
            "value_precision", "value_recall", "gold_timexes");

    /**
     * The per-part figures when the data directory holds its documents in several subdirectories (TBAQ's TimeBank
     * and AQUAINT halves): {@code part_<name>_value_f1} and the like, name the subdirectory in lower case with other
     * characters than letters and digits as '_'. Empty when there is one part.
     */
    static Map<String, Double> partMetrics(Map<String, TimexCounts> parts) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        if (parts.size() < 2) {
            return out;
        }
        parts.forEach((name, counts) -> {
            Map<String, Double> m = counts.metrics();
            for (String k : PART_METRICS) {
                out.put("part_" + name + "_" + k, m.get(k));
            }
        });
        return out;
    }

    /** The part a document belongs to: the first directory of its path under {@code data}, or "" at the top. */
    static String partOf(Path data, Path file) {
        Path rel = data.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return rel.getNameCount() < 2 ? ""
                : rel.getName(0).toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    private record DocumentOutcome(TimexCounts counts, TimelineDateCounts timeline, int tokens) {}

    private static Outcome annotate(List<TimeMlDocument> docs, TimexTagger tagger, String system, int threads,
                                    Path data) throws IOException {
        String dumpFile = System.getProperty("concord.timex.dump");
        Map<String, List<String>> dump = dumpFile == null ? null : new java.util.concurrent.ConcurrentHashMap<>();
        try {
            return annotate(docs, tagger, system, threads, data, dump);
        } finally {
            if (dump != null) {
                List<String> lines = new ArrayList<>();
                dump.keySet().stream().sorted().forEach(k -> lines.addAll(dump.get(k)));
                java.nio.file.Files.write(Path.of(dumpFile), lines, java.nio.charset.StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * Development aid ({@code -Dconcord.timex.dump=FILE}): one tab-separated line per aligned or unaligned timex,
     * {@code doc dct outcome goldType goldValue goldText sysType sysValue sysText sentence}, outcome one of
     * {@code ok}, {@code value}, {@code type}, {@code missed}, {@code spurious}.
     */
    private static void dump(Map<String, List<String>> dump, TimeMlDocument d, List<TimexSpan> system) {
        List<String> lines = new ArrayList<>();
        String text = d.text();
        for (TimexScorer.Pair p : TimexScorer.pairs(text, d.timexes(), system)) {
            TimexSpan g = p.gold();
            TimexSpan s = p.system();
            String outcome = g == null ? "spurious" : s == null ? "missed"
                    : !Objects.equals(g.type(), s.type()) ? "type"
                    : !Objects.equals(g.value(), s.value()) ? "value" : "ok";
            TimexSpan any = g != null ? g : s;
            int from = Math.max(0, text.lastIndexOf('\n', any.start()) + 1);
            int to = text.indexOf('\n', any.end());
            String context = text.substring(Math.max(from, any.start() - 100),
                    Math.min(to < 0 ? text.length() : to, any.end() + 60));
            lines.add(String.join("\t", d.id(), String.valueOf(d.dctValue()), outcome,
                    g == null ? "" : g.type(), g == null ? "" : String.valueOf(g.value()),
                    g == null ? "" : flat(g.textIn(text)), s == null ? "" : s.type(),
                    s == null ? "" : String.valueOf(s.value()), s == null ? "" : flat(s.textIn(text)),
                    flat(context)));
        }
        dump.put(d.file().toString(), lines);
    }

    private static String flat(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    private static Outcome annotate(List<TimeMlDocument> docs, TimexTagger tagger, String system, int threads,
                                    Path data, Map<String, List<String>> dump) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, docs.size()));
        try {
            List<Future<DocumentOutcome>> futures = new ArrayList<>();
            for (TimeMlDocument d : docs) {
                futures.add(pool.submit(() -> {
                    TimexTagger.Tagged tagged = tagger.tag(d.text(), d.anchor());
                    if (dump != null) {
                        dump(dump, d, tagged.timexes());
                    }
                    return new DocumentOutcome(TimexScorer.score(d.text(), d.timexes(), tagged.timexes()),
                            TimelineDateCounts.score(d.text(), d.timexes(), tagged.timexes()), tagged.tokens());
                }));
            }
            TimexCounts total = TimexCounts.ZERO;
            TimelineDateCounts timeline = TimelineDateCounts.ZERO;
            long tokens = 0;
            Map<String, TimexCounts> parts = new java.util.TreeMap<>();
            for (int i = 0; i < futures.size(); i++) {
                DocumentOutcome o;
                try {
                    o = futures.get(i).get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause() == null ? e : e.getCause();
                    throw new IllegalStateException("timex system " + system + " failed on " + docs.get(i).file()
                            + ": " + c, c);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while annotating " + docs.get(i).file(), e);
                }
                total = total.plus(o.counts());
                parts.merge(partOf(data, docs.get(i).file()), o.counts(), TimexCounts::plus);
                timeline = timeline.plus(o.timeline());
                tokens += o.tokens();
            }
            return new Outcome(total, timeline, tokens, parts);
        } finally {
            pool.shutdownNow();
        }
    }
}
