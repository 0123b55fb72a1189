package org.concord.eval.claims;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.concord.cluster.Corrections;
import org.concord.eval.CachingAnnotator;
import org.concord.eval.EvalContext;
import org.concord.eval.EvalOptions;
import org.concord.eval.EvalResult;
import org.concord.eval.EvalTask;
import org.concord.eval.summarize.Cluster;
import org.concord.eval.summarize.ClusterReader;
import org.concord.ingest.RawArticle;
import org.concord.model.Claim;
import org.concord.model.ClaimStatus;
import org.concord.model.Conflict;
import org.concord.model.ConflictValue;
import org.concord.model.Document;
import org.concord.model.Report;
import org.concord.model.Span;
import org.concord.model.Story;
import org.concord.pipeline.Concord;

/**
 * {@code concord eval claims --data DIR --gold FILE}: the conflicts {@code concord analyze} reports on news clusters
 * ({@code clusters.jsonl}, the summarize layout: DUC 2002), scored against hand-checked verdicts ({@link ClaimsGold}).
 * Each cluster of the gold's docsets goes through the front door ({@link Concord#analyzeArticles}: clean, CoreNLP
 * annotation, near-duplicates, the per-story stages) as one story, held by a {@code pin} correction as the
 * summarize eval holds it; each document's outlet is the collection its id names (the letters before the first
 * digit of a TREC DOCNO: AP, WSJ, LA, FT, SJMN, FBIS), as a JSONL line's {@code outlet} field would give it.
 *
 * <p>Metrics: {@code conflict_precision} (real conflicts among the judged ones; also per half of the sample,
 * {@code _rules} and {@code _check}), {@code conflict_recall_estimate} (real conflicts found over every real conflict
 * the gold knows from any run: an estimate, since a conflict no run reported is not known), counts of each verdict,
 * and {@code n_unjudged}: conflicts the gold does not know, each named on the log so that new output is seen and
 * judged. {@code -Dconcord.eval.claims.dump=FILE} writes every conflict with its cited sentences (for judging; the
 * data's text, so never into the repository). {@code -Dconcord.timex.cache=DIR} keeps the annotations
 * ({@link CachingAnnotator}).
 */
public final class ClaimsEval implements EvalTask {
    public static final String NAME = "claims";
    /** The system property naming the dump file. */
    public static final String DUMP = "concord.eval.claims.dump";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> systems() {
        return List.of("concord");
    }

    @Override
    public void checkData(Path data) {
        ClusterReader.resolve(data);
    }

    @Override
    public EvalResult run(EvalContext ctx) throws IOException {
        EvalOptions options = ctx.options();
        ClaimsGold gold = options.gold() == null ? null : ClaimsGold.read(options.gold());
        List<Cluster> clusters = ClusterReader.read(ctx.data(), gold == null ? options.limit() : 0, options.log());
        if (gold != null) {
            Set<String> wanted = new LinkedHashSet<>(gold.docsets());
            clusters = clusters.stream().filter(c -> wanted.contains(c.id())).toList();
            Set<String> read = new LinkedHashSet<>();
            clusters.forEach(c -> read.add(c.id()));
            wanted.removeAll(read);
            if (!wanted.isEmpty()) {
                throw new IllegalArgumentException("claims: docsets of the gold not in " + ctx.data() + ": " + wanted);
            }
            if (options.limit() > 0 && clusters.size() > options.limit()) {
                clusters = clusters.subList(0, options.limit());
            }
        }
        List<FoundConflict> found = new ArrayList<>();
        int claims = 0;
        int corroborated = 0;
        long sourceSum = 0;
        PrintWriter dump = dumpWriter();
        try {
            for (Cluster c : clusters) {
                Report report = analyze(c, options);
                Story story = report.stories().get(0);
                for (Claim claim : story.claims()) {
                    claims++;
                    if (claim.status() == ClaimStatus.CORROBORATED) {
                        corroborated++;
                        sourceSum += claim.independentSources();
                    }
                    for (Conflict k : claim.conflicts()) {
                        FoundConflict f = conflict(c.id(), claim, k);
                        found.add(f);
                        if (dump != null) {
                            dump(dump, f, claim, report);
                        }
                    }
                }
            }
        } finally {
            if (dump != null) {
                dump.close();
            }
        }
        return ctx.result(clusters.size(), metrics(found, gold, options, claims, corroborated, sourceSum), null);
    }

