package org.concord.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.concord.ingest.IngestOptions;
import org.concord.model.Skipped;

/**
 * The watched folder ({@code serve --watch DIR}), scanned by polling: every regular file at the top of the folder
 * (not hidden, not named as still being written: {@code .part}, {@code .tmp}, {@code .partial}, {@code .crdownload},
 * {@code ~}) whose size and modification time are the same in two scans in a row is read as {@code analyze} reads
 * a file of that name (WARC and archives included; the same path as an upload). Its documents are stored and
 * queued in one transaction with the file's record (path, size, modification time, SHA-256; table
 * {@code watched_files}); then the file is moved to {@code DIR/.done}. A file no document could be read from is
 * recorded with the reason and moved to {@code DIR/.failed}. A file whose record exists (a crash after the commit,
 * before the move) is only moved: a restart never takes a file twice. A problem with one file never stops the scan.
 */
final class WatchFolder implements AutoCloseable {
    static final String INGESTED = "ingested";
    static final String FAILED = "failed";
    static final String DONE_DIR = ".done";
    static final String FAILED_DIR = ".failed";
    private static final List<String> IN_PROGRESS = List.of(".part", ".tmp", ".partial", ".crdownload", "~");

    private final Path dir;
    private final Database db;
    private final DocumentStore documents;
    private final Clock clock;
    private final Consumer<String> log;
    private final Runnable wakeWorker;
    private final SourceMetrics metrics;
    private final long everyMs;
    /** Size and modification time of each file at the last scan: a file is taken when they have not changed. */
    private final Map<String, List<Long>> seen = new HashMap<>();
    private final Set<String> unmovable = new HashSet<>();
    private final Object pause = new Object();
    private volatile boolean running;
    private Thread thread;

    WatchFolder(Path dir, Database db, DocumentStore documents, SourceOptions options, Consumer<String> log,
                Runnable wakeWorker, SourceMetrics metrics) {
        this.dir = dir.toAbsolutePath().normalize();
        this.db = db;
        this.documents = documents;
        this.clock = options.clock();
        this.log = log;
        this.wakeWorker = wakeWorker;
        this.metrics = metrics;
        this.everyMs = options.watchEvery().toMillis();
    }

    /** What one scan did: files ingested, files recorded as unreadable. */
    record Scan(int ingested, int failed) {}

