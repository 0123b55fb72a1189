package org.concord.serve.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.concord.model.Claim;
import org.concord.model.Document;
import org.concord.model.Occurrence;
import org.concord.model.Quote;
import org.concord.model.Removed;
import org.concord.model.Span;
import org.concord.model.Story;
import org.concord.model.SummarySentence;
import org.concord.model.TimelineEntry;
import org.concord.serve.WebData;

/**
 * {@code /documents/{id}}: the cleaned text with the quotes and the sentences the story cites highlighted (spans
 * are [start, end) into the cleaned text; each cited span has an anchor {@code s-START-END} the citations link to),
 * the parts removed while cleaning on demand, the metadata and the original URL.
 */
final class DocumentPage {
    private DocumentPage() {
    }

    /** A highlighted span: a quote or a cited sentence. */
    record Mark(int start, int end, boolean quote) {}

    static String render(WebData data, String id) {
        WebData.DocumentView v = data.document(id).orElseThrow(() -> new WebUi.NotFound("There is no document "
                + id + "."));
        Document d = v.document();
        String title = StoryPage.title(d);
        return Layout.page(title, Layout.Section.OTHER, h -> {
            h.open("article", "class", "document");
            h.el("h1", title);
            metadata(h, v);
            List<Mark> marks = v.story() == null ? List.of() : marks(v.story(), d.id(), d.text().length());
            h.open("p", "class", "key").text("Highlighted: ").el("mark", "quotes", "class", "quote").text(" and ")
                    .el("mark", "sentences the story cites", "class", "cited").text(".").close("p");
            h.open("section", "aria-labelledby", "text-h").el("h2", "Text", "id", "text-h", "class",
                    "visually-hidden");
            h.open("div", "class", "doc-text", "id", "doc-text");
            text(h, d.text(), marks);
            h.close("div").close("section");
            removed(h, d.removed());
            h.close("article");
        });
    }

    private static void metadata(Html h, WebData.DocumentView v) {
        Document d = v.document();
        h.open("dl", "class", "doc-meta");
        item(h, "Outlet", WebData.outletName(d));
        if (d.published() != null) {
            item(h, "Published", d.published() + (d.publishedInferred() ? " (inferred from the text)" : ""));
        }
        if (v.story() != null) {
            h.el("dt", "Story").open("dd").el("a", StoriesPage.headline(v.story().headline(), v.story().id()),
                    "href", Layout.storyHref(v.story().id())).close("dd");
        }
        String url = v.url() != null ? v.url() : d.source();
        if (url != null) {
            h.el("dt", "Original");
            h.open("dd");
            if (webAddress(url)) {
                h.el("a", url, "href", url, "rel", "noopener noreferrer nofollow", "class", "url");
            } else {
                h.el("span", url, "class", "url");
            }
            h.close("dd");
        }
        if (d.duplicateOf() != null) {
            h.el("dt", "Near-copy of").open("dd").el("a", d.duplicateOf(), "href",
                    Layout.documentHref(d.duplicateOf())).close("dd");
        }
        item(h, "Document id", d.id());
        item(h, "State", v.state() + (v.note() == null ? "" : ": " + v.note()));
        item(h, "Received", v.receivedAt());
        h.close("dl");
    }

    /** Only http and https addresses become links (never javascript: or data:). */
    static boolean webAddress(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    private static void item(Html h, String name, String value) {
        h.el("dt", name).el("dd", value);
    }

    /** The quotes and cited sentences of {@code story} in document {@code doc}, inside its text. */
    static List<Mark> marks(Story story, String doc, int length) {
        List<Mark> out = new ArrayList<>();
        for (Quote q : story.quotes()) {
            for (Occurrence o : q.occurrences()) {
                if (o.document().equals(doc)) {
                    out.add(new Mark(o.start(), o.end(), true));
                }
            }
        }
        List<Span> cited = new ArrayList<>();
        story.summary().stream().map(SummarySentence::sources).forEach(cited::addAll);
        story.timeline().stream().map(TimelineEntry::sources).forEach(cited::addAll);
        story.claims().stream().map(Claim::sources).forEach(cited::addAll);
        for (Span s : cited) {
            if (s.document().equals(doc)) {
                out.add(new Mark(s.start(), s.end(), false));
            }
        }
        out.removeIf(m -> m.start() >= length || m.end() <= m.start());
        return out;
    }

    /**
     * The text cut at every mark's start and end: each piece inside a quote or a cited sentence is a {@code mark}
     * of those kinds, and each span's start holds its anchor (an empty element with its id, once per span).
     */
    static void text(Html h, String text, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark m : marks) {
            cuts.add(m.start());
            cuts.add(Math.min(m.end(), text.length()));
        }
        TreeSet<String> anchored = new TreeSet<>();
        Integer from = null;
        for (int to : cuts) {
            if (from != null) {
                boolean quote = false;
                boolean cite = false;
                for (Mark m : marks) {
                    if (m.start() <= from && m.end() >= to) {
                        quote |= m.quote();
                        cite |= !m.quote();
                    }
                    String anchor = Layout.spanAnchor(m.start(), m.end());
                    if (m.start() == from && anchored.add(anchor)) {
                        h.el("span", "", "id", anchor, "class", "anchor");
                    }
                }
                String piece = text.substring(from, to);
                if (quote || cite) {
                    h.el("mark", piece, "class", (quote ? "quote" : "") + (quote && cite ? " " : "")
                            + (cite ? "cited" : ""));
                } else {
                    h.text(piece);
                }
            }
            from = to;
        }
    }

    private static void removed(Html h, List<Removed> removed) {
        if (removed.isEmpty()) {
            return;
        }
        h.open("details", "class", "removed");
        h.el("summary", "Removed while cleaning (" + removed.size() + ")");
        h.open("ul");
        for (Removed r : removed) {
            h.open("li").el("span", r.reason().json(), "class", "badge").text(" ").el("span", r.text()).close("li");
        }
        h.close("ul").close("details");
    }
}
