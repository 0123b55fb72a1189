package org.concord.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoublePredicate;

/**
 * A logistic regression as a plain table, the form both quote models are committed in ({@link AttributionFilter},
 * {@link SpeakerConfidence}): {@code # } comment lines (provenance), one {@code threshold TAB p} line, then
 * {@code feature TAB weight} lines sorted by feature, {@value #BIAS} among them. The probability of a set of
 * binary features is the logistic of the bias plus their weights; a feature the table lacks weighs nothing.
 */
record WeightTable(Map<String, Double> weights, double threshold) {
    /** The key of the bias term. */
    static final String BIAS = "BIAS";

    WeightTable {
        weights = Map.copyOf(weights);
    }

    /** The logistic of the bias plus the weights of {@code features}. */
    double probability(Collection<String> features) {
        double z = weights.getOrDefault(BIAS, 0.0);
        for (String f : features) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Reads a table; {@code what} names it in messages ("attribution filter"), {@code thresholdOk} and
     * {@code range} check the threshold ("(0, 1)").
     */
    static WeightTable read(InputStream in, String what, DoublePredicate thresholdOk, String range)
            throws IOException {
        Map<String, Double> w = new HashMap<>();
        double threshold = Double.NaN;
        for (TsvRows.Row row : TsvRows.read(in, what, 2, "feature, weight")) {
            int n = row.line();
            String line = row.text();
            String[] f = row.fields();
            double v;
            try {
                v = Double.parseDouble(f[1]);
            } catch (NumberFormatException e) {
                throw new IOException(what + " line " + n + ": weight is not a number: '" + line + "'");
            }
            if (!Double.isFinite(v)) {
                throw new IOException(what + " line " + n + ": weight is not finite: '" + line + "'");
            }
            if (f[0].equals("threshold")) {
                if (!Double.isNaN(threshold)) {
                    throw new IOException(what + " line " + n + ": a second 'threshold' line");
                }
                if (!thresholdOk.test(v)) {
                    throw new IOException(what + " line " + n + ": threshold must be in " + range + ": " + v);
                }
                threshold = v;
            } else if (w.put(f[0], v) != null) {
                throw new IOException(what + " line " + n + ": feature '" + f[0] + "' given twice");
            }
        }
        if (Double.isNaN(threshold)) {
            throw new IOException(what + ": no 'threshold' line");
        }
        return new WeightTable(w, threshold);
    }

    /** Writes the table: {@code header} as comment lines, the threshold in {@code thresholdFormat}, the weights. */
    void write(Writer out, List<String> header, String thresholdFormat) throws IOException {
        for (String line : header) {
            out.write("# " + line.replace("\n", " ") + "\n");
        }
        out.write("threshold\t" + String.format(Locale.ROOT, thresholdFormat, threshold) + "\n");
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.6f", e.getValue()) + "\n");
        }
        out.flush();
    }
}
