package org.concord.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.concord.ingest.Ingest;
import org.concord.ingest.IngestOptions;
import org.concord.model.Report;
import org.concord.nlp.LazyAnnotator;
import org.concord.pipeline.Concord;
import org.concord.pipeline.DocumentBudget;
import org.concord.report.ReportJson;
import org.concord.testkit.SharedData;
import org.concord.testkit.SharedDataCondition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} inside the test JVM, on loopback only: it must give the report the
 * single-machine engine gives on the same inputs, byte for byte, and write its files.
 */
class AnalyzeJobTest {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().appName("concord-test").master("local[2]")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
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

    /** The report {@code concord analyze} makes of the same inputs with the default settings, on two threads. */
    private static Report singleMachine(List<Path> inputs) {
        return singleMachine(inputs, org.concord.cluster.StoryBlocking.DEFAULT);
    }

    private static Report singleMachine(List<Path> inputs, org.concord.cluster.StoryBlocking blocking) {
        return Concord.builder()
                .storyBlocking(blocking)
                .annotator(LazyAnnotator.shared(() -> { }, s -> { }))
                .threads(2)
                .documentBudget(DocumentBudget.defaults())
                .build()
                .analyze(Ingest.create(IngestOptions.defaults()).read(inputs))
                .report();
    }

    private void assertSameAsSingleMachine(List<Path> inputs, int partitions) throws IOException {
        assertSameAsSingleMachine(inputs, partitions, org.concord.cluster.StoryBlocking.DEFAULT);
    }

