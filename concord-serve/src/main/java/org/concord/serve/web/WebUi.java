package org.concord.serve.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import org.concord.serve.WebData;

/**
 * The served web UI (issue 20): server-rendered HTML pages over the service's store, beside the {@code /v1} JSON
 * API and not part of it. Each page works without JavaScript; {@code /ui/concord.js} adds hovers and filters. Reads
 * follow the API's rule (open from loopback, elsewhere only with {@code --open-reads}); every page is sent with a
 * Content-Security-Policy that allows only this server's own stylesheet and script.
 */
public final class WebUi {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private final WebData data;

    public WebUi(WebData data) {
        this.data = data;
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
        r.get("/stories/{id}", ctx -> page(ctx, c -> StoryPage.render(data, c.pathParam("id"))));
        r.get("/documents/{id}", ctx -> page(ctx, c -> DocumentPage.render(data, c.pathParam("id"))));
        r.get("/search", ctx -> page(ctx, c -> SearchPage.render(data, Params.of(c))));
        r.get("/entities/{id}", ctx -> page(ctx, c -> EntityPage.render(data, c.pathParam("id"))));
        r.get("/speakers/{name}", ctx -> page(ctx, c -> SpeakerPage.render(data, c.pathParam("name"))));
    }

    private void page(Context ctx, Page page) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        String html;
        int status = 200;
        if (!data.readsAllowed(ctx.req().getRemoteAddr())) {
            status = 401;
            html = message("Not open to this address", "This server's pages are read from the machine it runs on, "
                    + "or from anywhere when it is started with --open-reads.");
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
