package org.concord.serve.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.model.Related;
import org.concord.serve.WebData;

/**
 * {@code /}: the stories, each with its headline, the outlets covering it (a coverage bar), documents and
 * independent sources, first and last seen, and its documents over time; filters (dates, outlet, entity) and sorts
 * (latest, largest, developing: the listing's own, {@code /v1/stories}) as a plain GET form; a follow-up shown
 * under the story it follows when both are listed.
 */
final class StoriesPage {
    static final int PAGE = 30;
    static final int ENTITY_CHOICES = 100;

    private StoriesPage() {
    }

    static String render(WebData data, Params p) {
        String sort = p.get("sort") == null ? "latest" : p.get("sort");
        WebData.StoryFilter filter = new WebData.StoryFilter(p.get("outlet"), p.get("entity"), p.get("from"),
                p.get("to"), sort, p.get("cursor"), PAGE);
        WebData.StoryList list = data.stories(filter);
        Map<String, Long> outlets = data.outlets();
        List<WebData.EntityOption> entities = data.topEntities(ENTITY_CHOICES);
        return Layout.page("Stories", Layout.Section.STORIES, h -> {
            h.el("h1", "Stories");
            form(h, filter, outlets, entities);
            if (list.stories().isEmpty()) {
                h.el("p", p.values().isEmpty() ? "No story yet: post documents to /v1/documents."
                        : "No story matches these filters.", "class", "empty");
            }
            cards(h, data, list.stories());
            if (list.nextCursor() != null) {
                h.open("nav", "class", "pager", "aria-label", "More stories").open("p");
                h.el("a", "Older stories", "rel", "next", "href", nextHref(p, list.nextCursor()));
                h.close("p").close("nav");
            }
        });
    }

    private static void form(Html h, WebData.StoryFilter f, Map<String, Long> outlets,
                             List<WebData.EntityOption> entities) {
        h.open("form", "class", "filters", "method", "get", "action", "/", "aria-label", "Filter and sort stories");
        field(h, "f-from", "From");
        h.empty("input", "id", "f-from", "name", "from", "type", "date", "value", f.from());
        h.close("div");
        field(h, "f-to", "To");
        h.empty("input", "id", "f-to", "name", "to", "type", "date", "value", f.to());
        h.close("div");
        field(h, "f-outlet", "Outlet");
        h.open("select", "id", "f-outlet", "name", "outlet");
        option(h, "", "All outlets", f.outlet() == null);
        for (Map.Entry<String, Long> o : outlets.entrySet()) {
            option(h, o.getKey(), o.getKey() + " (" + o.getValue() + ")", o.getKey().equals(f.outlet()));
        }
        h.close("select").close("div");
        field(h, "f-entity", "Person, organization or place");
        h.open("select", "id", "f-entity", "name", "entity");
        option(h, "", "Anyone", f.entity() == null);
        boolean listed = false;
        for (WebData.EntityOption e : entities) {
            listed |= e.id().equals(f.entity());
            option(h, e.id(), e.name() + " (" + e.stories() + ")", e.id().equals(f.entity()));
        }
        if (f.entity() != null && !listed) {
            option(h, f.entity(), f.entity(), true);
        }
        h.close("select").close("div");
        field(h, "f-sort", "Sort");
        h.open("select", "id", "f-sort", "name", "sort");
        option(h, "latest", "Latest", !"size".equals(f.sort()) && !"developing".equals(f.sort()));
        option(h, "size", "Largest", "size".equals(f.sort()));
        option(h, "developing", "Developing (most new in " + WebData.DEVELOPING_HOURS + " h)",
                "developing".equals(f.sort()));
        h.close("select").close("div");
        h.open("div", "class", "actions");
        h.el("button", "Apply", "type", "submit");
        h.el("a", "Clear", "href", "/");
        h.close("div");
        h.close("form");
    }

    private static void field(Html h, String id, String label) {
        h.open("div", "class", "field").el("label", label, "for", id);
    }

    private static void option(Html h, String value, String label, boolean selected) {
        h.el("option", label, "value", value, "selected", selected ? "" : null);
    }

