package org.concord.eval;

import java.util.Map;
import java.util.TreeMap;

/**
 * One evaluation run, the JSON contract concord.eval/1 (field names are written in snake_case).
 * {@code tokensPerS} is null where no tokens were processed.
 */
public record EvalResult(String schema, String task, String data, String system, int n, Map<String, Double> metrics,
                         double elapsedS, Double tokensPerS) {
    public static final String SCHEMA = "concord.eval/1";

    public EvalResult {
        metrics = java.util.Collections.unmodifiableMap(new TreeMap<>(metrics));
    }

    public static EvalResult of(String task, String data, String system, int n, Map<String, Double> metrics,
                                double elapsedS, Double tokensPerS) {
        return new EvalResult(SCHEMA, task, data, system, n, metrics, elapsedS, tokensPerS);
    }
}
