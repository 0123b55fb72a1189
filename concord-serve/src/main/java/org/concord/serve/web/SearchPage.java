package org.concord.serve.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.serve.WebData;

/**
 * {@code /search?q=}: full-text search with highlighted passages and counts over every hit by outlet, entity, speaker
 * and date (by month; by day once the dates are one month), each count a link that narrows the search to it, each
 * narrowing shown with a link that removes it ({@code /v1/search}'s drill-down filters). The index gives passages
 * HTML-escaped with the matches in {@code <b>}; they are read back into text and written again through {@link Html},
 * so nothing of a document reaches the page as markup.
 */
final class SearchPage {
    static final int PAGE = 20;
    static final int FACET_LIMIT = 10;
    private static final Pattern BOLD = Pattern.compile("<b>(.*?)</b>", Pattern.DOTALL);
    /** The parameters a search keeps, in the order its addresses write them. */
    static final List<String> KEYS = List.of("q", "outlet", "entity", "speaker", "from", "to");
    private static final Map<String, String> FACET_TITLES = Map.of("outlet", "Outlets", "entity",
            "People, organizations and places", "speaker", "Speakers", "date", "Dates");
    private static final Map<String, String> FILTER_LABELS = Map.of("outlet", "outlet", "entity", "about",
            "speaker", "quoting", "from", "from", "to", "to");

    private SearchPage() {
    }

    static String render(WebData data, Params p) {
        Map<String, String> ask = new LinkedHashMap<>();
        KEYS.forEach(k -> {
            if (p.get(k) != null) {
                ask.put(k, p.get(k));
            }
        });
        String q = ask.get("q");
        int offset = p.integer("offset", 0, 0, 1000);
        boolean byDay = ask.get("from") != null && ask.get("to") != null
                && ask.get("from").regionMatches(0, ask.get("to"), 0, 7);
        WebData.SearchResult r = ask.isEmpty() ? null : data.search(new WebData.SearchAsk(q, ask.get("outlet"),
                ask.get("entity"), ask.get("speaker"), ask.get("from"), ask.get("to")), byDay, FACET_LIMIT, offset, PAGE);
        return Layout.page(q == null ? "Search" : "Search: " + q, Layout.Section.SEARCH, h -> {
            h.el("h1", "Search");
            h.open("form", "class", "search", "role", "search", "method", "get", "action", "/search", "aria-label",
                    "Search documents");
            h.el("label", "Words to find", "for", "q");
            h.empty("input", "id", "q", "name", "q", "type", "search", "value", q);
            for (Map.Entry<String, String> e : ask.entrySet()) {
                if (!e.getKey().equals("q")) {
                    h.empty("input", "type", "hidden", "name", e.getKey(), "value", e.getValue());
                }
            }
            h.el("button", "Search", "type", "submit");
            h.close("form");
            if (r == null) {
                h.el("p", "Search titles and texts of every analysed document (Lucene syntax: \"exact phrase\", "
                        + "AND, OR, -word).");
                return;
            }
            narrowed(h, ask);
            h.open("div", "class", "results-layout");
            facets(h, ask, r, byDay);
            h.open("section", "class", "results", "aria-labelledby", "results-h");
            h.el("h2", Layout.count(r.total(), "document", "documents") + " found", "id", "results-h");
            hits(h, r, offset);
            if (offset + PAGE < r.total() && offset + PAGE <= 1000) {
                Map<String, String> next = new LinkedHashMap<>(ask);
                next.put("offset", Integer.toString(offset + PAGE));
                h.open("nav", "class", "pager", "aria-label", "More results").open("p");
                h.el("a", "More results", "rel", "next", "href", href(next));
                h.close("p").close("nav");
            }
            h.close("section").close("div");
        });
    }

    private static void hits(Html h, WebData.SearchResult r, int offset) {
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
    }

    /** The filters in force, each with a link that removes it. */
    private static void narrowed(Html h, Map<String, String> ask) {
        if (ask.keySet().stream().allMatch(k -> k.equals("q"))) {
            return;
        }
        h.open("ul", "class", "narrowed", "aria-label", "Narrowed to");
        for (Map.Entry<String, String> e : ask.entrySet()) {
            if (e.getKey().equals("q")) {
                continue;
            }
            Map<String, String> without = new LinkedHashMap<>(ask);
            without.remove(e.getKey());
            h.open("li").text(FILTER_LABELS.get(e.getKey()) + ": ").el("strong", e.getValue()).text(" ");
            h.el("a", "remove", "href", href(without), "aria-label", "Remove " + FILTER_LABELS.get(e.getKey()) + " "
                    + e.getValue());
            h.close("li");
        }
        h.close("ul");
    }

    private static void facets(Html h, Map<String, String> ask, WebData.SearchResult r, boolean byDay) {
        h.open("nav", "class", "facets", "aria-label", "Narrow the search");
        for (String dim : WebData.FACETS) {
            List<WebData.Facet> counts = r.facets().getOrDefault(dim, List.of());
            if (counts.isEmpty()) {
                continue;
            }
            h.open("section", "class", "facet", "data-facet", dim);
            h.el("h2", FACET_TITLES.get(dim) + (dim.equals("date") ? byDay ? " (by day)" : " (by month)" : ""));
            h.open("ul");
            for (WebData.Facet f : counts) {
                Map<String, String> narrower = new LinkedHashMap<>(ask);
                boolean current;
                if (dim.equals("date")) {
                    String from = f.value().length() == 7 ? f.value() + "-01" : f.value();
                    String to = f.value().length() == 7 ? java.time.YearMonth.parse(f.value()).atEndOfMonth()
                            .toString() : f.value();
                    current = from.equals(ask.get("from")) && to.equals(ask.get("to"));
                    narrower.put("from", from);
                    narrower.put("to", to);
                } else {
                    current = f.value().equalsIgnoreCase(ask.getOrDefault(dim, ""));
                    narrower.put(dim, f.value());
                }
                h.open("li").el("a", f.value() + " (" + f.count() + ")", "href", href(narrower), "aria-current",
                        current ? "true" : null).close("li");
            }
            h.close("ul").close("section");
        }
        h.close("nav");
    }

    /** The address of a search with these parameters, in {@link #KEYS} order (then the offset). */
    static String href(Map<String, String> params) {
        StringBuilder b = new StringBuilder("/search");
        char sep = '?';
        for (String k : KEYS) {
            if (params.get(k) != null) {
                b.append(sep).append(k).append('=').append(Layout.enc(params.get(k)));
                sep = '&';
            }
        }
        if (params.get("offset") != null) {
            b.append(sep).append("offset=").append(params.get("offset"));
        }
        return b.toString();
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
