package org.concord.serve;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import org.concord.pipeline.Analysis;

/**
 * Counters for {@code /metrics}, written in the Prometheus text format (version 0.0.4) by hand: requests by method,
 * route pattern (never the raw path, so the label set stays small) and status; documents posted; analysis rounds
 * and their time. Gauges (queue depth, documents by state, stories) are read from the store when scraped.
 */
final class ServeMetrics {
    private final Map<String, AtomicLong> requests = new TreeMap<>();
    private final AtomicLong posted = new AtomicLong();
    private final AtomicLong rounds = new AtomicLong();
    private final AtomicLong failedRounds = new AtomicLong();
    private final AtomicLong annotated = new AtomicLong();
    private final AtomicLong storiesAnalysed = new AtomicLong();
    private final DoubleAdder roundSeconds = new DoubleAdder();

    void request(String method, String route, int status) {
        String key = "method=\"" + escape(method) + "\",route=\"" + escape(route) + "\",status=\"" + status + "\"";
        synchronized (requests) {
            requests.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        }
    }

    void posted(int n) {
        posted.addAndGet(n);
    }

    void analysis(Analysis a, double seconds) {
        rounds.incrementAndGet();
        annotated.addAndGet(a.counts().annotated());
        storiesAnalysed.addAndGet(a.counts().storiesAnalysed());
        roundSeconds.add(seconds);
    }

    void failedRound() {
        failedRounds.incrementAndGet();
    }

    /** The exposition, gauges from {@code documents}, {@code queue} and {@code totals}. */
    String render(Map<String, Long> documents, long queue, StoryStore.Totals totals) {
        StringBuilder b = new StringBuilder();
        metric(b, "concord_http_requests_total", "counter", "HTTP requests answered, by method, route and status.");
        synchronized (requests) {
            requests.forEach((k, v) -> b.append("concord_http_requests_total{").append(k).append("} ")
                    .append(v.get()).append('\n'));
        }
        metric(b, "concord_documents_posted_total", "counter", "Documents accepted by POST /v1/documents.");
        b.append("concord_documents_posted_total ").append(posted.get()).append('\n');
        metric(b, "concord_documents", "gauge", "Documents in the store, by state.");
        documents.forEach((state, n) -> b.append("concord_documents{state=\"").append(escape(state)).append("\"} ")
                .append(n).append('\n'));
        metric(b, "concord_queue_depth", "gauge", "Work items waiting for the analysis worker.");
        b.append("concord_queue_depth ").append(queue).append('\n');
        metric(b, "concord_stories", "gauge", "Stories in the store.");
        b.append("concord_stories ").append(totals.stories()).append('\n');
        metric(b, "concord_analysis_rounds_total", "counter", "Analysis rounds committed by this process.");
        b.append("concord_analysis_rounds_total ").append(rounds.get()).append('\n');
        metric(b, "concord_analysis_failed_rounds_total", "counter", "Analysis rounds that failed in this process.");
        b.append("concord_analysis_failed_rounds_total ").append(failedRounds.get()).append('\n');
        metric(b, "concord_analysis_seconds_total", "counter", "Time spent in analysis rounds by this process.");
        b.append("concord_analysis_seconds_total ").append(String.format(Locale.ROOT, "%.3f", roundSeconds.sum()))
                .append('\n');
        metric(b, "concord_documents_annotated_total", "counter", "Documents annotated (not read from the cache).");
        b.append("concord_documents_annotated_total ").append(annotated.get()).append('\n');
        metric(b, "concord_stories_analysed_total", "counter", "Stories analysed again by analysis rounds.");
        b.append("concord_stories_analysed_total ").append(storiesAnalysed.get()).append('\n');
        return b.toString();
    }

    private static void metric(StringBuilder b, String name, String type, String help) {
        b.append("# HELP ").append(name).append(' ').append(help).append('\n');
        b.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    /** A label value escaped as the text format wants: backslash, double quote and line feed. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
