package org.concord.serve;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of the sources that feed the store by themselves (feeds, the watched folder), appended to
 * {@code /metrics} in the Prometheus text format as {@link ServeMetrics} writes its own; feeds by state are read
 * from the store when scraped.
 */
final class SourceMetrics {
    private final Map<String, AtomicLong> fetches = new TreeMap<>();
    private final AtomicLong feedItems = new AtomicLong();
    private final Map<String, AtomicLong> files = new TreeMap<>();

    SourceMetrics() {
        for (String o : new String[] {FeedStore.OK, FeedStore.NOT_MODIFIED, FeedStore.FAILED}) {
            fetches.put(o, new AtomicLong());
        }
        for (String o : new String[] {WatchFolder.INGESTED, WatchFolder.FAILED}) {
            files.put(o, new AtomicLong());
        }
    }

    void feedFetch(String outcome, int newItems) {
        fetches.get(outcome).incrementAndGet();
        feedItems.addAndGet(newItems);
    }

    void watchedFile(String outcome) {
        files.get(outcome).incrementAndGet();
    }

    /** The exposition lines, with the feeds by state given. */
    String render(Map<String, Long> feedsByState) {
        StringBuilder b = new StringBuilder();
        head(b, "concord_feeds", "gauge", "Feeds in the store, by state (new, ok, failing, disabled).");
        new TreeMap<>(feedsByState).forEach((s, n) -> b.append("concord_feeds{state=\"").append(ServeMetrics.escape(s))
                .append("\"} ").append(n).append('\n'));
        head(b, "concord_feed_fetches_total", "counter", "Feed fetches by this process, by outcome.");
        fetches.forEach((o, n) -> b.append("concord_feed_fetches_total{outcome=\"").append(o).append("\"} ")
                .append(n.get()).append('\n'));
        head(b, "concord_feed_items_total", "counter", "Feed items stored as new documents or new versions.");
        b.append("concord_feed_items_total ").append(feedItems.get()).append('\n');
        head(b, "concord_watched_files_total", "counter", "Files taken from the watched folder, by outcome.");
        files.forEach((o, n) -> b.append("concord_watched_files_total{outcome=\"").append(o).append("\"} ")
                .append(n.get()).append('\n'));
        return b.toString();
    }

    private static void head(StringBuilder b, String name, String type, String help) {
        b.append("# HELP ").append(name).append(' ').append(help).append('\n');
        b.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }
}