    private void assertSameAsSingleMachine(List<Path> inputs, int partitions,
                                           org.concord.cluster.StoryBlocking blocking) throws IOException {
        Path out = dir.resolve("out");
        String[] args = {"--input", inputs.get(0).toString(), "--out", out.toString(), "--partitions",
                String.valueOf(partitions), "--story-blocking",
                blocking.keys() + "," + blocking.window() + "," + blocking.exactBelow()};
        if (inputs.size() > 1) {
            throw new IllegalArgumentException("one input folder");
        }
        int status = AnalyzeJob.run(spark, args);
        assertEquals(AnalyzeJob.OK, status);
        String expected = ReportJson.toJson(singleMachine(inputs, blocking));
        assertEquals(expected, Files.readString(out.resolve("report.json")));
        Report report = ReportJson.read(out.resolve("report.json"));
        assertEquals(report.stories().size(), Files.readAllLines(out.resolve("stories.jsonl")).size());
        assertEquals(report.documents().size(), Files.readAllLines(out.resolve("documents.jsonl")).size());
        String firstStory = Files.readAllLines(out.resolve("stories.jsonl")).get(0);
        assertTrue(firstStory.startsWith("{\"id\":\"" + report.stories().get(0).id() + "\""), firstStory);
        try (var files = Files.list(out)) {
            assertEquals(List.of("documents.jsonl", "metrics.json", "report.json", "skipped.jsonl", "stories.jsonl"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    @Test
    void theSampleCorpusGivesTheSingleMachineReport() throws IOException {
        assertSameAsSingleMachine(List.of(root().resolve("samples/demo")), 3);
    }

    @Test
    void theStoryStepBlockedOnTheClusterGivesTheSingleMachineReportBlockedAlike() throws IOException {
        // blocked whatever the size, on 3 keys: the story step runs as shuffles, and gives what one JVM gives
        assertSameAsSingleMachine(List.of(root().resolve("samples/demo")), 3,
                new org.concord.cluster.StoryBlocking(3, 1, 0));
        var metrics = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("out/metrics.json")
                .toFile());
        assertTrue(metrics.path("story_blocking").path("candidate_pairs").asLong() > 0, metrics.toString());
        for (String phase : List.of("documents", "near-duplicates", "stories: candidate pairs", "story analysis")) {
            assertTrue(metrics.path("phases").path(phase).path("executor_run_seconds").isNumber(), phase + ": "
                    + metrics);
        }
        assertTrue(metrics.path("phases").path("stories: candidate pairs").path("shuffle_write_bytes").asLong() > 0,
                metrics.toString());
    }

    @Test
    void theArchiveModeGivesTheSingleMachineStoriesAndDocuments() throws IOException {
        assertArchiveIsSingleMachine(root().resolve("samples/demo"));
    }

    @Test
    @SharedData("seeds")
    void theArchiveModeGivesTheSeedsStoryAndItsFollowUp() throws IOException {
        assertArchiveIsSingleMachine(SharedDataCondition.path("seeds"));
    }

    private void assertArchiveIsSingleMachine(Path demo) throws IOException {
        // --archive keeps everything on the executors and always blocks the story step; the single machine blocked
        // alike gives the same stories and documents (local paths are read as file: URIs: only the sources differ)
        Path out = dir.resolve("archive");
        assertEquals(AnalyzeJob.OK, AnalyzeJob.run(spark, "--input", demo.toString(), "--out", out.toString(),
                "--partitions", "3", "--archive", "--story-blocking", "30,25,0"));
        Report archived = ReportJson.read(out.resolve("report.json"));
        Report local = singleMachine(List.of(demo), new org.concord.cluster.StoryBlocking(30, 25, 0));
        assertEquals(local.stories(), archived.stories());
        assertEquals(local.analysis(), archived.analysis());
        assertEquals(local.documents().size(), archived.documents().size());
        for (int i = 0; i < local.documents().size(); i++) {
            org.concord.model.Document a = local.documents().get(i);
            org.concord.model.Document b = archived.documents().get(i);
            assertEquals(a.id(), b.id());
            assertEquals(a, new org.concord.model.Document(b.id(), a.source(), b.outlet(), b.title(), b.published(),
                    b.publishedInferred(), b.text(), b.removed(), b.duplicateOf()));
        }
        assertEquals(archived.stories().size(), Files.readAllLines(out.resolve("stories.jsonl")).size());
        assertEquals(archived.documents().size(), Files.readAllLines(out.resolve("documents.jsonl")).size());
    }

    @Test
    void aBadStoryBlockingIsAUsageError() {
        assertEquals(2, AnalyzeJob.run(spark, "--input", root().resolve("samples/demo").toString(), "--out",
                dir.resolve("bad").toString(), "--story-blocking", "3,x"));
        assertEquals(2, AnalyzeJob.run(spark, "--input", root().resolve("samples/demo").toString(), "--out",
                dir.resolve("bad").toString(), "--story-blocking", "0,1,0"));
    }

    @Test
    @SharedData("seeds")
    void theSeedsGiveTheSingleMachineReport() throws IOException {
        assertSameAsSingleMachine(List.of(SharedDataCondition.path("seeds")), 2);
    }

    @Test
    void aFileSystemUriIsReadOnTheExecutorsWithTheSameStories() throws IOException {
        Path demo = root().resolve("samples/demo").toAbsolutePath();
        Path out = dir.resolve("uri");
        assertEquals(AnalyzeJob.OK, AnalyzeJob.run(spark, "--input", demo.toUri().toString(), "--out", out.toString(),
                "--partitions", "3"));
        Report viaUri = ReportJson.read(out.resolve("report.json"));
        Report local = singleMachine(List.of(demo));
        // the same documents and stories; only where each document came from is named as the file system names it
        assertEquals(local.stories(), viaUri.stories());
        assertEquals(local.documents().size(), viaUri.documents().size());
        for (int i = 0; i < local.documents().size(); i++) {
            org.concord.model.Document a = local.documents().get(i);
            org.concord.model.Document b = viaUri.documents().get(i);
            assertEquals(a.id(), b.id());
            assertEquals(a.text(), b.text());
            assertEquals(a.published(), b.published());
            if (a.source().startsWith("https://")) {
                assertEquals(a.source(), b.source()); // an article's own URL, whichever file held it
            } else {
                assertTrue(b.source().startsWith("file:") && b.source().endsWith(Path.of(a.source()).getFileName()
                        .toString()), b.source());
            }
        }
    }

    @Test
    void parquetTablesHoldTheStoriesAndDocuments() throws IOException {
        Path out = dir.resolve("pq");
        assertEquals(AnalyzeJob.OK, AnalyzeJob.run(spark, "--input", root().resolve("samples/demo").toString(),
                "--out", out.toString(), "--parquet"));
        Report report = ReportJson.read(out.resolve("report.json"));
        var stories = spark.read().parquet(out.resolve("stories.parquet").toString());
        assertEquals(report.stories().size(), stories.count());
        assertEquals(report.stories().stream().map(org.concord.model.Story::id).sorted().toList(),
                stories.select("id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList().stream().sorted()
                        .toList());
        assertEquals(report.documents().size(), spark.read().parquet(out.resolve("documents.parquet").toString())
                .count());
    }

    @Test
    void nothingReadableIsAFailureNamingTheInput() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("blank.txt"), "");
        assertEquals(AnalyzeJob.FAILED, AnalyzeJob.run(spark, "--input", empty.toString(), "--out",
                dir.resolve("o").toString()));
    }
}
