package org.concord.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.storage.StorageLevel;
import org.concord.cluster.StoryBlocking;
import org.concord.cluster.StoryBlocks;
import org.concord.cluster.StoryClusterer;
import scala.Tuple2;

/**
 * The blocked story step ({@link StoryBlocks}) as Spark shuffles, with no step that compares all pairs of the corpus
 * or of a component: document frequencies (a word count), each document's vector (its terms joined with their
 * frequencies), candidate pairs (documents grouped by key, each paired with its neighbours in the key's date
 * order), the cosine of each candidate pair (two joins with the vectors), each document's neighbourhood scale (its
 * pairs grouped), the linking pairs, connected components (min-label propagation with pointer jumping, the
 * "hash-to-min" family of Rastogi et al., "Finding connected components in map-reduce in logarithmic rounds", ICDE
 * 2013), and the stories of each component ({@link StoryBlocks#componentStories}) from its members and pairs grouped
 * by component. Only the components' stories (document indices) come back to the driver, merged in corpus order
 * ({@link StoryBlocks#merge}): the same result as {@link StoryBlocks#local}.
 */
final class SparkStoryBlocks implements StoryClusterer.BlockedSteps {
    private final JavaSparkContext spark;
    private final int partitions;
    private final Consumer<StoryBlocks.Counts> counts;

