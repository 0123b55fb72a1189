package org.concord.eval.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.eval.EvalContext;
import org.concord.eval.EvalOptions;
import org.concord.eval.EvalResult;
import org.concord.eval.EvalTask;
import org.concord.model.Report;
import org.concord.nlp.CoreNlpAnnotator;
import org.concord.pipeline.Analysis;
import org.concord.pipeline.Concord;

/**
 * {@code concord eval report --data DIR}: the whole {@code analyze} pipeline (the front door {@link Concord} with
 * the shared CoreNLP annotator, default ingest limits, no corrections: what {@code concord analyze DIR} and
 * {@code concord demo} run) over the articles in DIR, its report scored against the hand-written gold file beside
 * it, {@code DIR-gold.json} ({@link ReportGoldScorer}). Every miss is named on the log.
 */
public final class ReportEval implements EvalTask {
    public static final String NAME = "report";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> systems() {
        return List.of("concord");
    }

    /** The gold file of an article folder: {@code DIR-gold.json} beside it. */
    public static Path goldOf(Path articles) {
        Path abs = articles.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-gold.json");
    }

    /** Reads a gold file, with a message naming it when it is not JSON. */
    public static JsonNode readGold(Path gold) throws IOException {
        requireGoldFile(gold);
        try {
            return new ObjectMapper().readTree(gold.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("report gold " + gold + " is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** A folder of articles with its gold file beside it. */
    @Override
    public void checkData(Path data) {
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException("report data '" + data + "' is not a folder of articles");
        }
        requireGoldFile(goldOf(data));
    }

    private static void requireGoldFile(Path gold) {
        if (!Files.isRegularFile(gold)) {
            throw new IllegalArgumentException("report gold not found: expected " + gold
                    + " beside the article folder");
        }
    }

    @Override
    public EvalResult run(EvalContext ctx) throws IOException {
        Path data = ctx.data();
        EvalOptions options = ctx.options();
        JsonNode gold = readGold(goldOf(data));
        Concord concord = Concord.builder()
                .annotator(CoreNlpAnnotator.shared())
                .threads(ctx.threads())
                .warnings(line -> options.log().println("report: " + line))
                .build();
        Analysis a = concord.analyze(List.of(data));
        Report report = a.report();
        List<ReportGoldScorer.Aspect> aspects = ReportGoldScorer.score(report, gold);
        for (ReportGoldScorer.Aspect x : aspects) {
            options.log().printf(Locale.ROOT, "report: %-15s %d/%d%n", x.name(), x.right(), x.total());
            for (String miss : x.misses()) {
                options.log().printf(Locale.ROOT, "report:   miss: %s%n", miss);
            }
        }
        Map<String, Double> metrics = ReportGoldScorer.metrics(aspects);
        double elapsed = ctx.elapsedS();
        return ctx.result(report.documents().size(), metrics, elapsed, a.tokens() == 0 ? null : a.tokens() / elapsed);
    }
}
