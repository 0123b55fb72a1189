package org.concord.serve;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.concord.ingest.IngestOptions;
import org.concord.model.Document;
import org.concord.model.Report;
import org.concord.report.ReportWriters;

/**
 * The HTTP API, a thin layer: each route reads its parameters, calls the store, the listings or the index, and
 * writes JSON (report-v1 records where the contract has one). Writes need a bearer token; reads need none from
 * loopback (or anywhere with {@code openReads}). Every error is RFC 9457 problem details.
 */
final class Api {
    private final ServeApp app;
    private final long maxBody;
    private final boolean openReads;

    Api(ServeApp app, long maxBody, boolean openReads) {
        this.app = app;
        this.maxBody = maxBody;
        this.openReads = openReads;
    }

    /** A request that is answered with a problem. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        Failure(int status, String detail) {
            super(detail);
            this.status = status;
        }
    }

    /** A request refused (400) with each of its problems listed, each naming its field. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final List<String> errors;

        Invalid(String detail, List<String> errors) {
            super(detail);
            this.errors = List.copyOf(errors);
        }
    }

    void register(RoutesConfig r) {
        r.before("/v1/*", this::authorize);
        r.get("/health", this::health);
        r.get("/metrics", this::metrics);
        r.get("/v1/openapi.yaml", this::openapi);
        r.post("/v1/documents", this::postDocuments);
        r.get("/v1/documents/{id}", this::getDocument);
        r.get("/v1/stories", this::listStories);
        r.get("/v1/stories/{id}", this::getStory);
        r.get("/v1/stories/{id}/report.json", ctx -> storyReport(ctx, "json", "application/json"));
        r.get("/v1/stories/{id}/report.md", ctx -> storyReport(ctx, "md", "text/markdown; charset=utf-8"));
        r.get("/v1/stories/{id}/report.html", ctx -> storyReport(ctx, "html", "text/html; charset=utf-8"));
        r.get("/v1/quotes", this::quotes);
        r.post("/v1/corrections", this::postCorrections);
        r.get("/v1/corrections", this::listCorrections);
        r.delete("/v1/corrections/{id}", this::withdrawCorrection);
        r.get("/v1/entities", this::listEntities);
        r.get("/v1/entities/{id}", this::getEntity);
        new FeedsApi(app, this).register(r);
        new SearchApi(app).register(r);
        r.exception(Exception.class, this::failure);
        r.error(404, ctx -> {
            // the answer's own type (ctx.contentType() is the request's): a problem, or a page of the web UI
            String sent = String.valueOf(ctx.res().getContentType());
            if (!sent.startsWith(Problem.MEDIA_TYPE) && !sent.startsWith("text/html")) {
                problem(ctx, Problem.of(404, "no route for " + ctx.method() + " " + ctx.path(), ctx.path()));
            }
        });
    }

    private void authorize(Context ctx) {
        boolean write = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD;
        if (!write && (openReads || loopback(ctx.req().getRemoteAddr()))) {
            return;
        }
        String h = ctx.header("Authorization");
        String token = h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7).strip() : null;
        Optional<String> name = token == null ? Optional.empty() : app.tokens().check(token);
        if (name.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"concord\"");
            throw new Failure(401, token == null ? "this request needs a token: Authorization: Bearer TOKEN "
                    + "(concord token create NAME)" : "the token is not valid");
        }
        ctx.attribute("token", name.get());
    }

    static boolean loopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private void health(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "ok");
        out.put("store", app.database().kind());
        out.put("queue", app.documents().queueDepth());
        out.put("documents", app.documents().countsByState());
        out.put("stories", app.stories().totals().stories());
        json(ctx, 200, out);
    }

    private void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(app.metrics().render(
                app.documents().countsByState(), app.documents().queueDepth(), app.stories().totals())
                + app.sourceMetrics().render(app.feeds().store().countsByState()) + searchCache());
    }

    /** The search answer cache's counters, in the text format. */
    private String searchCache() {
        ResultCache.Stats c = app.index().cacheStats();
        return "# HELP concord_search_cache_hits_total Searches answered from the cache of the current index.\n"
                + "# TYPE concord_search_cache_hits_total counter\n"
                + "concord_search_cache_hits_total " + c.hits() + "\n"
                + "# HELP concord_search_cache_misses_total Searches run on the index.\n"
                + "# TYPE concord_search_cache_misses_total counter\n"
                + "concord_search_cache_misses_total " + c.misses() + "\n";
    }