    SparkStoryBlocks(JavaSparkContext spark, int partitions, Consumer<StoryBlocks.Counts> counts) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.partitions = partitions;
        this.counts = Objects.requireNonNull(counts, "counts");
    }

    @Override
    public StoryBlocks.Parts run(List<StoryBlocks.Input> docs, StoryBlocking blocking, double join, int quietDays) {
        int p = Math.max(1, Math.min(partitions, docs.size()));
        JavaRDD<StoryBlocks.Parts> parts = parts(spark.parallelize(docs, p), docs.size(), blocking, join, quietDays,
                p, counts);
        List<StoryBlocks.Parts> collected = parts.collect();
        parts.unpersist();
        spark.setJobDescription(null);
        return StoryBlocks.merge(collected);
    }

    /**
     * The components' stories of {@code docs} ({@code n} documents, indices 0 to n - 1 in corpus order), computed and
     * kept on the executors (persisted); every shuffle has {@code p} partitions.
     */
    static JavaRDD<StoryBlocks.Parts> parts(JavaRDD<StoryBlocks.Input> docs, int n, StoryBlocking blocking,
                                            double join, int quietDays, int p, Consumer<StoryBlocks.Counts> counts) {
        JavaSparkContext spark = JavaSparkContext.fromSparkContext(docs.context());
        int keys = blocking.keys();
        int window = blocking.window();
        spark.setJobDescription("stories: vectors");
        JavaPairRDD<Integer, StoryBlocks.Input> input = docs.mapToPair(d -> new Tuple2<>(d.index(), d));
        JavaPairRDD<String, Integer> df = input
                .flatMapToPair(d -> d._2().counts().keySet().stream().map(t -> new Tuple2<>(t, 1)).iterator())
                .reduceByKey(Integer::sum, p);
        // each document's terms with their frequencies, weighed in the document's own term order
        JavaPairRDD<Integer, StoryBlocks.TermVector> vectors = input
                .flatMapToPair(d -> d._2().counts().keySet().stream()
                        .map(t -> new Tuple2<>(t, d._1())).iterator())
                .join(df, p)
                .mapToPair(x -> new Tuple2<>(x._2()._1(), new Tuple2<>(x._1(), x._2()._2())))
                .groupByKey(p)
                .rightOuterJoin(input, p)
                .mapValues(x -> {
                    Map<String, Integer> f = new HashMap<>();
                    if (x._1().isPresent()) {
                        x._1().get().forEach(t -> f.put(t._1(), t._2()));
                    }
                    return StoryBlocks.weigh(x._2().counts(), f, n);
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        vectors.count();

        spark.setJobDescription("stories: candidate pairs");
        JavaPairRDD<Integer, Integer> candidates = vectors
                .flatMapToPair(v -> StoryBlocks.keys(v._2(), keys).stream().map(k -> new Tuple2<>(k, v._1()))
                        .iterator())
                .groupByKey(p)
                .flatMapToPair(bucket -> {
                    List<Integer> members = new ArrayList<>();
                    bucket._2().forEach(members::add);
                    members.sort(Integer::compare);
                    List<Tuple2<Integer, Integer>> out = new ArrayList<>();
                    StoryBlocks.pairs(members, window, (i, j) -> out.add(new Tuple2<>(i, j)));
                    return out.iterator();
                })
                .distinct(p);
        JavaRDD<StoryBlocks.Pair> pairs = candidates
                .join(vectors, p) // (i, (j, vi))
                .mapToPair(c -> new Tuple2<>(c._2()._1(), new Tuple2<>(c._1(), c._2()._2())))
                .join(vectors, p) // (j, ((i, vi), vj))
                .map(c -> new StoryBlocks.Pair(c._2()._1()._1(), c._1(), c._2()._1()._2().cosine(c._2()._2())))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long candidateCount = pairs.count();

        spark.setJobDescription("stories: scales and links");
        JavaPairRDD<Integer, Double> scales = pairs
                .flatMapToPair(q -> List.of(new Tuple2<>(q.i(), q.cosine()), new Tuple2<>(q.j(), q.cosine()))
                        .iterator())
                .groupByKey(p)
                .rightOuterJoin(vectors.mapValues(v -> 0), p)
                .mapValues(x -> {
                    List<Double> found = new ArrayList<>();
                    if (x._1().isPresent()) {
                        x._1().get().forEach(found::add);
                    }
                    return StoryBlocks.scale(found.stream().mapToDouble(Double::doubleValue).toArray(), n - 1);
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Integer, Integer> links = pairs
                .mapToPair(q -> new Tuple2<>(q.i(), q))
                .join(scales, p)
                .mapToPair(x -> new Tuple2<>(x._2()._1().j(), x._2()))
                .join(scales, p) // (j, ((pair, scale i), scale j))
                .filter(x -> StoryBlocks.links(x._2()._1()._1().cosine(), x._2()._1()._2(), x._2()._2(), join))
                .mapToPair(x -> new Tuple2<>(x._2()._1()._1().i(), x._1()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long linkCount = links.count();

        spark.setJobDescription("stories: components");
        JavaPairRDD<Integer, Integer> component = components(vectors.keys(), links, p);
        Map<Integer, Long> sizes = component.map(Tuple2::_2).countByValue();
        long largest = sizes.values().stream().mapToLong(Long::longValue).max().orElse(0);

        spark.setJobDescription("stories: per component");
        JavaPairRDD<Integer, StoryBlocks.Member> members = input
                .join(vectors, p)
                .join(scales, p) // (doc, ((input, vector), scale))
                .join(component, p) // (doc, (..., label))
                .mapToPair(x -> {
                    StoryBlocks.Input d = x._2()._1()._1()._1();
                    return new Tuple2<>(x._2()._2(), new StoryBlocks.Member(d.index(), d.date(), d.latestYear(),
                            x._2()._1()._1()._2(), x._2()._1()._2()));
                });
        JavaPairRDD<Integer, StoryBlocks.Pair> componentPairs = pairs
                .mapToPair(q -> new Tuple2<>(q.i(), q))
                .join(component, p)
                .mapToPair(x -> new Tuple2<>(x._2()._1().j(), x._2()))
                .join(component, p) // (j, ((pair, label i), label j))
                .filter(x -> x._2()._1()._2().equals(x._2()._2()))
                .mapToPair(x -> new Tuple2<>(x._2()._2(), x._2()._1()._1()));
        JavaPairRDD<Integer, Tuple2<Iterable<StoryBlocks.Member>, Optional<Iterable<StoryBlocks.Pair>>>> grouped =
                members.groupByKey(p).leftOuterJoin(componentPairs.groupByKey(p), p);
        JavaRDD<StoryBlocks.Parts> parts = grouped
                .map(c -> {
                    List<StoryBlocks.Member> m = new ArrayList<>();
                    c._2()._1().forEach(m::add);
                    List<StoryBlocks.Pair> q = new ArrayList<>();
                    if (c._2()._2().isPresent()) {
                        c._2()._2().get().forEach(q::add);
                    }
                    return StoryBlocks.componentStories(m, q, join, quietDays);
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        parts.count();
        counts.accept(new StoryBlocks.Counts(n, candidateCount, linkCount, sizes.size(), largest));
        vectors.unpersist();
        pairs.unpersist();
        scales.unpersist();
        links.unpersist();
        component.unpersist();
        return parts;
    }

    /**
     * Each node's component, labelled by its least node: every node starts with its own label; each round a node
     * takes the least label among its own and its neighbours', then the label of its label (pointer jumping), until
     * no label changes. Labels only fall and stay inside the component, so the result is each component's least
     * node.
     */
    static JavaPairRDD<Integer, Integer> components(JavaRDD<Integer> nodes, JavaPairRDD<Integer, Integer> edges,
                                                    int p) {
        JavaPairRDD<Integer, Integer> both = edges.union(edges.mapToPair(Tuple2::swap))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Integer, Integer> labels = nodes.mapToPair(v -> new Tuple2<>(v, v))
                .persist(StorageLevel.MEMORY_AND_DISK());
        while (true) {
            JavaPairRDD<Integer, Integer> spread = both.join(labels, p) // (u, (v, label u))
                    .mapToPair(x -> new Tuple2<>(x._2()._1(), x._2()._2()))
                    .union(labels)
                    .reduceByKey(Math::min, p)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            JavaPairRDD<Integer, Integer> jumped = spread
                    .mapToPair(Tuple2::swap) // (label, v)
                    .join(spread, p) // (label, (v, label of label))
                    .mapToPair(x -> new Tuple2<>(x._2()._1(), x._2()._2()))
                    .union(spread)
                    .reduceByKey(Math::min, p)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long changed = jumped.join(labels, p).filter(x -> !x._2()._1().equals(x._2()._2())).count();
            spread.unpersist();
            labels.unpersist();
            labels = jumped;
            if (changed == 0) {
                both.unpersist();
                return labels;
            }
        }
    }
}
