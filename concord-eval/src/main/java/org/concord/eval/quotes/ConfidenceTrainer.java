package org.concord.eval.quotes;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.annotate.AnnotatedDocument;
import org.concord.eval.BinaryLogistic;
import org.concord.quote.CueLexicon;
import org.concord.quote.QuoteExtractor;
import org.concord.quote.QuoteLedger;
import org.concord.quote.QuoteStep;
import org.concord.quote.SpeakerConfidence;
import org.concord.quote.SpeakerEvidence;
import org.concord.resolve.EntityIndex;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains {@link SpeakerConfidence} on a PolNeAR split: each article runs through the report's quote step as a
 * one-document story ({@link QuoteStep}, with the cue lexicon trained in the same run), each ledger entry that
 * names a speaker and matches a gold attribution with a source is one example, labelled by the eval's speaker rule
 * ({@link SpeakerMatcher}, through {@link ConcordQuoteSystem#ledgerPredictions}), with the features of
 * {@link SpeakerEvidence}. A Tribuo logistic regression (log loss, seed {@value QuoteTrainer#SEED}, the average of
 * the iterates of {@value #EPOCHS} passes: {@link BinaryLogistic#trainAveraged}); the default
 * threshold is the lowest at which the split's shown speakers are right at least
 * {@value SpeakerConfidence#TARGET_PRECISION} of the time.
 */
final class ConfidenceTrainer {
    /** Passes over the examples; the weights are the average of every pass's iterates. */
    static final int EPOCHS = 30;
    /** A feature must be seen this often to get a weight. */
    static final int MIN_COUNT = 5;

    private ConfidenceTrainer() {
    }

    /** What was learned and how it does on the split it was trained on. */
    record Result(SpeakerConfidence model, int examples, int right, String report) {}

    private record Example(List<String> features, boolean right) {}

    static Result train(List<PolnearDocument> docs, List<AnnotatedDocument> annotated, CueLexicon lexicon) {
        QuoteExtractor extractor = QuoteExtractor.create(lexicon);
        SpeakerConfidence none = SpeakerConfidence.of(Map.of(SpeakerConfidence.BIAS, 0.0), 0.0);
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            examples.addAll(examples(docs.get(i), annotated.get(i), extractor, none));
        }
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Example e : examples) {
            for (String f : e.features()) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance(
                "PolNeAR speaker attributions", factory), factory);
        int right = 0;
        int[] labelled = new int[2];
        for (Example e : examples) {
            right += e.right() ? 1 : 0;
            List<String> kept = e.features().stream().filter(f -> counts.get(f) >= MIN_COUNT).distinct().toList();
            if (kept.isEmpty()) {
                continue; // no feature seen often enough (a tiny split): it counts in the rate only
            }
            String[] names = kept.toArray(new String[0]);
            double[] values = new double[names.length];
            java.util.Arrays.fill(values, 1.0);
            data.add(new ArrayExample<>(new Label(Boolean.toString(e.right())), names, values));
            labelled[e.right() ? 1 : 0]++;
        }
        Map<String, Double> weights;
        if (labelled[0] == 0 || labelled[1] == 0) {
            // nothing to tell apart (a tiny split): every speaker gets the split's smoothed rate of right ones
            double rate = (right + 1.0) / (examples.size() + 2.0);
            weights = new java.util.HashMap<>(Map.of(SpeakerConfidence.BIAS, Math.log(rate / (1 - rate))));
        } else {
            // averaged iterates: a retrain on slightly different examples (or another seed) gives nearly the same
            // table and threshold, where the last iterate moved the default threshold by up to 0.04
            weights = BinaryLogistic.trainAveraged(data, EPOCHS, QuoteTrainer.SEED, SpeakerConfidence.BIAS);
            weights.values().removeIf(v -> v == 0.0);
        }
        SpeakerConfidence model = SpeakerConfidence.of(weights, 0.0);
        double[] p = new double[examples.size()];
        boolean[] ok = new boolean[examples.size()];
        List<ConfidenceMetrics.Item> items = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            p[i] = Math.round(model.probability(examples.get(i).features()) * 100) / 100.0;
            ok[i] = examples.get(i).right();
            items.add(new ConfidenceMetrics.Item(p[i], ok[i]));
        }
        double t = SpeakerConfidence.thresholdFor(p, ok, SpeakerConfidence.TARGET_PRECISION);
        int shown = 0;
        int shownRight = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] >= t) {
                shown++;
                shownRight += ok[i] ? 1 : 0;
            }
        }
        String report = String.format(Locale.ROOT, "%d speakers, %d right (%.4f); default threshold %.2f shows %d"
                        + " (%.4f), %.4f of them right%n", examples.size(), right, ratio(right, examples.size()), t,
                shown, ratio(shown, examples.size()), ratio(shownRight, shown))
                + ConfidenceMetrics.reliability(items);
        return new Result(model.withThreshold(t), examples.size(), right, report);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }

    /** The labelled examples of one article. */
    private static List<Example> examples(PolnearDocument pd, AnnotatedDocument doc, QuoteExtractor extractor,
                                          SpeakerConfidence none) {
        List<AnnotatedDocument> story = List.of(doc);
        EntityIndex entities = QuoteStep.entities(story);
        QuoteStep.Result r = QuoteStep.quotes(story, entities, 0.0, extractor, none);
        SpeakerEvidence evidence = SpeakerEvidence.of(entities.entities());
        String text = doc.text();
        Map<PredictedQuote, QuoteLedger.Entry> entryOf = new IdentityHashMap<>();
        List<PredictedQuote> preds = new ArrayList<>();
        for (QuoteLedger.Entry e : r.entries()) {
            if (e.resolved() == null || e.quote().speaker() == null) {
                continue;
            }
            for (PredictedQuote p : ConcordQuoteSystem.ledgerPredictions(List.of(e), text)) {
                entryOf.put(p, e);
                preds.add(p);
            }
        }
        QuoteScorer.DocScore s = QuoteScorer.score(pd, preds);
        List<Example> out = new ArrayList<>();
        for (QuoteScorer.GoldOutcome o : s.gold()) {
            if (!o.matched() || !o.gold().hasSource()) {
                continue;
            }
            QuoteLedger.Entry e = entryOf.get(s.predictions().get(o.overlapPred()));
            out.add(new Example(evidence.features(e.mention(), e.resolved(), doc), o.speakerRight()));
        }
        return out;
    }
}
