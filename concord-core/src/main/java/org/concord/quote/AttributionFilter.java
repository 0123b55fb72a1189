package org.concord.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A logistic-regression filter over attribution candidates: a weight per binary feature and a bias, read from a
 * plain table that {@code concord train quotes} writes (trained with Tribuo on PolNeAR train, see
 * {@code QuoteTrainer}). {@link #probability} is the model's estimate that a candidate is a gold attribution;
 * {@link QuoteExtractor#attributions()} keeps a candidate when it reaches {@link #threshold()}.
 *
 * <p>Over-generating candidates and keeping those a classifier accepts follows Pareti et al. (2013, "Automatically
 * Detecting and Attributing Indirect Quotations", EMNLP) and O'Keefe et al. (2012, "A Sequence Labelling Approach to
 * Quote Attribution", EMNLP): the cue word and the shape of the content carry most of the signal.
 */
public final class AttributionFilter {
    /** The resource the standard filter is read from. */
    public static final String RESOURCE = "attribution-filter.tsv";
    /** The key of the bias term in the table. */
    public static final String BIAS = WeightTable.BIAS;
    private static final ModelResource<AttributionFilter> STANDARD =
            new ModelResource<>(RESOURCE, AttributionFilter::read);

    private final WeightTable table;
    private final double threshold;

    private AttributionFilter(Map<String, Double> weights, double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
        }
        this.table = new WeightTable(weights, threshold);
        this.threshold = threshold;
    }

    /** A filter from feature weights (with {@link #BIAS}) and the probability a candidate must reach. */
    public static AttributionFilter of(Map<String, Double> weights, double threshold) {
        Objects.requireNonNull(weights, "weights");
        return new AttributionFilter(weights, threshold);
    }

    /** The filter shipped with Concord (trained on PolNeAR train); loaded once. */
    public static AttributionFilter standard() {
        return STANDARD.get();
    }

    /**
     * Reads a table written by {@link #write}: {@code # } comment lines, one {@code threshold TAB p} line, then
     * {@code feature TAB weight} lines.
     */
    public static AttributionFilter read(InputStream in) throws IOException {
        WeightTable t = WeightTable.read(in, "attribution filter", v -> v > 0 && v < 1, "(0, 1)");
        return new AttributionFilter(t.weights(), t.threshold());
    }

    /** The estimated probability that a candidate with these features is an attribution. */
    public double probability(Collection<String> features) {
        return table.probability(features);
    }

    /** The probability a candidate must reach to be kept. */
    public double threshold() {
        return threshold;
    }

    /** The same weights with another threshold. */
    public AttributionFilter withThreshold(double t) {
        return new AttributionFilter(table.weights(), t);
    }

    /** The number of weighted features (for provenance and tests). */
    public int size() {
        return table.weights().size();
    }

    /**
     * The candidates kept: per group the most probable one, if it reaches the threshold; then, most probable first,
     * those whose content does not overlap a kept one (an
     * {@link AttributionCandidate#EXTRA} clause never overlaps another kept candidate; the rules' own ones may nest). In text order.
     */
    public List<QuoteMention> select(List<AttributionCandidate> candidates) {
        Map<Integer, AttributionCandidate> best = new TreeMap<>();
        Map<Integer, Double> bestP = new HashMap<>();
        for (AttributionCandidate c : candidates) {
            double p = probability(c.features());
            if (p >= threshold && p > bestP.getOrDefault(c.group(), -1.0)) {
                best.put(c.group(), c);
                bestP.put(c.group(), p);
            }
        }
        List<AttributionCandidate> order = new ArrayList<>(best.values());
        order.sort(Comparator.comparingDouble((AttributionCandidate c) -> -bestP.get(c.group()))
                .thenComparingInt(c -> c.mention().start()).thenComparingInt(c -> c.mention().end()));
        List<AttributionCandidate> kept = new ArrayList<>();
        for (AttributionCandidate c : order) {
            QuoteMention m = c.mention();
            boolean clash = false;
            for (AttributionCandidate k : kept) {
                boolean extra = c.origin().equals(AttributionCandidate.EXTRA)
                        || k.origin().equals(AttributionCandidate.EXTRA);
                if (extra && m.start() < k.mention().end() && k.mention().start() < m.end()) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                kept.add(c);
            }
        }
        List<QuoteMention> out = new ArrayList<>();
        for (AttributionCandidate c : kept) {
            out.add(c.mention());
        }
        out.sort(Comparator.comparingInt(QuoteMention::start).thenComparingInt(QuoteMention::end));
        return out;
    }

    /** Writes the table: the provenance as comments, the threshold, then the weights sorted by feature. */
    public void write(Writer out, String provenance) throws IOException {
        table.write(out, List.of(provenance.split("\n")), "%.4f");
    }
}
