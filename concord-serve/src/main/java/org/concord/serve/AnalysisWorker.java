package org.concord.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.concord.ingest.RawArticle;
import org.concord.model.Report;
import org.concord.model.Skipped;
import org.concord.pipeline.Analysis;
import org.concord.pipeline.Concord;

/**
 * Drains the work queue in the store: each round takes the oldest open work, continues the store's report with
 * those documents ({@link Concord#update(Report, List, List)}: only the stories they touch are analysed again) and
 * commits the new stories together with the closing of that work. Work is closed only by that commit, so after a
 * crash or a restart the same documents are taken again and nothing is analysed twice into the store.
 *
 * <p>A round that fails is split into one round per document, so that one bad document does not hold back the
 * others; a document that fails {@link #MAX_ATTEMPTS} times is marked failed with the reason.
 */
final class AnalysisWorker implements AutoCloseable {
    static final int MAX_ATTEMPTS = 3;
    private final DocumentStore documents;
    private final StoryStore stories;
    private final Supplier<Concord> engine;
    private final Supplier<SpeakerFixes> speakers;
    private final java.util.function.Function<List<Long>, java.util.Set<String>> withdrawnSpeakerQuotes;
    private final int batchSize;
    private final Consumer<String> log;
    private final Consumer<StoryStore.Committed> committed;
    private final ServeMetrics metrics;
    private final Object lock = new Object();
    private final Thread thread;
    private volatile boolean running = true;
    private boolean wakeUp;
    private boolean idle;
    /** The store's report as the last round committed it, and that analysis's id (rounds run on one thread). */
    private Report held;
    private long heldAnalysis = -1;

