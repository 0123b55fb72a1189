package org.concord.pipeline;

import java.lang.ref.SoftReference;
import java.util.List;
import java.util.Objects;
import org.concord.annotate.AnnotatedDocument;
import org.concord.quote.QuoteMention;
import org.concord.quote.QuoteStep;
import java.util.concurrent.ConcurrentHashMap;
import org.concord.annotate.Annotation;
import org.concord.model.Document;

/**
 * The per-document outputs of earlier analyses ({@code clean}, {@code annotate}, {@code signature},
 * {@code features}), kept between calls to {@link Concord#update(org.concord.model.Report, java.util.List,
 * java.util.List)}, so that a round costs what its new documents cost rather than what the archive costs. A server
 * keeps one for its lifetime and gives it to every {@link Concord} it builds ({@link Concord.Builder#documentOutputs}).
 *
 * <p>An entry is used only for a document that enters as it entered when the entry was made: the same id, an equal
 * {@link Document} (text, title, outlet, date as given, ...) and the same annotator version; anything else is a
 * miss and the document goes through the stages again, which replaces the entry. The outputs belong to one configuration (annotator, document
 * budget): a caller that changes it uses a new store. Only documents that went through
 * every stage with nothing left undone are kept (a refused or noted document runs again each time, as it would
 * without this cache), so what a hit gives is exactly what the stages give.
 *
 * <p>The document, its signature, its features and its token count are held strongly; its annotation only softly
 * (it is by far the largest part): the per-story stages read annotations only for the stories they analyse again,
 * and an annotation the collector took is made again through the annotation cache
 * ({@link Concord.Builder#annotationCache}), as an uncached run would. Thread-safe.
 */
public final class DocumentOutputs {
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    private DocumentOutputs() {
    }

    /** An empty store, held in memory. */
    public static DocumentOutputs inMemory() {
        return new DocumentOutputs();
    }

    /**
     * One document's outputs: what entered the stages ({@code input}, an earlier report's clean document), the
     * annotator version, the result without its annotation, its token count and its annotation (soft).
     */
    record Entry(Document input, String annotator, DocumentWork output, long tokens,
                 SoftReference<Annotation> annotation) {}

    /** The outputs for {@code input} made by {@code annotator}, with the annotation stripped; null on a miss. */
    Entry get(Document input, String annotator) {
        Entry e = entries.get(input.id());
        return e != null && e.annotator().equals(annotator) && e.input().equals(input) ? e : null;
    }

    /**
     * Keeps {@code output}, what the stages made of a document, under its clean document (what the cleaning stage
     * gave, and what an earlier report's document enters as); ignored unless it went through cleanly.
     */
    void put(String annotator, DocumentWork output) {
        if (output.note() != null || output.document() == null || output.annotation() == null
                || output.signature() == null || output.features() == null) {
            return;
        }
        Annotation a = output.annotation();
        entries.put(output.id(), new Entry(output.document(), Objects.requireNonNull(annotator),
                output.withAnnotation(null), a.tokenCount(), new SoftReference<>(a)));
    }

    /** One document's statements, kept for the text and the very annotation they were read from. */
    private record Statements(String text, java.lang.ref.WeakReference<Annotation> annotation,
                              List<QuoteMention> mentions) {}

    private final ConcurrentHashMap<String, Statements> statements = new ConcurrentHashMap<>();

    /**
     * A story member's statements ({@link QuoteStep#mentions}), a function of its id, text and annotation: kept,
     * and given back while the member has the same text and the same annotation object; read again otherwise.
     */
    List<QuoteMention> mentions(AnnotatedDocument d) {
        Statements s = statements.get(d.id());
        if (s != null && s.text().equals(d.text()) && s.annotation().get() == d.annotation()) {
            return s.mentions();
        }
        List<QuoteMention> made = List.copyOf(QuoteStep.mentions(d));
        statements.put(d.id(), new Statements(d.text(), new java.lang.ref.WeakReference<>(d.annotation()), made));
        return made;
    }

    /** Forgets a document (it was replaced, or left the store). */
    public void remove(String id) {
        entries.remove(id);
        statements.remove(id);
    }

    /** Drops every held annotation, as the collector may (tests use it to take the path that makes them again). */
    void forgetAnnotations() {
        entries.replaceAll((id, e) -> new Entry(e.input(), e.annotator(), e.output(), e.tokens(),
                new SoftReference<>(null)));
    }

    /** How many documents are held. */
    public int size() {
        return entries.size();
    }
}
