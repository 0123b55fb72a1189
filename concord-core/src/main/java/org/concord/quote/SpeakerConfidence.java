package org.concord.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How likely the speaker the ledger gives a quote mention is right: a logistic regression over the evidence the
 * attribution rests on ({@link SpeakerEvidence}), read from a plain table that {@code concord train quotes} writes
 * (Tribuo, trained on PolNeAR train with the report's own quote step, labelled by the eval's speaker rule). A
 * model trained with log loss estimates probabilities directly (Niculescu-Mizil and Caruana 2005, "Predicting good
 * probabilities with supervised learning", ICML): a mention at 0.9 should be right about 9 times in 10, which
 * {@code concord eval quotes} checks on dev ({@code confidence_ece}).
 *
 * <p>{@link #threshold()} is the default {@code --min-confidence}: the lowest probability at which, on train, the
 * speakers shown were right at least {@value #TARGET_PRECISION} of the time with 95% confidence
 * ({@link #thresholdFor}). Below it the report withholds the
 * speaker rather than risk a wrong one.
 */
public final class SpeakerConfidence {
    /** The resource the standard model is read from. */
    public static final String RESOURCE = "speaker-confidence.tsv";
    /** The key of the bias term in the table. */
    public static final String BIAS = WeightTable.BIAS;
    /** The share of shown speakers that must be right on train at the default threshold. */
    public static final double TARGET_PRECISION = 0.95;
    private static final ModelResource<SpeakerConfidence> STANDARD =
            new ModelResource<>(RESOURCE, SpeakerConfidence::read);

    private final WeightTable table;

    private SpeakerConfidence(Map<String, Double> weights, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
        }
        this.table = new WeightTable(weights, threshold);
    }

    /** A model from feature weights (with {@link #BIAS}) and its default threshold. */
    public static SpeakerConfidence of(Map<String, Double> weights, double threshold) {
        Objects.requireNonNull(weights, "weights");
        return new SpeakerConfidence(weights, threshold);
    }

    /** The model shipped with Concord (trained on PolNeAR train); loaded once. */
    public static SpeakerConfidence standard() {
        return STANDARD.get();
    }

    /** The default minimum confidence of a shown speaker. */
    public double threshold() {
        return table.threshold();
    }

    /** The same weights with another default threshold. */
    public SpeakerConfidence withThreshold(double t) {
        return new SpeakerConfidence(table.weights(), t);
    }

    /** The estimated probability that a speaker with these features is right. */
    public double probability(Collection<String> features) {
        return table.probability(features);
    }

    /**
     * Reads a table written by {@link #write}: {@code # } comment lines, one {@code threshold TAB p} line, then
     * {@code feature TAB weight} lines.
     */
    public static SpeakerConfidence read(InputStream in) throws IOException {
        WeightTable t = WeightTable.read(in, "speaker confidence", v -> v >= 0 && v <= 1, "[0, 1]");
        if (!t.weights().containsKey(BIAS)) {
            throw new IOException("speaker confidence: no " + BIAS + " line");
        }
        return new SpeakerConfidence(t.weights(), t.threshold());
    }

    /** Writes the table: {@code header} lines as comments, the threshold, then the weights sorted by feature. */
    public void write(Writer w, List<String> header) throws IOException {
        table.write(w, header, "%.2f");
    }

    /**
     * The lowest threshold on a 0.01 grid at which the speakers with probability at or above it are right at least
     * {@code precision} of the time with 95% confidence: the Wilson score interval's lower bound (Wilson 1927) of
     * their share right reaches {@code precision}, so that a threshold chosen on one sample holds on the next. 1
     * when none does. {@code probability} and {@code right} are per speaker.
     */
    public static double thresholdFor(double[] probability, boolean[] right, double precision) {
        if (probability.length != right.length) {
            throw new IllegalArgumentException("probability and right differ in length: " + probability.length
                    + " vs " + right.length);
        }
        for (int step = 0; step <= 100; step++) {
            double t = step / 100.0;
            int shown = 0;
            int ok = 0;
            for (int i = 0; i < probability.length; i++) {
                if (probability[i] >= t) {
                    shown++;
                    ok += right[i] ? 1 : 0;
                }
            }
            if (shown > 0 && wilsonLower(ok, shown) >= precision) {
                return t;
            }
        }
        return 1.0;
    }

    /** The lower bound of the Wilson score interval (z = 1.96) of {@code ok} successes in {@code n}. */
    static double wilsonLower(int ok, int n) {
        double z = 1.96;
        double p = ok / (double) n;
        double z2 = z * z;
        return (p + z2 / (2 * n) - z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n))) / (1 + z2 / n);
    }

    /** The features of the model that appear in {@code features}, for tests and explanations. */
    public List<String> known(Collection<String> features) {
        List<String> out = new ArrayList<>();
        for (String f : features) {
            if (table.weights().containsKey(f)) {
                out.add(f);
            }
        }
        return out;
    }
}
