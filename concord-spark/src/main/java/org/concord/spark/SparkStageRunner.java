package org.concord.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function;
import org.concord.cluster.NearDuplicates;
import org.concord.model.Document;
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
import scala.Tuple2;

/**
 * Concord's two parallel phases on Spark. The per-document stages run in {@code mapPartitions}: each partition
 * builds the standard chain ({@link DocumentPipeline#standard}) over its executor's one annotator
 * ({@link CoreNlpAnnotator#shared()}, loaded once per executor JVM) and returns one outcome per document; the
 * per-story analysis runs one {@link StoryAnalyzer} per partition. Near-duplicates: each document's LSH band keys
 * ({@link NearDuplicates#bandKeys}) are grouped by a shuffle, the candidate pairs of each bucket checked exactly
 * where their signatures meet (two joins), and only the pairs found to be copies come back to the driver, which
 * groups them ({@link NearDuplicates#originals}): the same map the single-machine step gives. Results come back in input order, so the report
 * is the one {@link StageRunner#threads} gives (the corpus-wide steps between the phases run on the driver, in
 * {@link org.concord.pipeline.Concord}); a corpus large enough to block its story step ({@link
 * org.concord.cluster.StoryBlocking}) has that step run as shuffles too ({@link SparkStoryBlocks}). Each phase's jobs
 * carry its name as their description ({@link PhaseMetrics}). Stage times measured on executors are not added to the
 * driver's.
 */
public final class SparkStageRunner implements StageRunner {
    /** The exact check of candidate pairs, one per executor JVM (it holds only its thresholds and hash seeds). */
    private static final NearDuplicates CHECK = NearDuplicates.create();
    private final JavaSparkContext spark;
    private final int summaryWords;
    private final DocumentBudget budget;
    private final int partitions;
    private volatile org.concord.cluster.StoryBlocks.Counts storyCounts;

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
        spark.setJobDescription("documents");
        List<DocumentPipeline.Outcome> outcomes = spark.parallelize(work, Math.min(partitions, work.size()))
                .mapPartitions(new DocumentStages(budget))
                .collect();
        spark.setJobDescription(null);
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
        spark.setJobDescription("story analysis");
        List<StoryOutcome> outcomes = spark.parallelize(inputs, Math.min(partitions, inputs.size()))
                .map(new AnalyzeStory(summaryWords))
                .collect();
        spark.setJobDescription(null);
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

    @Override
    public Map<String, String> nearDuplicates(List<Document> documents, List<NearDuplicates.Signature> signatures) {
        if (signatures.size() != documents.size()) {
            throw new IllegalArgumentException("signatures: " + signatures.size() + " for " + documents.size()
                    + " documents");
        }
        List<Tuple2<Integer, NearDuplicates.Signature>> indexed = new ArrayList<>();
        for (int i = 0; i < signatures.size(); i++) {
            indexed.add(new Tuple2<>(i, signatures.get(i)));
        }
        if (indexed.isEmpty()) {
            return NearDuplicates.create().originals(documents, List.of());
        }
        spark.setJobDescription("near-duplicates");
        JavaPairRDD<Integer, NearDuplicates.Signature> bySignature = spark.parallelizePairs(indexed,
                Math.min(partitions, indexed.size()));
        JavaPairRDD<Integer, Integer> candidates = bySignature
                .flatMapToPair(d -> NearDuplicates.bandKeys(d._2()).stream().map(k -> new Tuple2<>(k, d._1()))
                        .iterator())
                .groupByKey()
                .flatMapToPair(bucket -> {
                    List<Integer> members = new ArrayList<>();
                    bucket._2().forEach(members::add);
                    List<Tuple2<Integer, Integer>> pairs = new ArrayList<>();
                    for (int x = 0; x < members.size(); x++) {
                        for (int y = x + 1; y < members.size(); y++) {
                            int i = members.get(x);
                            int j = members.get(y);
                            pairs.add(new Tuple2<>(Math.min(i, j), Math.max(i, j)));
                        }
                    }
                    return pairs.iterator();
                })
                .distinct();
        List<Tuple2<Integer, Integer>> copies = candidates
                .join(bySignature) // (i, (j, sig i))
                .mapToPair(c -> new Tuple2<>(c._2()._1(), new Tuple2<>(c._1(), c._2()._2())))
                .join(bySignature) // (j, ((i, sig i), sig j))
                .filter(c -> CHECK.similar(c._2()._1()._2(), c._2()._2()))
                .mapToPair(c -> new Tuple2<>(c._2()._1()._1(), c._1()))
                .collect();
        spark.setJobDescription(null);
        List<int[]> pairs = new ArrayList<>();
        copies.forEach(c -> pairs.add(new int[] {c._1(), c._2()}));
        return NearDuplicates.create().originals(documents, pairs);
    }

    /** The blocked story step of a large corpus as shuffles on the cluster ({@link SparkStoryBlocks}). */
    @Override
    public org.concord.cluster.StoryClusterer.BlockedSteps storySteps() {
        return new SparkStoryBlocks(spark, partitions, c -> storyCounts = c);
    }

    /** The counts of the last blocked story step, or null when the corpus was grouped over all pairs. */
    org.concord.cluster.StoryBlocks.Counts storyCounts() {
        return storyCounts;
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
    static final class AnalyzeStory implements Function<StoryInput, StoryOutcome> {
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
