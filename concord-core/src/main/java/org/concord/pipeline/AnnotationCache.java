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

    /** No cache: every document is annotated. */
    static AnnotationCache none() {
        return (docId, text, date, compute, annotator) -> compute.apply(text, date);
    }
}
