package org.concord.eval.timex;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Global (micro-averaged) counts of the TempEval-3 timex scoring: gold and system timexes, strict and relaxed extent
 * matches, and matched pairs whose type / value strings are equal. Counts of several documents add up.
 */
public record TimexCounts(int gold, int system, int strict, int relaxed, int typeCorrect, int valueCorrect) {
    public static final TimexCounts ZERO = new TimexCounts(0, 0, 0, 0, 0, 0);

    public TimexCounts {
        if (gold < 0 || system < 0 || strict < 0 || relaxed < strict || relaxed > Math.min(gold, system)
                || typeCorrect > relaxed || valueCorrect > relaxed || typeCorrect < 0 || valueCorrect < 0) {
            throw new IllegalArgumentException("inconsistent timex counts: gold=" + gold + " system=" + system
                    + " strict=" + strict + " relaxed=" + relaxed + " type=" + typeCorrect + " value=" + valueCorrect);
        }
    }

    public TimexCounts plus(TimexCounts o) {
        return new TimexCounts(gold + o.gold, system + o.system, strict + o.strict, relaxed + o.relaxed,
                typeCorrect + o.typeCorrect, valueCorrect + o.valueCorrect);
    }

    /**
     * The TempEval-3 figures (UzZaman et al. 2013, "SemEval-2013 Task 1: TempEval-3", section 5.1): precision =
     * matches / system timexes, recall = matches / gold timexes, F1 their harmonic mean, for strict and relaxed
     * extents; for an attribute, correct = relaxed pairs with an equal attribute, accuracy = correct / relaxed
     * matches, attribute P and R = correct / system and correct / gold, so attribute F1 = accuracy x relaxed F1.
     * Also the counts {@code gold_timexes} and {@code system_timexes}. An empty denominator gives 0.
     */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        prf(m, "strict", strict);
        prf(m, "relaxed", relaxed);
        prf(m, "type", typeCorrect);
        m.put("type_accuracy", ratio(typeCorrect, relaxed));
        prf(m, "value", valueCorrect);
        m.put("value_accuracy", ratio(valueCorrect, relaxed));
        m.put("gold_timexes", (double) gold);
        m.put("system_timexes", (double) system);
        return m;
    }

    private void prf(Map<String, Double> m, String prefix, int correct) {
        double p = ratio(correct, system);
        double r = ratio(correct, gold);
        m.put(prefix + "_precision", p);
        m.put(prefix + "_recall", r);
        m.put(prefix + "_f1", p + r == 0 ? 0.0 : 2 * p * r / (p + r));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }
}
