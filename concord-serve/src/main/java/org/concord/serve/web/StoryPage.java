package org.concord.serve.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.concord.model.Document;
import org.concord.model.Entity;
import org.concord.model.Related;
import org.concord.model.Report;
import org.concord.model.Story;
import org.concord.model.SummarySentence;
import org.concord.model.TimelineEntry;
import org.concord.serve.WebAdmin;
import org.concord.serve.WebData;

/**
 * {@code /stories/{id}}: the cited summary, how the story developed, coverage by outlet with each outlet's
 * headlines, the quote ledger ({@link QuoteLedger}), claims with conflicts side by side ({@link Claims}), entities,
 * follow-ups, and corrections for a signed-in writer ({@link StoryCorrections}).
 */
final class StoryPage {
    private StoryPage() {
    }

    static String render(WebData data, WebAdmin admin, Session.Visitor visitor, String id) {
        Report report = data.storyReport(id).orElseThrow(() -> new WebUi.NotFound("There is no story " + id + "."));
        Story s = report.stories().get(0);
        Map<String, Document> docs = new HashMap<>();
        report.documents().forEach(d -> docs.put(d.id(), d));
        Map<String, String> duplicateOf = new HashMap<>();
        report.documents().stream().filter(d -> d.duplicateOf() != null)
                .forEach(d -> duplicateOf.put(d.id(), d.duplicateOf()));
        String headline = StoriesPage.headline(s.headline(), s.id());
        Cite cite = new Cite(docs);
        return Layout.page(headline, Layout.Section.STORIES, h -> {
            h.open("article", "class", "story");
            h.el("h1", headline);
            meta(h, s, report.documents(), duplicateOf);
            h.open("nav", "class", "toc", "aria-label", "On this page").open("ul");
            for (String[] t : new String[][] {{"summary", "Summary"}, {"timeline", "Timeline"},
                    {"coverage", "Coverage"}, {"quotes", "Quotes"}, {"claims", "Claims"}, {"entities", "Entities"},
                    {"corrections", "Correct"}}) {
                h.open("li").el("a", t[1], "href", "#" + t[0]).close("li");
            }
            h.close("ul").close("nav");
            summary(h, s, cite);
            timeline(h, s, cite);
            coverage(h, report.documents());
            QuoteLedger.render(h, s.quotes(), docs);
            Claims.render(h, s.claims(), docs, cite);
            entities(h, s.entities());
            related(h, data, s.related());
            StoryCorrections.render(h, admin, visitor, s, docs);
            h.close("article");
        });
    }

    private static void meta(Html h, Story s, List<Document> docs, Map<String, String> duplicateOf) {
        long outlets = docs.stream().map(WebData::outletName).distinct().count();
        String first = null;
        String last = null;
        for (Document d : docs) {
            if (d.publishedDate() != null) {
                first = first == null || d.published().compareTo(first) < 0 ? d.published() : first;
                last = last == null || d.published().compareTo(last) > 0 ? d.published() : last;
            }
        }
        h.open("p", "class", "meta");
        h.text(Layout.count(s.documents().size(), "document", "documents") + " · "
                + Layout.count(WebData.independent(s.documents(), duplicateOf), "independent source",
                "independent sources") + " · " + Layout.count(outlets, "outlet", "outlets"));
        if (first != null) {
            h.text(" · first seen ").el("time", first, "datetime", first).text(", last seen ")
                    .el("time", last, "datetime", last);
        }
        h.close("p");
        h.open("p", "class", "formats").text("This story as ");
        h.el("a", "JSON", "href", "/v1/stories/" + Layout.enc(s.id()) + "/report.json").text(", ");
        h.el("a", "Markdown", "href", "/v1/stories/" + Layout.enc(s.id()) + "/report.md").text(" or a ");
        h.el("a", "printable report", "href", "/v1/stories/" + Layout.enc(s.id()) + "/report.html").text(".");
        h.close("p");
    }

    private static void summary(Html h, Story s, Cite cite) {
        h.open("section", "id", "summary", "aria-labelledby", "summary-h").el("h2", "Summary", "id", "summary-h");
        if (s.summary().isEmpty()) {
            h.el("p", "No summary.", "class", "empty");
        }
        h.open("div", "class", "summary");
        for (SummarySentence x : s.summary()) {
            h.open("p").text(x.text()).text(" ");
            cite.links(h, x.sources());
            h.close("p");
        }
        h.close("div").close("section");
    }

