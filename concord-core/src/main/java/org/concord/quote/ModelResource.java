package org.concord.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A table committed with Concord under {@code org/concord/quote/} (the cue lexicon, the attribution filter), read
 * once on first use and shared by every thread.
 */
final class ModelResource<T> {
    /** Reads the table from its stream. */
    @FunctionalInterface
    interface Parser<T> {
        T read(InputStream in) throws IOException;
    }

    private final String name;
    private final Parser<T> parser;
    private volatile T value;

    ModelResource(String name, Parser<T> parser) {
        this.name = name;
        this.parser = parser;
    }

    T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    try (InputStream in = ModelResource.class.getResourceAsStream(name)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource org/concord/quote/" + name);
                        }
                        v = parser.read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(new IOException("org/concord/quote/" + name + ": "
                                + e.getMessage(), e));
                    }
                    value = v;
                }
            }
        }
        return v;
    }
}
