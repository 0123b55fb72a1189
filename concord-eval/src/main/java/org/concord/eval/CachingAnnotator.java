package org.concord.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;
import org.concord.annotate.Annotation;
import org.concord.annotate.TextAnnotator;
import org.concord.nlp.CoreNlpAnnotator;
import org.concord.store.AnnotationStore;

/**
 * A development aid for the evals that annotate with CoreNLP (timex, entities, events): when the system property
 * {@value #PROPERTY} names a folder, annotations are kept there in an {@link AnnotationStore}, so that runs which only
 * change what comes after annotation skip CoreNLP, and do not even load its models when every text is stored. The
 * document id in the store is a hash of the text and the date the annotator gets, so the dated and undated timex
 * systems keep their own entries; the annotations are filed under the annotator's version (its settings and
 * conversion, {@link CoreNlpAnnotator#defaultVersion()}), so a folder filled before the annotation changed is not
 * read back. The reported figures come from runs without it.
 */
public final class CachingAnnotator implements TextAnnotator {
    /** The system property that names the cache folder. */
    public static final String PROPERTY = "concord.timex.cache";

    private final String name;
    private final String version;
    private final Supplier<? extends TextAnnotator> inner;
    private final AnnotationStore store;
    private final TextAnnotator lazy = new TextAnnotator() {
        @Override
        public Annotation annotate(String text, LocalDate documentDate) {
            return loaded().annotate(text, documentDate);
        }

        @Override
        public String name() {
            return version;
        }
    };
    private volatile TextAnnotator loaded;

    private CachingAnnotator(String name, String version, Supplier<? extends TextAnnotator> inner,
                             AnnotationStore store) {
        this.name = name;
        this.version = version;
        this.inner = inner;
        this.store = store;
    }

    /** Concord's shared CoreNLP annotator, behind the cache when {@value #PROPERTY} is set. */
    public static TextAnnotator coreNlp() {
        return wrap("corenlp-" + CoreNlpAnnotator.VERSION, CoreNlpAnnotator.defaultVersion(), CoreNlpAnnotator::shared,
                System.getProperty(PROPERTY));
    }

    /**
     * {@code inner.get()} itself when {@code cacheDir} is null or blank, else a cache in that folder in front of it;
     * {@code name} is the inner annotator's {@link TextAnnotator#name()}, which is checked when it is first needed
     * (that is, on the first miss).
     */
    public static TextAnnotator wrap(String name, Supplier<? extends TextAnnotator> inner, String cacheDir) {
        return wrap(name, name, inner, cacheDir);
    }

    /**
     * As {@link #wrap(String, Supplier, String)}, with the saved annotations keyed by {@code version} (the inner
     * annotator's {@link TextAnnotator#version()}): annotations saved under other settings are never read back.
     */
    public static TextAnnotator wrap(String name, String version, Supplier<? extends TextAnnotator> inner,
                                     String cacheDir) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(inner, "inner");
        if (cacheDir == null || cacheDir.isBlank()) {
            return inner.get();
        }
        return new CachingAnnotator(name, version, inner, AnnotationStore.open(Path.of(cacheDir)));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Annotation annotate(String text, LocalDate documentDate) {
        return store.annotate(key(text, documentDate), text, documentDate, lazy);
    }

    /** The store behind this annotator (for its counters). */
    public AnnotationStore store() {
        return store;
    }

    private TextAnnotator loaded() {
        TextAnnotator a = loaded;
        if (a == null) {
            synchronized (this) {
                a = loaded;
                if (a == null) {
                    a = Objects.requireNonNull(inner.get(), "annotator");
                    if (!a.name().equals(name)) {
                        throw new IllegalStateException("cached annotator '" + name + "' is really '" + a.name() + "'");
                    }
                    loaded = a;
                }
            }
        }
        return a;
    }

    private static String key(String text, LocalDate date) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16) + (date == null ? "" : "@" + date);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
