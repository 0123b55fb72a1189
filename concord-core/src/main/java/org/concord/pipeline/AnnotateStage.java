package org.concord.pipeline;

import java.util.Objects;
import java.util.Set;
import org.concord.annotate.Annotation;
import org.concord.annotate.TextAnnotator;
import org.concord.model.Document;

/**
 * {@code annotate}: sentences, tokens, lemmas, entities and temporal expressions of the cleaned text, anchored at
 * the document's own date. With an annotation cache, an unchanged document is read back instead of annotated.
 */
final class AnnotateStage implements DocumentStage {
    static final String NAME = "annotate";
    private final TextAnnotator annotator;
    private final AnnotationCache cache;

    AnnotateStage(TextAnnotator annotator, AnnotationCache cache) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> requires() {
        return Set.of(CleanStage.NAME);
    }

    @Override
    public String failure() {
        return "annotation failed";
    }

    @Override
    public DocumentWork apply(DocumentWork in) {
        Document d = in.document();
        Annotation a = cache.annotate(d.id(), d.text(), d.publishedDate(), annotator::annotate, annotator.version());
        return in.withAnnotation(a);
    }
}
