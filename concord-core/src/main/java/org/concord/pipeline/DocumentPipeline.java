package org.concord.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.concord.model.Skipped;

/**
 * A chain of per-document stages ({@link DocumentStage}), the recipe shared by every worker: documents run
 * through it in parallel, each stage timed by name into a {@link StageTimes}. A document a stage rejects or fails
 * on leaves the run as a {@link Skipped} entry naming its source and the reason; the others go on. A document a
 * stage passes with a note ({@link DocumentWork#note()}: a non-English text not annotated) goes on, and its note is
 * a skipped entry as well, among those of that stage. Results come
 * back in input order, and skipped entries in stage order, then input order, whatever the threads did.
 */
public final class DocumentPipeline {
    private final List<DocumentStage> stages;

    private DocumentPipeline(List<DocumentStage> stages) {
        this.stages = List.copyOf(stages);
        Set<String> done = new HashSet<>();
        for (DocumentStage s : stages) {
            for (String r : s.requires()) {
                if (!done.contains(r)) {
                    throw new IllegalArgumentException("stage '" + s.name() + "' needs '" + r
                            + "' to run before it; stages: " + names());
                }
            }
            if (!done.add(s.name())) {
                throw new IllegalArgumentException("stage '" + s.name() + "' appears twice");
            }
        }
    }

    /** A chain of the given stages, in order; each stage's {@code requires} must run before it. */
    public static DocumentPipeline of(List<DocumentStage> stages) {
        return new DocumentPipeline(Objects.requireNonNull(stages, "stages"));
    }

    /**
     * Concord's chain: {@code clean}, {@code annotate} (with {@code annotator}, through {@code cache}),
     * {@code signature}, {@code features}. The chain {@code analyze} runs, and the one a server or a Spark job runs
     * on each document.
     */
    public static DocumentPipeline standard(org.concord.annotate.TextAnnotator annotator, AnnotationCache cache) {
        return standard(annotator, cache, DocumentBudget.none());
    }

    /**
     * Concord's chain, each document's annotation held to {@code budget}: a document past its token or time budget
     * leaves the run as a skipped entry naming the budget, and the others go on.
     */
    public static DocumentPipeline standard(org.concord.annotate.TextAnnotator annotator, AnnotationCache cache,
                                            DocumentBudget budget) {
        return of(List.of(new CleanStage(), new AnnotateStage(annotator, cache, budget), new SignatureStage(),
                new FeaturesStage()));
    }

    /** The stage names, in order. */
    public List<String> names() {
        return stages.stream().map(DocumentStage::name).toList();
    }

    /** What a run gives: the documents that went through every stage, and those that did not. */
    public record Result(List<DocumentWork> documents, List<Skipped> skipped) implements java.io.Serializable {
        public Result {
            documents = List.copyOf(documents);
            skipped = List.copyOf(skipped);
        }
    }

    /** Runs one document through the chain (on the calling thread). */
    public DocumentWork apply(DocumentWork in, StageTimes times) {
        DocumentWork w = in;
        for (DocumentStage s : stages) {
            long t = System.nanoTime();
            try {
                w = s.apply(w);
            } finally {
                times.since(s.name(), t);
            }
        }
        return w;
    }

    /**
     * Runs every document through the chain on {@code threads} threads; {@code progress} hears "annotate" (the
     * documents done so far) as documents finish.
     */
    public Result run(List<DocumentWork> inputs, int threads, StageTimes times, ProgressListener progress) {
        times.declare(names());
        int total = inputs.size();
        if (total == 0) {
            return new Result(List.of(), List.of());
        }
        AtomicInteger finished = new AtomicInteger();
        ExecutorService pool = Workers.pool("concord-document", threads, total);
        List<Outcome> outcomes = new ArrayList<>();
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (DocumentWork in : inputs) {
                futures.add(pool.submit(() -> {
                    Outcome o = attempt(in, times);
                    progress.progress("annotate", finished.incrementAndGet(), total);
                    return o;
                }));
            }
            for (Future<Outcome> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("document pipeline: " + e.getCause(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while processing documents", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return result(outcomes);
    }

    /**
     * The result of a run from its outcomes in input order, wherever they were computed: the documents in input
     * order, the skipped entries by stage, then input order.
     */
    public Result result(List<Outcome> outcomes) {
        List<DocumentWork> done = new ArrayList<>();
        List<List<Skipped>> skipsByStage = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            skipsByStage.add(new ArrayList<>());
        }
        for (Outcome o : outcomes) {
            if (o.work() != null) {
                done.add(o.work());
            }
            if (o.skipped() != null) {
                skipsByStage.get(o.stage()).add(o.skipped());
            }
        }
        List<Skipped> skipped = new ArrayList<>();
        skipsByStage.forEach(skipped::addAll);
        return new Result(done, skipped);
    }

    /**
     * What one document's run gave: the document after every stage, or the index of the stage that refused it and
     * why; or both, for a document that went through with something left undone ({@link DocumentWork#note()}: the
     * index of the stage that noted it, and the note as a skipped entry). Serializable, so a document can run on
     * another machine ({@link StageRunner}).
     */
    public record Outcome(DocumentWork work, int stage, Skipped skipped) implements java.io.Serializable {}

    /** Runs one document through the chain (on the calling thread); a refusal or failure is an outcome, not thrown. */
    public Outcome attempt(DocumentWork in, StageTimes times) {
        DocumentWork w = in;
        int noted = in.note() != null ? 0 : -1;
        for (int i = 0; i < stages.size(); i++) {
            DocumentStage s = stages.get(i);
            long t = System.nanoTime();
            try {
                w = s.apply(w);
                if (noted < 0 && w.note() != null) {
                    noted = i;
                }
            } catch (DocumentStage.Rejected e) {
                return new Outcome(null, i, new Skipped(in.source(), e.getMessage()));
            } catch (RuntimeException | Error e) {
                // any failure on one document (an annotator's AssertionError, a deep recursion, memory for one
                // huge text) skips that document only; the batch goes on
                return new Outcome(null, i, new Skipped(in.source(), s.failure() + ": " + describe(e)));
            } finally {
                times.since(s.name(), t);
            }
        }
        return noted < 0 ? new Outcome(w, -1, null) : new Outcome(w, noted, new Skipped(w.source(), w.note()));
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
