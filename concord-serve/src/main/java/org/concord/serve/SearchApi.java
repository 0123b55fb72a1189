package org.concord.serve;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The search routes: {@code /v1/search} (words, drill-down filters, facet counts) and saved searches ({@code
 * /v1/searches}, each readable as an Atom feed). Registered by {@link Api} with one call.
 */
final class SearchApi {
    static final List<String> ROUTES = List.of("/v1/search", "/v1/searches", "/v1/searches/{id}",
            "/v1/searches/{id}/atom");
    private static final int FEED_EXCERPT = 400;
    private final ServeApp app;
    private final SavedSearches saved;

    SearchApi(ServeApp app) {
        this.app = app;
        this.saved = new SavedSearches(app.database(), Clock.systemUTC());
    }

    void register(RoutesConfig r) {
        r.get("/v1/search", this::search);
        r.post("/v1/searches", this::create);
        r.get("/v1/searches", this::list);
        r.get("/v1/searches/{id}", ctx -> Api.json(ctx, 200, find(ctx)));
        r.delete("/v1/searches/{id}", this::delete);
        r.get("/v1/searches/{id}/atom", this::atom);
    }

    private void search(Context ctx) throws IOException {
        String q = Api.param(ctx, "q");
        if (q == null) {
            throw new Api.Failure(400, "q is required: the words to search for");
        }
        SearchQuery query = new SearchQuery(q, Api.param(ctx, "outlet"), Api.param(ctx, "entity"),
                Api.param(ctx, "speaker"), Api.param(ctx, "from"), Api.param(ctx, "to"));
        int limit = Listings.limit(Api.intParam(ctx, "limit", 20));
        json(ctx, app.index().search(query, facets(ctx), Api.intParam(ctx, "offset", 0), limit));
    }

    /** {@code facet=} (repeated; outlet when absent), {@code date_bucket=day|month}, {@code facet_limit=1..100}. */
    static SearchIndex.FacetRequest facets(Context ctx) {
        List<String> asked = ctx.queryParams("facet");
        if (asked.size() > SearchFields.FACETS.size() * 2) {
            throw new Api.Failure(400, "facet is given " + asked.size() + " times; the facets are "
                    + SearchFields.FACETS);
        }
        List<String> dims = new ArrayList<>();
        for (String a : asked) {
            String f = a.strip().toLowerCase(Locale.ROOT);
            if (!SearchFields.FACETS.contains(f)) {
                throw new Api.Failure(400, "facet '" + SearchQuery.shorten(a) + "' is not a facet; the facets are "
                        + SearchFields.FACETS);
            }
            if (!dims.contains(f)) {
                dims.add(f);
            }
        }
        if (dims.isEmpty()) {
            dims.add("outlet");
        }
        String bucket = Api.param(ctx, "date_bucket");
        if (bucket != null && !bucket.equals("day") && !bucket.equals("month")) {
            throw new Api.Failure(400, "date_bucket must be day or month, got '" + SearchQuery.shorten(bucket) + "'");
        }
        int limit = Api.intParam(ctx, "facet_limit", 20);
        if (limit < 1 || limit > 100) {
            throw new Api.Failure(400, "facet_limit must be between 1 and 100, got " + limit);
        }
        return new SearchIndex.FacetRequest(dims, "day".equals(bucket), limit);
    }

    private void create(Context ctx) throws IOException {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("json")) {
            throw new Api.Failure(415, "post application/json {name, q, filters}, got " + ctx.contentType());
        }
        if (ctx.req().getContentLengthLong() > 64 * 1024) {
            throw new Api.Failure(413, "a saved search is at most 65536 bytes");
        }
        byte[] bytes = ctx.bodyInputStream().readNBytes(64 * 1024 + 1);
        if (bytes.length > 64 * 1024) {
            throw new Api.Failure(413, "a saved search is at most 65536 bytes");
        }
        com.fasterxml.jackson.databind.JsonNode body;
        try {
            body = Json.mapper().readTree(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Api.Failure(400, "the body is not JSON: " + e.getOriginalMessage());
        }
        SearchQuery.Named named;
        try {
            named = SavedSearches.parse(body);
            app.index().newest(named.query(), 1, 0);   // the words must parse as a search's do
        } catch (SavedSearches.Invalid | Listings.BadQuery e) {
            throw new Api.Failure(400, e.getMessage());
        }
        SavedSearches.Saved s = saved.add(named, ctx.attribute("token"));
        ctx.header("Location", "/v1/searches/" + s.id());
        Api.json(ctx, 201, s);
    }

    record SearchList(List<SavedSearches.Saved> searches) {}

    private void list(Context ctx) {
        Api.json(ctx, 200, new SearchList(saved.list()));
    }

    private void delete(Context ctx) {
        SavedSearches.Saved s = find(ctx);
        saved.delete(s.id());
        ctx.status(204);
    }

    private void atom(Context ctx) throws IOException {
        SavedSearches.Saved s = find(ctx);
        int limit = Listings.limit(Api.intParam(ctx, "limit", 50));
        List<SearchIndex.FeedItem> docs = app.index().newest(s.query(), limit, FEED_EXCERPT);
        Map<String, java.time.Instant> received = saved.receivedAt(docs.stream().map(SearchIndex.FeedItem::id)
                .toList());
        List<AtomFeed.Item> items = new ArrayList<>();
        for (SearchIndex.FeedItem d : docs) {
            items.add(new AtomFeed.Item(d, received.get(d.id())));
        }
        ctx.status(200).contentType(AtomFeed.MEDIA_TYPE).result(AtomFeed.write(s, items, base(ctx)));
    }

    private SavedSearches.Saved find(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            long n = Long.parseLong(id);
            return saved.get(n).orElseThrow(() -> new Api.Failure(404, "no saved search " + n));
        } catch (NumberFormatException e) {
            throw new Api.Failure(404, "no saved search '" + SearchQuery.shorten(id) + "' (ids are numbers)");
        }
    }

    /** The address the client used (its Host header when that is a plain host[:port]), for the feed's links. */
    private String base(Context ctx) {
        String host = ctx.header("Host");
        if (host != null && host.matches("[A-Za-z0-9.\\-]{1,253}(:\\d{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:\\d{1,5})?")) {
            return ctx.scheme() + "://" + host;
        }
        return app.url();
    }

    private static void json(Context ctx, Object body) {
        Api.json(ctx, 200, body);
    }
}
