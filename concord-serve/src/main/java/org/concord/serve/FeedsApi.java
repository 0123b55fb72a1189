package org.concord.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The feed routes, registered by {@link Api}: add (JSON or an OPML list), list, read, refresh now, delete, and the
 * list as OPML. Writes need a token as every write does ({@link Api}'s check runs before these).
 */
final class FeedsApi {
    static final List<String> ROUTES = List.of("/v1/feeds", "/v1/feeds/opml", "/v1/feeds/{id}",
            "/v1/feeds/{id}/refresh");
    private final ServeApp app;
    private final Api api;

    FeedsApi(ServeApp app, Api api) {
        this.app = app;
        this.api = api;
    }

    void register(RoutesConfig r) {
        r.post("/v1/feeds/opml", this::importOpml);
        r.get("/v1/feeds/opml", this::exportOpml);
        r.post("/v1/feeds", this::add);
        r.get("/v1/feeds", this::list);
        r.get("/v1/feeds/{id}", ctx -> Api.json(ctx, 200, feed(ctx)));
        r.post("/v1/feeds/{id}/refresh", this::refresh);
        r.delete("/v1/feeds/{id}", this::delete);
    }

    private Feeds feeds() {
        return app.feeds();
    }

    private void add(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("json")) {
            throw new Api.Failure(415, "post application/json {\"url\": ..., \"interval_seconds\": ...}, or an OPML "
                    + "list to /v1/feeds/opml; got " + ctx.contentType());
        }
        JsonNode body;
        try {
            body = Json.mapper().readTree(api.body(ctx));
        } catch (JsonProcessingException e) {
            throw new Api.Failure(400, "the body is not JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw new Api.Failure(400, "the body must be a JSON object {\"url\": ..., \"interval_seconds\": ...}");
        }
        List<String> errors = new ArrayList<>();
        body.fieldNames().forEachRemaining(n -> {
            if (!n.equals("url") && !n.equals("interval_seconds")) {
                errors.add(n + ": unknown field (url, interval_seconds)");
            }
        });
        JsonNode u = body.get("url");
        String url = null;
        try {
            if (u != null && !u.isTextual()) {
                throw new IllegalArgumentException("must be a string");
            }
            url = Feeds.checkUrl(u == null ? null : u.asText());
        } catch (IllegalArgumentException e) {
            errors.add("url: " + e.getMessage());
        }
        int interval = Feeds.DEFAULT_INTERVAL;
        JsonNode i = body.get("interval_seconds");
        try {
            if (i != null && !i.isNull()) {
                if (!i.isIntegralNumber()) {
                    throw new IllegalArgumentException("must be a whole number of seconds");
                }
                interval = Feeds.checkInterval(i.asLong());
            }
        } catch (IllegalArgumentException e) {
            errors.add("interval_seconds: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new Api.Invalid(errors.get(0), errors);
        }
        FeedStore.Feed f = feeds().store().add(url, interval, ctx.attribute("token"), feeds().now());
        if (f == null) {
            long existing = feeds().store().idOf(url).orElse(-1L);
            ctx.header("Location", "/v1/feeds/" + existing);
            throw new Api.Failure(409, "url: a feed with this URL exists: /v1/feeds/" + existing);
        }
        feeds().wake();
        ctx.header("Location", "/v1/feeds/" + f.id());
        Api.json(ctx, 201, f);
    }

    record FeedPage(List<FeedStore.Feed> feeds, String nextCursor) {}

    private void list(Context ctx) {
        String cursor = Api.param(ctx, "cursor");
        long after = 0;
        if (cursor != null) {
            try {
                after = Long.parseLong(Listings.decode(cursor, "feeds")[1]);
            } catch (NumberFormatException e) {
                throw new Api.Failure(400, "cursor is not valid");
            }
        }
        int limit = Listings.limit(Api.intParam(ctx, "limit", 50));
        List<FeedStore.Feed> page = feeds().store().list(after, limit + 1);
        String next = null;
        if (page.size() > limit) {
            page = page.subList(0, limit);
            next = Listings.encode("feeds", Long.toString(page.get(limit - 1).id()), "");
        }
        Api.json(ctx, 200, new FeedPage(page, next));
    }

    private long id(Context ctx) {
        String raw = ctx.pathParam("id");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new Api.Failure(404, "no feed " + raw);
        }
    }

    private FeedStore.Feed feed(Context ctx) {
        return feeds().store().feed(id(ctx)).orElseThrow(() -> new Api.Failure(404, "no feed "
                + ctx.pathParam("id")));
    }

    /** Fetches the feed now (also a disabled one: a fetch that works enables it again); the feed after. */
    private void refresh(Context ctx) {
        long id = feed(ctx).id();
        Api.json(ctx, 200, feeds().fetch(id, false).orElseThrow(() -> new Api.Failure(404, "no feed " + id)));
    }

    /** Deletes the feed (its documents stay in the store). */
    private void delete(Context ctx) {
        if (!feeds().store().delete(id(ctx))) {
            throw new Api.Failure(404, "no feed " + ctx.pathParam("id"));
        }
        ctx.status(204);
    }

    /** What an OPML import did: the feeds it added, and the URLs already followed (with their feed). */
    record Imported(List<FeedStore.Feed> created, List<Existing> existing) {}

    record Existing(String url, long id) {}

    private void importOpml(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("xml") && !type.contains("opml") && !type.startsWith("text/plain")) {
            throw new Api.Failure(415, "post an OPML document (text/xml, application/xml or text/x-opml), got "
                    + ctx.contentType());
        }
        int interval = Feeds.DEFAULT_INTERVAL;
        String given = Api.param(ctx, "interval_seconds");
        try {
            if (given != null) {
                interval = Feeds.checkInterval(Long.parseLong(given));
            }
        } catch (IllegalArgumentException e) {
            throw new Api.Failure(400, "interval_seconds: " + (e instanceof NumberFormatException
                    ? "must be a whole number of seconds" : e.getMessage()));
        }
        List<Opml.Outline> outlines;
        try {
            outlines = Opml.read(api.body(ctx).getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new Api.Failure(400, e.getMessage());
        }
        if (outlines.isEmpty()) {
            throw new Api.Failure(400, "the OPML document has no outline with an xmlUrl");
        }
        List<String> errors = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (Opml.Outline o : outlines) {
            try {
                String url = Feeds.checkUrl(o.xmlUrl());
                if (!urls.contains(url)) {
                    urls.add(url);
                }
            } catch (IllegalArgumentException e) {
                errors.add("outline " + o.number() + (o.text() == null ? "" : " (" + o.text() + ")") + ": xmlUrl: "
                        + e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new Api.Invalid("the OPML document holds " + errors.size() + " outline" + (errors.size() == 1 ? ""
                    : "s") + " with an xmlUrl that is not a feed's URL; no feed was added", errors);
        }
        List<FeedStore.Feed> added = feeds().store().addAll(urls, interval, ctx.attribute("token"), feeds().now());
        List<FeedStore.Feed> created = new ArrayList<>();
        List<Existing> existing = new ArrayList<>();
        for (int k = 0; k < urls.size(); k++) {
            if (added.get(k) != null) {
                created.add(added.get(k));
            } else {
                existing.add(new Existing(urls.get(k), feeds().store().idOf(urls.get(k)).orElse(-1L)));
            }
        }
        feeds().wake();
        Api.json(ctx, created.isEmpty() ? 200 : 201, new Imported(created, existing));
    }

    private void exportOpml(Context ctx) {
        List<FeedStore.Feed> all = new ArrayList<>();
        long after = 0;
        while (true) {
            List<FeedStore.Feed> page = feeds().store().list(after, 500);
            all.addAll(page);
            if (page.size() < 500) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }
        ctx.contentType("text/x-opml; charset=utf-8").result(Opml.write(all));
    }
}
