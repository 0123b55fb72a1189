package org.concord.serve.web;

import java.util.List;
import java.util.Map;
import org.concord.model.Document;
import org.concord.model.Span;
import org.concord.serve.WebData;

/**
 * Citations of a page: each span a numbered link to the sentence in its document's page, titled with the outlet and
 * the sentence (the hover text without JavaScript; the script shows the same in a popup on hover, focus or tap, read
 * from the title and {@code data-outlet}: the sentence is written once).
 */
final class Cite {
    private final Map<String, Document> documents;
    private int next = 1;

    Cite(Map<String, Document> documents) {
        this.documents = documents;
    }

    /** The text of a span in its document ("" when the document or the span is not there). */
    static String text(Document d, int start, int end) {
        if (d == null || d.text() == null || start >= d.text().length()) {
            return "";
        }
        return d.text().substring(Math.max(0, start), Math.min(end, d.text().length())).strip();
    }

    /** The link to a span on its document's page. */
    static String href(String document, int start, int end) {
        return Layout.documentHref(document) + "#" + Layout.spanAnchor(start, end);
    }

    /** The citation links of {@code sources}, numbered on from the last. */
    void links(Html h, List<Span> sources) {
        if (sources.isEmpty()) {
            return;
        }
        h.open("span", "class", "cites");
        for (Span s : sources) {
            Document d = documents.get(s.document());
            String outlet = d == null ? s.document() : WebData.outletName(d);
            String sentence = text(d, s.start(), s.end());
            int n = next++;
            h.open("a", "class", "cite", "href", href(s.document(), s.start(), s.end()), "title",
                    outlet + ": " + sentence, "data-outlet", outlet, "aria-label",
                    "Source " + n + ", " + outlet);
            h.text("[" + n + "]").close("a");
        }
        h.close("span");
    }
}
