package org.concord.nlp;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import org.concord.annotate.Annotation;
import org.concord.annotate.TextAnnotator;

/**
 * Concord's default annotator ({@link CoreNlpAnnotator#shared()}), with its models loaded only when a document
 * first needs them: a run whose documents all come from saved annotations, or that fails before annotating,
 * never waits for CoreNLP. {@link #name()} and {@link #version()} answer without loading.
 */
public final class LazyAnnotator implements TextAnnotator {
    private final Runnable loading;
    private final DoubleConsumer loaded;
    private volatile CoreNlpAnnotator inner;

    private LazyAnnotator(Runnable loading, DoubleConsumer loaded) {
        this.loading = Objects.requireNonNull(loading, "loading");
        this.loaded = Objects.requireNonNull(loaded, "loaded");
    }

    /**
     * The shared default pipeline, loaded on first use; {@code loading} runs just before the models load and
     * {@code loaded} hears the seconds it took (both once, on the thread that loads).
     */
    public static LazyAnnotator shared(Runnable loading, DoubleConsumer loaded) {
        return new LazyAnnotator(loading, loaded);
    }

    /** Whether the models have been loaded. */
    public boolean isLoaded() {
        return inner != null;
    }

    private CoreNlpAnnotator get() {
        CoreNlpAnnotator a = inner;
        if (a == null) {
            synchronized (this) {
                a = inner;
                if (a == null) {
                    loading.run();
                    long t0 = System.nanoTime();
                    a = CoreNlpAnnotator.shared();
                    loaded.accept((System.nanoTime() - t0) / 1e9);
                    inner = a;
                }
            }
        }
        return a;
    }

    /** Loads the models now, if no document has loaded them yet. */
    @Override
    public void prepare() {
        get();
    }

    @Override
    public Annotation annotate(String text, LocalDate documentDate) {
        return get().annotate(text, documentDate);
    }

    @Override
    public String name() {
        return "corenlp-" + CoreNlpAnnotator.VERSION;
    }

    @Override
    public String version() {
        return CoreNlpAnnotator.defaultVersion();
    }
}
