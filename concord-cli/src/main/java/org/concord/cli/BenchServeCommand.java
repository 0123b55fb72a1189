package org.concord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.concord.annotate.TextAnnotator;
import org.concord.eval.EvalJson;
import org.concord.ingest.Ingest;
import org.concord.ingest.IngestOptions;
import org.concord.ingest.IngestResult;
import org.concord.ingest.RawArticle;
import org.concord.pipeline.Analysis;
import org.concord.pipeline.Concord;
import org.concord.pipeline.DocumentBudget;
import org.concord.serve.Database;
import org.concord.serve.Tokens;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code concord bench serve --data PATH}: the serving benchmark of issue 19, against {@code concord serve} run as a
 * separate JVM (this one's java, class path, heap and -D flags) on a free port and a new data folder:
 * <ol>
 * <li>durability: client threads post documents in small batches; the server is killed with SIGKILL when a seeded
 * random number of them has been acknowledged; it is started again on the same folder, the clients post again
 * what was not acknowledged, and then every acknowledged document must be stored and analysed, each in exactly one
 * story and closed by exactly one analysis in the durable queue;</li>
 * <li>freshness: on the idle server, documents posted one at a time, the time until each is in its story;</li>
 * <li>reads: concurrent readers of {@code /v1/search} and {@code /v1/stories/{id}} on that store;</li>
 * <li>ingest rate: the same documents posted to a new server (models loaded first) until analysed, against the
 * batch analysis ({@code analyze}'s pipeline) of the same documents in this JVM.</li>
 * </ol>
 * Prints one JSON object (snake_case, as concord.bench/1) on standard output; progress on standard error.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Benchmark concord serve (run as a child process): durability under kill -9 while clients "
                + "post, the time until a posted document shows in its story, read latency of search and story "
                + "pages under concurrent readers, and the ingest rate against the batch analysis.",
                "Exit status: 0 measured with nothing lost and nothing analysed twice, 1 a document lost or "
                        + "duplicated or a server that failed, 2 usage error."})
