package org.concord.pipeline;

import java.time.LocalDate;
import java.util.function.BiFunction;
import org.concord.annotate.Annotation;

/**
 * Where the {@code annotate} stage gets an annotation: computed each time ({@link #none()}), or read back from
 * saved annotations when the document, its date and the annotator are unchanged.
 */
@FunctionalInterface
public interface AnnotationCache {
    /**
     * The annotation of document {@code docId} with text {@code text} anchored at {@code date} (may be null) by
     * the annotator named {@code annotator}; {@code compute} makes it when none is saved.
     */
    Annotation annotate(String docId, String text, LocalDate date, BiFunction<String, LocalDate, Annotation> compute,
                        String annotator);

    /** Annotations saved in {@code store}: read back when saved, else computed and saved. */
    static AnnotationCache of(org.concord.store.AnnotationStore store) {
        java.util.Objects.requireNonNull(store, "store");
        return (docId, text, date, compute, annotator) -> store.get(docId, text, date, annotator).orElseGet(() -> {
            Annotation a = compute.apply(text, date);
            store.put(docId, text, date, annotator, a);
            return a;
        });
    }

    /** No cache: every document is annotated. */
    static AnnotationCache none() {
        return (docId, text, date, compute, annotator) -> compute.apply(text, date);
    }
}
