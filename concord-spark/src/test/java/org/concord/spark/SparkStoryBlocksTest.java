package org.concord.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.concord.cluster.StoryBlocking;
import org.concord.cluster.StoryBlocks;
import org.concord.cluster.StoryClusterer;
import org.concord.ingest.Ingest;
import org.concord.ingest.IngestOptions;
import org.concord.ingest.RawArticle;
import org.concord.model.Document;
import org.concord.pipeline.Concord;
import org.concord.testkit.SharedData;
import org.concord.testkit.SharedDataCondition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * The blocked story step as Spark shuffles in {@code local[2]} gives exactly what the same steps give in one JVM
 * ({@link StoryBlocks#local}), on the sample corpus and on a real newswire stream, with blocking tight enough that the
 * candidates are far from all pairs; and the components are the connected components.
 */
class SparkStoryBlocksTest {
    private static SparkSession spark;
    private static JavaSparkContext jsc;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().appName("concord-test").master("local[2]")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .getOrCreate();
        jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static Path root() {
        String p = System.getProperty("concord.root");
        return p == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(p);
    }

    private static void assertSparkIsLocal(List<Document> docs, StoryBlocking blocking) {
        List<StoryBlocks.Input> in = StoryClusterer.inputs(docs, Map.of());
        List<StoryBlocks.Counts> local = new ArrayList<>();
        StoryBlocks.Parts expected = StoryBlocks.local(in, blocking, 0.55, 7, local::add);
        List<StoryBlocks.Counts> distributed = new ArrayList<>();
        StoryBlocks.Parts actual = new SparkStoryBlocks(jsc, 3, distributed::add).run(in, blocking, 0.55, 7);
        assertEquals(expected, actual);
        assertEquals(local, distributed);
        assertTrue(local.get(0).candidatePairs() < (long) docs.size() * (docs.size() - 1) / 2,
                "blocking must leave out pairs for the test to mean much: " + local.get(0));
    }

    @Test
    void theSampleCorpusGivesTheLocalStories() {
        List<RawArticle> raws = Ingest.create(IngestOptions.defaults()).read(List.of(root().resolve("samples/demo")))
                .articles();
        List<Document> docs = Concord.builder().build().clean(raws, new ArrayList<>());
        assertSparkIsLocal(docs, new StoryBlocking(3, 1, 0));
    }

    @Test
    @SharedData("data/stories/duc2002-stream")
    void aNewswireStreamGivesTheLocalStories() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Document> docs = new ArrayList<>();
        for (String line : Files.readAllLines(SharedDataCondition.path("data/stories/duc2002-stream")
                .resolve("stories.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            String date = n.path("date").asText("");
            docs.add(new Document(n.path("id").asText(), n.path("id").asText(), "wire", n.path("title").asText(null),
                    date.length() >= 10 ? date.substring(0, 10) : null, false, n.path("text").asText(""), List.of(),
                    null));
        }
        assertSparkIsLocal(docs, new StoryBlocking(5, 3, 0));
    }

    @Test
    void componentsAreLabelledByTheirLeastNode() {
        JavaPairRDD<Integer, Integer> edges = jsc.parallelizePairs(List.of(new Tuple2<>(5, 9), new Tuple2<>(9, 2),
                new Tuple2<>(7, 8), new Tuple2<>(1, 4), new Tuple2<>(4, 3), new Tuple2<>(3, 6)), 2);
        Map<Integer, Integer> labels = SparkStoryBlocks.components(jsc.parallelize(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9,
                10), 2), edges, 2).collectAsMap();
        assertEquals(Map.of(1, 1, 2, 2, 3, 1, 4, 1, 5, 2, 6, 1, 7, 7, 8, 7, 9, 2, 10, 10), new java.util.TreeMap<>(labels));
    }
}
