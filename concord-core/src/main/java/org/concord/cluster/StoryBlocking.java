package org.concord.cluster;

/**
 * How the story step finds which documents to compare when the corpus is too large for all pairs
 * ({@link StoryBlocks}). Below {@code exactBelow} original documents the step compares all pairs
 * ({@link StoryClusterer#create()}), whose cost there is small; from it on, each document is compared only with the
 * documents that share one of its {@code keys} strongest terms and lie within {@code window} places of it in that
 * term's date order (the sorted-neighbourhood method of Hernández and Stolfo, "The merge/purge problem for large
 * databases", SIGMOD 1995). The candidate pairs per document are then at most {@code keys * 2 * window}, so the
 * step is linear in the corpus.
 *
 * @param keys       how many of its terms (by TF-IDF weight, names counted double) each document is blocked on
 * @param window     how many neighbours on each side in a term's date order a document is paired with
 * @param exactBelow corpora with fewer original documents than this are grouped over all pairs
 */
public record StoryBlocking(int keys, int window, int exactBelow) implements java.io.Serializable {
    /** The defaults, chosen on the story dev sets (docs/scaling.md). */
    public static final StoryBlocking DEFAULT = new StoryBlocking(30, 25, 5_000);

    public StoryBlocking {
        if (keys < 1) {
            throw new IllegalArgumentException("keys must be at least 1, got " + keys);
        }
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, got " + window);
        }
        if (exactBelow < 0) {
            throw new IllegalArgumentException("exactBelow must be at least 0, got " + exactBelow);
        }
    }

    /** The same keys and window, blocked whatever the corpus size (for evaluation and tests). */
    public StoryBlocking always() {
        return new StoryBlocking(keys, window, 0);
    }

    /** Whether a corpus of {@code originals} documents is blocked (else grouped over all pairs). */
    public boolean blocks(int originals) {
        return originals >= exactBelow;
    }
}
