package org.concord.serve;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.concord.annotate.TextAnnotator;
import org.concord.pipeline.AnnotationCache;
import org.concord.pipeline.Concord;
import org.concord.pipeline.DocumentBudget;
import org.concord.store.AnnotationStore;

/**
 * {@code concord serve}: the store (relational part and search index), the analysis worker that drains the work
 * queue, and the HTTP API, started together and closed in the reverse order.
 *
 * <pre>{@code
 * try (ServeApp app = ServeApp.start(ServeConfig.defaults(Path.of("concord-data")).withPort(0), annotator, log)) {
 *     System.out.println("listening on " + app.url());
 * }
 * }</pre>
 */
public final class ServeApp implements AutoCloseable {
    private final ServeConfig config;
    private final Consumer<String> log;
    private final Database database;
    private final DocumentStore documents;
    private final StoryStore stories;
    private final Listings listings;
    private final Tokens tokens;
    private final CorrectionStore corrections;
    private final Entities entities;
    private final ServeMetrics metrics = new ServeMetrics();
    private final SearchIndex index;
    private final AnalysisWorker worker;
    private final SourceMetrics sourceMetrics = new SourceMetrics();
    private final Feeds feeds;
    private final WatchFolder watch;
    private Javalin web;

    private ServeApp(ServeConfig config, SourceOptions sources, TextAnnotator annotator, Consumer<String> log)
            throws IOException {
        this.config = config;
        this.log = log;
        Files.createDirectories(config.data());
        this.database = config.openDatabase();
        Clock clock = Clock.systemUTC();
        this.documents = new DocumentStore(database, clock);
        this.stories = new StoryStore(database, clock);
        this.listings = new Listings(database);
        this.tokens = new Tokens(database, clock);
        this.corrections = new CorrectionStore(database, clock);
        this.entities = new Entities(database);
        if (stories.backfillEntities()) {
            log.accept("store: entities of the stored stories listed (store version 2)");
        }
        this.index = SearchIndex.open(config.indexDir());
        long last = stories.totals().lastAnalysis();
        if (index.analysis() != last) {
            log.accept("search index: rebuilding from the store (index at analysis " + index.analysis()
                    + ", store at " + last + ")");
            index.rebuild(documents::forEachAnalysed, last);
        }
        AnnotationStore annotations = AnnotationStore.open(config.annotationsDir(), log);
        // the per-document outputs of the stored documents, kept for the server's lifetime: a round runs the
        // per-document stages on its new documents only (the first round after a start fills it)
        org.concord.pipeline.DocumentOutputs documentOutputs = org.concord.pipeline.DocumentOutputs.inMemory();
        this.worker = new AnalysisWorker(documents, stories, () -> Concord.builder()
                .annotator(annotator)
                .annotationCache(AnnotationCache.of(annotations))
                .documentOutputs(documentOutputs)
                .threads(config.threads())
                .summaryWords(config.summaryWords())
                .documentBudget(DocumentBudget.defaults())
                .corrections(corrections.all())
                .warnings(w -> log.accept("analysis: " + w))
                .build(), corrections::speakers, corrections::withdrawnSpeakerQuotes, config.batchSize(), log, this::indexCommitted, metrics);
        this.feeds = new Feeds(new FeedStore(database), documents, sources, log, this::wakeWorker, sourceMetrics);
        if (sources.watch() != null) {
            Files.createDirectories(sources.watch());
            this.watch = new WatchFolder(sources.watch(), database, documents, sources, log, this::wakeWorker,
                    sourceMetrics);
        } else {
            this.watch = null;
        }
    }

    /**
     * Opens the store under the configured data folder (migrating it), starts the analysis worker (unless
     * {@link ServeConfig#worker()} is off) and the HTTP server. {@code log} receives one line per event.
     */
    public static ServeApp start(ServeConfig config, TextAnnotator annotator, Consumer<String> log) {
        return start(config, SourceOptions.defaults(), annotator, log);
    }