    AnalysisWorker(DocumentStore documents, StoryStore stories, Supplier<Concord> engine,
                   Supplier<SpeakerFixes> speakers,
                   java.util.function.Function<List<Long>, java.util.Set<String>> withdrawnSpeakerQuotes,
                   int batchSize, Consumer<String> log, Consumer<StoryStore.Committed> committed,
                   ServeMetrics metrics) {
        this.documents = documents;
        this.stories = stories;
        this.engine = engine;
        this.speakers = speakers;
        this.withdrawnSpeakerQuotes = withdrawnSpeakerQuotes;
        this.batchSize = batchSize;
        this.log = log;
        this.committed = committed;
        this.metrics = metrics;
        this.thread = new Thread(this::loop, "concord-worker");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Tells the worker new work is queued. */
    void wake() {
        synchronized (lock) {
            wakeUp = true;
            idle = false;
            lock.notifyAll();
        }
    }

    /**
     * Waits until the queue is empty and no round is running, at most {@code max}; whether it is. (Tests and
     * benchmarks wait on this instead of sleeping.)
     */
    boolean awaitIdle(Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        synchronized (lock) {
            while (!idle) {
                long left = end - System.nanoTime();
                if (left <= 0 || !running) {
                    return idle;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    private void loop() {
        while (running) {
            List<DocumentStore.WorkItem> work;
            try {
                work = documents.openWork(batchSize);
            } catch (RuntimeException e) {
                log.accept("worker: cannot read the queue: " + e.getMessage());
                pause(1000);
                continue;
            }
            if (work.isEmpty()) {
                synchronized (lock) {
                    if (!wakeUp) {
                        idle = true;
                        lock.notifyAll();
                        try {
                            lock.wait(1000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                    wakeUp = false;
                }
                continue;
            }
            if (!round(work) && work.size() > 1) {
                for (DocumentStore.WorkItem w : work) {
                    if (running) {
                        round(List.of(w));
                    }
                }
            }
        }
    }

    /** One round over {@code work}; false when it failed (the failure is recorded against one-item rounds only). */
    private boolean round(List<DocumentStore.WorkItem> work) {
        long t0 = System.nanoTime();
        try {
            Map<String, List<DocumentStore.WorkItem>> byDoc = new LinkedHashMap<>();
            // work without a document was queued by a correction: a round with no new document applies it
            work.stream().filter(w -> w.documentId() != null)
                    .forEach(w -> byDoc.computeIfAbsent(w.documentId(), k -> new ArrayList<>()).add(w));
            Map<String, DocumentInput> inputs = documents.inputs(new ArrayList<>(byDoc.keySet()));
            List<RawArticle> articles = new ArrayList<>();
            List<Skipped> skipped = new ArrayList<>();
            for (Map.Entry<String, DocumentInput> e : inputs.entrySet()) {
                try {
                    articles.add(e.getValue().article());
                } catch (IllegalArgumentException ex) {
                    skipped.add(new Skipped(DocumentInput.BASE + "/" + e.getKey(), ex.getMessage()));
                }
            }
            Report previous = previousReport();
            long tRead = System.nanoTime();
            if (previous == null && articles.isEmpty() && skipped.isEmpty()) {
                documents.closeWithoutAnalysis(work); // corrections, and nothing analysed yet to apply them to
                return true;
            }
            Concord concord = engine.get();
            Analysis made = previous == null ? concord.analyzeArticles(articles, skipped)
                    : concord.update(storiesOfWithdrawnSpeakersAgain(previous, work), articles, skipped);
            Analysis a = new Analysis(speakers.get().apply(made.report()), made.stageSeconds(), made.tokens(),
                    made.annotator(), made.counts());
            long tAnalysed = System.nanoTime();
            double seconds = (tAnalysed - t0) / 1e9;
            StoryStore.Committed c;
            try {
                c = stories.commit(previous, a, seconds, work);
            } catch (RuntimeException e) {
                held = null; // the store may hold what was there before, or (a lost answer) the new report
                throw e;
            }
            held = StoryStore.asStored(a.report());
            heldAnalysis = c.analysisId();
            long tCommitted = System.nanoTime();
            metrics.analysis(a, seconds);
            committed.accept(c);
            long tIndexed = System.nanoTime();
            log.accept(String.format(java.util.Locale.ROOT, "analysed %d new documents in %.1fs: %d documents, "
                    + "%d stories (%d analysed, %d unchanged), %d annotated; round %.2fs: read %.2fs, analyse "
                    + "%.2fs (%s), commit %.2fs, index %.2fs", byDoc.size(), seconds,
                    a.report().documents().size(), a.report().stories().size(), a.counts().storiesAnalysed(),
                    a.counts().storiesReused(), a.counts().annotated(), (tIndexed - t0) / 1e9,
                    (tRead - t0) / 1e9, (tAnalysed - tRead) / 1e9, stageTimes(a), (tCommitted - tAnalysed) / 1e9,
                    (tIndexed - tCommitted) / 1e9));
            return true;
        } catch (RuntimeException e) {
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            log.accept("worker: analysis of " + work.size() + " documents failed: " + reason);
            metrics.failedRound();
            if (work.size() == 1) {
                try {
                    documents.failed(work, reason, MAX_ATTEMPTS);
                } catch (RuntimeException e2) {
                    log.accept("worker: cannot record the failure: " + e2.getMessage());
                    pause(1000);
                }
            }
            return false;
        }
    }

    /**
     * {@code previous} with the stories that hold a quote whose speaker correction this round's work withdraws
     * marked for analysis again (as an incomplete story is): a stored story carries the corrected speaker, not the
     * one it replaced. They stay in the report, so their grouping and ids hold.
     */
    private Report storiesOfWithdrawnSpeakersAgain(Report previous, List<DocumentStore.WorkItem> work) {
        List<Long> corrections = work.stream().map(DocumentStore.WorkItem::correctionId)
                .filter(java.util.Objects::nonNull).toList();
        java.util.Set<String> quotes = corrections.isEmpty() ? java.util.Set.of()
                : withdrawnSpeakerQuotes.apply(corrections);
        if (quotes.isEmpty()) {
            return previous;
        }
        org.concord.model.Provenance p = previous.analysis();
        if (p == null) {
            return previous;
        }
        java.util.Set<String> again = new java.util.TreeSet<>(p.incompleteStories());
        previous.stories().stream().filter(s -> s.quotes().stream().anyMatch(q -> quotes.contains(q.id())))
                .forEach(s -> again.add(s.id()));
        return new Report(previous.schema(), previous.documents(), previous.stories(), previous.skipped(),
                new org.concord.model.Provenance(p.concord(), p.annotator(), p.summaryWords(), p.ids(),
                        List.copyOf(again), p.minConfidence()));
    }

    /**
     * The report the store holds: the one the last round committed, unless another analysis was stored since (an
     * import), in which case it is read again. The same report {@link StoryStore#currentReport()} reads, without
     * reading every document back each round.
     */
    private Report previousReport() {
        long last = stories.lastAnalysis();
        if (held != null && last == heldAnalysis) {
            return held;
        }
        Report r = stories.currentReport();
        held = r;
        heldAnalysis = r == null ? -1 : last;
        return r;
    }

    /** The stage times of an analysis over 0.05 s, for the log ("annotate 1.20s, cluster 0.31s, ..."). */
    private static String stageTimes(Analysis a) {
        StringBuilder b = new StringBuilder();
        a.stageSeconds().forEach((k, v) -> {
            if (v >= 0.05) {
                b.append(b.length() == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%s %.2fs", k, v));
            }
        });
        return b.toString();
    }

    private void pause(long ms) {
        synchronized (lock) {
            try {
                lock.wait(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops after the current round (a round cut short by a stop is simply taken again on the next start). */
    @Override
    public void close() {
        running = false;
        synchronized (lock) {
            lock.notifyAll();
        }
        try {
            thread.join(Duration.ofMinutes(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