final class BenchServeCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "PATH",
            description = "Articles (anything analyze reads): the first --documents are posted, the next --warmup "
                    + "load the models, the next --fresh measure freshness.")
    Path data;

    @Option(names = "--documents", paramLabel = "N", defaultValue = "1000",
            description = "Documents posted by the clients (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "8",
            description = "Client threads posting (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "5",
            description = "Documents per POST (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--ingest-rate", paramLabel = "DOCS_PER_S", defaultValue = "0",
            description = "Pace the durability run's posts to this many documents/s in all (default: 0, as fast as "
                    + "the server acknowledges), so that analysis rounds commit while documents arrive.")
    double ingestRate;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seeds the moment of the kill and the readers' queries (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--readers", paramLabel = "N", defaultValue = "32",
            description = "Concurrent readers (default: ${DEFAULT-VALUE}).")
    int readers;

    @Option(names = "--read-seconds", paramLabel = "S", defaultValue = "20",
            description = "How long the readers read (default: ${DEFAULT-VALUE}).")
    double readSeconds;

    @Option(names = "--fresh", paramLabel = "N", defaultValue = "20",
            description = "Documents posted one at a time to the idle server for freshness (default: "
                    + "${DEFAULT-VALUE}).")
    int fresh;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5",
            description = "Documents analysed first by each server and by the batch run, so that model loading is "
                    + "not timed (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--no-rate", description = "Skip the ingest rate against the batch analysis.")
    boolean noRate;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Keep the servers' data folders and logs here (default: a temporary folder, deleted).")
    Path store;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "3600",
            description = "Give up when a server does not start, or its queue does not drain, within S seconds "
                    + "(default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--annotator-class", paramLabel = "CLASS", hidden = true,
            description = "For tests: the servers and the batch run annotate with this TextAnnotator class.")
    String annotatorClass;

    @CommandLine.Mixin
    ThreadsOption threads;

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Mixin
    QuietOption quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpClient http;
    private Progress progress;
    private PrintWriter err;

    /** The result (snake_case on output). */
    record Result(String schema, String data, int threads, String annotator, int documents, int clients, int batch,
                  long seed, Durability durability, Freshness freshness, Reads reads, Rate ingest,
                  List<String> notes) {}

    /**
     * Kill -9 mid-ingest: {@code acknowledged} posts answered 2xx before the kill ({@code kill_after} was the seeded
     * target), {@code unacknowledged} documents whose post had no answer, of which {@code already_stored} were found
     * committed when posted again; {@code lost}: acknowledged documents missing or not analysed after the restart;
     * {@code duplicated}: documents in more than one story (or twice in one), or closed by more than one analysis.
     */
    record Durability(int killAfter, int acknowledged, int unacknowledged, int alreadyStored,
                      int analysedBeforeKill, int lost, int duplicated, int openWork, int storedDocuments,
                      int stories, double restartS, double recoverS, double drainS) {}

    record Freshness(int sample, double p50S, double p95S, double maxS, double meanS) {}

    record Latency(long requests, long errors, double p50Ms, double p95Ms, double p99Ms, double maxMs) {}

    record Reads(int readers, double seconds, int storeDocuments, int storeStories, double requestsPerS,
                 Latency search, Latency story) {}

    record Rate(int documents, double postS, double acceptedDocsPerS, double serverS, double serverDocsPerS,
                double batchS, double batchDocsPerS, double ratio) {}

    /** A running {@code concord serve} child. */

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        int n = threads.count(cl);
        if (documents < 1 || clients < 1 || batch < 1 || readers < 1 || fresh < 0 || warmup < 0 || readSeconds <= 0
                || timeout < 1 || ingestRate < 0) {
            throw new CommandLine.ParameterException(cl, "--documents, --clients, --batch, --readers and --timeout "
                    + "must be at least 1, --fresh and --warmup at least 0, --read-seconds above 0, --ingest-rate "
                    + "0 or more");
        }
        if (!Files.exists(data)) {
            throw new CommandLine.ParameterException(cl, "--data: no such file or directory: " + data);
        }
        TextAnnotator testAnnotator = annotatorClass == null ? null : ServeCommand.annotatorOf(annotatorClass, cl);
        err = cl.getErr();
        progress = quiet.progress(err);
        IngestResult in = Ingest.create(IngestOptions.defaults()).read(List.of(data));
        List<RawArticle> all = in.articles();
        if (all.isEmpty()) {
            throw new NothingReadable(List.of(data), in.skipped());
        }
        List<String> notes = new ArrayList<>();
        int m = Math.min(documents, all.size());
        if (m < documents) {
            notes.add("--documents " + documents + ": only " + all.size() + " articles in " + data);
        }
        List<RawArticle> posted = all.subList(0, m);
        List<RawArticle> warm = all.subList(m, Math.min(all.size(), m + warmup));
        List<RawArticle> freshDocs = all.subList(m + warm.size(), Math.min(all.size(), m + warm.size() + fresh));
        if (warm.size() < warmup) {
            notes.add("warm-up: " + warm.size() + " of " + warmup + " documents (the data has no more)");
        }
        if (freshDocs.size() < fresh) {
            notes.add("freshness: " + freshDocs.size() + " of " + fresh + " documents (the data has no more)");
        }
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Path root = store != null ? store : Files.createTempDirectory("concord-bench-serve");
        Files.createDirectories(root);
        try {
            Path dir1 = root.resolve("durability");
            String token = token(dir1);
            Durability dur;
            Freshness fr;
            Reads reads;
            BenchServer s2;
            // 1. durability
            BenchServer s1 = BenchServer.start(dir1, "1", n, annotatorClass, timeout, http);
            try {
                post(s1, token, warm);
                awaitDrained(s1);
            } catch (IOException | RuntimeException e) {
                s1.process().destroyForcibly();
                throw e;
            }
            int killAfter = m <= 1 ? 1 : (int) Math.round(m * (0.2 + 0.6 * new Random(seed).nextDouble()));
            progress.note(String.format(Locale.ROOT, "durability: %d clients post %d documents in batches of %d; "
                    + "kill -9 after %d acknowledged", clients, m, batch, killAfter));
            Ingested first;
            try {
                first = ingest(s1, token, posted, killAfter);
            } finally {
                if (s1.process().isAlive() && !s1.process().destroyForcibly().waitFor(60,
                        java.util.concurrent.TimeUnit.SECONDS)) {
                    throw new IOException("the first server did not die");
                }
            }
            Instant killedAt = first.killedAt();
            if (killedAt == null) {
                // every post was answered before the target (a batch larger than the rest): killed right after
                notes.add("every post was acknowledged before the kill target; the server was killed after them");
                killedAt = Instant.now();
            }
            long t0 = System.nanoTime();
            s2 = BenchServer.start(dir1, "2", n, annotatorClass, timeout, http);
            double restartS = round((System.nanoTime() - t0) / 1e9);
            progress.note(String.format(Locale.ROOT, "restarted in %.1fs; posting the %d unacknowledged documents "
                    + "again", restartS, first.pending().size()));
            try {
                Ingested again = ingest(s2, token, first.pending(), Integer.MAX_VALUE);
                if (!again.pending().isEmpty()) {
                    throw new IOException(again.pending().size() + " documents could not be posted to the restarted "
                            + "server; see " + s2.log());
                }
                double recoverS = round((System.nanoTime() - t0) / 1e9);
                awaitDrained(s2);
                double drainS = round((System.nanoTime() - t0) / 1e9);
                progress.note(String.format(Locale.ROOT, "queue drained %.1fs after the restart; checking", drainS));
                Check check = check(s2, first.acknowledged());
                dur = new Durability(killAfter, first.acknowledged().size(), first.pending().size(),
                        again.unchanged(), 0, check.lost(), check.duplicated(), 0, check.documents(), check.stories(),
                        restartS, recoverS, drainS);
                fr = freshness(s2, token, freshDocs);
                reads = BenchReads.measure(s2, readers, readSeconds, seed, progress);
            } finally {
                s2.stop();
            }
            DbCheck db = dbCheck(dir1, killedAt);
            dur = new Durability(dur.killAfter(), dur.acknowledged(), dur.unacknowledged(), dur.alreadyStored(),
                    db.doneBeforeKill(), dur.lost(), dur.duplicated() + db.analysedTwice(), db.open(),
                    dur.storedDocuments(), dur.stories(), dur.restartS(), dur.recoverS(), dur.drainS());
            // 4. ingest rate against the batch analysis
            Rate rate = noRate ? null : rate(root.resolve("rate"), posted, warm, n, testAnnotator);
            String annotator = testAnnotator != null ? testAnnotator.name() : "corenlp";
            Result r = new Result("concord.bench-serve/1", data.toString(), n, annotator, m, clients, batch, seed,
                    dur, fr, reads, rate, notes);
            output.write(EvalJson.write(r) + "\n", cl.getOut());
            summary(r);
            return dur.lost() == 0 && dur.duplicated() == 0 && dur.openWork() == 0 ? Main.OK : Main.FAILED;
        } finally {
            if (store == null) {
                deleteTree(root);
            }
        }
    }

    private void summary(Result r) {
        Durability d = r.durability();
        err.printf(Locale.ROOT, "durability: %d acknowledged before the kill, %d unacknowledged (%d already stored), "
                + "lost %d, duplicated %d; restart %.1fs, queue drained %.1fs after it%n", d.acknowledged(),
                d.unacknowledged(), d.alreadyStored(), d.lost(), d.duplicated(), d.restartS(), d.drainS());
        if (r.freshness() != null) {
            err.printf(Locale.ROOT, "freshness: post to story p50 %.2fs, p95 %.2fs (%d documents)%n",
                    r.freshness().p50S(), r.freshness().p95S(), r.freshness().sample());
        }
        Reads rd = r.reads();
        err.printf(Locale.ROOT, "reads (%d readers, %d documents, %d stories): search p50/p95/p99 %.0f/%.0f/%.0f ms, "
                + "story %.0f/%.0f/%.0f ms%n", rd.readers(), rd.storeDocuments(), rd.storeStories(),
                rd.search().p50Ms(), rd.search().p95Ms(), rd.search().p99Ms(), rd.story().p50Ms(),
                rd.story().p95Ms(), rd.story().p99Ms());
        if (r.ingest() != null) {
            err.printf(Locale.ROOT, "ingest: server %.2f docs/s, batch %.2f docs/s, ratio %.3f (accepted %.1f "
                    + "docs/s)%n", r.ingest().serverDocsPerS(), r.ingest().batchDocsPerS(), r.ingest().ratio(),
                    r.ingest().acceptedDocsPerS());
        }
        err.flush();
    }

    // ---- the server process

    private String token(Path dir) {
        try (Database db = Database.open(dir, null, null, null)) {
            return new Tokens(db, java.time.Clock.systemUTC()).create("bench");
        }
    }

    /** Posts everything with the clients (no kill), failing on any error. */
    private void post(BenchServer s, String token, List<RawArticle> docs) throws Exception {
        Ingested r = ingest(s, token, docs, Integer.MAX_VALUE);
        if (!r.pending().isEmpty()) {
            throw new IOException(r.pending().size() + " documents could not be posted; see " + s.log());
        }
    }

    /** What the clients did: acknowledged ids, documents not acknowledged, the kill, times. */
    private record Ingested(Set<String> acknowledged, List<RawArticle> pending, int unchanged, Instant killedAt,
                            double firstPostNanos, double lastAckNanos) {}

    /**
     * The clients post {@code docs} in batches; when {@code killAfter} documents are acknowledged the server is
     * killed (SIGKILL) and every batch not acknowledged is returned as pending.
     */
    private Ingested ingest(BenchServer s, String token, List<RawArticle> docs, int killAfter) throws Exception {
        ConcurrentLinkedQueue<List<RawArticle>> batches = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < docs.size(); i += batch) {
            batches.add(docs.subList(i, Math.min(docs.size(), i + batch)));
        }
        Set<String> acked = Collections.synchronizedSet(new TreeSet<>());
        List<RawArticle> pending = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger unchanged = new AtomicInteger();
        AtomicInteger ackCount = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        Instant[] killedAt = new Instant[1];
        long t0 = System.nanoTime();
        long[] lastAck = {t0};
        boolean paced = killAfter != Integer.MAX_VALUE && ingestRate > 0;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                fs.add(pool.submit(() -> {
                    List<RawArticle> b;
                    while ((b = batches.poll()) != null) {
                        if (killed.get()) {
                            pending.addAll(b);
                            continue;
                        }
                        if (paced) {
                            long due = t0 + (long) (started.getAndAdd(b.size()) / ingestRate * 1e9);
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                        }
                        HttpResponse<String> r;
                        try {
                            r = s.postBatch(token, b);
                        } catch (IOException e) {
                            pending.addAll(b); // no answer: not acknowledged
                            continue;
                        }
                        if (r.statusCode() / 100 != 2) {
                            pending.addAll(b);
                            continue;
                        }
                        for (JsonNode d : JSON.readTree(r.body()).path("documents")) {
                            acked.add(d.path("id").asText());
                            if (d.path("state").asText().equals("unchanged")) {
                                unchanged.incrementAndGet();
                            }
                        }
                        synchronized (lastAck) {
                            lastAck[0] = System.nanoTime();
                        }
                        if (ackCount.addAndGet(b.size()) >= killAfter && killed.compareAndSet(false, true)) {
                            killedAt[0] = Instant.now();
                            s.process().destroyForcibly();
                            progress.note("server killed (SIGKILL) after " + ackCount.get() + " acknowledged");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Ingested(acked, new ArrayList<>(pending), unchanged.get(), killedAt[0], t0, lastAck[0]);
    }

    /** Waits until the queue is empty and no document is queued (every round committed). */
    private void awaitDrained(BenchServer s) throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout * 1_000_000_000L;
        long lastNote = System.nanoTime();
        while (System.nanoTime() < end) {
            if (!s.process().isAlive()) {
                throw new IOException("the server exited: " + BenchServer.tail(s.log()));
            }
            JsonNode h = s.getJson("/health");
            if (h.path("queue").asLong() == 0 && h.path("documents").path("queued").asLong() == 0) {
                return;
            }
            if (System.nanoTime() - lastNote > 10_000_000_000L) {
                progress.note("queue: " + h.path("queue").asLong() + " open, " + h.path("documents").path("analysed")
                        .asLong() + " analysed");
                lastNote = System.nanoTime();
            }
            Thread.sleep(100); // polls /health
        }
        throw new IOException("the queue did not drain within " + timeout + "s: " + BenchServer.tail(s.log()));
    }

    // ---- checks

    /** Lost and duplicated documents as the API shows them; the stories' ids for the readers. */
    private record Check(int lost, int duplicated, int documents, int stories) {}

    private Check check(BenchServer s, Set<String> acknowledged) throws IOException, InterruptedException {
        int lost = 0;
        for (String id : acknowledged) {
            HttpResponse<String> r = s.get("/v1/documents/" + enc(id));
            if (r.statusCode() != 200) {
                lost++;
                err.println("concord: lost: " + id + " (" + r.statusCode() + ")");
                continue;
            }
            String state = JSON.readTree(r.body()).path("state").asText();
            if (!state.equals("analysed") && !state.equals("skipped")) {
                lost++;
                err.println("concord: not analysed: " + id + " (" + state + ")");
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = s.getJson("/v1/stories?limit=100" + (cursor == null ? "" : "&cursor=" + enc(cursor)));
            for (JsonNode st : page.path("stories")) {
                ids.add(st.path("id").asText());
            }
            cursor = page.path("next_cursor").isTextual() ? page.path("next_cursor").asText() : null;
        } while (cursor != null);
        for (String id : ids) {
            for (JsonNode d : s.getJson("/v1/stories/" + enc(id)).path("documents")) {
                seen.merge(d.asText(), 1, Integer::sum);
            }
        }
        int dup = 0;
        for (Map.Entry<String, Integer> e : seen.entrySet()) {
            if (e.getValue() > 1) {
                dup++;
                err.println("concord: in " + e.getValue() + " stories: " + e.getKey());
            }
        }
        for (String id : acknowledged) {
            if (!seen.containsKey(id)) {
                HttpResponse<String> r = s.get("/v1/documents/" + enc(id));
                if (r.statusCode() == 200 && JSON.readTree(r.body()).path("state").asText().equals("analysed")) {
                    lost++;
                    err.println("concord: analysed but in no story: " + id);
                }
            }
        }
        return new Check(lost, dup, seen.size(), ids.size());
    }

    private record DbCheck(int analysedTwice, int open, int doneBeforeKill) {}

    /** The durable queue, read after the server stopped: every document closed by one analysis, nothing open. */
    private DbCheck dbCheck(Path dir, Instant killedAt) throws SQLException {
        try (Database db = Database.open(dir, null, null, null); Connection c = db.connection()) {
            int twice = count(c, "SELECT COUNT(*) FROM (SELECT document_id FROM work_queue WHERE outcome = 'analysed' "
                    + "GROUP BY document_id HAVING COUNT(*) > 1) t", null);
            int open = count(c, "SELECT COUNT(*) FROM work_queue WHERE done_at IS NULL", null);
            int before = count(c, "SELECT COUNT(*) FROM work_queue WHERE done_at IS NOT NULL AND done_at < ? "
                    + "AND document_id IS NOT NULL", killedAt);
            return new DbCheck(twice, open, before);
        }
    }

    private static int count(Connection c, String sql, Instant at) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            if (at != null) {
                p.setObject(1, java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
            }
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    // ---- freshness

    private Freshness freshness(BenchServer s, String token, List<RawArticle> docs) throws Exception {
        if (docs.isEmpty()) {
            return null;
        }
        progress.note("freshness: " + docs.size() + " documents posted one at a time");
        List<Double> times = new ArrayList<>();
        for (RawArticle a : docs) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = s.postBatch(token, List.of(a));
            if (r.statusCode() / 100 != 2) {
                throw new IOException("freshness post: " + r.statusCode() + " " + r.body());
            }
            long end = System.nanoTime() + timeout * 1_000_000_000L;
            while (true) {
                JsonNode d = s.getJson("/v1/documents/" + enc(a.id()));
                String story = d.path("story").isTextual() ? d.path("story").asText() : null;
                if (story != null && inStory(s, story, a.id())) {
                    break;
                }
                if (d.path("state").asText().equals("skipped") || d.path("state").asText().equals("failed")) {
                    throw new IOException("freshness: " + a.id() + " was " + d.path("state").asText());
                }
                if (System.nanoTime() > end) {
                    throw new IOException("freshness: " + a.id() + " not in a story after " + timeout + "s");
                }
                Thread.sleep(20); // polls the document
            }
            times.add((System.nanoTime() - t0) / 1e9);
        }
        Collections.sort(times);
        double mean = times.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new Freshness(times.size(), round(BenchReads.pct(times, 50)), round(BenchReads.pct(times, 95)),
                round(times.get(times.size() - 1)), round(mean));
    }

    private boolean inStory(BenchServer s, String story, String id) throws IOException, InterruptedException {
        HttpResponse<String> r = s.get("/v1/stories/" + enc(story));
        if (r.statusCode() != 200) {
            return false;
        }
        for (JsonNode d : JSON.readTree(r.body()).path("documents")) {
            if (d.asText().equals(id)) {
                return true;
            }
        }
        return false;
    }

    // ---- ingest rate

    private Rate rate(Path dir, List<RawArticle> docs, List<RawArticle> warm, int n, TextAnnotator testAnnotator)
            throws Exception {
        String token = token(dir);
        BenchServer s = BenchServer.start(dir, "rate", n, annotatorClass, timeout, http);
        double postS;
        double serverS;
        try {
            post(s, token, warm);
            awaitDrained(s);
            progress.note("ingest rate: " + docs.size() + " documents to a new server, models loaded");
            long t0 = System.nanoTime();
            Ingested r = ingest(s, token, docs, Integer.MAX_VALUE);
            if (!r.pending().isEmpty()) {
                throw new IOException(r.pending().size() + " documents could not be posted; see " + s.log());
            }
            postS = (r.lastAckNanos() - t0) / 1e9;
            awaitDrained(s);
            serverS = (System.nanoTime() - t0) / 1e9;
        } finally {
            s.stop();
        }
        progress.note("ingest rate: the batch analysis of the same documents in this JVM");
        TextAnnotator annotator = testAnnotator != null ? testAnnotator : Runner.annotator(progress);
        annotator.prepare();
        Concord.Builder b = Concord.builder().annotator(annotator).threads(n)
                .summaryWords(Runner.DEFAULT_SUMMARY_WORDS).documentBudget(DocumentBudget.defaults());
        if (!warm.isEmpty()) {
            b.build().analyzeArticles(warm, List.of());
        }
        long t1 = System.nanoTime();
        Analysis a = b.build().analyzeArticles(docs, List.of());
        double batchS = (System.nanoTime() - t1) / 1e9;
        if (a.report().documents().isEmpty()) {
            throw new IOException("the batch analysis kept no document");
        }
        double server = docs.size() / serverS;
        double batchRate = docs.size() / batchS;
        return new Rate(docs.size(), round(postS), round(docs.size() / Math.max(postS, 1e-9)), round(serverS),
                round(server), round(batchS), round(batchRate), round(server / batchRate));
    }

    // ---- helpers

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