    private static String nextHref(Params p, String cursor) {
        StringBuilder b = new StringBuilder("/?");
        for (Map.Entry<String, String> e : p.values().entrySet()) {
            if (!e.getKey().equals("cursor")) {
                b.append(Layout.enc(e.getKey())).append('=').append(Layout.enc(e.getValue())).append('&');
            }
        }
        return b.append("cursor=").append(Layout.enc(cursor)).toString();
    }

    /** The cards, follow-ups under the story they follow when that story is on the page too. */
    private static void cards(Html h, WebData data, List<WebData.StoryCard> stories) {
        Map<String, WebData.StoryCard> byId = new LinkedHashMap<>();
        stories.forEach(s -> byId.put(s.id(), s));
        Set<String> offPage = new HashSet<>();
        for (WebData.StoryCard s : stories) {
            s.related().stream().map(Related::story).filter(id -> !byId.containsKey(id)).forEach(offPage::add);
        }
        Map<String, String> headlines = data.headlines(offPage);
        Set<String> shown = new HashSet<>();
        h.open("ol", "class", "stories", "id", "story-list");
        for (WebData.StoryCard s : stories) {
            boolean followsListed = s.related().stream().anyMatch(r -> !r.relation().equals(Related.FOLLOW_UP)
                    && byId.containsKey(r.story()));
            if (!followsListed) {
                card(h, s, byId, headlines, shown);
            }
        }
        for (WebData.StoryCard s : stories) {
            if (!shown.contains(s.id())) {
                card(h, s, byId, headlines, shown);
            }
        }
        h.close("ol");
    }

    private static void card(Html h, WebData.StoryCard s, Map<String, WebData.StoryCard> byId,
                             Map<String, String> headlines, Set<String> shown) {
        shown.add(s.id());
        h.open("li", "class", "story-card", "data-outlets", String.join("\n", s.outlets().keySet()));
        h.open("article", "aria-labelledby", "h-" + s.id());
        h.open("h2", "id", "h-" + s.id()).el("a", headline(s.headline(), s.id()), "href", Layout.storyHref(s.id()))
                .close("h2");
        h.open("p", "class", "meta");
        h.text(Layout.count(s.documents(), "document", "documents") + " · "
                + Layout.count(s.independentSources(), "independent source", "independent sources") + " · "
                + Layout.count(s.outlets().size(), "outlet", "outlets"));
        if (s.firstPublished() != null) {
            h.text(" · first seen ").el("time", s.firstPublished(), "datetime", s.firstPublished());
            h.text(", last seen ").el("time", s.lastPublished(), "datetime", s.lastPublished());
        }
        if (s.recentDocuments() != null) {
            h.text(" · ").el("strong", Layout.count(s.recentDocuments(), "new document", "new documents")
                    + " in the archive's latest " + WebData.DEVELOPING_HOURS + " h", "class", "recent");
        }
        h.close("p");
        h.open("div", "class", "charts");
        h.open("div", "class", "chart-coverage");
        Charts.coverageBar(h, s.outlets());
        h.close("div");
        Charts.overTime(h, s.perDay());
        h.close("div");
        List<WebData.StoryCard> followUps = new ArrayList<>();
        for (Related r : s.related()) {
            WebData.StoryCard on = byId.get(r.story());
            if (r.relation().equals(Related.FOLLOW_UP) && on != null && !shown.contains(on.id())) {
                followUps.add(on);
            } else if (on == null) {
                h.open("p", "class", "related").text(r.relation().equals(Related.FOLLOW_UP) ? "Followed up by: "
                        : "Follows: ");
                h.el("a", headline(headlines.get(r.story()), r.story()), "href", Layout.storyHref(r.story()));
                h.close("p");
            }
        }
        if (!followUps.isEmpty()) {
            h.open("section", "class", "thread", "aria-label", "Follow-ups");
            h.el("h3", "Follow-ups");
            h.open("ol", "class", "stories");
            for (WebData.StoryCard f : followUps) {
                if (!shown.contains(f.id())) {
                    card(h, f, byId, headlines, shown);
                }
            }
            h.close("ol").close("section");
        }
        h.close("article").close("li");
    }

    /** The headline, or the story id when the story has none. */
    static String headline(String headline, String id) {
        return headline == null || headline.isBlank() ? "Story " + id : headline;
    }
}