    private void openapi(Context ctx) throws IOException {
        try (InputStream in = Api.class.getResourceAsStream("openapi.yaml")) {
            if (in == null) {
                throw new Failure(500, "the OpenAPI document is missing from the build");
            }
            ctx.contentType("application/yaml").result(in.readAllBytes());
        }
    }

    /** The answer to a post: each document's id and whether it was queued or is unchanged. */
    record Accepted(int accepted, int queued, List<DocumentStore.Posted> documents) {}

    /** The answer to a file upload: as a post, and what of the file could not be read. */
    record UploadAccepted(int accepted, int queued, List<DocumentStore.Posted> documents,
                          List<org.concord.model.Skipped> skipped) {}

    private void postDocuments(Context ctx) {
        if (ctx.isMultipartFormData()) {
            MultipartUpload.post(app, ctx, maxBody);
            return;
        }
        String filename = uploadName(ctx);
        if (filename != null) {
            upload(ctx, filename);
            return;
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("json") && !type.startsWith("text/plain")) {
            throw new Failure(415, "post application/json (an object or an array) or application/x-ndjson "
                    + "(JSON Lines), or a file with ?filename=NAME, got " + ctx.contentType());
        }
        String body = body(ctx);
        List<DocumentInput> docs = DocumentInput.parseBody(body, IngestOptions.DEFAULT_MAX_ARTICLE_CHARS);
        List<DocumentStore.Posted> posted = app.documents().post(docs);
        int queued = (int) posted.stream().filter(p -> p.state().equals(DocumentStore.QUEUED)).count();
        app.metrics().posted(docs.size());
        if (queued > 0) {
            app.wakeWorker();
        }
        if (posted.size() == 1) {
            ctx.header("Location", "/v1/documents/" + posted.get(0).id());
        }
        json(ctx, 202, new Accepted(posted.size(), queued, posted));
    }

    /**
     * The name of a posted file: {@code ?filename=}, else the filename of a {@code Content-Disposition} header;
     * null when neither is given (the body is then JSON documents).
     */
    private static String uploadName(Context ctx) {
        String given = param(ctx, "filename");
        if (given == null) {
            String cd = ctx.header("Content-Disposition");
            java.util.regex.Matcher m = cd == null ? null
                    : java.util.regex.Pattern.compile("(?i)filename\\s*=\\s*\"?([^\";]+)\"?").matcher(cd);
            given = m != null && m.find() ? m.group(1) : null;
        }
        if (given == null) {
            return null;
        }
        String safe = Upload.safeName(given);
        if (safe == null) {
            throw new Failure(400, "filename '" + given + "' has no usable name (letters, digits, '.', '-', '_')");
        }
        return safe;
    }

    /** A posted file, read as analyze reads a file of that name: its articles are posted documents. */
    private void upload(Context ctx, String filename) {
        Upload.Read read = Upload.read(bytes(ctx), filename, IngestOptions.defaults());
        if (read.documents().isEmpty()) {
            List<String> reasons = new ArrayList<>();
            read.skipped().forEach(x -> reasons.add(x.source() + ": " + x.reason()));
            throw new DocumentInput.Invalid(reasons.isEmpty() ? List.of(filename + ": no article in the file")
                    : reasons);
        }
        List<DocumentStore.Posted> posted = app.documents().post(read.documents());
        int queued = (int) posted.stream().filter(p -> p.state().equals(DocumentStore.QUEUED)).count();
        app.metrics().posted(read.documents().size());
        if (queued > 0) {
            app.wakeWorker();
        }
        json(ctx, 202, new UploadAccepted(posted.size(), queued, posted, read.skipped()));
    }

