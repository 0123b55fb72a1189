package org.concord.pipeline;

import java.util.Map;
import org.concord.model.Report;

/**
 * The result of one analysis: the report, and how it was made (per-stage time in seconds, summed over threads;
 * token count; the annotator used; what was computed and what reused) for progress lines and benchmarks.
 */
public record Analysis(Report report, Map<String, Double> stageSeconds, long tokens, String annotator,
                       Counts counts) {
    public Analysis {
        stageSeconds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageSeconds));
    }

    /**
     * What a run did: documents in the report, documents the annotator annotated (the rest came from the
     * annotation cache), stories analysed, and stories kept unchanged from an earlier report.
     */
    public record Counts(int documents, long annotated, int storiesAnalysed, int storiesReused) {}
}
