package org.concord.serve.web;

/**
 * {@code /signin}: a writer signs in by pasting an API token ({@code concord token create NAME}); once signed in,
 * who is signed in and a sign-out button. Reads need no sign-in; only the feeds page's and the story page's writes
 * do.
 */
final class SignInPage {
    private SignInPage() {
    }

    /** The page; {@code next} the local page to go back to after signing in (null: the stories). */
    static String render(Session.Visitor v, String next, Layout.Notice notice) {
        String back = safeNext(next);
        return Layout.page(v.signedIn() ? "Signed in" : "Sign in", Layout.Section.SIGN_IN, h -> {
            h.el("h1", v.signedIn() ? "Signed in" : "Sign in as a writer");
            if (notice != null) {
                notice.render(h);
            }
            if (v.signedIn()) {
                h.open("p").text("You are signed in as ").el("strong", v.writer()).text(". Corrections and feed "
                        + "changes you make are recorded under this name.").close("p");
                h.open("p").el("a", "Go to the feeds", "href", "/feeds").text(" or ")
                        .el("a", "the stories", "href", "/").text(".").close("p");
                h.open("form", "method", "post", "action", "/signout", "class", "inline");
                Layout.csrf(h, v);
                h.el("button", "Sign out", "type", "submit");
                h.close("form");
                return;
            }
            h.el("p", "Reading needs no sign-in. To correct stories or manage feeds, paste an API token (made with "
                    + "concord token create NAME on the server's machine). It is kept in a cookie of this browser "
                    + "that its scripts cannot read, sent to this server only, and checked on every change.");
            h.open("form", "method", "post", "action", "/signin", "class", "signin", "aria-label", "Sign in");
            Layout.csrf(h, v);
            h.empty("input", "type", "hidden", "name", "next", "value", back);
            h.open("div", "class", "field").el("label", "API token", "for", "token");
            h.empty("input", "id", "token", "name", "token", "type", "password", "autocomplete", "off",
                    "spellcheck", "false", "required", "");
            h.close("div");
            h.el("button", "Sign in", "type", "submit");
            h.close("form");
        });
    }

    /** A local page to go to: a path of this server ({@code /...}, not {@code //host}); else the stories. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.length() > 500 || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f || c == '\\')) {
            return "/";
        }
        return next;
    }
}
