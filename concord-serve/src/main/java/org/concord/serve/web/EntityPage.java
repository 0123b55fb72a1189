package org.concord.serve.web;

import org.concord.serve.WebData;

/** {@code /entities/{id}}: a person, organization or place across stories, and everything they said. */
final class EntityPage {
    private EntityPage() {
    }

    static String render(WebData data, String id) {
        WebData.EntityView e = data.entity(id).orElseThrow(() -> new WebUi.NotFound("There is no entity " + id
                + "."));
        return Layout.page(e.name(), Layout.Section.OTHER, h -> {
            h.el("h1", e.name());
            h.open("p", "class", "meta").text(StoryPage.typeLabel(e.type()) + " · named in "
                    + Layout.count(e.storiesTotal(), "story", "stories"));
            if (!e.aliases().isEmpty()) {
                h.text(" · also called " + String.join(", ", e.aliases()));
            }
            h.close("p");
            if (!e.quotes().isEmpty()) {
                h.open("p").el("a", "All quotes by the name " + e.name(), "href", Layout.speakerHref(e.name()))
                        .close("p");
            }
            h.open("section", "aria-labelledby", "stories-h").el("h2", "Stories", "id", "stories-h");
            h.open("ul", "class", "entity-stories");
            for (WebData.EntityStory s : e.stories()) {
                h.open("li").el("a", StoriesPage.headline(s.headline(), s.id()), "href", Layout.storyHref(s.id()));
                if (s.lastPublished() != null) {
                    h.text(" · ").el("time", s.lastPublished(), "datetime", s.lastPublished());
                }
                h.text(" · " + Layout.count(s.mentions(), "mention", "mentions")).close("li");
            }
            h.close("ul");
            if (e.storiesTotal() > e.stories().size()) {
                h.el("p", "The latest " + e.stories().size() + " of " + e.storiesTotal() + " stories.");
            }
            h.close("section");
            SaidAcross.render(h, data, e.quotes());
        });
    }
}
