package org.concord.spark;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.concord.cluster.StoryBlocking;
import org.concord.cluster.StoryBlocks;
import org.concord.ingest.Ingest;
import org.concord.ingest.IngestOptions;
import org.concord.ingest.IngestResult;
import org.concord.model.Document;
import org.concord.model.Report;
import org.concord.model.Skipped;
import org.concord.model.Story;
import org.concord.nlp.CoreNlpAnnotator;
import org.concord.nlp.LazyAnnotator;
import org.concord.pipeline.Analysis;
import org.concord.pipeline.Concord;
import org.concord.pipeline.DocumentBudget;
import org.concord.report.ReportJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spark-submit --class org.concord.spark.AnalyzeJob concord-spark-<v>-spark.jar --input PATH... --out DIR}:
 * the analysis {@code concord analyze} makes, with its per-document stages and per-story analysis on the cluster
 * ({@link SparkStageRunner}). Writes into DIR: {@code report.json} (the whole report-v1 report, as {@code analyze
 * --format json} writes it), and {@code stories.jsonl}, {@code documents.jsonl} and {@code skipped.jsonl} (one JSON
 * object per line, in the report's shapes); with {@code --parquet}, {@code stories.parquet} and
 * {@code documents.parquet} as well. The Spark master comes from spark-submit; run with {@code java -cp},
 * the job uses {@code local[*]} unless {@code -Dspark.master} says otherwise.
 *
 * <p>Local paths are read on the driver, as {@code analyze} reads them; file system URIs on the executors
 * ({@link SparkInputs}). The annotation, the near-duplicate candidates, the story step of a large corpus (blocked,
 * {@link SparkStoryBlocks}) and the story analysis run on the executors; the driver holds the documents and assembles
 * the report. {@code metrics.json} records each phase's executor time and shuffle bytes ({@link PhaseMetrics}).
 */
@Command(name = "concord-spark-analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Analyse articles into stories on Apache Spark (the work of concord analyze, on a cluster).")
public final class AnalyzeJob implements Callable<Integer> {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int PARTIAL = 3;

    @Option(names = "--input", arity = "1..*", required = true, paramLabel = "PATH",
            description = "Files or folders to read (every format analyze reads): local paths, read on the driver "
                    + "as analyze reads them, or file system URIs (hdfs://, s3a://, file://), read on the executors.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder for report.json, stories.jsonl, documents.jsonl, skipped.jsonl and metrics.json.")
    Path out;

    @Option(names = "--parquet", description = "Also write stories.parquet and documents.parquet (Spark SQL tables "
            + "with the JSON lines' fields) into the output folder.")
    boolean parquet;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Partitions per phase (default: 4 per core of the cluster, from spark.default.parallelism).")
    int partitions;

    @Option(names = "--summary-words", paramLabel = "N", defaultValue = "120",
            description = "Summary length in words (default: ${DEFAULT-VALUE}).")
    int summaryWords;

    @Option(names = "--max-document-tokens", paramLabel = "N", defaultValue = "200000",
            description = "Skip a document estimated past this many tokens (default: ${DEFAULT-VALUE}).")
    int maxDocumentTokens;

    @Option(names = "--max-document-seconds", paramLabel = "S", defaultValue = "120",
            description = "Skip a document whose annotation takes longer (default: ${DEFAULT-VALUE}).")
    long maxDocumentSeconds;

    @Option(names = "--story-blocking", paramLabel = "KEYS,WINDOW,FROM", converter = BlockingConverter.class,
            defaultValue = "30,25,5000",
            description = "The story step on a large corpus: from FROM original documents on, each is compared only "
                    + "with those sharing one of its KEYS strongest terms within WINDOW places in that term's date "
                    + "order (below FROM: all pairs; default: ${DEFAULT-VALUE}, see docs/scaling.md).")
    StoryBlocking storyBlocking;

    @Option(names = "--archive",
            description = "Keep everything on the executors: inputs read there (local paths as file: URIs), every "
                    + "step a shuffle, the story step always blocked, and the output written as it streams back, so "
                    + "the driver never holds the corpus (for archives; see docs/scaling.md). Without it the driver "
                    + "holds the documents, as analyze does, and gives analyze's report exactly.")
    boolean archive;

    private final SparkSession given;

    AnalyzeJob(SparkSession given) {
        this.given = given;
    }

    public static void main(String[] args) {
        System.exit(run(null, args));
    }

    /** Runs the job on {@code session} (null: the session spark-submit or spark.master configures). */
    static int run(SparkSession session, String... args) {
        CommandLine cl = new CommandLine(new AnalyzeJob(session));
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("concord-spark: " + e.getMessage());
            return FAILED;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        if (summaryWords < 10) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--summary-words must be at least 10");
        }
        // spark-submit sets the master; run with java -cp, the job uses this machine's cores
        SparkSession session = given != null ? given : SparkSession.builder().appName("concord-analyze")
                .config(new SparkConf().setIfMissing("spark.master", "local[*]")).getOrCreate();
        try {
            return analyze(session, JavaSparkContext.fromSparkContext(session.sparkContext()));
        } finally {
            if (given == null) {
                session.stop();
            }
        }
    }

    private int analyze(SparkSession session, JavaSparkContext jsc) throws IOException {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        if (jsc.isLocal()) {
            // in local mode the executors are this JVM: load the models once here, timed apart from the analysis
            long load = System.nanoTime();
            CoreNlpAnnotator.shared();
            err.printf(Locale.ROOT, "concord-spark: models loaded in %.1f s%n", (System.nanoTime() - load) / 1e9);
        }
        PhaseMetrics metrics = new PhaseMetrics();
        jsc.sc().addSparkListener(metrics);
        long t0 = System.nanoTime();
        int parts = partitions > 0 ? partitions : Math.max(1, 4 * jsc.defaultParallelism());
        if (archive) {
            return archive(session, jsc, metrics, parts, t0, err);
        }
        IngestResult read = read(jsc, parts);
        if (read.articles().isEmpty()) {
            for (Skipped s : read.skipped()) {
                err.println("concord-spark: " + s.source() + ": " + s.reason());
            }
            err.println("concord-spark: no article could be read from " + inputs);
            return FAILED;
        }
        DocumentBudget budget = DocumentBudget.of(Duration.ofSeconds(maxDocumentSeconds), maxDocumentTokens);
        SparkStageRunner runner = new SparkStageRunner(jsc, summaryWords, budget, parts);
        Concord concord = Concord.builder()
                .annotator(LazyAnnotator.shared(() -> { }, s -> { }))
                .runner(runner)
                .storyBlocking(storyBlocking)
                .summaryWords(summaryWords)
                .documentBudget(budget)
                .warnings(line -> err.println("concord-spark: " + line))
                .build();
        Analysis a = concord.analyze(read);
        Report report = a.report();
        double seconds = (System.nanoTime() - t0) / 1e9;
        write(report);
        writeMetrics(jsc, metrics, a, a.report().documents().size(), a.report().stories().size(),
                runner.storyCounts(), seconds, parts, err);
        if (parquet) {
            // the JSON lines as Parquet tables, their schema inferred from the report's fields
            for (String table : List.of("stories", "documents")) {
                session.read().json(out.resolve(table + ".jsonl").toAbsolutePath().toString())
                        .write().mode("overwrite").parquet(out.resolve(table + ".parquet").toAbsolutePath().toString());
            }
        }
        err.printf(Locale.ROOT, "concord-spark: %d documents, %d stories, %d skipped in %.1f s (%d partitions); "
                        + "written to %s%n", report.documents().size(), report.stories().size(),
                report.skipped().size(), seconds, parts, out);
        if (report.documents().isEmpty()) {
            return FAILED;
        }
        return report.skipped().stream().allMatch(Skipped::duplicate) ? OK : PARTIAL;
    }

    /** {@code --archive}: {@link ArchiveAnalysis}, the output streamed back one partition at a time. */
    private int archive(SparkSession session, JavaSparkContext jsc, PhaseMetrics metrics, int parts, long t0,
                        PrintWriter err) throws IOException {
        List<String> uris = new ArrayList<>();
        for (String in : inputs) {
            uris.add(SparkInputs.isUri(in) ? in : Path.of(in).toAbsolutePath().toUri().toString());
        }
        for (String in : inputs) {
            if (!SparkInputs.isUri(in) && !Files.exists(Path.of(in))) {
                err.println("concord-spark: " + in + ": no such file or folder");
                return FAILED;
            }
        }
        var read = SparkInputs.readKept(jsc, uris, IngestOptions.defaults(), parts);
        DocumentBudget budget = DocumentBudget.of(Duration.ofSeconds(maxDocumentSeconds), maxDocumentTokens);
        StoryBlocks.Counts[] counts = new StoryBlocks.Counts[1];
        ArchiveAnalysis.Result r = ArchiveAnalysis.run(read._1(), read._2(), summaryWords, budget, storyBlocking,
                parts, c -> counts[0] = c, line -> err.println("concord-spark: " + line));
        r.documents().persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK_SER());
        r.stories().persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK_SER());
        long documents = r.documents().count();
        long stories = r.stories().count();
        long skipped = r.skipped().count();
        if (documents == 0) {
            r.skipped().toLocalIterator().forEachRemaining(s -> err.println("concord-spark: " + s.source() + ": "
                    + s.reason()));
            err.println("concord-spark: no article could be read from " + inputs);
            return FAILED;
        }
        org.concord.model.Provenance provenance = new org.concord.model.Provenance(Concord.ENGINE_VERSION,
                LazyAnnotator.shared(() -> { }, s -> { }).version(), summaryWords,
                org.concord.model.Provenance.IDS, r.incompleteStories(),
                org.concord.quote.QuoteStep.defaultMinConfidence());
        Files.createDirectories(out);
        ObjectWriter line = ReportJson.mapper().writer();
        writeAtomically(out.resolve("report.json"), w -> ReportJson.writeStreaming(w, r.documents().toLocalIterator(),
                r.stories().toLocalIterator(), r.skipped().toLocalIterator(), provenance));
        writeAtomically(out.resolve("stories.jsonl"), w -> lines(w, line, r.stories().toLocalIterator()));
        writeAtomically(out.resolve("documents.jsonl"), w -> lines(w, line, r.documents().toLocalIterator()));
        writeAtomically(out.resolve("skipped.jsonl"), w -> lines(w, line, r.skipped().toLocalIterator()));
        if (parquet) {
            for (String table : List.of("stories", "documents")) {
                session.read().json(out.resolve(table + ".jsonl").toAbsolutePath().toString())
                        .write().mode("overwrite").parquet(out.resolve(table + ".parquet").toAbsolutePath().toString());
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        writeMetrics(jsc, metrics, null, documents, stories, counts[0], seconds, parts, err);
        err.printf(Locale.ROOT, "concord-spark: %d documents, %d stories, %d skipped in %.1f s (%d partitions, "
                + "archive); written to %s%n", documents, stories, skipped, seconds, parts, out);
        List<Skipped> notDuplicates = r.skipped().filter(s -> !s.duplicate()).take(1);
        return notDuplicates.isEmpty() ? OK : PARTIAL;
    }

    private static <T> void lines(Writer w, ObjectWriter line, java.util.Iterator<T> items) throws IOException {
        while (items.hasNext()) {
            w.write(line.writeValueAsString(items.next()));
            w.write('\n');
        }
    }

    /** Parses {@code KEYS,WINDOW,FROM}. */
    static final class BlockingConverter implements CommandLine.ITypeConverter<StoryBlocking> {
        @Override
        public StoryBlocking convert(String value) {
            String[] p = value.split(",");
            if (p.length != 3) {
                throw new CommandLine.TypeConversionException("expected KEYS,WINDOW,FROM (three whole numbers), got '"
                        + value + "'");
            }
            try {
                return new StoryBlocking(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()),
                        Integer.parseInt(p[2].trim()));
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("expected KEYS,WINDOW,FROM (three whole numbers), got '"
                        + value + "'");
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Local paths read here, as analyze reads them; URIs read on the executors ({@link SparkInputs}). */
    private IngestResult read(JavaSparkContext jsc, int parts) {
        List<Path> local = new ArrayList<>();
        List<String> uris = new ArrayList<>();
        for (String in : inputs) {
            if (SparkInputs.isUri(in)) {
                uris.add(in);
            } else {
                local.add(Path.of(in));
            }
        }
        List<IngestResult> results = new ArrayList<>();
        if (!local.isEmpty()) {
            results.add(Ingest.create(IngestOptions.defaults()).read(local));
        }
        if (!uris.isEmpty()) {
            results.add(SparkInputs.read(jsc, uris, IngestOptions.defaults(), parts));
        }
        return results.size() == 1 ? results.get(0) : Ingest.merge(results);
    }

    private void write(Report report) throws IOException {
        Files.createDirectories(out);
        ObjectWriter line = ReportJson.mapper().writer();
        writeAtomically(out.resolve("report.json"), w -> w.write(ReportJson.toJson(report)));
        writeAtomically(out.resolve("stories.jsonl"), w -> {
            for (Story s : report.stories()) {
                w.write(line.writeValueAsString(s));
                w.write('\n');
            }
        });
        writeAtomically(out.resolve("documents.jsonl"), w -> {
            for (Document d : report.documents()) {
                w.write(line.writeValueAsString(d));
                w.write('\n');
            }
        });
        writeAtomically(out.resolve("skipped.jsonl"), w -> {
            for (Skipped s : report.skipped()) {
                w.write(line.writeValueAsString(s));
                w.write('\n');
            }
        });
    }

    /**
     * {@code metrics.json}: per phase, the executors' run and CPU seconds, records and shuffle bytes (Spark's task
     * metrics), the driver's seconds per stage, and the blocked story step's counts; a table of the phases on
     * standard error.
     */
    private void writeMetrics(JavaSparkContext jsc, PhaseMetrics metrics, Analysis a, long documents, long stories,
                              StoryBlocks.Counts counts, double seconds, int parts, PrintWriter err)
            throws IOException {
        try {
            jsc.sc().listenerBus().waitUntilEmpty(); // the listener hears of the last stages asynchronously
        } catch (java.util.concurrent.TimeoutException e) {
            err.println("concord-spark: metrics.json may miss the last stages: " + e.getMessage());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", documents);
        m.put("stories", stories);
        if (a != null) {
            m.put("tokens", a.tokens());
        }
        m.put("seconds", seconds);
        m.put("partitions", parts);
        m.put("master", jsc.master());
        m.put("archive", a == null);
        if (a != null) {
            m.put("driver_stage_seconds", a.stageSeconds());
        }
        Map<String, Object> phases = new LinkedHashMap<>();
        metrics.phases().forEach((name, p) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("stages", p.stages());
            row.put("tasks", p.tasks());
            row.put("executor_run_seconds", p.runSeconds());
            row.put("executor_cpu_seconds", p.cpuSeconds());
            row.put("records_read", p.inputRecords());
            row.put("shuffle_write_bytes", p.shuffleWriteBytes());
            row.put("shuffle_read_bytes", p.shuffleReadBytes());
            phases.put(name, row);
            err.printf(Locale.ROOT, "concord-spark: phase %-28s %4d stages %6.1f s run %6.1f s cpu %,14d B shuffled%n",
                    name, p.stages(), p.runSeconds(), p.cpuSeconds(), p.shuffleWriteBytes());
        });
        m.put("phases", phases);
        if (counts != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("documents", counts.documents());
            c.put("candidate_pairs", counts.candidatePairs());
            c.put("links", counts.links());
            c.put("components", counts.components());
            c.put("largest_component", counts.largestComponent());
            m.put("story_blocking", c);
            err.printf(Locale.ROOT, "concord-spark: story blocking: %d candidate pairs (%.1f per document), %d links, "
                            + "%d components, largest %d%n", counts.candidatePairs(),
                    counts.candidatePairs() / (double) Math.max(1, counts.documents()), counts.links(),
                    counts.components(), counts.largestComponent());
        }
        writeAtomically(out.resolve("metrics.json"),
                w -> w.write(ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(m)));
    }

    private interface Body {
        void writeTo(Writer w) throws IOException;
    }

    /** Written to a temporary file beside {@code file}, then moved into place: a failed run leaves no half file. */
    private static void writeAtomically(Path file, Body body) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.writeTo(w);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
