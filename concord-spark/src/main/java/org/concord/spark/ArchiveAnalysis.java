package org.concord.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.concord.annotate.AnnotatedDocument;
import org.concord.cluster.FollowUp;
import org.concord.cluster.NearDuplicates;
import org.concord.cluster.StoryBlocking;
import org.concord.cluster.StoryBlocks;
import org.concord.cluster.StoryClusterer;
import org.concord.ingest.DocumentIds;
import org.concord.ingest.RawArticle;
import org.concord.model.Document;
import org.concord.model.Related;
import org.concord.model.Skipped;
import org.concord.model.Story;
import org.concord.pipeline.Concord;
import org.concord.pipeline.DocumentBudget;
import org.concord.pipeline.DocumentPipeline;
import org.concord.pipeline.DocumentWork;
import org.concord.pipeline.StageTimes;
import org.concord.pipeline.StoryAnalyzer;
import org.concord.pipeline.StoryInput;
import org.concord.nlp.CoreNlpAnnotator;
import org.concord.pipeline.AnnotationCache;
import scala.Tuple2;

/**
 * The analysis of an archive no driver could hold ({@code AnalyzeJob --archive}): every step is a map or a shuffle
 * over the documents, and the driver only ever holds counts and one partition of the output at a time while it
 * writes the files. The steps are those of {@link Concord#analyze}, one by one: ids made unique per id
 * ({@link DocumentIds#disambiguate} within each group of articles sharing an id), the per-document stages
 * ({@link DocumentPipeline#attempt}, one annotator per executor), near-duplicates (LSH band keys, the exact check,
 * copies grouped as connected components with the original chosen by {@link NearDuplicates#ORIGINAL_FIRST}), the
 * blocked story step over the originals ({@link SparkStoryBlocks#parts}, always blocked), copies joined to their
 * original's story, story ids ({@code s-} and the first member's id), follow-up links, dates inferred per story
 * ({@link Concord#withInferredDates}) and the per-story analysis ({@link StoryAnalyzer}). The documents come out in
 * input order (file name, then place in the file), the stories in corpus order of their first original.
 */
final class ArchiveAnalysis {
    /** What the archive analysis produced, kept on the executors until written. */
    record Result(JavaRDD<Document> documents, JavaRDD<Story> stories, JavaRDD<Skipped> skipped,
                  List<String> incompleteStories) {}

    /** An article with its place in the input (file name, then its place in that file). */
    record Placed(String file, int position, RawArticle article) implements java.io.Serializable {}

    /** The exact check of candidate copies, one per executor JVM. */
    private static final NearDuplicates CHECK = NearDuplicates.create();

    private ArchiveAnalysis() {
    }