    /**
     * As {@link #start(ServeConfig, TextAnnotator, Consumer)}, with the sources that feed the store by themselves:
     * the watched folder and the feed schedule, started last (on threads of their own when
     * {@link SourceOptions#background()}).
     */
    public static ServeApp start(ServeConfig config, SourceOptions sources, TextAnnotator annotator,
                                 Consumer<String> log) {
        ServeApp app;
        try {
            app = new ServeApp(config, sources, annotator, log);
        } catch (IOException e) {
            throw new Database.StoreException("cannot open the data folder " + config.data() + ": " + e.getMessage(),
                    e);
        }
        try {
            app.startWeb();
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        if (config.worker()) {
            app.worker.start();
        }
        if (sources.background()) {
            app.feeds.start();
            if (app.watch != null) {
                app.watch.start();
            }
        }
        return app;
    }

    private void startWeb() {
        Api api = new Api(this, config.maxBodyBytes(), config.openReads());
        web = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.jetty.multipartConfig.maxTotalRequestSize(config.maxBodyBytes(), io.javalin.config.SizeUnit.BYTES);
            c.requestLogger.http((ctx, ms) -> metrics.request(ctx.method().name(),
                    ctx.endpoint() == null ? "unmatched" : ctx.endpoint().path, ctx.statusCode()));
            api.register(c.routes);
            new org.concord.serve.web.WebUi(new WebData(this, config.openReads()), new WebAdmin(this))
                    .register(c.routes);
        });
        web.start(config.bind(), config.port());
    }

    /** What a story labels one indexed document with; the labels of the documents this process indexed. */
    private record Labels(String story, SearchFields.FromStory fromStory) {}

    private final java.util.Map<String, Labels> indexedLabels = new java.util.concurrent.ConcurrentHashMap<>();

    private void indexCommitted(StoryStore.Committed c) {
        try {
            List<SearchIndex.Entry> changed = new ArrayList<>();
            // a re-analysed story may label its unchanged documents with other entities and speakers: those whose
            // labels did change are indexed again (a document whose analysis changed always is)
            java.util.Set<String> ids = new java.util.TreeSet<>(c.documents());
            ids.addAll(documents.documentsOf(c.stories()));
            for (String id : ids) {
                SearchIndex.Entry e = documents.entry(id);
                Labels now = e.document() == null ? null : new Labels(e.story(), e.fromStory());
                if (c.documents().contains(id) || now == null || !now.equals(indexedLabels.get(id))) {
                    changed.add(e);
                }
                if (now == null) {
                    indexedLabels.remove(id);
                } else {
                    indexedLabels.put(id, now);
                }
            }
            index.update(changed, c.analysisId());
        } catch (IOException | RuntimeException e) {
            indexedLabels.clear(); // not known to be in the index: indexed again when their stories change
            log.accept("search index: update failed (" + e.getMessage() + "); it is rebuilt on the next start");
        }
    }

    /** The port the server listens on (the one chosen when the configuration asked for 0). */
    public int port() {
        return web.port();
    }

    /** {@code http://HOST:PORT}. */
    public String url() {
        String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
        return "http://" + host + ":" + port();
    }

    /** Waits until the work queue is empty and the worker is idle, at most {@code max}; whether it is. */
    public boolean awaitIdle(Duration max) throws InterruptedException {
        return worker.awaitIdle(max);
    }

    void wakeWorker() {
        worker.wake();
    }

    void log(String line) {
        log.accept(line);
    }

    Database database() {
        return database;
    }

    DocumentStore documents() {
        return documents;
    }

    StoryStore stories() {
        return stories;
    }

    Listings listings() {
        return listings;
    }

    Tokens tokens() {
        return tokens;
    }

    CorrectionStore corrections() {
        return corrections;
    }

    Entities entities() {
        return entities;
    }

    ServeMetrics metrics() {
        return metrics;
    }

    SearchIndex index() {
        return index;
    }

    Feeds feeds() {
        return feeds;
    }

    /** The watched folder, or null when none was given. */
    WatchFolder watch() {
        return watch;
    }

    SourceMetrics sourceMetrics() {
        return sourceMetrics;
    }

    /** Stops the server, then the feeds and the watched folder, then the worker (after its current round), then closes the index and the store. */
    @Override
    public void close() {
        if (web != null) {
            web.stop();
        }
        feeds.close();
        if (watch != null) {
            watch.close();
        }
        worker.close();
        try {
            index.close();
        } catch (IOException e) {
            log.accept("search index: close failed: " + e.getMessage());
        }
        database.close();
    }
}
