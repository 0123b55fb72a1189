package org.concord.pipeline;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.concord.cluster.NearDuplicates;
import org.concord.cluster.StoryBlocking;
import org.concord.cluster.StoryBlocks;
import org.concord.cluster.StoryClusterer;
import org.concord.model.Document;
import org.concord.model.Story;

/**
 * Where the parallel work of an analysis runs: the per-document stages, the candidate pairs of the near-duplicate
 * step, the blocked story step of a large corpus, and the per-story analysis. The rest (ids, assembling the report) runs in {@link Concord}
 * itself, so every runner gives the same report. {@link #threads} is the default (a pool in this JVM); concord-spark's runner sends the same work to a
 * cluster, each executor building its own pipeline from the same recipe.
 */
public interface StageRunner {
    /**
     * Every document through the per-document stages, as {@link DocumentPipeline#run} would: the documents in input
     * order, the skipped ones by stage. {@code local} is this JVM's pipeline (a runner that works elsewhere builds
     * its own, with the same stages); {@code progress} hears "annotate".
     */
    DocumentPipeline.Result documents(DocumentPipeline local, List<DocumentWork> work, StageTimes times,
                                      ProgressListener progress);

    /**
     * Every story analysed, results in input order, as {@link StoryAnalyzer#analyzeAll} would: a story whose
     * analysis fails is reported to {@code failed} and kept without analysis ({@link StoryAnalyzer#withoutAnalysis}).
     */
    List<Story> stories(StoryAnalyzer analyzer, List<StoryInput> inputs, StageTimes times, ProgressListener progress,
                        BiConsumer<StoryInput, Throwable> failed);

    /**
     * Maps each near-copy's id to its original's id, as {@link NearDuplicates#find(List, List)} does (the default:
     * in this JVM); a runner elsewhere may find and check the candidate pairs there and hand the copies to
     * {@link NearDuplicates#originals}.
     */
    default Map<String, String> nearDuplicates(List<Document> documents, List<NearDuplicates.Signature> signatures) {
        return NearDuplicates.create().find(documents, signatures);
    }

    /**
     * Where the blocked story step runs on a corpus large enough to be blocked ({@link StoryBlocking}): the
     * default, {@link StoryBlocks#local}, in this JVM; a runner elsewhere runs the same steps there.
     */
    default StoryClusterer.BlockedSteps storySteps() {
        return StoryBlocks::local;
    }

    /** Both phases on a pool of {@code threads} threads in this JVM. */
    static StageRunner threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        return new StageRunner() {
            @Override
            public DocumentPipeline.Result documents(DocumentPipeline local, List<DocumentWork> work,
                                                     StageTimes times, ProgressListener progress) {
                return local.run(work, threads, times, progress);
            }

            @Override
            public List<Story> stories(StoryAnalyzer analyzer, List<StoryInput> inputs, StageTimes times,
                                       ProgressListener progress, BiConsumer<StoryInput, Throwable> failed) {
                return analyzer.analyzeAll(inputs, threads, times, progress, failed);
            }
        };
    }
}
