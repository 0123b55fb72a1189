package org.concord.eval.summarize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.concord.eval.CachingAnnotator;
import org.concord.eval.EvalContext;
import org.concord.eval.EvalOptions;
import org.concord.eval.EvalResult;
import org.concord.eval.EvalTask;
import org.concord.cluster.Corrections;
import org.concord.ingest.RawArticle;
import org.concord.model.Report;
import org.concord.model.SummarySentence;
import org.concord.pipeline.Concord;

/**
 * {@code concord eval summarize}: multi-document summarization on {@code clusters.jsonl} (spec/eval-v1.md), scored
 * by {@link Rouge} with ROUGE-1.5.5 semantics at a word limit ({@link EvalOptions#words()}, default
 * {@value #DEFAULT_WORDS}), macro-averaged over clusters and rounded to five decimals as ROUGE-1.5.5 prints
 * them.
 * <p>Systems: {@code concord}, the summary {@code concord analyze} writes for the story: each cluster's documents go
 * through the front door ({@link Concord#analyzeArticles}: clean, CoreNLP annotation, near-duplicates, the
 * per-story stages) with the summary budget set to the word limit, held in one story by a {@code pin} correction
 * (the cluster is the unit the data defines), and the story's cited summary is scored; {@code lexrank}
 * ({@link LexRank}, on plain text); and {@code peer:NAME}, which scores the stored summary of that name (clusters
 * without it are skipped and counted). {@code tokens_per_s} is the words of the source documents over the
 * summarizing time, annotation included (null for stored peers).
 * <p>{@code -Dconcord.timex.cache=DIR} keeps the CoreNLP annotations in DIR ({@link CachingAnnotator}), so runs
 * that only change what comes after annotation skip CoreNLP; the reported figures come from runs without it.
 */
public final class SummarizeEval implements EvalTask {
    public static final String NAME = "summarize";
    public static final int DEFAULT_WORDS = 100;
    private static final List<String> SYSTEMS = List.of("concord", "lexrank");
    private static final String PEER = "peer:";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> systems() {
        return SYSTEMS;
    }

    /** One of {@link #systems()}, or {@code peer:NAME}: the stored summary of that name. */
    @Override
    public boolean knows(String system) {
        return SYSTEMS.contains(system) || system != null && system.startsWith(PEER);
    }

    @Override
    public void requireSystem(String system) {
        if (!knows(system)) {
            throw new IllegalArgumentException("unknown summarize system '" + system + "'; known: " + SYSTEMS
                    + " or peer:NAME");
        }
        if (system.startsWith(PEER) && system.substring(PEER.length()).isBlank()) {
            throw new IllegalArgumentException("--system peer:NAME needs a peer name");
        }
    }

    /** A {@code clusters.jsonl} file, or a directory holding one. */
    @Override
    public void checkData(Path data) {
        ClusterReader.resolve(data);
    }

