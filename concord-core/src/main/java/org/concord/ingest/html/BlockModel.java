package org.concord.ingest.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The learned block classifier: a logistic regression over {@link BlockFeatures} (the log-odds that a block is
 * article text) and the probability a block must reach to be kept. Read from a plain table
 * ({@code block-model.tsv}: {@code feature<TAB>weight} lines, {@code threshold} and {@code drop_below} lines,
 * {@code #} comments with its provenance), written by {@code concord train extraction}. Immutable and shareable across threads.
 */
public final class BlockModel {
    static final String RESOURCE = "block-model.tsv";
    private static final BlockModel DEFAULT = load();

    private final double[] weights;
    private final double threshold;
    private final double dropBelow;

    /**
     * A block the rule-based passes drop is kept when its probability reaches {@code threshold}; a block they keep
     * is dropped when its probability falls below {@code dropBelow} (so the model overrules the rules only where it
     * is confident, in either direction). A {@code threshold} of 1 makes the model drop-only: it never adds a block
     * the rules drop, and a block the rules keep any part of stays unless its probability falls below
     * {@code dropBelow}.
     */
    public BlockModel(Map<String, Double> weights, double threshold, double dropBelow) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must lie in (0, 1], got " + threshold);
        }
        if (!(dropBelow >= 0 && dropBelow <= threshold)) {
            throw new IllegalArgumentException("dropBelow must lie in [0, threshold], got " + dropBelow);
        }
        this.dropBelow = dropBelow;
        for (String name : weights.keySet()) {
            if (!BlockFeatures.NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown block feature '" + name + "'; known: "
                        + BlockFeatures.NAMES);
            }
        }
        List<String> names = BlockFeatures.NAMES;
        this.weights = new double[names.size()];
        for (int i = 0; i < names.size(); i++) {
            this.weights[i] = weights.getOrDefault(names.get(i), 0.0);
        }
        this.threshold = threshold;
    }

    /** The committed model, or null when the resource is absent (the rules alone then decide). */
    public static BlockModel shipped() {
        return DEFAULT;
    }

    public double threshold() {
        return threshold;
    }

    public double dropBelow() {
        return dropBelow;
    }

    /** The probability that a block with these feature values is article text. */
    public double probability(double[] values) {
        double z = 0;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * values[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Whether the model only drops what the rules keep (never adds a block they drop). */
    public boolean dropOnly() {
        return threshold >= 1;
    }

    /** Whether a block is article text: its probability against the threshold of the rules' verdict on it. */
    public boolean keep(double[] values) {
        if (dropOnly()) {
            return values[1] > 0 && probability(values) >= dropBelow;
        }
        double p = probability(values);
        return values[1] >= 0.5 ? p >= dropBelow : p >= threshold;
    }

    /** The verdict on a block too short to weigh ({@link BlockFeatures#MIN_MODEL_WORDS}): the rules'. */
    public boolean keepShort(double[] values) {
        return dropOnly() ? values[1] > 0 : values[1] >= 0.5;
    }

    /** Parses the table; IllegalArgumentException naming the line that is wrong. */
    public static BlockModel parse(BufferedReader in) throws IOException {
        Map<String, Double> w = new HashMap<>();
        Double threshold = null;
        double dropBelow = -1;
        String line;
        int no = 0;
        while ((line = in.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalArgumentException("block model line " + no + ": expected feature<TAB>weight: " + line);
            }
            double v;
            try {
                v = Double.parseDouble(f[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("block model line " + no + ": not a number: " + f[1]);
            }
            if (f[0].equals("threshold")) {
                threshold = v;
            } else if (f[0].equals("drop_below")) {
                dropBelow = v;
            } else {
                w.put(f[0], v);
            }
        }
        if (threshold == null) {
            throw new IllegalArgumentException("block model has no threshold line");
        }
        return new BlockModel(w, threshold, dropBelow < 0 ? threshold : dropBelow);
    }

    /**
     * The committed table, or the one the system property {@code concord.extraction.blockModel} names (a file: to
     * measure a model trained on one set against the other before committing it).
     */
    private static BlockModel load() {
        String override = System.getProperty("concord.extraction.blockModel");
        if (override != null && !override.isBlank()) {
            try (BufferedReader r = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(override),
                    StandardCharsets.UTF_8)) {
                return parse(r);
            } catch (IOException e) {
                throw new UncheckedIOException("reading the block model " + override, e);
            }
        }
        InputStream s = BlockModel.class.getResourceAsStream(RESOURCE);
        if (s == null) {
            return null;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8))) {
            return parse(r);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }
}