    private static void timeline(Html h, Story s, Cite cite) {
        h.open("section", "id", "timeline", "aria-labelledby", "timeline-h").el("h2", "How it developed",
                "id", "timeline-h");
        if (s.timeline().isEmpty()) {
            h.el("p", "No dated events.", "class", "empty");
        } else {
            h.open("ol", "class", "timeline");
            for (TimelineEntry t : s.timeline()) {
                h.open("li").el("time", t.date(), "datetime", t.date()).text(" ").el("span", t.text()).text(" ");
                cite.links(h, t.sources());
                h.close("li");
            }
            h.close("ol");
        }
        h.close("section");
    }

    private static void coverage(Html h, List<Document> docs) {
        Map<String, List<Document>> byOutlet = new TreeMap<>();
        docs.forEach(d -> byOutlet.computeIfAbsent(WebData.outletName(d), k -> new ArrayList<>()).add(d));
        Map<String, Integer> counts = new LinkedHashMap<>();
        byOutlet.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, List<Document>> e)
                -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
                .forEach(e -> counts.put(e.getKey(), e.getValue().size()));
        h.open("section", "id", "coverage", "aria-labelledby", "coverage-h").el("h2", "Coverage by outlet",
                "id", "coverage-h");
        Charts.coverageBar(h, counts);
        h.open("div", "class", "outlets");
        for (String outlet : counts.keySet()) {
            h.open("section", "class", "outlet").el("h3", outlet + " (" + byOutlet.get(outlet).size() + ")");
            h.open("ul");
            byOutlet.get(outlet).sort(Comparator.comparing((Document d) -> d.published() == null ? ""
                    : d.published()).thenComparing(Document::id));
            for (Document d : byOutlet.get(outlet)) {
                h.open("li").el("a", title(d), "href", Layout.documentHref(d.id()));
                if (d.published() != null) {
                    h.text(" ").el("time", d.published(), "datetime", d.published());
                }
                if (d.duplicateOf() != null) {
                    h.text(" (a near-copy of ").el("a", d.duplicateOf(), "href", Layout.documentHref(d.duplicateOf()))
                            .text(")");
                }
                h.close("li");
            }
            h.close("ul").close("section");
        }
        h.close("div").close("section");
    }

    /** A document's title, or its id when it has none. */
    static String title(Document d) {
        return d.title() == null || d.title().isBlank() ? "Document " + d.id() : d.title();
    }

    private static void entities(Html h, List<Entity> entities) {
        h.open("section", "id", "entities", "aria-labelledby", "entities-h").el("h2", "Entities", "id", "entities-h");
        if (entities.isEmpty()) {
            h.el("p", "No entity found.", "class", "empty");
        }
        Map<String, List<Entity>> byType = new TreeMap<>();
        entities.forEach(e -> byType.computeIfAbsent(e.type().json(), k -> new ArrayList<>()).add(e));
        for (Map.Entry<String, List<Entity>> t : byType.entrySet()) {
            h.el("h3", typeLabel(t.getKey()));
            h.open("ul", "class", "entities");
            for (Entity e : t.getValue()) {
                h.open("li").el("a", e.name(), "href", Layout.entityHref(e.id()));
                h.text(" (" + Layout.count(e.mentions(), "mention", "mentions") + ")").close("li");
            }
            h.close("ul");
        }
        h.close("section");
    }

    static String typeLabel(String type) {
        return switch (type.toUpperCase(Locale.ROOT)) {
            case "PERSON" -> "People";
            case "ORGANIZATION" -> "Organizations";
            case "LOCATION" -> "Places";
            default -> type;
        };
    }

    private static void related(Html h, WebData data, List<Related> related) {
        if (related.isEmpty()) {
            return;
        }
        Map<String, String> headlines = data.headlines(related.stream().map(Related::story).toList());
        h.open("section", "id", "related", "aria-labelledby", "related-h").el("h2", "Follow-ups", "id", "related-h");
        h.open("ul");
        for (Related r : related) {
            h.open("li").text(r.relation().equals(Related.FOLLOW_UP) ? "Followed up by: " : "Follows: ");
            h.el("a", StoriesPage.headline(headlines.get(r.story()), r.story()), "href", Layout.storyHref(r.story()));
            h.close("li");
        }
        h.close("ul").close("section");
    }
}
