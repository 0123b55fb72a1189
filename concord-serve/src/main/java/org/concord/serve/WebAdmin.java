package org.concord.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a signed-in writer does from the web UI ({@code org.concord.serve.web}) and the feeds it reads: the same
 * token check, feed store, fetch and correction store the {@code /v1} API uses, so a page's write is the API's write
 * (audited with the token's name). Every method that writes takes the writer's name, which only {@link #writer}
 * gives.
 */
public final class WebAdmin {
    private final ServeApp app;

    WebAdmin(ServeApp app) {
        this.app = app;
    }

    /** The name of the writer whose token this is, if the store knows it and it is not revoked. */
    public Optional<String> writer(String token) {
        return app.tokens().check(token);
    }

    /** A feed as the feeds page shows it (see {@code FeedStore.Feed}; times are ISO instants, null when not yet). */
    public record FeedRow(long id, String url, String title, int intervalSeconds, String state, Integer lastHttpStatus,
                          String lastOutcome, String lastError, String lastFetchedAt, String lastSuccessAt,
                          String nextDueAt, int consecutiveFailures, int lastItemsRead, int lastItemsNew,
                          long itemsNewTotal, String createdBy, String createdAt) {
        static FeedRow of(FeedStore.Feed f) {
            return new FeedRow(f.id(), f.url(), f.title(), f.intervalSeconds(), f.state(), f.lastHttpStatus(),
                    f.lastOutcome(), f.lastError(), f.lastFetchedAt(), f.lastSuccessAt(), f.nextDueAt(),
                    f.consecutiveFailures(), f.lastItemsRead(), f.lastItemsNew(), f.itemsNewTotal(), f.createdBy(),
                    f.createdAt());
        }
    }

    /** A new feed's interval when none is given, in seconds (as the API's). */
    public static final int DEFAULT_INTERVAL = Feeds.DEFAULT_INTERVAL;

    /** The most feeds the page lists. */
    public static final int MAX_FEEDS = 500;

    /** The feeds in the order added, at most {@link #MAX_FEEDS}. */
    public List<FeedRow> feeds() {
        List<FeedRow> out = new ArrayList<>();
        app.feeds().store().list(0, MAX_FEEDS).forEach(f -> out.add(FeedRow.of(f)));
        return out;
    }

    public Optional<FeedRow> feed(long id) {
        return app.feeds().store().feed(id).map(FeedRow::of);
    }

    /** A write the page cannot make: its reason, for the reader (answered 400, or 409 when {@code conflict}). */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean conflict;

        Refused(String message, boolean conflict) {
            super(message);
            this.conflict = conflict;
        }

        public boolean conflict() {
            return conflict;
        }
    }

    /** Adds a feed as {@code POST /v1/feeds} does (the URL and interval checked the same way), due at once. */
    public FeedRow addFeed(String url, String intervalSeconds, String writer) {
        String checked;
        int interval = Feeds.DEFAULT_INTERVAL;
        try {
            checked = Feeds.checkUrl(url);
        } catch (IllegalArgumentException e) {
            throw new Refused("The feed's address " + e.getMessage() + ".", false);
        }
        if (intervalSeconds != null && !intervalSeconds.isBlank()) {
            try {
                interval = Feeds.checkInterval(Long.parseLong(intervalSeconds.strip()));
            } catch (NumberFormatException e) {
                throw new Refused("The interval must be a whole number of seconds, got '"
                        + SearchQuery.shorten(intervalSeconds) + "'.", false);
            } catch (IllegalArgumentException e) {
                throw new Refused("The interval " + e.getMessage() + ".", false);
            }
        }
        FeedStore.Feed f = app.feeds().store().add(checked, interval, writer, app.feeds().now());
        if (f == null) {
            throw new Refused("A feed with this address is followed already.", true);
        }
        app.feeds().wake();
        return FeedRow.of(f);
    }

    /** Fetches the feed now, as {@code POST /v1/feeds/{id}/refresh}; the feed after, empty when there is none. */
    public Optional<FeedRow> refreshFeed(long id, String writer) {
        app.log("web: " + writer + " refreshes feed " + id);
        return app.feeds().fetch(id, false).map(FeedRow::of);
    }

    /** Deletes the feed (its documents stay), as {@code DELETE /v1/feeds/{id}}; whether there was one. */
    public boolean deleteFeed(long id, String writer) {
        app.log("web: " + writer + " deletes feed " + id);
        return app.feeds().store().delete(id);
    }

    /** A grouping correction as stored: its id, operation, documents, who made it and when. */
    public record Stored(long id, String op, List<String> documents, String createdBy, String createdAt) {}

    /**
     * Stores grouping corrections ({@code merge}, {@code split}, {@code pin}: the documents; {@code move}: the
     * document, then one of the story it joins) made by {@code writer}, all or none, as {@code POST /v1/corrections}
     * does, and wakes the worker for the re-analysis they queue.
     */
    public List<Stored> correct(List<Grouping> corrections, String writer) {
        List<CorrectionStore.Correction> in = new ArrayList<>();
        for (Grouping g : corrections) {
            if (!List.of("merge", "split", "move", "pin").contains(g.op())) {
                throw new Refused("Not a correction: " + g.op() + ".", false);
            }
            in.add(CorrectionStore.Correction.parsed(g.op(), g.documents(), null, null));
        }
        List<CorrectionStore.Correction> stored;
        try {
            stored = app.corrections().add(in, writer);
        } catch (CorrectionStore.Invalid e) {
            throw new Refused(String.join("; ", e.errors()) + ".", false);
        }
        app.wakeWorker();
        List<Stored> out = new ArrayList<>();
        stored.forEach(c -> out.add(new Stored(c.id(), c.op(), c.documents(), c.createdBy(), c.createdAt())));
        return out;
    }

    /** One grouping correction to make. */
    public record Grouping(String op, List<String> documents) {
        public Grouping {
            documents = List.copyOf(documents);
        }
    }

    /** A story to offer as the other story of a merge or a move. */
    public record StoryChoice(String id, String headline) {}

    /** The stories to offer as another story, the latest first (as the listing's latest sort), at most {@code n}. */
    public List<StoryChoice> stories(int n) {
        return Sql.read(app.database(), c -> Sql.list(c, "SELECT id, headline FROM stories "
                + "ORDER BY last_published DESC, id ASC LIMIT ?", r -> new StoryChoice(r.getString(1), r.getString(2)),
                Math.min(n, Listings.MAX_LIMIT)));
    }

    /** One document of the story (the first by id), if the store holds the story: what a correction names. */
    public Optional<String> documentOf(String storyId) {
        return Optional.ofNullable(Sql.read(app.database(), c -> Sql.one(c, "SELECT MIN(id) FROM documents "
                + "WHERE story_id = ?", r -> r.getString(1), storyId)));
    }
}