    @Override
    public EvalResult run(EvalContext ctx) throws IOException {
        Path data = ctx.data();
        String system = ctx.system();
        EvalOptions options = ctx.options();
        String peer = system.startsWith(PEER) ? system.substring(PEER.length()) : null;
        int words = options.words() > 0 ? options.words() : DEFAULT_WORDS;
        List<Cluster> clusters = ClusterReader.read(data, options.limit(), options.log());
        if (clusters.isEmpty()) {
            throw new IllegalArgumentException("summarize data '" + data + "' holds no readable cluster");
        }
        Rouge rouge = Rouge.spec(words);
        double r1 = 0, r2 = 0, p1 = 0, p2 = 0, f1 = 0, f2 = 0, length = 0;
        int n = 0;
        int missing = 0;
        long sourceWords = 0;
        long summarizeNanos = 0;
        for (Cluster c : clusters) {
            String summary;
            if (peer != null) {
                summary = c.peers().get(peer);
                if (summary == null) {
                    missing++;
                    continue;
                }
            } else {
                long s0 = System.nanoTime();
                summary = summarize(system, c, words, options);
                summarizeNanos += System.nanoTime() - s0;
                for (Cluster.ClusterDocument d : c.documents()) {
                    sourceWords += d.text().split("\\s+").length;
                }
            }
            Rouge.Score s1 = rouge.score(summary, c.summaries(), 1);
            Rouge.Score s2 = rouge.score(summary, c.summaries(), 2);
            r1 += s1.recall();
            p1 += s1.precision();
            f1 += s1.f();
            r2 += s2.recall();
            p2 += s2.precision();
            f2 += s2.f();
            length += Math.min(words, summary.isBlank() ? 0 : summary.strip().split("\\s+").length);
            n++;
        }
        if (missing > 0) {
            options.log().printf(Locale.ROOT, "summarize: %d of %d clusters have no stored peer '%s' (skipped)%n",
                    missing, clusters.size(), peer);
        }
        if (n == 0) {
            throw new IllegalArgumentException("no cluster of '" + data + "' has the peer summary '" + peer + "'");
        }
        Map<String, Double> metrics = new TreeMap<>();
        metrics.put("rouge1_recall", Rouge.round5(r1 / n));
        metrics.put("rouge2_recall", Rouge.round5(r2 / n));
        metrics.put("rouge1_precision", Rouge.round5(p1 / n));
        metrics.put("rouge2_precision", Rouge.round5(p2 / n));
        metrics.put("rouge1_f", Rouge.round5(f1 / n));
        metrics.put("rouge2_f", Rouge.round5(f2 / n));
        metrics.put("summary_words", length / n);
        Double tokensPerS = peer == null && summarizeNanos > 0 ? sourceWords / (summarizeNanos / 1e9) : null;
        return ctx.result(n, metrics, tokensPerS);
    }

    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*>");

    /**
     * Source text as the summarizers read it: SGML paragraph and section tags that newswire collections (DUC's
     * {@code <P>}, {@code <TEXT>}) may leave in the text become paragraph breaks, and the common character
     * entities are decoded.
     */
    static String plain(String text) {
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        return TAG.matcher(text).replaceAll("\n\n").replace("&amp;", "&").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'");
    }

    /** The summary text (one sentence per line) that {@code system} writes for a cluster. */
    static String summarize(String system, Cluster c, int words, EvalOptions options) {
        if (system.equals("lexrank")) {
            List<Cluster.ClusterDocument> docs = new ArrayList<>();
            for (Cluster.ClusterDocument d : c.documents()) {
                docs.add(new Cluster.ClusterDocument(d.id(), d.title(), d.date(), plain(d.text())));
            }
            return LexRank.summarize(docs, words);
        }
        List<RawArticle> raws = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Cluster.ClusterDocument d : c.documents()) {
            // what a JSONL line {id, title, published, text} gives analyze
            raws.add(new RawArticle(d.id(), c.id() + "/" + d.id(), null, d.title(), d.date(), plain(d.text())));
            ids.add(d.id());
        }
        Concord concord = Concord.builder()
                .annotator(CachingAnnotator.coreNlp())
                .threads(Math.max(1, options.threads()))
                .summaryWords(Math.max(MIN_BUDGET, words))
                .corrections(Corrections.of(List.of(new Corrections.Op(Corrections.Kind.PIN, ids))))
                .warnings(line -> options.log().println("summarize: " + c.id() + ": " + line))
                .build();
        Report report = concord.analyzeArticles(raws, List.of()).report();
        if (report.stories().size() != 1) {
            throw new IllegalStateException("cluster " + c.id() + ": the pinned documents made "
                    + report.stories().size() + " stories, not one");
        }
        List<String> lines = new ArrayList<>();
        for (SummarySentence s : report.stories().get(0).summary()) {
            lines.add(s.text());
        }
        return String.join("\n", lines);
    }

    /** The smallest summary budget the pipeline takes; a smaller word limit is applied by ROUGE's cut alone. */
    static final int MIN_BUDGET = 10;
}