    /** The body as UTF-8, refused past the size limit (413) before it is all read. */
    String body(Context ctx) {
        byte[] bytes = bytes(ctx);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Failure(400, "the body is not valid UTF-8");
        }
    }

    /** The body, refused past the size limit (413) before it is all read. */
    private byte[] bytes(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBody) {
            throw new Failure(413, "the body is " + declared + " bytes; the limit is " + maxBody);
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBody + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBody) {
            throw new Failure(413, "the body is over the limit of " + maxBody + " bytes");
        }
        return bytes;
    }

    /** A stored document: its state, what was posted, and once analysed the report-v1 document and its story. */
    record DocumentView(String id, String state, String note, String receivedAt, String story, String outlet,
                        String title, String url, String published, Document document) {}

    private void getDocument(Context ctx) {
        DocumentStore.Row r = app.documents().document(ctx.pathParam("id"))
                .orElseThrow(() -> new Failure(404, "no document " + ctx.pathParam("id")));
        json(ctx, 200, new DocumentView(r.id(), r.state(), r.note(), r.receivedAt().toString(), r.storyId(),
                r.outlet(), r.title(), r.url(), r.published(),
                r.analysedJson() == null ? null : Json.read(r.analysedJson(), Document.class)));
    }

    record StoryPage(List<Listings.StoryItem> stories, String nextCursor) {}

    private void listStories(Context ctx) {
        Listings.Page<Listings.StoryItem> p = app.listings().stories(new Listings.StoryQuery(param(ctx, "outlet"),
                param(ctx, "q"), param(ctx, "from"), param(ctx, "to"), param(ctx, "sort"), param(ctx, "cursor"),
                intParam(ctx, "limit", 50), param(ctx, "entity"), param(ctx, "window_hours") == null ? null
                : intParam(ctx, "window_hours", Listings.DEFAULT_WINDOW_HOURS)));
        json(ctx, 200, new StoryPage(p.items(), p.nextCursor()));
    }

    private void getStory(Context ctx) {
        // the story's report-v1 JSON as stored (written by the same mapper): sent without reading it into records
        String json = app.stories().storyJson(ctx.pathParam("id"))
                .orElseThrow(() -> new Failure(404, "no story " + ctx.pathParam("id")));
        ctx.status(200).contentType("application/json").result(json);
    }

    private void storyReport(Context ctx, String format, String mediaType) throws IOException {
        Report report = app.stories().storyReport(ctx.pathParam("id"))
                .orElseThrow(() -> new Failure(404, "no story " + ctx.pathParam("id")));
        StringWriter w = new StringWriter();
        ReportWriters.forFormat(format).write(report, w);
        if (format.equals("html")) {
            // the report's own page: nothing from elsewhere, no script
            ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        }
        ctx.contentType(mediaType).result(w.toString());
    }

    record QuotePage(List<Listings.QuoteItem> quotes, String nextCursor) {}

    private void quotes(Context ctx) {
        Listings.Page<Listings.QuoteItem> p = app.listings().quotes(param(ctx, "speaker"), param(ctx, "q"),
                param(ctx, "cursor"), intParam(ctx, "limit", 50));
        json(ctx, 200, new QuotePage(p.items(), p.nextCursor()));
    }

    record CorrectionsPosted(List<CorrectionStore.Correction> corrections, boolean queued) {}

    private void postCorrections(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("json")) {
            throw new Failure(415, "post application/json (a correction object or an array), got " + ctx.contentType());
        }
        com.fasterxml.jackson.databind.JsonNode body;
        try {
            body = Json.mapper().readTree(body(ctx));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Failure(400, "the body is not JSON: " + e.getOriginalMessage());
        }
        List<CorrectionStore.Correction> stored = app.corrections().add(CorrectionStore.parse(body),
                ctx.attribute("token"));
        app.wakeWorker();
        json(ctx, 202, new CorrectionsPosted(stored, true));
    }

    /** Withdraws a correction: 200 with it as stored now, and a re-analysis queued. */
    private void withdrawCorrection(Context ctx) {
        String raw = ctx.pathParam("id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new Failure(400, "id: a correction's id is a number, got '" + raw + "'");
        }
        CorrectionStore.Correction withdrawn;
        try {
            withdrawn = app.corrections().withdraw(id, ctx.attribute("token"));
        } catch (CorrectionStore.NotWithdrawable e) {
            throw new Failure(e.status(), e.getMessage());
        }
        app.wakeWorker();
        json(ctx, 200, withdrawn);
    }

    record CorrectionPage(List<CorrectionStore.Correction> corrections, String nextCursor) {}

    private void listCorrections(Context ctx) {
        String cursor = param(ctx, "cursor");
        long after = 0;
        if (cursor != null) {
            try {
                after = Long.parseLong(Listings.decode(cursor, "corrections")[1]);
            } catch (NumberFormatException e) {
                throw new Failure(400, "cursor is not valid");
            }
        }
        int limit = Listings.limit(intParam(ctx, "limit", 50));
        List<CorrectionStore.Correction> page = app.corrections().list(after, limit + 1);
        String next = null;
        if (page.size() > limit) {
            page = page.subList(0, limit);
            next = Listings.encode("corrections", Long.toString(page.get(limit - 1).id()), "");
        }
        json(ctx, 200, new CorrectionPage(page, next));
    }

    record EntityPage(List<Entities.EntityItem> entities, String nextCursor) {}

    private void listEntities(Context ctx) {
        Listings.Page<Entities.EntityItem> p = app.entities().list(param(ctx, "q"), param(ctx, "type"),
                param(ctx, "cursor"), intParam(ctx, "limit", 50));
        json(ctx, 200, new EntityPage(p.items(), p.nextCursor()));
    }

    private void getEntity(Context ctx) {
        json(ctx, 200, app.entities().entity(ctx.pathParam("id"))
                .orElseThrow(() -> new Failure(404, "no entity " + ctx.pathParam("id"))));
    }

    static String param(Context ctx, String name) {
        List<String> all = ctx.queryParams(name);
        if (all.size() > 1) {
            throw new Failure(400, name + " is given " + all.size() + " times; give it once");
        }
        String v = all.isEmpty() ? null : all.get(0);
        if (v != null && v.length() > 1000) {
            throw new Failure(400, name + " is longer than 1000 characters");
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    static int intParam(Context ctx, String name, int dflt) {
        String v = param(ctx, name);
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new Failure(400, name + " must be a whole number, got '" + v + "'");
        }
    }

    private void failure(Exception e, Context ctx) {
        Problem p;
        if (e instanceof Failure f) {
            p = Problem.of(f.status, f.getMessage(), ctx.path());
        } else if (e instanceof DocumentInput.Invalid inv) {
            p = Problem.of(400, "the body holds " + inv.errors().size() + " invalid document"
                    + (inv.errors().size() == 1 ? "" : "s") + "; nothing was stored", ctx.path())
                    .withErrors(inv.errors());
        } else if (e instanceof CorrectionStore.Invalid inv) {
            p = Problem.of(400, "the body holds " + inv.errors().size() + " problem"
                    + (inv.errors().size() == 1 ? "" : "s") + "; no correction was stored", ctx.path())
                    .withErrors(inv.errors());
        } else if (e instanceof Invalid inv) {
            p = Problem.of(400, inv.getMessage(), ctx.path()).withErrors(inv.errors);
        } else if (e instanceof Listings.BadQuery b) {
            p = Problem.of(400, b.getMessage(), ctx.path());
        } else if (e instanceof HttpResponseException h) {
            p = Problem.of(h.getStatus(), h.getMessage(), ctx.path());
        } else {
            app.log("error on " + ctx.method() + " " + ctx.path() + ": " + e);
            p = Problem.of(500, "the server could not answer this request; see its log", ctx.path());
        }
        problem(ctx, p);
    }

    private static void problem(Context ctx, Problem p) {
        ctx.status(p.status()).contentType(Problem.MEDIA_TYPE).result(Json.write(p));
    }

    static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(Json.write(body));
    }

    static List<String> routes() {
        List<String> out = new ArrayList<>(List.of("/health", "/metrics", "/v1/openapi.yaml", "/v1/documents",
                "/v1/documents/{id}", "/v1/stories", "/v1/stories/{id}", "/v1/stories/{id}/report.json",
                "/v1/stories/{id}/report.md", "/v1/stories/{id}/report.html", "/v1/quotes",
                "/v1/corrections", "/v1/corrections/{id}", "/v1/entities", "/v1/entities/{id}"));
        out.addAll(FeedsApi.ROUTES);
        out.addAll(SearchApi.ROUTES);
        return out;
    }
}
