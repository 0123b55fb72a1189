package org.concord.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function;
import org.concord.model.Story;
import org.concord.nlp.CoreNlpAnnotator;
import org.concord.pipeline.AnnotationCache;
import org.concord.pipeline.DocumentBudget;
import org.concord.pipeline.DocumentPipeline;
import org.concord.pipeline.DocumentWork;
import org.concord.pipeline.ProgressListener;
import org.concord.pipeline.StageRunner;
import org.concord.pipeline.StageTimes;
import org.concord.pipeline.StoryAnalyzer;
import org.concord.pipeline.StoryInput;

/**
 * Concord's two parallel phases on Spark. The per-document stages run in {@code mapPartitions}: each partition
 * builds the standard chain ({@link DocumentPipeline#standard}) over its executor's one annotator
 * ({@link CoreNlpAnnotator#shared()}, loaded once per executor JVM) and returns one outcome per document; the
 * per-story analysis runs one {@link StoryAnalyzer} per partition. Results come back in input order, so the report
 * is the one {@link StageRunner#threads} gives (the corpus-wide steps between the phases run on the driver, in
 * {@link org.concord.pipeline.Concord}). Stage times measured on executors are not added to the driver's.
 */
public final class SparkStageRunner implements StageRunner {
    private final JavaSparkContext spark;
    private final int summaryWords;
    private final DocumentBudget budget;
    private final int partitions;

    /**
     * @param partitions how many partitions each phase is cut into (at least 1; a few per executor core lets
     *                   Spark balance documents of very different lengths)
     */
    public SparkStageRunner(JavaSparkContext spark, int summaryWords, DocumentBudget budget, int partitions) {
        this.spark = Objects.requireNonNull(spark, "spark");
        if (summaryWords < 10) {
            throw new IllegalArgumentException("summaryWords must be at least 10, got " + summaryWords);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        this.summaryWords = summaryWords;
        this.budget = Objects.requireNonNull(budget, "budget");
        this.partitions = partitions;
    }

    @Override
    public DocumentPipeline.Result documents(DocumentPipeline local, List<DocumentWork> work, StageTimes times,
                                             ProgressListener progress) {
        times.declare(local.names());
        if (work.isEmpty()) {
            return local.result(List.of());
        }
        List<DocumentPipeline.Outcome> outcomes = spark.parallelize(work, Math.min(partitions, work.size()))
                .mapPartitions(new DocumentStages(budget))
                .collect();
        progress.progress("annotate", work.size(), work.size());
        return local.result(outcomes);
    }

    @Override
    public List<Story> stories(StoryAnalyzer analyzer, List<StoryInput> inputs, StageTimes times,
                               ProgressListener progress, BiConsumer<StoryInput, Throwable> failed) {
        times.declare(StoryAnalyzer.STAGES);
        if (inputs.isEmpty()) {
            return new ArrayList<>();
        }
        List<StoryOutcome> outcomes = spark.parallelize(inputs, Math.min(partitions, inputs.size()))
                .map(new AnalyzeStory(summaryWords))
                .collect();
        List<Story> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            StoryOutcome o = outcomes.get(i);
            if (o.story() != null) {
                out.add(o.story());
            } else {
                failed.accept(inputs.get(i), new IllegalStateException(o.failure()));
                out.add(StoryAnalyzer.withoutAnalysis(inputs.get(i)));
            }
        }
        progress.progress("story details", inputs.size(), inputs.size());
        return out;
    }

    /** One story's result on an executor: the story, or why its analysis failed. */
    record StoryOutcome(Story story, String failure) implements java.io.Serializable {}

    /** The per-document chain over one partition, on the executor's shared annotator. */
    private static final class DocumentStages
            implements FlatMapFunction<Iterator<DocumentWork>, DocumentPipeline.Outcome> {
        private static final long serialVersionUID = 1L;
        private final DocumentBudget budget;

        DocumentStages(DocumentBudget budget) {
            this.budget = budget;
        }

        @Override
        public Iterator<DocumentPipeline.Outcome> call(Iterator<DocumentWork> docs) {
            DocumentPipeline pipeline = DocumentPipeline.standard(CoreNlpAnnotator.shared(), AnnotationCache.none(),
                    budget);
            StageTimes times = new StageTimes();
            List<DocumentPipeline.Outcome> out = new ArrayList<>();
            docs.forEachRemaining(d -> out.add(pipeline.attempt(d, times)));
            return out.iterator();
        }
    }

    /** The per-story analysis of one story; a failure is an outcome, so one story never fails the job. */
    private static final class AnalyzeStory implements Function<StoryInput, StoryOutcome> {
        private static final long serialVersionUID = 1L;
        private final int summaryWords;
        private transient StoryAnalyzer analyzer;

        AnalyzeStory(int summaryWords) {
            this.summaryWords = summaryWords;
        }

        @Override
        public StoryOutcome call(StoryInput in) {
            if (analyzer == null) {
                analyzer = StoryAnalyzer.create(summaryWords);
            }
            try {
                return new StoryOutcome(analyzer.analyze(in), null);
            } catch (RuntimeException | StackOverflowError e) {
                return new StoryOutcome(null, e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        }
    }
}
