package org.concord.serve.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.serve.WebData;

/**
 * {@code /search?q=}: full-text search with counts by outlet (each a link that keeps one outlet) and highlighted
 * passages. The index gives passages HTML-escaped with the matches in {@code <b>}; they are read back into text and
 * written again through {@link Html}, so nothing of a document reaches the page as markup.
 */
final class SearchPage {
    static final int PAGE = 20;
    private static final Pattern BOLD = Pattern.compile("<b>(.*?)</b>", Pattern.DOTALL);

    private SearchPage() {
    }

    static String render(WebData data, Params p) {
        String q = p.get("q");
        String outlet = p.get("outlet");
        int offset = p.integer("offset", 0, 0, 1000);
        WebData.SearchResult r = q == null ? null : data.search(q, outlet, offset, PAGE);
        return Layout.page(q == null ? "Search" : "Search: " + q, Layout.Section.SEARCH, h -> {
            h.el("h1", "Search");
            h.open("form", "class", "search", "role", "search", "method", "get", "action", "/search", "aria-label",
                    "Search documents");
            h.el("label", "Words to find", "for", "q");
            h.empty("input", "id", "q", "name", "q", "type", "search", "value", q);
            if (outlet != null) {
                h.empty("input", "type", "hidden", "name", "outlet", "value", outlet);
            }
            h.el("button", "Search", "type", "submit");
            h.close("form");
            if (r == null) {
                h.el("p", "Search titles and texts of every analysed document (Lucene syntax: \"exact phrase\", "
                        + "AND, OR, -word).");
                return;
            }
            h.open("div", "class", "results-layout");
            facets(h, q, outlet, r);
            h.open("section", "class", "results", "aria-labelledby", "results-h");
            h.el("h2", Layout.count(r.total(), "document", "documents") + " found"
                    + (outlet == null ? "" : " in " + outlet), "id", "results-h");
            h.open("ol", "class", "hits", "start", Integer.toString(offset + 1));
            for (WebData.Hit hit : r.hits()) {
                h.open("li", "class", "hit");
                h.open("h3").el("a", hit.title() == null || hit.title().isBlank() ? "Document " + hit.id()
                        : hit.title(), "href", Layout.documentHref(hit.id())).close("h3");
                h.open("p", "class", "meta").text(hit.outlet() == null ? "unknown outlet" : hit.outlet());
                if (hit.published() != null) {
                    h.text(" · ").el("time", hit.published(), "datetime", hit.published());
                }
                if (hit.story() != null) {
                    h.text(" · ").el("a", "its story", "href", Layout.storyHref(hit.story()));
                }
                h.close("p");
                for (String passage : hit.highlights()) {
                    h.open("p", "class", "passage");
                    passage(h, passage);
                    h.close("p");
                }
                h.close("li");
            }
            h.close("ol");
            if (offset + PAGE < r.total() && offset + PAGE <= 1000) {
                h.open("nav", "class", "pager", "aria-label", "More results").open("p");
                h.el("a", "More results", "rel", "next", "href", "/search?q=" + Layout.enc(q)
                        + (outlet == null ? "" : "&outlet=" + Layout.enc(outlet)) + "&offset=" + (offset + PAGE));
                h.close("p").close("nav");
            }
            h.close("section").close("div");
        });
    }

    private static void facets(Html h, String q, String outlet, WebData.SearchResult r) {
        h.open("nav", "class", "facets", "aria-label", "Outlets");
        h.el("h2", "Outlets");
        h.open("ul");
        if (outlet != null) {
            h.open("li").el("a", "All outlets", "href", "/search?q=" + Layout.enc(q)).close("li");
        }
        for (WebData.Facet f : r.outlets()) {
            h.open("li").el("a", f.value() + " (" + f.count() + ")", "href", "/search?q=" + Layout.enc(q)
                    + "&outlet=" + Layout.enc(f.value()), "aria-current", f.value().equals(outlet) ? "true" : null)
                    .close("li");
        }
        h.close("ul").close("nav");
    }

    /** A highlighted passage: its escaped text read back, the matches as {@code <mark>}. */
    static void passage(Html h, String escaped) {
        Matcher m = BOLD.matcher(escaped);
        int at = 0;
        while (m.find()) {
            h.text(unescape(escaped.substring(at, m.start())));
            h.el("mark", unescape(m.group(1)));
            at = m.end();
        }
        h.text(unescape(escaped.substring(at)));
    }

    /** The entities Lucene's passage formatter writes, back to characters (any other markup stays text). */
    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#x2F;", "/").replace("&amp;", "&");
    }
}
