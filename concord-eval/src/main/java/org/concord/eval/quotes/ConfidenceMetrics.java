package org.concord.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How well a system's speaker confidence is calibrated and what a threshold on it shows. The items are the matched
 * gold attributions that have a source and whose prediction names a speaker with a confidence: each has the
 * confidence and whether the speaker is right (the {@code speaker_accuracy} rule).
 * <ul>
 * <li>{@code shown_speaker_precision}: the share right among those at or above the threshold (what a reader of
 * the report sees at the default {@code --min-confidence});</li>
 * <li>{@code shown_speaker_coverage}: the share of all matched gold attributions with a source whose speaker is
 * shown (the others are withheld or were never found);</li>
 * <li>{@code confidence_ece}: expected calibration error over ten equal-width bins (Naeini et al. 2015, "Obtaining
 * well calibrated probabilities using Bayesian binning", AAAI): the item-weighted mean of |accuracy - mean
 * confidence| per bin;</li>
 * <li>{@code confidence_brier}: the mean squared difference between confidence and outcome.</li>
 * </ul>
 * A system without confidences gets none of these metrics.
 */
final class ConfidenceMetrics {
    static final int BINS = 10;

    private ConfidenceMetrics() {
    }

    /** One scored speaker: its confidence and whether it is right. */
    record Item(double confidence, boolean right) {}

    /** The items of {@code scores}. */
    static List<Item> items(List<QuoteScorer.DocScore> scores) {
        List<Item> out = new ArrayList<>();
        for (QuoteScorer.DocScore s : scores) {
            for (QuoteScorer.GoldOutcome o : s.gold()) {
                if (!o.matched() || !o.gold().hasSource()) {
                    continue;
                }
                PredictedQuote p = s.predictions().get(o.overlapPred());
                if (p.hasSpeaker() && !Double.isNaN(p.confidence())) {
                    out.add(new Item(p.confidence(), o.speakerRight()));
                }
            }
        }
        return out;
    }

    /** Adds the metrics to {@code metrics} when any item has a confidence; {@code speakerScored} from the counts. */
    static void addTo(Map<String, Double> metrics, List<QuoteScorer.DocScore> scores, long speakerScored,
                      double threshold) {
        List<Item> items = items(scores);
        if (items.isEmpty()) {
            return;
        }
        int shown = 0;
        int right = 0;
        double brier = 0;
        double[] conf = new double[BINS];
        int[] ok = new int[BINS];
        int[] n = new int[BINS];
        for (Item it : items) {
            if (it.confidence() >= threshold) {
                shown++;
                right += it.right() ? 1 : 0;
            }
            double y = it.right() ? 1 : 0;
            brier += (it.confidence() - y) * (it.confidence() - y);
            int b = Math.min(BINS - 1, (int) (it.confidence() * BINS));
            conf[b] += it.confidence();
            ok[b] += it.right() ? 1 : 0;
            n[b]++;
        }
        double ece = 0;
        for (int b = 0; b < BINS; b++) {
            if (n[b] > 0) {
                ece += n[b] * Math.abs(ok[b] / (double) n[b] - conf[b] / n[b]);
            }
        }
        metrics.put("min_confidence", threshold);
        metrics.put("shown_speaker_precision", shown == 0 ? 0.0 : right / (double) shown);
        metrics.put("shown_speaker_coverage", speakerScored == 0 ? 0.0 : shown / (double) speakerScored);
        metrics.put("confidence_ece", ece / items.size());
        metrics.put("confidence_brier", brier / items.size());
    }

    /** The reliability table: per bin, items, mean confidence and accuracy (for the docs and the trainer's log). */
    static String reliability(List<Item> items) {
        double[] conf = new double[BINS];
        int[] ok = new int[BINS];
        int[] n = new int[BINS];
        for (Item it : items) {
            int b = Math.min(BINS - 1, (int) (it.confidence() * BINS));
            conf[b] += it.confidence();
            ok[b] += it.right() ? 1 : 0;
            n[b]++;
        }
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < BINS; b++) {
            if (n[b] > 0) {
                sb.append(String.format(java.util.Locale.ROOT, "[%.1f, %.1f): %d speakers, mean confidence %.3f,"
                        + " right %.3f%n", b / (double) BINS, (b + 1) / (double) BINS, n[b], conf[b] / n[b],
                        ok[b] / (double) n[b]));
            }
        }
        return sb.toString();
    }
}
