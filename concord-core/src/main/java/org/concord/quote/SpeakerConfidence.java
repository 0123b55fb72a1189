package org.concord.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
    public static final String BIAS = "BIAS";
    /** The share of shown speakers that must be right on train at the default threshold. */
    public static final double TARGET_PRECISION = 0.95;
    private static final ModelResource<SpeakerConfidence> STANDARD =
            new ModelResource<>(RESOURCE, SpeakerConfidence::read);

    private final Map<String, Double> weights;
    private final double threshold;

    private SpeakerConfidence(Map<String, Double> weights, double threshold) {
        this.weights = Map.copyOf(weights);
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
        }
        this.threshold = threshold;
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
        return threshold;
    }

    /** The same weights with another default threshold. */
    public SpeakerConfidence withThreshold(double t) {
        return new SpeakerConfidence(weights, t);
    }

    /** The estimated probability that a speaker with these features is right. */
    public double probability(Collection<String> features) {
        double z = weights.getOrDefault(BIAS, 0.0);
        for (String f : features) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Reads a table written by {@link #write}: {@code # } comment lines, one {@code threshold TAB p} line, then
     * {@code feature TAB weight} lines.
     */
    public static SpeakerConfidence read(InputStream in) throws IOException {
        Map<String, Double> w = new HashMap<>();
        double threshold = Double.NaN;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IOException("speaker confidence line " + n + ": expected feature, weight; got '" + line
                        + "'");
            }
            double v;
            try {
                v = Double.parseDouble(f[1]);
            } catch (NumberFormatException e) {
                throw new IOException("speaker confidence line " + n + ": '" + f[1] + "' is not a number");
            }
            if (!Double.isFinite(v)) {
                throw new IOException("speaker confidence line " + n + ": weight is not finite");
            }
            if (f[0].equals("threshold")) {
                threshold = v;
            } else if (w.put(f[0], v) != null) {
                throw new IOException("speaker confidence line " + n + ": feature '" + f[0] + "' given twice");
            }
        }
        if (Double.isNaN(threshold)) {
            throw new IOException("speaker confidence table has no threshold line");
        }
        if (!w.containsKey(BIAS)) {
            throw new IOException("speaker confidence table has no " + BIAS + " line");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IOException("speaker confidence threshold must be in [0, 1], not " + threshold);
        }
        return new SpeakerConfidence(w, threshold);
    }

    /** Writes the table: {@code header} lines as comments, the threshold, then the weights sorted by feature. */
    public void write(Writer w, List<String> header) throws IOException {
        for (String h : header) {
            w.write("# " + h.replace("\n", " ") + "\n");
        }
        w.write(String.format(Locale.ROOT, "threshold\t%.2f%n", threshold));
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            w.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.6f", e.getValue()) + "\n");
        }
        w.flush();
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
            if (weights.containsKey(f)) {
                out.add(f);
            }
        }
        return out;
    }
}
