package org.concord.pipeline;

import java.util.Map;
import org.concord.model.Report;

/**
 * The result of one analysis: the report, and how it was made (per-stage wall time in seconds, token count,
 * the annotator used) for progress lines and benchmarks.
 */
public record Analysis(Report report, Map<String, Double> stageSeconds, long tokens, String annotator) {
    public Analysis {
        stageSeconds = Map.copyOf(stageSeconds);
    }
}
