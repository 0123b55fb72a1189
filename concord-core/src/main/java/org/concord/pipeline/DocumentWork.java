package org.concord.pipeline;

import java.util.Map;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Annotation;
import org.concord.cluster.NearDuplicates;
import org.concord.ingest.RawArticle;
import org.concord.model.Document;

/**
 * One document on its way through the per-document stages ({@link DocumentStage}): what it was read as, and what
 * each stage has added so far. A field is null until the stage that makes it has run ({@code raw} is null for a
 * document that enters already cleaned, as the documents of an earlier report do). Immutable: a stage returns a
 * new value.
 *
 * @param raw        the article as read ({@code read}), or null
 * @param document   the cleaned document ({@code clean})
 * @param annotation its linguistic annotation ({@code annotate})
 * @param signature  its near-duplicate signature ({@code signature})
 * @param features   its term counts for story clustering ({@code features})
 * @param note       what a stage left undone on it and why (the document goes on, and the report lists the reason
 *                   among the skipped inputs), or null: a non-English text is not annotated ({@code annotate})
 */
public record DocumentWork(RawArticle raw, Document document, Annotation annotation,
                           NearDuplicates.Signature signature, Map<String, Integer> features, String note)
        implements java.io.Serializable {
    public DocumentWork {
        // not Map.copyOf: its iteration order changes from one JVM to the next, and the TF-IDF norms are summed in
        // this map's order, so a copy would make cosines (and, at a tie, stories) differ between runs. A linked copy
        // keeps the order given, also through serialization (a HashMap read back may be sized differently and
        // iterate in another order), so a document sent to another machine (concord-spark) clusters the same.
        features = features == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(features));
    }

    /** An article as read, before any stage. */
    public static DocumentWork of(RawArticle raw) {
        return new DocumentWork(raw, null, null, null, null, null);
    }

    /** A document that is already clean (from an earlier report). */
    public static DocumentWork of(Document document) {
        return new DocumentWork(null, document, null, null, null, null);
    }

    /** The document's id (the raw article's before cleaning). */
    public String id() {
        return document != null ? document.id() : raw.id();
    }

    /** Where it came from, for messages. */
    public String source() {
        return document != null ? document.source() : raw.source();
    }

    public DocumentWork withDocument(Document d) {
        return new DocumentWork(raw, d, annotation, signature, features, note);
    }

    public DocumentWork withAnnotation(Annotation a) {
        return new DocumentWork(raw, document, a, signature, features, note);
    }

    public DocumentWork withSignature(NearDuplicates.Signature s) {
        return new DocumentWork(raw, document, annotation, s, features, note);
    }

    public DocumentWork withFeatures(Map<String, Integer> f) {
        return new DocumentWork(raw, document, annotation, signature, f, note);
    }

    /** The same document with a note of what a stage left undone, and why ({@link #note()}). */
    public DocumentWork withNote(String n) {
        return new DocumentWork(raw, document, annotation, signature, features, n);
    }

    /** The document with its annotation, as the per-story stages read it. */
    public AnnotatedDocument annotated() {
        if (document == null || annotation == null) {
            throw new IllegalStateException("document " + id() + " is not annotated yet");
        }
        return new AnnotatedDocument(document, annotation);
    }
}
