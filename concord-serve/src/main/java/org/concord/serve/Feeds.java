package org.concord.serve;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.concord.ingest.IngestOptions;

/**
 * Feeds: the fetch step and its schedule. A fetch is a conditional GET ({@link FeedFetcher}); a 200 answer is read
 * as {@code analyze} reads a feed file (ROME, through the same ingest path as an upload named {@value #FILE_NAME}),
 * each item a document with the id {@code feed-<hash of its link>} (of its text when it has none), stored and
 * queued in one transaction before the feed's state records the fetch; so an item fetched again is the same
 * document ({@code unchanged}), and a crash between the two commits only fetches the items again. A 304 is a
 * success with nothing new. A failure backs the feed off ({@link FeedStore#backoff}) and the
 * {@code feedMaxFailures}-th in a row disables it; a refresh that succeeds enables it again.
 *
 * <p>The schedule runs on a thread of its own (when {@link SourceOptions#background()}), fetching the due feeds one
 * after another, then sleeping until the next is due or a feed is added; {@link #fetchDue()} is that step alone.
 */
final class Feeds implements AutoCloseable {
    static final String FILE_NAME = "feed.rss";
    static final int DEFAULT_INTERVAL = 3600;
    static final int MIN_INTERVAL = 60;
    static final int MAX_INTERVAL = 7 * 24 * 3600;
    static final int MAX_URL = 2048;

    private final FeedStore store;
    private final DocumentStore documents;
    private final FeedFetcher fetcher;
    private final SourceOptions options;
    private final Clock clock;
    private final Consumer<String> log;
    private final Runnable wakeWorker;
    private final SourceMetrics metrics;
    private final ConcurrentHashMap<Long, Object> locks = new ConcurrentHashMap<>();
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    /** False once closing: a fetch cut short then is not the feed's failure. */
    private volatile boolean open = true;
    private Thread thread;

    Feeds(FeedStore store, DocumentStore documents, SourceOptions options, Consumer<String> log, Runnable wakeWorker,
          SourceMetrics metrics) {
        this.store = store;
        this.documents = documents;
        this.options = options;
        this.clock = options.clock();
        this.fetcher = new FeedFetcher(options.feedTimeout(), options.feedMaxBytes());
        this.log = log;
        this.wakeWorker = wakeWorker;
        this.metrics = metrics;
    }

    FeedStore store() {
        return store;
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * {@code url} as a feed address: an absolute http or https URL with a host, at most {@value #MAX_URL}
     * characters, else {@link IllegalArgumentException} saying why (file:, ftp:, relative, ...).
     */
    static String checkUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("is required: the feed's http or https URL");
        }
        String u = url.strip();
        if (u.length() > MAX_URL) {
            throw new IllegalArgumentException("is longer than " + MAX_URL + " characters");
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("must be an http or https URL, got "
                    + (scheme.isEmpty() ? "no scheme" : "'" + scheme + ":'"));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("has no host");
        }
        return u;
    }

    /** {@code seconds} as a feed interval ({@value #MIN_INTERVAL} s to 7 days), else IllegalArgumentException. */
    static int checkInterval(long seconds) {
        if (seconds < MIN_INTERVAL || seconds > MAX_INTERVAL) {
            throw new IllegalArgumentException("must be between " + MIN_INTERVAL + " and " + MAX_INTERVAL
                    + " seconds, got " + seconds);
        }
        return (int) seconds;
    }

