package org.concord.serve.web;

import java.util.List;
import org.concord.serve.WebAdmin;

/**
 * {@code /feeds}: every feed the server follows, with its address, title, state, the last fetch's HTTP status and
 * error, when it was last fetched and is next due, and the items it read; for a signed-in writer, a form that adds a
 * feed and on each feed a "refresh now" and a "delete" button (forms posting with the CSRF value).
 */
final class FeedsPage {
    private FeedsPage() {
    }

    static String render(WebAdmin admin, Session.Visitor v, Layout.Notice notice) {
        List<WebAdmin.FeedRow> feeds = admin.feeds();
        return Layout.page("Feeds", Layout.Section.FEEDS, h -> {
            h.el("h1", "Feeds");
            if (notice != null) {
                notice.render(h);
            }
            if (v.signedIn()) {
                addForm(h, v);
            } else {
                h.open("p", "class", "aside").text("To add, refresh or delete a feed, ")
                        .el("a", "sign in as a writer", "href", "/signin?next=%2Ffeeds").text(".").close("p");
            }
            h.el("h2", Layout.count(feeds.size(), "feed", "feeds") + " followed", "id", "feeds-h");
            if (feeds.isEmpty()) {
                h.el("p", "No feed yet.", "class", "empty");
            }
            h.open("ol", "class", "feeds", "aria-labelledby", "feeds-h");
            for (WebAdmin.FeedRow f : feeds) {
                feed(h, f, v);
            }
            h.close("ol");
            if (feeds.size() >= WebAdmin.MAX_FEEDS) {
                h.open("p", "class", "aside").text("Only the first " + WebAdmin.MAX_FEEDS + " are listed; ")
                        .el("a", "the API lists them all", "href", "/v1/feeds").text(".").close("p");
            }
        });
    }

    private static void addForm(Html h, Session.Visitor v) {
        h.open("form", "method", "post", "action", "/feeds", "class", "filters add-feed", "aria-label", "Add a feed");
        Layout.csrf(h, v);
        h.open("div", "class", "field wide").el("label", "Feed address (RSS or Atom, http or https)", "for",
                "feed-url");
        h.empty("input", "id", "feed-url", "name", "url", "type", "url", "required", "", "placeholder",
                "https://example.org/news.rss");
        h.close("div");
        h.open("div", "class", "field").el("label", "Fetch every (seconds; default "
                + WebAdmin.DEFAULT_INTERVAL + ")", "for",
                "feed-interval");
        h.empty("input", "id", "feed-interval", "name", "interval_seconds", "type", "number", "min", "60",
                "step", "1", "inputmode", "numeric");
        h.close("div");
        h.open("div", "class", "actions").el("button", "Add the feed", "type", "submit").close("div");
        h.close("form");
    }

    private static void feed(Html h, WebAdmin.FeedRow f, Session.Visitor v) {
        String name = f.title() == null || f.title().isBlank() ? f.url() : f.title();
        h.open("li", "class", "feed", "id", "feed-" + f.id(), "data-state", f.state());
        h.open("article", "aria-labelledby", "feed-h-" + f.id());
        h.open("h3", "id", "feed-h-" + f.id()).text(name).text(" ")
                .el("span", state(f.state()), "class", "badge state-" + f.state()).close("h3");
        h.open("dl", "class", "doc-meta");
        h.el("dt", "Address").open("dd", "class", "url");
        if (f.url().regionMatches(true, 0, "http://", 0, 7) || f.url().regionMatches(true, 0, "https://", 0, 8)) {
            h.el("a", f.url(), "href", f.url(), "rel", "noreferrer");
        } else {
            h.text(f.url());
        }
        h.close("dd");
        h.el("dt", "Last fetch").open("dd", "class", "last-fetch");
        Layout.instant(h, f.lastFetchedAt(), "not yet");
        if (f.lastOutcome() != null) {
            h.text(": " + outcome(f));
        }
        h.close("dd");
        if (f.lastError() != null) {
            h.el("dt", "Error").el("dd", f.lastError(), "class", "error");
        }
        h.el("dt", "Last success").open("dd");
        Layout.instant(h, f.lastSuccessAt(), "never");
        h.close("dd");
        h.el("dt", "Next fetch").open("dd");
        Layout.instant(h, f.nextDueAt(), "none (disabled: refresh it to try again)");
        h.text(", every " + Layout.count(f.intervalSeconds(), "second", "seconds")).close("dd");
        h.el("dt", "Items").el("dd", "last fetch read " + f.lastItemsRead() + ", " + f.lastItemsNew() + " new; "
                + f.itemsNewTotal() + " new in all", "class", "items");
        h.el("dt", "Added").open("dd");
        Layout.instant(h, f.createdAt(), "unknown");
        h.text(f.createdBy() == null ? "" : " by " + f.createdBy()).close("dd");
        h.close("dl");
        if (v.signedIn()) {
            h.open("div", "class", "actions");
            button(h, v, "/feeds/" + f.id() + "/refresh", "Refresh now", name);
            button(h, v, "/feeds/" + f.id() + "/delete", "Delete", name);
            h.close("div");
        }
        h.close("article").close("li");
    }

    private static void button(Html h, Session.Visitor v, String action, String label, String feed) {
        h.open("form", "method", "post", "action", action, "class", "inline");
        Layout.csrf(h, v);
        h.open("button", "type", "submit").text(label).el("span", " (" + feed + ")", "class", "visually-hidden")
                .close("button");
        h.close("form");
    }

    private static String state(String s) {
        return switch (s) {
            case "new" -> "not fetched yet";
            case "ok" -> "working";
            case "failing" -> "failing, retried later";
            case "disabled" -> "disabled";
            default -> s;
        };
    }

    private static String outcome(WebAdmin.FeedRow f) {
        String status = f.lastHttpStatus() == null ? "no answer" : "HTTP " + f.lastHttpStatus();
        return switch (f.lastOutcome()) {
            case "ok" -> status + ", read";
            case "not_modified" -> status + ", not modified";
            case "failed" -> status + ", failed (" + Layout.count(f.consecutiveFailures(), "failure", "failures")
                    + " in a row)";
            default -> status + ", " + f.lastOutcome();
        };
    }
}