    /** One scan of the folder (the step the watcher's thread repeats). */
    synchronized Scan scan() {
        List<Path> files;
        try (Stream<Path> all = Files.list(dir)) {
            files = all.filter(WatchFolder::candidate).sorted().toList();
        } catch (IOException e) {
            log.accept("watch: cannot list " + dir + ": " + e.getMessage());
            return new Scan(0, 0);
        }
        Set<String> present = new HashSet<>();
        int ingested = 0;
        int failed = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            present.add(name);
            try {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                if (!a.isRegularFile()) {
                    continue;
                }
                List<Long> now = List.of(a.size(), a.lastModifiedTime().toMillis());
                if (!now.equals(seen.put(name, now))) {
                    continue; // new or still changing: taken when the next scan finds it the same
                }
                String outcome = take(f, a.size(), a.lastModifiedTime().toMillis());
                if (INGESTED.equals(outcome)) {
                    ingested++;
                } else if (FAILED.equals(outcome)) {
                    failed++;
                }
            } catch (IOException | RuntimeException e) {
                // the file may be gone, or the store busy: tried again on the next scan
                log.accept("watch: " + name + ": not taken this time (" + FeedFetcher.describe(e) + ")");
            }
        }
        seen.keySet().retainAll(present);
        unmovable.retainAll(present);
        return new Scan(ingested, failed);
    }

    private static boolean candidate(Path p) {
        String n = p.getFileName().toString();
        String lower = n.toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && IN_PROGRESS.stream().noneMatch(lower::endsWith);
    }

    /** Takes one settled file; its outcome, or null when it was already recorded (or changed while read). */
    private String take(Path f, long size, long modifiedMs) throws IOException {
        String name = f.getFileName().toString();
        String path = f.toString();
        String sha = sha256(f);
        BasicFileAttributes after = Files.readAttributes(f, BasicFileAttributes.class);
        if (after.size() != size || after.lastModifiedTime().toMillis() != modifiedMs) {
            seen.remove(name);
            return null;
        }
        String recorded = Sql.read(db, c -> Sql.one(c, "SELECT outcome FROM watched_files WHERE sha256 = ? AND "
                + "size_bytes = ? AND modified_ms = ? AND file_path = ? ORDER BY id DESC", r -> r.getString(1), sha,
                size, modifiedMs, path));
        if (recorded != null) {
            move(f, recorded.equals(INGESTED) ? DONE_DIR : FAILED_DIR);
            return null;
        }
        Upload.Read read;
        String reason;
        try {
            read = Upload.readFile(f, IngestOptions.defaults());
            reason = read.documents().isEmpty() ? reasons(read.skipped()) : null;
        } catch (DocumentInput.Invalid e) {
            read = null;
            reason = String.join("; ", e.errors());
        } catch (RuntimeException e) {
            read = null;
            reason = "unreadable: " + FeedFetcher.describe(e);
        }
        if (reason != null) {
            String why = reason;
            Sql.tx(db, c -> record(c, path, size, modifiedMs, sha, FAILED, 0, 0, why));
            metrics.watchedFile(FAILED);
            log.accept("watch: " + name + ": no document read (" + why + "); moved to " + FAILED_DIR);
            move(f, FAILED_DIR);
            return FAILED;
        }
        List<Skipped> skipped = read.skipped();
        List<DocumentStore.Posted> posted = documents.post(read.documents(), (c, p) -> record(c, path, size,
                modifiedMs, sha, INGESTED, p.size(), (int) p.stream().filter(x -> x.state().equals(
                DocumentStore.QUEUED)).count(), skipped.isEmpty() ? null : reasons(skipped)));
        int queued = (int) posted.stream().filter(x -> x.state().equals(DocumentStore.QUEUED)).count();
        metrics.watchedFile(INGESTED);
        log.accept("watch: " + name + ": " + posted.size() + " document" + (posted.size() == 1 ? "" : "s") + " ("
                + queued + " queued)" + (skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped")
                + "; moved to " + DONE_DIR);
        if (queued > 0) {
            wakeWorker.run();
        }
        move(f, DONE_DIR);
        return INGESTED;
    }

    private Object record(java.sql.Connection c, String path, long size, long modifiedMs, String sha, String outcome,
                          int docs, int queued, String reason) throws java.sql.SQLException {
        Sql.update(c, "INSERT INTO watched_files (file_path, size_bytes, modified_ms, sha256, outcome, documents, "
                + "queued, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", path, size, modifiedMs, sha,
                outcome, docs, queued, reason, clock.instant());
        return null;
    }

    private static String reasons(List<Skipped> skipped) {
        if (skipped.isEmpty()) {
            return "no article in the file";
        }
        List<String> out = new ArrayList<>();
        for (Skipped s : skipped.subList(0, Math.min(5, skipped.size()))) {
            out.add(s.source() + ": " + s.reason());
        }
        return String.join("; ", out) + (skipped.size() > 5 ? "; and " + (skipped.size() - 5) + " more" : "");
    }

    /** Moves a taken file into {@code DIR/sub}, under a new name when that one is taken there. */
    private void move(Path f, String sub) {
        String name = f.getFileName().toString();
        try {
            Path to = Files.createDirectories(dir.resolve(sub));
            Path target = to.resolve(name);
            for (int i = 1; Files.exists(target); i++) {
                target = to.resolve(name + "~" + i);
            }
            try {
                Files.move(f, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(f, target);
            }
            seen.remove(name);
        } catch (IOException e) {
            if (unmovable.add(name)) {
                log.accept("watch: " + name + " is recorded but cannot be moved to " + sub + " ("
                        + FeedFetcher.describe(e) + "); it is not taken again");
            }
        }
    }

    static String sha256(Path f) throws IOException {
        try (InputStream raw = Files.newInputStream(f);
             DigestInputStream in = new DigestInputStream(raw, MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** Scans every {@code watchEvery} on a thread of its own. */
    void start() {
        running = true;
        thread = new Thread(() -> {
            while (running) {
                try {
                    scan();
                } catch (RuntimeException e) {
                    log.accept("watch: " + e.getMessage());
                }
                synchronized (pause) {
                    try {
                        if (running) {
                            pause.wait(everyMs);
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "concord-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the scans after the one under way (never interrupted: the store must not see an interrupt mid-write). */
    @Override
    public void close() {
        running = false;
        synchronized (pause) {
            pause.notifyAll();
        }
        if (thread != null) {
            try {
                thread.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
