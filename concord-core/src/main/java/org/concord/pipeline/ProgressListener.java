package org.concord.pipeline;

/** Receives progress of a long analysis; implementations must be thread-safe. */
public interface ProgressListener {
    /** {@code done} of {@code total} items of {@code stage} are finished ({@code total} is -1 when unknown). */
    void progress(String stage, int done, int total);

    /** A listener that ignores everything. */
    static ProgressListener none() {
        return (stage, done, total) -> { };
    }
}
