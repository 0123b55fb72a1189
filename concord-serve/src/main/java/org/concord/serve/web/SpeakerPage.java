package org.concord.serve.web;

import java.util.List;
import org.concord.serve.WebData;

/** {@code /speakers/{name}}: every quote attributed to that name (any case), across stories, with outlets and dates. */
final class SpeakerPage {
    private SpeakerPage() {
    }

    static String render(WebData data, String name) {
        List<WebData.StoryQuote> quotes = data.quotesBy(name);
        if (quotes.isEmpty()) {
            throw new WebUi.NotFound("No quote is attributed to " + name + ".");
        }
        String shown = quotes.get(0).quote().speaker().name();
        String entity = quotes.stream().map(q -> q.quote().speaker().entity()).filter(e -> e != null).findFirst()
                .orElse(null);
        return Layout.page(shown, Layout.Section.OTHER, h -> {
            h.el("h1", shown);
            h.open("p", "class", "meta").text("Quoted in " + Layout.count(quotes.stream()
                    .map(WebData.StoryQuote::story).distinct().count(), "story", "stories"));
            if (entity != null) {
                h.text(" · ").el("a", "entity page", "href", Layout.entityHref(entity));
            }
            h.close("p");
            SaidAcross.render(h, data, quotes);
        });
    }
}
