package org.concord.serve.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.model.Document;
import org.concord.model.Occurrence;
import org.concord.serve.WebData;

/** What a person said across stories, story by story: each quote with its outlets, dates and wordings. */
final class SaidAcross {
    private SaidAcross() {
    }

    static void render(Html h, WebData data, List<WebData.StoryQuote> quotes) {
        h.open("section", "id", "said", "aria-labelledby", "said-h");
        h.el("h2", "What they said (" + Layout.count(quotes.size(), "quote", "quotes") + ")", "id", "said-h");
        if (quotes.isEmpty()) {
            h.el("p", "No quote is attributed to them.", "class", "empty");
        }
        List<String> docIds = new ArrayList<>();
        for (WebData.StoryQuote q : quotes) {
            q.quote().occurrences().stream().map(Occurrence::document).forEach(docIds::add);
        }
        Map<String, Document> docs = data.documents(docIds);
        Map<String, List<WebData.StoryQuote>> byStory = new LinkedHashMap<>();
        quotes.forEach(q -> byStory.computeIfAbsent(q.story(), k -> new ArrayList<>()).add(q));
        for (Map.Entry<String, List<WebData.StoryQuote>> e : byStory.entrySet()) {
            h.open("section", "class", "speaker");
            h.open("h3").el("a", StoriesPage.headline(e.getValue().get(0).headline(), e.getKey()), "href",
                    Layout.storyHref(e.getKey())).close("h3");
            for (WebData.StoryQuote q : e.getValue()) {
                QuoteLedger.quote(h, q.quote(), docs);
            }
            h.close("section");
        }
        h.close("section");
    }
}
