package org.concord.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The answers of recent searches, least recently used dropped first, valid until the index changes. A search that
 * started before a change may finish after it: {@link #put} stores its answer only when no {@link #clear} came in
 * between (the generation the search read before searching), so a cleared cache never takes an older answer back.
 */
final class ResultCache {
    /** One search: the query and filters, the facets asked for, and the page. */
    record Key(SearchQuery query, SearchIndex.FacetRequest facets, int offset, int limit) {}

    /** Searches answered from the cache and searches that were not, since the start. */
    record Stats(long hits, long misses) {}

    private final int capacity;
    private final Map<Key, SearchIndex.Result> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private long generation;

    /** A cache of at most {@code capacity} answers (0: none kept). */
    ResultCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be at least 0, got " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, SearchIndex.Result> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    /** The generation to give {@link #put} for a search that starts now. */
    synchronized long generation() {
        return generation;
    }

    /** The stored answer of {@code key}, or null (counted as a hit or a miss). */
    synchronized SearchIndex.Result get(Key key) {
        SearchIndex.Result r = entries.get(key);
        (r == null ? misses : hits).incrementAndGet();
        return r;
    }

    /** Stores the answer of a search that started at {@code startedAt}, unless the cache was cleared since. */
    synchronized void put(Key key, SearchIndex.Result result, long startedAt) {
        if (capacity > 0 && startedAt == generation) {
            entries.put(key, result);
        }
    }

    /** Forgets every answer: the index changed. */
    synchronized void clear() {
        entries.clear();
        generation++;
    }

    Stats stats() {
        return new Stats(hits.get(), misses.get());
    }
}
