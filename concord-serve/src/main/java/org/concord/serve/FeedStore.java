package org.concord.serve;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Feeds and the state of their fetches ({@code feeds} table, migration V4): what to fetch and how often, the
 * validators sent back on the next fetch, the outcome of the last one, when the next is due, and the consecutive
 * failures that back it off and, past the limit, disable it.
 */
final class FeedStore {
    static final String OK = "ok";
    static final String NOT_MODIFIED = "not_modified";
    static final String FAILED = "failed";
    /** The longest a failing feed waits between fetches, unless its own interval is longer. */
    static final Duration MAX_BACKOFF = Duration.ofDays(1);

    private final Database db;

    FeedStore(Database db) {
        this.db = db;
    }

    /**
     * A feed as the API shows it. {@code state}: {@code new} (not fetched yet), {@code ok}, {@code failing} (the
     * last fetch failed, retried later), {@code disabled} (after too many failures). Times are ISO instants, null
     * when not yet.
     */
    record Feed(long id, String url, String title, int intervalSeconds, boolean enabled, String state,
                Integer lastHttpStatus, String lastOutcome, String lastError, String lastFetchedAt,
                String lastSuccessAt, String nextDueAt, int consecutiveFailures, int lastItemsRead, int lastItemsNew,
                long itemsNewTotal, String disabledAt, String etag, String lastModified, String createdBy,
                String createdAt) {}

    /** What one fetch gave: an answer to store (200 or 304) with its validators and item counts. */
    record Success(int httpStatus, String etag, String lastModified, String title, int itemsRead, int itemsNew) {}

    /** Adds a feed, due at once; null when a feed with this URL exists. */
    Feed add(String url, int intervalSeconds, String createdBy, Instant now) {
        return Sql.tx(db, c -> add(c, url, intervalSeconds, createdBy, now));
    }

    /** Adds the feeds in one transaction; for each URL the new feed, or null when one with that URL exists. */
    List<Feed> addAll(List<String> urls, int intervalSeconds, String createdBy, Instant now) {
        return Sql.tx(db, c -> {
            List<Feed> out = new ArrayList<>();
            for (String url : urls) {
                out.add(add(c, url, intervalSeconds, createdBy, now));
            }
            return out;
        });
    }

    private static Feed add(Connection c, String url, int intervalSeconds, String createdBy, Instant now)
            throws SQLException {
        if (Sql.one(c, "SELECT id FROM feeds WHERE url = ?", r -> r.getLong(1), url) != null) {
            return null;
        }
        long id = Sql.insert(c, "INSERT INTO feeds (url, interval_seconds, enabled, next_due_at, consecutive_failures, "
                + "last_items_read, last_items_new, items_new_total, created_by, created_at) "
                + "VALUES (?, ?, 1, ?, 0, 0, 0, 0, ?, ?)", url, intervalSeconds, now, createdBy, now);
        return Sql.one(c, "SELECT * FROM feeds WHERE id = ?", FeedStore::row, id);
    }

    Optional<Feed> feed(long id) {
        return Optional.ofNullable(Sql.read(db, c -> Sql.one(c, "SELECT * FROM feeds WHERE id = ?", FeedStore::row,
                id)));
    }

    /** The id of the feed with this URL, if any. */
    Optional<Long> idOf(String url) {
        return Optional.ofNullable(Sql.read(db, c -> Sql.one(c, "SELECT id FROM feeds WHERE url = ?",
                r -> r.getLong(1), url)));
    }

    /** Feeds in id order after {@code afterId}, at most {@code limit}. */
    List<Feed> list(long afterId, int limit) {
        return Sql.read(db, c -> Sql.list(c, "SELECT * FROM feeds WHERE id > ? ORDER BY id LIMIT ?", FeedStore::row,
                afterId, limit));
    }

    boolean delete(long id) {
        return Sql.tx(db, c -> Sql.update(c, "DELETE FROM feeds WHERE id = ?", id) > 0);
    }

    /** The enabled feeds due at {@code now}, the longest overdue first. */
    List<Long> due(Instant now) {
        return Sql.read(db, c -> Sql.list(c, "SELECT id FROM feeds WHERE enabled = 1 AND next_due_at <= ? "
                + "ORDER BY next_due_at, id", r -> r.getLong(1), now));
    }

    /** When the next enabled feed is due, if any is. */
    Optional<Instant> nextDue() {
        return Optional.ofNullable(Sql.read(db, c -> Sql.one(c, "SELECT MIN(next_due_at) FROM feeds WHERE enabled = 1",
                r -> r.getTimestamp(1) == null ? null : r.getTimestamp(1).toInstant())));
    }

