package org.concord.annotate;

/** A cleaned document with its annotation. */
public record AnnotatedDocument(org.concord.model.Document document, Annotation annotation) implements java.io.Serializable {
    public String text() {
        return document.text();
    }

    public String id() {
        return document.id();
    }
}