    /** Called when feeds were added: the schedule looks again at what is due. */
    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** Fetches every enabled feed due now, one after another; how many were fetched. */
    int fetchDue() {
        int n = 0;
        for (long id : store.due(clock.instant())) {
            if (fetch(id, true).isPresent()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Fetches one feed now and records the outcome; the feed as it is after, or empty when it does not exist (or,
     * {@code onlyIfDue}, is no longer due: another fetch took it meanwhile). Never throws for the feed's faults.
     */
    Optional<FeedStore.Feed> fetch(long id, boolean onlyIfDue) {
        synchronized (locks.computeIfAbsent(id, k -> new Object())) {
            Optional<FeedStore.Feed> found = store.feed(id);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            FeedStore.Feed f = found.get();
            if (onlyIfDue && (!f.enabled() || f.nextDueAt() == null
                    || Instant.parse(f.nextDueAt()).isAfter(clock.instant()))) {
                return Optional.empty();
            }
            FeedFetcher.Answer answer;
            try {
                answer = fetcher.fetch(f.url(), f.etag(), f.lastModified());
            } catch (FeedFetcher.Failed e) {
                if (!open) {
                    return Optional.of(f); // stopping: not the feed's fault
                }
                return Optional.ofNullable(failed(f, e.httpStatus, e.getMessage()));
            }
            if (answer.status() == 304) {
                store.succeeded(id, new FeedStore.Success(304, null, null, null, 0, 0), clock.instant());
                metrics.feedFetch(FeedStore.NOT_MODIFIED, 0);
                return store.feed(id);
            }
            String title;
            try {
                title = check(answer.body());
            } catch (IllegalArgumentException e) {
                return Optional.ofNullable(failed(f, 200, e.getMessage()));
            }
            Upload.Read read;
            try {
                read = Upload.read(answer.body(), FILE_NAME, IngestOptions.defaults());
            } catch (DocumentInput.Invalid e) {
                return Optional.ofNullable(failed(f, 200, "an item is not a document: " + e.errors().get(0)));
            }
            List<DocumentStore.Posted> posted = read.documents().isEmpty() ? List.of()
                    : documents.post(read.documents());
            int fresh = (int) posted.stream().filter(p -> p.state().equals(DocumentStore.QUEUED)).count();
            store.succeeded(id, new FeedStore.Success(200, answer.etag(), answer.lastModified(), title,
                    read.documents().size(), fresh), clock.instant());
            metrics.feedFetch(FeedStore.OK, fresh);
            if (fresh > 0) {
                log.accept("feed " + id + ": " + fresh + " new item" + (fresh == 1 ? "" : "s") + " of "
                        + read.documents().size() + (read.skipped().isEmpty() ? ""
                        : " (" + read.skipped().size() + " skipped: " + read.skipped().get(0).reason() + ")"));
                wakeWorker.run();
            }
            return store.feed(id);
        }
    }

    private FeedStore.Feed failed(FeedStore.Feed f, Integer httpStatus, String error) {
        FeedStore.Feed after = store.failed(f.id(), httpStatus, error, options.feedMaxFailures(), clock.instant());
        metrics.feedFetch(FeedStore.FAILED, 0);
        if (after != null) {
            log.accept("feed " + f.id() + ": fetch failed (" + error + ")" + (after.enabled()
                    ? "; next try " + after.nextDueAt() : "; disabled after " + after.consecutiveFailures()
                    + " failures in a row"));
        }
        return after;
    }

    /** Checks that {@code body} is an RSS or Atom feed (ROME, no DOCTYPE); its title, or null. */
    static String check(byte[] body) {
        try {
            SyndFeedInput in = new SyndFeedInput();
            in.setAllowDoctypes(false);
            SyndFeed feed = in.build(new XmlReader(new ByteArrayInputStream(body)));
            String t = feed.getTitle();
            return t == null || t.isBlank() ? null : t.strip().replaceAll("\\s+", " ");
        } catch (Exception e) {
            throw new IllegalArgumentException("not a readable RSS or Atom feed: " + FeedFetcher.describe(e));
        }
    }

    /** Starts the schedule on a thread of its own. */
    void start() {
        running = true;
        thread = new Thread(this::loop, "concord-feeds");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            boolean trouble = false;
            try {
                fetchDue();
            } catch (RuntimeException e) {
                log.accept("feeds: " + e.getMessage());
                trouble = true; // the store, most likely: wait a little before the due feeds are tried again
            }
            long waitMs = trouble ? 5_000 : 60_000;
            try {
                Optional<Instant> next = store.nextDue();
                if (next.isPresent() && !trouble) {
                    waitMs = Math.max(200, Math.min(waitMs, Duration.between(clock.instant(), next.get()).toMillis()));
                }
            } catch (RuntimeException e) {
                log.accept("feeds: " + e.getMessage());
            }
            synchronized (signal) {
                if (!woken && running) {
                    try {
                        signal.wait(waitMs);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                woken = false;
            }
        }
    }

    /**
     * Stops the schedule: a fetch under way is cancelled (not counted as the feed's failure); the thread is never
     * interrupted, so the store never sees an interrupt mid-write.
     */
    @Override
    public void close() {
        running = false;
        open = false;
        wake();
        fetcher.cancelAll();
        if (thread != null) {
            try {
                thread.join(options.feedTimeout().toMillis() + 5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
