package org.concord.serve.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The frame of every page: language, viewport, the one local stylesheet and script (nothing from elsewhere), a skip
 * link, the header with the site navigation and search, {@code main}, and the footer.
 */
final class Layout {
    static final String CSS = "/ui/concord.css";
    static final String JS = "/ui/concord.js";

    private Layout() {
    }

    /** Which navigation entry is the current page. */
    enum Section { STORIES, SEARCH, FEEDS, SIGN_IN, OTHER }

    static String page(String title, Section section, Consumer<Html> main) {
        Html h = new Html();
        h.doctype().open("html", "lang", "en").newline();
        h.open("head").newline();
        h.empty("meta", "charset", "utf-8").newline();
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        h.el("title", title + " · Concord").newline();
        h.empty("link", "rel", "stylesheet", "href", CSS).newline();
        h.open("script", "src", JS, "defer", "").close("script").newline();
        h.close("head").newline();
        h.open("body").newline();
        h.el("a", "Skip to content", "class", "skip", "href", "#main").newline();
        h.open("header", "class", "site").open("div", "class", "bar");
        h.el("a", "Concord", "class", "brand", "href", "/");
        h.open("nav", "aria-label", "Site");
        h.open("ul");
        navItem(h, "Stories", "/", section == Section.STORIES);
        navItem(h, "Search", "/search", section == Section.SEARCH);
        navItem(h, "Feeds", "/feeds", section == Section.FEEDS);
        navItem(h, "Sign in", "/signin", section == Section.SIGN_IN);
        h.close("ul").close("nav");
        h.open("form", "class", "quick-search", "role", "search", "action", "/search", "method", "get",
                "aria-label", "Site search");
        h.el("label", "Search the archive", "for", "site-q", "class", "visually-hidden");
        h.empty("input", "id", "site-q", "name", "q", "type", "search", "placeholder", "Search the archive");
        h.el("button", "Search", "type", "submit");
        h.close("form");
        h.close("div").close("header").newline();
        h.open("main", "id", "main", "tabindex", "-1").newline();
        main.accept(h);
        h.close("main").newline();
        h.open("footer", "class", "site").open("p");
        h.text("Concord: every statement cites the sentences it comes from. ");
        h.el("a", "API (OpenAPI)", "href", "/v1/openapi.yaml");
        h.close("p").close("footer").newline();
        h.close("body").close("html").newline();
        return h.toString();
    }

    private static void navItem(Html h, String label, String href, boolean current) {
        h.open("li").el("a", label, "href", href, "aria-current", current ? "page" : null).close("li");
    }

    /** The CSRF value of a form that changes something ({@link Session}). */
    static void csrf(Html h, Session.Visitor v) {
        h.empty("input", "type", "hidden", "name", Session.CSRF_FIELD, "value", v.csrf());
    }

    /** A notice at the top of a page: what a form did ({@code status}) or why it was refused ({@code alert}). */
    record Notice(boolean error, String text) {
        void render(Html h) {
            h.el("p", text, "class", error ? "notice error" : "notice done", "role", error ? "alert" : "status");
        }
    }

    /** An instant as {@code 2026-12-07 19:30 UTC} in a {@code <time>}, or "never" when null. */
    static void instant(Html h, String iso, String never) {
        if (iso == null) {
            h.text(never);
            return;
        }
        String shown = iso;
        try {
            shown = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", java.util.Locale.ROOT)
                    .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            // shown as stored
        }
        h.el("time", shown, "datetime", iso);
    }

    /** A path segment or query value, percent-encoded (a space as %20 so it works in both). */
    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String storyHref(String id) {
        return "/stories/" + enc(id);
    }

    static String documentHref(String id) {
        return "/documents/" + enc(id);
    }

    static String entityHref(String id) {
        return "/entities/" + enc(id);
    }

    static String speakerHref(String name) {
        return "/speakers/" + enc(name);
    }

    /** The anchor of a span of a document's text on the document page. */
    static String spanAnchor(int start, int end) {
        return "s-" + start + "-" + end;
    }

    /** "1 document", "2 documents". */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
