package org.concord.serve.web;

import java.util.List;
import java.util.Map;
import org.concord.model.Claim;
import org.concord.model.ClaimStatus;
import org.concord.model.Conflict;
import org.concord.model.ConflictValue;
import org.concord.model.Document;
import org.concord.model.Span;
import org.concord.serve.WebData;

/**
 * A story's claims: conflicting ones first, each conflict shown side by side (every value with the sentences that
 * give it and their outlets), then the corroborated and single-source claims with their citations.
 */
final class Claims {
    private Claims() {
    }

    static void render(Html h, List<Claim> claims, Map<String, Document> docs, Cite cite) {
        h.open("section", "id", "claims", "aria-labelledby", "claims-h").el("h2", "Claims", "id", "claims-h");
        if (claims.isEmpty()) {
            h.el("p", "No claim compared.", "class", "empty");
        }
        List<Claim> conflicting = claims.stream().filter(c -> c.status() == ClaimStatus.CONFLICTING).toList();
        if (!conflicting.isEmpty()) {
            h.el("h3", "Where the sources disagree");
            for (Claim c : conflicting) {
                conflict(h, c, docs);
            }
        }
        List<Claim> others = claims.stream().filter(c -> c.status() != ClaimStatus.CONFLICTING).toList();
        if (!others.isEmpty()) {
            h.el("h3", "Other claims");
            h.open("ul", "class", "claims");
            for (Claim c : others) {
                h.open("li").el("span", c.status() == ClaimStatus.CORROBORATED ? "Corroborated" : "One source",
                        "class", "badge " + c.status().json());
                h.text(" " + c.text() + " (" + Layout.count(c.independentSources(), "independent source",
                        "independent sources") + ") ");
                cite.links(h, c.sources());
                h.close("li");
            }
            h.close("ul");
        }
        h.close("section");
    }

    private static void conflict(Html h, Claim c, Map<String, Document> docs) {
        h.open("div", "class", "conflict");
        h.el("p", c.text(), "class", "claim-text");
        for (Conflict x : c.conflicts()) {
            h.el("p", "They differ on the " + x.aspect().json() + ":", "class", "aspect");
            h.open("div", "class", "side-by-side");
            for (ConflictValue v : x.values()) {
                h.open("div", "class", "side");
                h.el("p", v.value(), "class", "value");
                h.open("ul");
                for (String id : v.documents()) {
                    Document d = docs.get(id);
                    Span span = c.sources().stream().filter(s -> s.document().equals(id)).findFirst().orElse(null);
                    h.open("li");
                    h.el("span", d == null ? id : WebData.outletName(d), "class", "outlet");
                    if (span != null) {
                        h.text(": ").el("a", Cite.text(d, span.start(), span.end()), "href",
                                Cite.href(id, span.start(), span.end()));
                    } else {
                        h.text(": ").el("a", d == null ? id : StoryPage.title(d), "href", Layout.documentHref(id));
                    }
                    h.close("li");
                }
                h.close("ul").close("div");
            }
            h.close("div");
        }
        h.close("div");
    }
}