    static Result run(JavaRDD<Placed> articles, JavaRDD<Skipped> readSkipped, int summaryWords, DocumentBudget budget,
                      StoryBlocking blocking, int p, Consumer<StoryBlocks.Counts> counts, Consumer<String> warnings) {
        JavaSparkContext spark = JavaSparkContext.fromSparkContext(articles.context());

        // ids: unique within each group of articles that share one, as DocumentIds does within a batch
        spark.setJobDescription("documents");
        JavaPairRDD<Long, RawArticle> raws = articles
                .groupBy(a -> a.article().id(), p)
                .flatMap(g -> {
                    List<Placed> same = new ArrayList<>();
                    g._2().forEach(same::add);
                    same.sort(Comparator.comparing(Placed::file).thenComparingInt(Placed::position));
                    List<RawArticle> ids = DocumentIds.disambiguate(same.stream().map(Placed::article).toList());
                    List<Tuple2<Placed, RawArticle>> out = new ArrayList<>();
                    for (int i = 0; i < same.size(); i++) {
                        out.add(new Tuple2<>(same.get(i), ids.get(i)));
                    }
                    return out.iterator();
                })
                .sortBy(x -> x._1().file() + "\u0000" + String.format(java.util.Locale.ROOT, "%010d",
                        x._1().position()), true, p)
                .zipWithIndex()
                .mapToPair(x -> new Tuple2<>(x._2(), x._1()._2()));

        // the per-document stages, one annotator per executor
        JavaPairRDD<Long, DocumentPipeline.Outcome> outcomes = raws
                .mapPartitionsToPair(new Stages(budget))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        // hash-partitioned by input index as every later join is (p partitions), so joining the annotated documents
        // with a light table by document never moves them; they move once, grouped by story
        JavaPairRDD<Long, DocumentWork> docs = outcomes
                .filter(o -> o._2().work() != null)
                .mapValues(DocumentPipeline.Outcome::work)
                .partitionBy(new org.apache.spark.HashPartitioner(p))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        // refused documents, and documents kept with a note (a non-English text not annotated)
        // in stage order, then input order, as DocumentPipeline.result gives them
        JavaRDD<Skipped> stageSkipped = outcomes
                .filter(o -> o._2().skipped() != null)
                .mapToPair(o -> new Tuple2<>(o._2().stage() * (1L << 40) + o._1(), o._2().skipped()))
                .sortByKey(true, p)
                .values();
        long kept = docs.count();

        // near-duplicates: candidate pairs by band key, the exact check, copies grouped as components
        spark.setJobDescription("near-duplicates");
        JavaPairRDD<Long, NearDuplicates.Signature> signatures = docs.mapValues(DocumentWork::signature);
        JavaPairRDD<Long, Long> candidates = signatures
                .flatMapToPair(d -> NearDuplicates.bandKeys(d._2()).stream().map(k -> new Tuple2<>(k, d._1()))
                        .iterator())
                .groupByKey(p)
                .flatMapToPair(bucket -> {
                    List<Long> members = new ArrayList<>();
                    bucket._2().forEach(members::add);
                    List<Tuple2<Long, Long>> pairs = new ArrayList<>();
                    for (int x = 0; x < members.size(); x++) {
                        for (int y = x + 1; y < members.size(); y++) {
                            long i = members.get(x);
                            long j = members.get(y);
                            pairs.add(new Tuple2<>(Math.min(i, j), Math.max(i, j)));
                        }
                    }
                    return pairs.iterator();
                })
                .distinct(p);
        JavaPairRDD<Integer, Integer> copyEdges = candidates
                .join(signatures, p)
                .mapToPair(c -> new Tuple2<>(c._2()._1(), new Tuple2<>(c._1(), c._2()._2())))
                .join(signatures, p)
                .filter(c -> CHECK.similar(c._2()._1()._2(), c._2()._2()))
                .mapToPair(c -> new Tuple2<>(Math.toIntExact(c._2()._1()._1()), Math.toIntExact(c._1())));
        JavaPairRDD<Integer, Integer> copyGroups = SparkStoryBlocks.components(
                docs.keys().map(Math::toIntExact), copyEdges, p);
        JavaPairRDD<Long, Document> documents = docs.mapValues(DocumentWork::document); // the same partitions
        // each group's original; (copy, original) for the others
        JavaPairRDD<Long, Long> duplicateOf = copyGroups
                .mapToPair(x -> new Tuple2<>((long) x._1(), (long) x._2()))
                .join(documents, p) // (doc, (group, document))
                .mapToPair(x -> new Tuple2<>(x._2()._1(), new Tuple2<>(x._1(), x._2()._2())))
                .groupByKey(p)
                .flatMapToPair(g -> {
                    List<Tuple2<Long, Document>> members = new ArrayList<>();
                    g._2().forEach(members::add);
                    List<Tuple2<Long, Long>> out = new ArrayList<>();
                    if (members.size() > 1) {
                        Tuple2<Long, Document> origin = members.stream().min(Comparator
                                .comparing((Tuple2<Long, Document> m) -> m._2(), NearDuplicates.ORIGINAL_FIRST)
                                .thenComparing(Tuple2::_1)).orElseThrow();
                        for (Tuple2<Long, Document> m : members) {
                            if (!m._1().equals(origin._1())) {
                                out.add(new Tuple2<>(m._1(), origin._1()));
                            }
                        }
                    }
                    return out.iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        long copies = duplicateOf.count();
        copyGroups.unpersist();

        // the story step over the originals, in corpus order (date, then id)
        spark.setJobDescription("stories: vectors");
        JavaPairRDD<Long, Long> originalIndex = docs
                .subtractByKey(duplicateOf, p)
                .map(d -> new Tuple2<>(StoryClusterer.corpusKey(d._2().document()), d._1()))
                .sortBy(Tuple2::_1, true, p)
                .zipWithIndex()
                .mapToPair(x -> new Tuple2<>(x._1()._2(), x._2())) // (doc, corpus index)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<StoryBlocks.Input> inputs = docs
                .mapValues(w -> new Tuple2<>(w.document(), w.features()))
                .join(originalIndex, p)
                .map(x -> StoryClusterer.input(Math.toIntExact(x._2()._2()), x._2()._1()._1(), x._2()._1()._2()));
        int originals = Math.toIntExact(kept - copies);
        JavaRDD<StoryBlocks.Parts> parts = SparkStoryBlocks.parts(inputs, originals, blocking.always(),
                StoryClusterer.create().join(), StoryClusterer.create().quietDays(), p, counts);

        // stories in corpus order of their first original; each story's originals, and its follow-up links
        spark.setJobDescription("stories: assembled");
        JavaPairRDD<Long, List<Integer>> storyOrder = parts
                .flatMap(x -> x.stories().iterator())
                .sortBy(s -> s.get(0), true, p)
                .zipWithIndex()
                .mapToPair(Tuple2::swap)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Integer, Long> storyOfFirst = storyOrder.mapToPair(s -> new Tuple2<>(s._2().get(0), s._1()));
        // follow-ups as (later story's first original, earlier story's first original)
        JavaPairRDD<Integer, Integer> followFirst = parts.flatMapToPair(x -> {
            List<Tuple2<Integer, Integer>> out = new ArrayList<>();
            for (FollowUp f : x.followUps()) {
                out.add(new Tuple2<>(x.stories().get(f.story()).get(0), x.stories().get(f.earlierStory()).get(0)));
            }
            return out.iterator();
        });
        JavaPairRDD<Long, Long> followUps = followFirst // (later story, earlier story)
                .join(storyOfFirst, p)
                .mapToPair(x -> new Tuple2<>(x._2()._1(), x._2()._2()))
                .join(storyOfFirst, p)
                .mapToPair(x -> new Tuple2<>(x._2()._1(), x._2()._2()));
        // story of each document: originals by their corpus index, copies by their original's
        JavaPairRDD<Long, Long> storyOfOriginal = storyOrder
                .flatMapToPair(s -> s._2().stream().map(i -> new Tuple2<>((long) i, s._1())).iterator())
                .join(originalIndex.mapToPair(Tuple2::swap), p) // (corpus index, (story, doc))
                .mapToPair(x -> new Tuple2<>(x._2()._2(), x._2()._1()));
        JavaPairRDD<Long, Long> storyOf = storyOfOriginal
                .union(duplicateOf.mapToPair(Tuple2::swap).join(storyOfOriginal, p) // (original, (copy, story))
                        .mapToPair(x -> new Tuple2<>(x._2()._1(), x._2()._2())))
                .persist(StorageLevel.MEMORY_AND_DISK());
        // each document with its near-copy link, grouped by story
        JavaPairRDD<Long, String> originalId = duplicateOf
                .mapToPair(Tuple2::swap)
                .join(documents, p) // (original, (copy, original's document))
                .mapToPair(x -> new Tuple2<>(x._2()._1(), x._2()._2().id()));
        JavaPairRDD<Long, Tuple2<Long, org.apache.spark.api.java.Optional<String>>> placeOf = storyOf
                .leftOuterJoin(originalId, p); // (doc, (story, original's id when a copy))
        JavaPairRDD<Long, List<AnnotatedDocument>> members = docs
                .join(placeOf, p) // (doc, (work, (story, original)))
                .mapToPair(x -> {
                    AnnotatedDocument a = x._2()._1().annotated();
                    var original = x._2()._2()._2();
                    return new Tuple2<>(x._2()._2()._1(), original.isPresent()
                            ? new AnnotatedDocument(a.document().withDuplicateOf(original.get()), a.annotation()) : a);
                })
                .groupByKey(p)
                .mapValues(ms -> {
                    List<AnnotatedDocument> list = new ArrayList<>();
                    ms.forEach(list::add);
                    list.sort(Comparator.comparing(AnnotatedDocument::document, StoryClusterer.CORPUS_ORDER));
                    return Concord.withInferredDates(list);
                })
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, String> storyIds = members.mapValues(ms -> "s-" + ms.get(0).id());
        // related: the earlier story this one follows up, then the later ones that follow it up, by story order
        JavaPairRDD<Long, List<Related>> related = followUps
                .join(storyIds, p) // (later, (earlier, later id))
                .mapToPair(x -> new Tuple2<>(x._2()._1(), new Tuple2<>(x._1(), x._2()._2())))
                .join(storyIds, p) // (earlier, ((later, later id), earlier id))
                .flatMapToPair(x -> List.of(
                        new Tuple2<>(x._2()._1()._1(), new Tuple2<>(-1L, new Related(x._2()._2(), "follow-up-of"))),
                        new Tuple2<>(x._1(), new Tuple2<>(x._2()._1()._1(),
                                new Related(x._2()._1()._2(), Related.FOLLOW_UP)))).iterator())
                .groupByKey(p)
                .mapValues(rs -> {
                    List<Tuple2<Long, Related>> list = new ArrayList<>();
                    rs.forEach(list::add);
                    list.sort(Comparator.comparing(Tuple2::_1));
                    return list.stream().map(Tuple2::_2).toList();
                });

        // the per-story analysis
        spark.setJobDescription("story analysis");
        JavaPairRDD<Long, StoryInput> storyInputs = members
                .join(storyIds, p)
                .leftOuterJoin(related, p)
                .mapValues(x -> {
                    List<AnnotatedDocument> ms = x._1()._1();
                    Map<String, String> dups = new HashMap<>();
                    ms.forEach(m -> {
                        if (m.document().duplicateOf() != null) {
                            dups.put(m.id(), m.document().duplicateOf());
                        }
                    });
                    return new StoryInput(x._1()._2(), ms, dups, x._2().isPresent() ? x._2().get() : List.of());
                });
        JavaPairRDD<Long, SparkStageRunner.StoryOutcome> analysed = storyInputs
                .mapValues(new SparkStageRunner.AnalyzeStory(summaryWords))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        List<String> incomplete = new ArrayList<>();
        analysed.filter(x -> x._2().story() == null).join(storyIds, p).sortByKey(true, p).collect().forEach(x -> {
            warnings.accept("story " + x._2()._2() + ": analysis failed, documents kept without it: "
                    + x._2()._1().failure());
            incomplete.add(x._2()._2());
        });
        JavaRDD<Story> stories = analysed
                .join(storyInputs, p)
                .mapValues(x -> x._1().story() != null ? x._1().story() : StoryAnalyzer.withoutAnalysis(x._2()))
                .sortByKey(true, p)
                .values();
        JavaRDD<Document> outDocs = members
                .flatMap(x -> x._2().iterator())
                .mapToPair(a -> new Tuple2<>(a.id(), a.document()))
                .join(docs.mapToPair(d -> new Tuple2<>(d._2().id(), d._1())), p) // (id, (document, input index))
                .mapToPair(x -> new Tuple2<>(x._2()._2(), x._2()._1()))
                .sortByKey(true, p)
                .values();
        spark.setJobDescription(null);
        return new Result(outDocs, stories, readSkipped.union(stageSkipped), incomplete);
    }

    /** The per-document chain over one partition, keeping each article's input index. */
    private static final class Stages implements org.apache.spark.api.java.function.PairFlatMapFunction<
            Iterator<Tuple2<Long, RawArticle>>, Long, DocumentPipeline.Outcome> {
        private static final long serialVersionUID = 1L;
        private final DocumentBudget budget;

        Stages(DocumentBudget budget) {
            this.budget = budget;
        }

        @Override
        public Iterator<Tuple2<Long, DocumentPipeline.Outcome>> call(Iterator<Tuple2<Long, RawArticle>> in) {
            DocumentPipeline pipeline = DocumentPipeline.standard(CoreNlpAnnotator.shared(), AnnotationCache.none(),
                    budget);
            StageTimes times = new StageTimes();
            List<Tuple2<Long, DocumentPipeline.Outcome>> out = new ArrayList<>();
            in.forEachRemaining(a -> out.add(new Tuple2<>(a._1(), pipeline.attempt(DocumentWork.of(a._2()), times))));
            return out.iterator();
        }
    }
}