    /**
     * A fetch that succeeded: the validators and counts are kept, the failures reset (a disabled feed is enabled
     * again: a refresh that works brings it back), and the next fetch is due one interval on.
     */
    void succeeded(long id, Success s, Instant now) {
        Sql.tx(db, c -> {
            Integer interval = Sql.one(c, "SELECT interval_seconds FROM feeds WHERE id = ?", r -> r.getInt(1), id);
            if (interval == null) {
                return null; // deleted meanwhile
            }
            boolean modified = s.httpStatus() != 304;
            Sql.update(c, "UPDATE feeds SET enabled = 1, disabled_at = NULL, consecutive_failures = 0, "
                    + "last_http_status = ?, last_outcome = ?, last_error = NULL, last_fetched_at = ?, "
                    + "last_success_at = ?, next_due_at = ?, last_items_read = ?, last_items_new = ?, "
                    + "items_new_total = items_new_total + ? WHERE id = ?", s.httpStatus(),
                    modified ? OK : NOT_MODIFIED, now, now, now.plusSeconds(interval), s.itemsRead(), s.itemsNew(),
                    s.itemsNew(), id);
            if (modified) {
                Sql.update(c, "UPDATE feeds SET etag = ?, last_modified = ?, title = COALESCE(?, title) WHERE id = ?",
                        s.etag(), s.lastModified(), s.title(), id);
            }
            return null;
        });
    }

    /**
     * A fetch that failed ({@code httpStatus} null when no answer came): one more consecutive failure; at
     * {@code maxFailures} the feed is disabled, else it is due again after {@link #backoff}.
     */
    Feed failed(long id, Integer httpStatus, String error, int maxFailures, Instant now) {
        return Sql.tx(db, c -> {
            Feed f = Sql.one(c, "SELECT * FROM feeds WHERE id = ?", FeedStore::row, id);
            if (f == null) {
                return null;
            }
            int failures = f.consecutiveFailures() + 1;
            boolean disable = failures >= maxFailures;
            // no NULL is bound to a column that is not text (PostgreSQL would take it for text): NULLs are written
            Sql.update(c, "UPDATE feeds SET consecutive_failures = ?, last_outcome = ?, last_error = ?, "
                    + "last_fetched_at = ?, last_items_read = 0, last_items_new = 0 WHERE id = ?", failures, FAILED,
                    error, now, id);
            if (httpStatus == null) {
                Sql.update(c, "UPDATE feeds SET last_http_status = NULL WHERE id = ?", id);
            } else {
                Sql.update(c, "UPDATE feeds SET last_http_status = ? WHERE id = ?", httpStatus, id);
            }
            if (disable) {
                Sql.update(c, "UPDATE feeds SET enabled = 0, next_due_at = NULL, disabled_at = ? WHERE id = ?", now,
                        id);
            } else {
                Sql.update(c, "UPDATE feeds SET next_due_at = ? WHERE id = ?",
                        now.plus(backoff(f.intervalSeconds(), failures)), id);
            }
            return Sql.one(c, "SELECT * FROM feeds WHERE id = ?", FeedStore::row, id);
        });
    }

    /**
     * How long a feed waits after its {@code failures}-th consecutive failure: its interval doubled per failure
     * (2, 4, 8, ... intervals), at most a day (or the interval itself when that is longer).
     */
    static Duration backoff(int intervalSeconds, int failures) {
        Duration interval = Duration.ofSeconds(intervalSeconds);
        Duration cap = interval.compareTo(MAX_BACKOFF) > 0 ? interval : MAX_BACKOFF;
        Duration d = interval;
        for (int i = 0; i < failures && d.compareTo(cap) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(cap) > 0 ? cap : d;
    }

    /** Feeds by state, for /metrics. */
    java.util.Map<String, Long> countsByState() {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        for (String s : List.of("new", OK, "failing", "disabled")) {
            out.put(s, 0L);
        }
        for (Feed f : Sql.read(db, c -> Sql.list(c, "SELECT * FROM feeds ORDER BY id", FeedStore::row))) {
            out.merge(f.state(), 1L, Long::sum);
        }
        return out;
    }

    private static Feed row(ResultSet r) throws SQLException {
        boolean enabled = r.getInt("enabled") == 1;
        String outcome = r.getString("last_outcome");
        String state = !enabled ? "disabled" : outcome == null ? "new" : outcome.equals(FAILED) ? "failing" : OK;
        int status = r.getInt("last_http_status");
        Integer httpStatus = r.wasNull() ? null : status;
        return new Feed(r.getLong("id"), r.getString("url"), r.getString("title"), r.getInt("interval_seconds"),
                enabled, state, httpStatus, outcome, r.getString("last_error"), time(r, "last_fetched_at"),
                time(r, "last_success_at"), time(r, "next_due_at"), r.getInt("consecutive_failures"),
                r.getInt("last_items_read"), r.getInt("last_items_new"), r.getLong("items_new_total"),
                time(r, "disabled_at"), r.getString("etag"), r.getString("last_modified"), r.getString("created_by"),
                time(r, "created_at"));
    }

    private static String time(ResultSet r, String column) throws SQLException {
        Instant t = Sql.instant(r, column);
        return t == null ? null : t.toString();
    }
}