    private static Map<String, Double> metrics(List<FoundConflict> found, ClaimsGold gold, EvalOptions options,
            int claims, int corroborated, long sourceSum) {
        Map<String, Double> m = new TreeMap<>();
        m.put("n_conflicts", (double) found.size());
        m.put("n_claims", (double) claims);
        m.put("n_corroborated", (double) corroborated);
        m.put("mean_independent_sources_corroborated", corroborated == 0 ? 0 : round(sourceSum / (double) corroborated));
        Map<String, int[]> byHalf = new TreeMap<>(); // half -> {judged, real}
        Map<String, Integer> verdicts = new TreeMap<>();
        ClaimsGold.VERDICTS.forEach(v -> verdicts.put(v, 0));
        int unjudged = 0;
        Set<String> realFound = new LinkedHashSet<>();
        for (FoundConflict f : found) {
            ClaimsGold.Judged j = gold == null ? null : gold.conflicts().get(f.key());
            if (j == null) {
                unjudged++;
                options.log().printf(Locale.ROOT, "claims: unjudged %s %s %s documents %s sentences %s%n", f.docset(),
                        f.aspect(), f.key(), f.documents(), spans(f.sentences()));
                continue;
            }
            verdicts.merge(j.verdict(), 1, Integer::sum);
            int[] h = byHalf.computeIfAbsent(gold.halves().get(f.docset()), k -> new int[2]);
            h[0]++;
            if (j.real()) {
                h[1]++;
                realFound.add(f.key());
            }
        }
        verdicts.forEach((v, n) -> m.put("n_" + v, (double) n));
        m.put("n_unjudged", (double) unjudged);
        int judged = 0;
        int real = 0;
        for (Map.Entry<String, int[]> e : byHalf.entrySet()) {
            judged += e.getValue()[0];
            real += e.getValue()[1];
            m.put("conflict_precision_" + e.getKey(), e.getValue()[0] == 0 ? 0 : round(e.getValue()[1] / (double) e.getValue()[0]));
        }
        m.put("n_judged", (double) judged);
        m.put("conflict_precision", judged == 0 ? 0 : round(real / (double) judged));
        if (gold != null) {
            long goldReal = gold.conflicts().values().stream().filter(ClaimsGold.Judged::real).count();
            m.put("n_real_gold", (double) goldReal);
            m.put("conflict_recall_estimate", goldReal == 0 ? 0 : round(realFound.size() / (double) goldReal));
            for (Map.Entry<String, ClaimsGold.Judged> e : gold.conflicts().entrySet()) {
                if (e.getValue().real() && !realFound.contains(e.getKey())) {
                    options.log().printf(Locale.ROOT, "claims: missed real conflict %s %s %s%n", e.getValue().docset(),
                            e.getValue().aspect(), e.getKey());
                }
            }
        }
        return m;
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }

    /** The cluster analysed as one story, as {@code concord analyze} would analyse its documents as JSONL lines. */
    static Report analyze(Cluster c, EvalOptions options) {
        List<RawArticle> raws = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Cluster.ClusterDocument d : c.documents()) {
            raws.add(new RawArticle(d.id(), c.id() + "/" + d.id(), outlet(d.id()), d.title(), d.date(),
                    plain(d.text())));
            ids.add(d.id());
        }
        Concord concord = Concord.builder()
                .annotator(CachingAnnotator.coreNlp())
                .threads(Math.max(1, options.threads()))
                .corrections(Corrections.of(List.of(new Corrections.Op(Corrections.Kind.PIN, ids))))
                .warnings(line -> options.log().println("claims: " + c.id() + ": " + line))
                .build();
        Report report = concord.analyzeArticles(raws, List.of()).report();
        if (report.stories().size() != 1) {
            throw new IllegalStateException("cluster " + c.id() + ": the pinned documents made "
                    + report.stories().size() + " stories, not one");
        }
        return report;
    }

    /** The collection a TREC DOCNO names: its letters before the first digit ("AP880911-0016" -> AP), or null. */
    static String outlet(String docno) {
        int i = 0;
        while (i < docno.length() && Character.isLetter(docno.charAt(i))) {
            i++;
        }
        return i == 0 ? null : docno.substring(0, i).toUpperCase(Locale.ROOT);
    }

    private static String plain(String text) {
        return text.replaceAll("</?[A-Za-z][A-Za-z0-9]*>", "\n\n").replace("&amp;", "&");
    }

    /** A conflict of a claim: for each value, the claim's first source in the value's first document. */
    static FoundConflict conflict(String docset, Claim claim, Conflict k) {
        List<String> values = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        List<Span> sentences = new ArrayList<>();
        for (ConflictValue v : k.values()) {
            values.add(v.value());
            docs.addAll(v.documents());
            for (String d : v.documents()) {
                Span s = claim.sources().stream().filter(x -> x.document().equals(d)).findFirst().orElse(null);
                if (s != null && !sentences.contains(s)) {
                    sentences.add(s);
                    break;
                }
            }
        }
        String aspect = k.aspect().json();
        List<String> sorted = FoundConflict.sortedDocuments(docs);
        return new FoundConflict(docset, aspect, FoundConflict.key(docset, aspect, values, sorted), sorted, sentences, values);
    }

    private static String spans(List<Span> spans) {
        List<String> out = new ArrayList<>();
        spans.forEach(s -> out.add(s.document() + ":" + s.start() + "-" + s.end()));
        return String.join(" ", out);
    }

    private static PrintWriter dumpWriter() throws IOException {
        String file = System.getProperty(DUMP);
        return file == null || file.isBlank() ? null
                : new PrintWriter(Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8));
    }

    private static void dump(PrintWriter out, FoundConflict f, Claim claim, Report report) {
        out.printf(Locale.ROOT, "== %s %s %s values %s documents %s%n", f.docset(), f.aspect(), f.key(), f.values(),
                f.documents());
        out.printf(Locale.ROOT, "   claim: %s%n", claim.text());
        for (Span s : f.sentences()) {
            Document d = report.documents().stream().filter(x -> x.id().equals(s.document())).findFirst().orElseThrow();
            int from = d.text().lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
            int to = d.text().indexOf('\n', s.end());
            String context = d.text().substring(Math.max(from, s.start() - 300), to < 0 ? Math.min(d.text().length(),
                    s.end() + 300) : Math.min(to, s.end() + 300));
            out.printf(Locale.ROOT, "   [%s %d-%d %s] %s%n      >> %s%n", s.document(), s.start(), s.end(),
                    d.published(), d.text().substring(s.start(), s.end()).replaceAll("\\s+", " "),
                    context.replaceAll("\\s+", " "));
        }
    }
}
