package org.concord.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.concord.annotate.Annotation;
import org.concord.annotate.TextAnnotator;

/**
 * A folder of annotations, one file per document and annotator, so that re-analysing an unchanged document never
 * annotates it again. A stored annotation is used only when the document id, the annotator's name, the text (by its
 * SHA-256) and the document date all match the ones it was made from; anything else is a miss, and the next
 * {@link #put} overwrites the file.
 *
 * <pre>{@code
 * AnnotationStore store = AnnotationStore.open(Path.of("cache/annotations"), warnings::add);
 * Annotation a = store.annotate(doc.id(), doc.text(), doc.date(), annotator); // annotates on a miss only
 * log.printf("annotation cache: %d hits, %d misses, %d written%n", store.hits(), store.misses(), store.writes());
 * }</pre>
 *
 * <p>Layout: {@code DIR/<annotator>/<ab>/<id>-<hash>.ann}, where {@code <annotator>} and {@code <id>} are the
 * annotator name and the document id with every character outside {@code [A-Za-z0-9._-]} replaced by '_' (cut to
 * 64 characters; a changed annotator name also gets a hash), {@code <hash>} is 16 hex digits of the SHA-256 of the
 * raw id, and {@code <ab>} its first two, so any id is a safe file name and distinct ids never share a file. The file
 * format (see {@code AnnotationCodec}) is a header with the format version, id, annotator, text digest and
 * date, then a compact, checksummed, deflated body.
 *
 * <p>Thread-safe: one store serves concurrent lookups and writes of different documents. Writes go to a temporary
 * file in the same folder that is then moved into place atomically, so a reader sees the old file, the new one or
 * none, never half of one. A damaged, truncated or unreadable file is a miss, never an exception. When the folder
 * cannot be written (created, or a file written in it) the store gives one warning to the sink given at
 * {@link #open(Path, Consumer)} and goes on without writing; the run is never stopped by its cache.
 */
public final class AnnotationStore {
    private static final String SUFFIX = ".ann";
    private static final int MAX_NAME = 64;
    private static final AnnotationStore NONE = new AnnotationStore(null, w -> { });

    private final Path dir;
    private final Consumer<String> warnings;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private final AtomicBoolean warned = new AtomicBoolean();
    private volatile boolean writable;

    private AnnotationStore(Path dir, Consumer<String> warnings) {
        this.dir = dir;
        this.warnings = warnings;
        this.writable = dir != null;
    }

    /**
     * The store in {@code dir}, created if missing. If it cannot be created the store warns once through
     * {@code warnings} and every lookup is a miss; this method never throws for an unusable folder.
     */
    public static AnnotationStore open(Path dir, Consumer<String> warnings) {
        AnnotationStore store = new AnnotationStore(Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize(),
                Objects.requireNonNull(warnings, "warnings"));
        try {
            Files.createDirectories(store.dir);
        } catch (IOException | SecurityException e) {
            store.unwritable(e);
        }
        return store;
    }

    /** {@link #open(Path, Consumer)} with warnings printed to standard error. */
    public static AnnotationStore open(Path dir) {
        return open(dir, w -> System.err.println("warning: " + w));
    }

    /** No cache: every lookup is a miss (counted) and nothing is written. */
    public static AnnotationStore none() {
        return NONE;
    }

    /** The folder of this store, or empty for {@link #none()}. */
    public Optional<Path> dir() {
        return Optional.ofNullable(dir);
    }

    /**
     * The stored annotation of document {@code docId} when it was made by {@code annotator} (a
     * {@link TextAnnotator#name()}) from exactly this {@code text} and {@code date} (may be null); empty otherwise,
     * also when the file is missing, damaged or unreadable. Counts a hit or a miss.
     */
    public Optional<Annotation> get(String docId, String text, LocalDate date, String annotator) {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(annotator, "annotator");
        Annotation a = dir == null ? null : read(file(docId, annotator), header(docId, text, date, annotator), text);
        (a == null ? misses : hits).incrementAndGet();
        return Optional.ofNullable(a);
    }

    /**
     * Stores {@code annotation} as the one {@code annotator} made for document {@code docId} from {@code text} and
     * {@code date} (may be null), replacing what was stored for that id and annotator. Counts a write when the file
     * was written; a failure to write warns once and disables writing, it never throws.
     */
    public void put(String docId, String text, LocalDate date, String annotator, Annotation annotation) {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(annotation, "annotation");
        if (!writable) {
            return;
        }
        byte[] bytes = AnnotationCodec.encode(header(docId, text, date, annotator), text, annotation);
        Path target = file(docId, annotator);
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "tmp-", ".part");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            writes.incrementAndGet();
        } catch (IOException | SecurityException e) {
            unwritable(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a stray temporary file is harmless: it never has the .ann suffix
                }
            }
        }
    }

    /**
     * The annotation of document {@code docId}: the stored one if {@link #get} finds it, else
     * {@code annotator.annotate(text, date)}, which is then {@link #put} in the store. Only {@code annotator.name()}
     * is called on a hit.
     */
    public Annotation annotate(String docId, String text, LocalDate date, TextAnnotator annotator) {
        String name = annotator.name();
        Optional<Annotation> stored = get(docId, text, date, name);
        if (stored.isPresent()) {
            return stored.get();
        }
        Annotation a = annotator.annotate(text, date);
        put(docId, text, date, name, a);
        return a;
    }

    /** Lookups that found a usable annotation. */
    public long hits() {
        return hits.get();
    }

    /** Lookups that found none (missing, stale, damaged, or no cache). */
    public long misses() {
        return misses.get();
    }

    /** Annotations written. */
    public long writes() {
        return writes.get();
    }

    @Override
    public String toString() {
        return "AnnotationStore[" + (dir == null ? "none" : dir) + ", hits=" + hits + ", misses=" + misses
                + ", writes=" + writes + "]";
    }

    /** The file of a document id and annotator name (it may not exist). */
    Path file(String docId, String annotator) {
        String idHash = hex(AnnotationCodec.sha256(docId)).substring(0, 16);
        return dir.resolve(folderName(annotator)).resolve(idHash.substring(0, 2))
                .resolve(safe(docId) + "-" + idHash + SUFFIX);
    }

    private static String folderName(String annotator) {
        String safe = safe(annotator);
        return safe.equals(annotator) ? safe : safe + "-" + hex(AnnotationCodec.sha256(annotator)).substring(0, 8);
    }

    /** {@code s} with characters outside [A-Za-z0-9._-] replaced by '_', no leading dot, at most 64 chars. */
    static String safe(String s) {
        int n = Math.min(s.length(), MAX_NAME);
        StringBuilder b = new StringBuilder(Math.max(n, 1));
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.' && i > 0;
            b.append(ok ? c : '_');
        }
        return b.length() == 0 ? "_" : b.toString();
    }

    private static AnnotationCodec.Header header(String docId, String text, LocalDate date, String annotator) {
        return new AnnotationCodec.Header(docId, annotator, AnnotationCodec.sha256(text), date, text.length());
    }

    private static Annotation read(Path f, AnnotationCodec.Header expected, String text) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (IOException | SecurityException e) {
            return null; // missing (NoSuchFileException) or unreadable
        }
        try {
            AnnotationCodec.In in = AnnotationCodec.open(bytes);
            if (!AnnotationCodec.readHeader(in).matches(expected)) {
                return null;
            }
            return AnnotationCodec.readBody(in, text);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void unwritable(Exception e) {
        writable = false;
        if (warned.compareAndSet(false, true)) {
            warnings.accept("annotation cache " + dir + " is not writable (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); continuing without storing annotations");
        }
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
