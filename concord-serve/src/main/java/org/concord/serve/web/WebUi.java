package org.concord.serve.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import org.concord.serve.WebAdmin;
import org.concord.serve.WebData;

/**
 * The served web UI (issue 20): server-rendered HTML pages over the service's store, beside the {@code /v1} JSON
 * API and not part of it. Each page works without JavaScript; {@code /ui/concord.js} adds hovers and filters. Reads
 * follow the API's rule (open from loopback, elsewhere only with {@code --open-reads}); every page is sent with a
 * Content-Security-Policy that allows only this server's own stylesheet and script. Writes (a signed-in writer's
 * feed changes and corrections) are form POSTs checked by {@link Session}: the CSRF value first, then the token.
 */
public final class WebUi {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private final WebData data;
    private final WebAdmin admin;
    private final Session session;

    public WebUi(WebData data, WebAdmin admin) {
        this.data = data;
        this.admin = admin;
        this.session = new Session(admin);
    }

    /** A write the page refuses, with the reason for the reader (status 400). */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }
    }

    /** What a form POST answers: a page with its status, or a redirect ({@code location}, 303). */
    record Answer(int status, String html, String location) {
        static Answer page(int status, String html) {
            return new Answer(status, html, null);
        }

        static Answer redirect(String location) {
            return new Answer(303, null, location);
        }
    }

    interface Form {
        Answer post(Context ctx);
    }

    /** A page that names something the store does not hold. */
    static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    interface Page {
        String render(Context ctx);
    }

    public void register(RoutesConfig r) {
        r.get(Layout.CSS, ctx -> asset(ctx, "concord.css", "text/css; charset=utf-8"));
        r.get(Layout.JS, ctx -> asset(ctx, "concord.js", "text/javascript; charset=utf-8"));
        r.get("/", ctx -> page(ctx, c -> StoriesPage.render(data, Params.of(c))));
        r.get("/stories/{id}", ctx -> page(ctx, c -> StoryPage.render(data, admin, session.visitor(c),
                c.pathParam("id"))));
        r.get("/documents/{id}", ctx -> page(ctx, c -> DocumentPage.render(data, c.pathParam("id"))));
        r.get("/search", ctx -> page(ctx, c -> SearchPage.render(data, Params.of(c))));
        r.get("/entities/{id}", ctx -> page(ctx, c -> EntityPage.render(data, c.pathParam("id"))));
        r.get("/speakers/{name}", ctx -> page(ctx, c -> SpeakerPage.render(data, c.pathParam("name"))));
        r.get("/feeds", ctx -> page(ctx, c -> FeedsPage.render(admin, session.visitor(c), null)));
        r.get("/signin", ctx -> page(ctx, c -> SignInPage.render(session.visitor(c), c.queryParam("next"), null)));
        r.post("/signin", ctx -> form(ctx, this::signIn));
        r.post("/signout", ctx -> form(ctx, c -> {
            session.signOut(c);
            return Answer.redirect("/signin");
        }));
        r.post("/feeds", ctx -> form(ctx, c -> feedWrite(c, () -> {
            WebAdmin.FeedRow f = admin.addFeed(c.formParam("url"), c.formParam("interval_seconds"),
                    session.requireWriter(c));
            return "Added " + f.url() + " (feed " + f.id() + "); it is fetched in a moment.";
        })));
        r.post("/feeds/{id}/refresh", ctx -> form(ctx, c -> feedWrite(c, () -> {
            String writer = session.requireWriter(c);
            WebAdmin.FeedRow f = admin.refreshFeed(feedId(c), writer).orElseThrow(() -> noFeed(c));
            return "Refreshed " + (f.title() == null ? f.url() : f.title()) + ": " + switch (f.state()) {
                case "ok" -> "read " + f.lastItemsRead() + " items, " + f.lastItemsNew() + " new";
                default -> "the fetch failed: " + (f.lastError() == null ? "no reason given" : f.lastError());
            } + ".";
        })));
        r.post("/feeds/{id}/delete", ctx -> form(ctx, c -> feedWrite(c, () -> {
            String writer = session.requireWriter(c);
            long id = feedId(c);
            String url = admin.feed(id).map(WebAdmin.FeedRow::url).orElseThrow(() -> noFeed(c));
            if (!admin.deleteFeed(id, writer)) {
                throw noFeed(c);
            }
            return "Deleted the feed " + url + " (its documents stay).";
        })));
        r.post("/stories/{id}/corrections", ctx -> form(ctx, c -> {
            String writer = session.requireWriter(c);
            String id = c.pathParam("id");
            try {
                return Answer.page(200, StoryCorrections.post(data, admin, writer, id, c));
            } catch (Refusal | WebAdmin.Refused e) {
                return Answer.page(400, Layout.page("Correction not made", Layout.Section.STORIES, h -> {
                    h.el("h1", "Correction not made");
                    h.el("p", e.getMessage(), "class", "notice error", "role", "alert");
                    h.open("p").el("a", "Back to the story", "href", Layout.storyHref(id)).close("p");
                }));
            }
        }));
    }

    private Answer signIn(Context ctx) {
        String next = SignInPage.safeNext(ctx.formParam("next"));
        if (session.signIn(ctx, ctx.formParam("token")).isPresent()) {
            return Answer.redirect(next);
        }
        return Answer.page(401, SignInPage.render(session.visitor(ctx), next, new Layout.Notice(true,
                "This token is not one this server knows, or it was revoked.")));
    }

    /** A feed write: the feeds page with what it did, or with why it was refused. */
    private Answer feedWrite(Context ctx, java.util.function.Supplier<String> write) {
        try {
            String done = write.get();
            return Answer.page(200, FeedsPage.render(admin, session.visitor(ctx), new Layout.Notice(false, done)));
        } catch (WebAdmin.Refused e) {
            return Answer.page(e.conflict() ? 409 : 400, FeedsPage.render(admin, session.visitor(ctx),
                    new Layout.Notice(true, e.getMessage())));
        }
    }

    private static long feedId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw noFeed(ctx);
        }
    }

    private static NotFound noFeed(Context ctx) {
        return new NotFound("There is no feed " + ctx.pathParam("id") + " (any more).");
    }

    /** A form POST: refused from an address the pages are not open to, then without its CSRF value, then answered. */
    private void form(Context ctx, Form form) {
        headers(ctx);
        int status;
        String html;
        if (!data.readsAllowed(ctx.req().getRemoteAddr())) {
            status = 401;
            html = closed();
        } else {
            try {
                session.checkForm(ctx);
                Answer a = form.post(ctx);
                if (a.location() != null) {
                    ctx.status(303).header("Location", a.location());
                    return;
                }
                status = a.status();
                html = a.html();
            } catch (Session.Forged e) {
                status = 403;
                html = message("Refused", e.getMessage());
            } catch (Session.SignInFirst e) {
                status = 401;
                html = Layout.page("Sign in first", Layout.Section.OTHER, h -> {
                    h.el("h1", "Sign in first");
                    h.el("p", e.getMessage());
                    h.open("p").el("a", "Sign in", "href", "/signin").close("p");
                });
            } catch (NotFound e) {
                status = 404;
                html = message("Not found", e.getMessage());
            } catch (RuntimeException e) {
                data.log("web: error on POST " + ctx.path() + ": " + e);
                status = 500;
                html = message("Something went wrong", "The server could not do this; its log says why.");
            }
        }
        ctx.status(status).contentType("text/html; charset=utf-8").result(html);
    }

    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
    }

    private static String closed() {
        return message("Not open to this address", "This server's pages are read from the machine it runs on, "
                + "or from anywhere when it is started with --open-reads.");
    }

    private void page(Context ctx, Page page) {
        headers(ctx);
        String html;
        int status = 200;
        if (!data.readsAllowed(ctx.req().getRemoteAddr())) {
            status = 401;
            html = closed();
        } else {
            try {
                html = page.render(ctx);
            } catch (NotFound e) {
                status = 404;
                html = message("Not found", e.getMessage());
            } catch (WebData.BadRequest | Params.Bad e) {
                status = 400;
                html = message("Cannot show this page", e.getMessage());
            } catch (RuntimeException e) {
                data.log("web: error on GET " + ctx.path() + ": " + e);
                status = 500;
                html = message("Something went wrong", "The server could not show this page; its log says why.");
            }
        }
        ctx.status(status).contentType("text/html; charset=utf-8").result(html);
    }

    static String message(String title, String text) {
        return Layout.page(title, Layout.Section.OTHER, h -> {
            h.el("h1", title);
            h.el("p", text);
            h.open("p").el("a", "Back to the stories", "href", "/").close("p");
        });
    }

    private static void asset(Context ctx, String name, String type) throws IOException {
        try (InputStream in = WebUi.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the web UI's " + name + " is missing from the build");
            }
            ctx.header("Cache-Control", "max-age=3600");
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.contentType(type).result(in.readAllBytes());
        }
    }
}
