package org.concord.annotate;

import java.time.LocalDate;

/**
 * Concord's interface to a linguistic annotator (sentences, tokens, lemmas, entities, temporal expressions).
 * Implementations are thread-safe: one instance is built once and shared by worker threads.
 */
public interface TextAnnotator {
    /** Annotates {@code text}; {@code documentDate} (may be null) anchors relative dates. */
    Annotation annotate(String text, LocalDate documentDate);

    /** A short name for provenance, e.g. "corenlp-4.5.10". Cheap: never loads models. */
    String name();

    /**
     * What saved annotations are keyed by: changes whenever the same text could be annotated differently (another
     * model, other settings, another conversion). Cheap: never loads models. By default the {@link #name()}.
     */
    default String version() {
        return name();
    }

    /**
     * Loads whatever the annotator loads lazily (models), so that a caller timing {@link #annotate} does not count
     * the loading as the document's time. Idempotent and thread-safe; by default nothing to do.
     */
    default void prepare() {
    }
}
