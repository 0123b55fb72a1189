package org.concord.serve.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.model.Document;
import org.concord.model.Report;
import org.concord.model.Story;
import org.concord.serve.WebAdmin;
import org.concord.serve.WebData;

/**
 * The story page's corrections, for a signed-in writer: merge this story with another, split checked documents out
 * into a story of their own, move checked documents to another story, pin checked documents as one story. The form
 * posts to {@code /stories/{id}/corrections}; each becomes the grouping correction {@code POST /v1/corrections}
 * stores (naming documents, since story ids change when stories are analysed again), audited with the token's name,
 * and queues the re-analysis.
 */
final class StoryCorrections {
    static final int STORY_CHOICES = 200;

    private StoryCorrections() {
    }

    /** The section on the story page: the form for a writer, else a link to sign in. */
    static void render(Html h, WebAdmin admin, Session.Visitor v, Story s, Map<String, Document> docs) {
        h.open("section", "id", "corrections", "aria-labelledby", "corrections-h");
        h.el("h2", "Correct this story", "id", "corrections-h");
        if (!v.signedIn()) {
            h.open("p", "class", "aside").text("A writer can merge this story with another, split documents out or "
                    + "move them: ").el("a", "sign in", "href", "/signin?next=" + Layout.enc(Layout.storyHref(s.id())))
                    .text(".").close("p");
            h.close("section");
            return;
        }
        h.open("form", "method", "post", "action", Layout.storyHref(s.id()) + "/corrections", "class", "corrections");
        Layout.csrf(h, v);
        h.open("fieldset").el("legend", "Documents (for split, move and pin)");
        h.open("ul", "class", "doc-choices");
        for (String id : s.documents()) {
            Document d = docs.get(id);
            h.open("li");
            h.empty("input", "type", "checkbox", "name", "doc", "value", id, "id", "doc-" + id);
            h.el("label", (d == null ? "Document " + id : StoryPage.title(d) + " (" + WebData.outletName(d) + ")"),
                    "for", "doc-" + id);
            h.close("li");
        }
        h.close("ul").close("fieldset");
        h.open("div", "class", "field").el("label", "The other story (for merge and move)", "for", "other-story");
        h.open("select", "id", "other-story", "name", "other");
        h.el("option", "Choose a story", "value", "");
        for (WebAdmin.StoryChoice c : admin.stories(STORY_CHOICES)) {
            if (!c.id().equals(s.id())) {
                h.el("option", StoriesPage.headline(c.headline(), c.id()) + " (" + c.id() + ")", "value", c.id());
            }
        }
        h.close("select").close("div");
        h.open("div", "class", "actions wrap");
        h.el("button", "Merge with the other story", "type", "submit", "name", "op", "value", "merge");
        h.el("button", "Move the checked documents to the other story", "type", "submit", "name", "op", "value",
                "move");
        h.el("button", "Split the checked documents into a new story", "type", "submit", "name", "op", "value",
                "split");
        h.el("button", "Pin the checked documents as one story", "type", "submit", "name", "op", "value", "pin");
        h.close("div");
        h.el("p", "Signed in as " + v.writer() + ": each correction is recorded under this name and holds through "
                + "every later analysis.", "class", "aside");
        h.close("form").close("section");
    }

    /** Makes the posted correction; the page that says what was stored (a refusal is {@link WebAdmin.Refused}). */
    static String post(WebData data, WebAdmin admin, String writer, String storyId, Context ctx) {
        Report report = data.storyReport(storyId).orElseThrow(() -> new WebUi.NotFound("There is no story "
                + storyId + " (any more: stories are renumbered when they are analysed again)."));
        Story s = report.stories().get(0);
        String op = ctx.formParam("op");
        Set<String> checked = new LinkedHashSet<>(ctx.formParams("doc"));
        for (String d : checked) {
            if (!s.documents().contains(d)) {
                throw refused("Document " + d + " is not in this story (any more): open the story again.");
            }
        }
        String other = ctx.formParam("other");
        other = other == null || other.isBlank() ? null : other.strip();
        List<WebAdmin.Grouping> asked = new ArrayList<>();
        String what;
        switch (op == null ? "" : op) {
            case "merge" -> {
                String into = otherDocument(admin, other, s.id(), "merge");
                asked.add(new WebAdmin.Grouping("merge", List.of(s.documents().get(0), into)));
                what = "This story and story " + other + " are merged";
            }
            case "move" -> {
                needChecked(checked, "move");
                String into = otherDocument(admin, other, s.id(), "move");
                checked.forEach(d -> asked.add(new WebAdmin.Grouping("move", List.of(d, into))));
                what = Layout.count(checked.size(), "document moves", "documents move") + " to story " + other;
            }
            case "split" -> {
                needChecked(checked, "split");
                if (checked.size() == s.documents().size()) {
                    throw refused("Splitting every document out leaves the story as it is: check only those that "
                            + "belong elsewhere.");
                }
                asked.add(new WebAdmin.Grouping("split", List.copyOf(checked)));
                what = Layout.count(checked.size(), "document is", "documents are") + " split into a story of "
                        + "their own";
            }
            case "pin" -> {
                needChecked(checked, "pin");
                asked.add(new WebAdmin.Grouping("pin", List.copyOf(checked)));
                what = Layout.count(checked.size(), "document is", "documents are") + " pinned as one story";
            }
            default -> throw refused("Choose merge, move, split or pin.");
        }
        List<WebAdmin.Stored> stored = admin.correct(asked, writer);
        String headline = StoriesPage.headline(s.headline(), s.id());
        Map<String, Document> docs = new java.util.HashMap<>();
        report.documents().forEach(d -> docs.put(d.id(), d));
        return Layout.page("Correction stored", Layout.Section.STORIES, h -> {
            h.el("h1", "Correction stored");
            h.el("p", what + ".", "class", "notice done", "role", "status");
            h.open("ul", "class", "stored");
            for (WebAdmin.Stored c : stored) {
                h.open("li").text("Correction " + c.id() + ": " + c.op() + " of " + String.join(", ", c.documents())
                        + ", by " + c.createdBy() + " at ");
                Layout.instant(h, c.createdAt(), "");
                h.close("li");
            }
            h.close("ul");
            h.el("p", "The stories it touches are being analysed again; the correction holds through every later "
                    + "analysis. Story numbers can change then, so follow a document to its story:");
            h.open("ul");
            Set<String> named = new LinkedHashSet<>();
            stored.forEach(c -> named.addAll(c.documents()));
            for (String d : named) {
                Document doc = docs.get(d);
                h.open("li").el("a", doc == null ? "Document " + d : StoryPage.title(doc), "href",
                        Layout.documentHref(d)).close("li");
            }
            h.close("ul");
            h.open("p").text("Back to ").el("a", headline, "href", Layout.storyHref(s.id())).text(" or ")
                    .el("a", "the stories", "href", "/").text(".").close("p");
        });
    }

    private static void needChecked(Set<String> checked, String op) {
        if (checked.isEmpty()) {
            throw refused("Check the documents to " + op + " first.");
        }
    }

    private static String otherDocument(WebAdmin admin, String other, String self, String op) {
        if (other == null) {
            throw refused("Choose the other story to " + op + " with.");
        }
        if (other.equals(self)) {
            throw refused("The other story is this story: choose another one.");
        }
        return admin.documentOf(other).orElseThrow(() -> refused("There is no story " + other + " (any more)."));
    }

    private static WebUi.Refusal refused(String message) {
        return new WebUi.Refusal(message);
    }
}
