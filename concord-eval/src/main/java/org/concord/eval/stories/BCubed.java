package org.concord.eval.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering of items against gold clusters (Bagga and Baldwin 1998), as the
 * reference CoNLL-2012 scorer computes it with singletons: per item, the share of its predicted cluster that is in
 * its gold cluster (precision) and the share of its gold cluster in its predicted cluster (recall), averaged.
 */
public final class BCubed {
    private BCubed() {
    }

    public record Score(double precision, double recall, double f1) {}

    /** {@code predicted.get(i)} and {@code gold.get(i)} are item i's cluster labels. */
    public static Score score(List<String> predicted, List<String> gold) {
        if (predicted.size() != gold.size()) {
            throw new IllegalArgumentException("predicted and gold differ in size: " + predicted.size() + " vs "
                    + gold.size());
        }
        int n = predicted.size();
        if (n == 0) {
            return new Score(0, 0, 0);
        }
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (int i = 0; i < n; i++) {
            predSize.merge(predicted.get(i), 1, Integer::sum);
            goldSize.merge(gold.get(i), 1, Integer::sum);
            both.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < n; i++) {
            double inter = both.get(predicted.get(i) + "\u0000" + gold.get(i));
            p += inter / predSize.get(predicted.get(i));
            r += inter / goldSize.get(gold.get(i));
        }
        p /= n;
        r /= n;
        return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
