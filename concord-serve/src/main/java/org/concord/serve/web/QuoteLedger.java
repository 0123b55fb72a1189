package org.concord.serve.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.model.Document;
import org.concord.model.Occurrence;
import org.concord.model.Quote;
import org.concord.report.WordDiff;
import org.concord.serve.WebData;

/**
 * A story's quote ledger: the quotes grouped by speaker (most quotes first), each with where it appeared (outlet,
 * date, a link to the sentence in the document) and, where an outlet worded it otherwise, the difference word by
 * word ({@link WordDiff}: removed words struck through, added ones underlined).
 */
final class QuoteLedger {
    static final String UNATTRIBUTED = "Not attributed";

    private QuoteLedger() {
    }

    static void render(Html h, List<Quote> quotes, Map<String, Document> docs) {
        h.open("section", "id", "quotes", "aria-labelledby", "quotes-h").el("h2", "Quotes by speaker", "id",
                "quotes-h");
        if (quotes.isEmpty()) {
            h.el("p", "No quote found.", "class", "empty");
        }
        Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
        for (Quote q : quotes) {
            bySpeaker.computeIfAbsent(q.speaker() == null ? UNATTRIBUTED : q.speaker().name(),
                    k -> new ArrayList<>()).add(q);
        }
        List<String> speakers = new ArrayList<>(bySpeaker.keySet());
        speakers.sort(Comparator.comparingInt((String k) -> k.equals(UNATTRIBUTED) ? 1 : 0)
                .thenComparingInt(k -> -bySpeaker.get(k).size()).thenComparing(k -> k.toLowerCase(Locale.ROOT)));
        for (String speaker : speakers) {
            List<Quote> qs = bySpeaker.get(speaker);
            h.open("section", "class", "speaker");
            h.open("h3");
            if (speaker.equals(UNATTRIBUTED)) {
                h.text(speaker);
            } else {
                h.el("a", speaker, "href", Layout.speakerHref(speaker));
                String entity = qs.get(0).speaker().entity();
                if (entity != null) {
                    h.text(" ").el("a", "(entity page)", "href", Layout.entityHref(entity), "class", "aside");
                }
            }
            h.text(" · " + Layout.count(qs.size(), "quote", "quotes")).close("h3");
            for (Quote q : qs) {
                quote(h, q, docs);
            }
            h.close("section");
        }
        h.close("section");
    }

    /** One quote: its text, and each place it appeared with the outlet's wording when it differs. */
    static void quote(Html h, Quote q, Map<String, Document> docs) {
        h.open("div", "class", "quote");
        h.el("blockquote", q.text());
        h.open("ul", "class", "occurrences");
        for (Occurrence o : q.occurrences()) {
            Document d = docs.get(o.document());
            h.open("li");
            h.el("a", d == null ? o.document() : WebData.outletName(d), "href", Cite.href(o.document(), o.start(),
                    o.end()));
            if (d != null && d.published() != null) {
                h.text(", ").el("time", d.published(), "datetime", d.published());
            }
            if (o.cue() != null && !o.cue().isBlank()) {
                h.text(" (" + (o.direct() ? "" : "reported, ") + o.cue() + ")");
            }
            List<WordDiff.Part> parts = differs(q.text(), o.text()) ? WordDiff.diff(q.text(), o.text())
                    : List.of();
            if (parts.stream().anyMatch(p -> p.kind() != WordDiff.Kind.SAME)) {
                h.open("p", "class", "wording").el("span", "Wording: ", "class", "label");
                for (WordDiff.Part part : parts) {
                    switch (part.kind()) {
                        case SAME -> h.text(part.text() + " ");
                        case REMOVED -> h.open("del").el("span", "without: ", "class", "visually-hidden")
                                .text(part.text()).close("del").text(" ");
                        case ADDED -> h.open("ins").el("span", "adds: ", "class", "visually-hidden")
                                .text(part.text()).close("ins").text(" ");
                        default -> throw new IllegalStateException(part.kind().name());
                    }
                }
                h.close("p");
            }
            h.close("li");
        }
        h.close("ul").close("div");
    }

    /**
     * Whether two wordings differ in more than case, spacing and punctuation at the ends of words: their words
     * compared as {@link WordDiff} compares them, each normalised once (the word diff itself, quadratic, is run only
     * for a wording that differs).
     */
    static boolean differs(String canonical, String variant) {
        if (variant == null || variant.equals(canonical)) {
            return false;
        }
        String[] a = canonical.strip().split("\\s+");
        String[] b = variant.strip().split("\\s+");
        if (a.length != b.length) {
            return true;
        }
        for (int i = 0; i < a.length; i++) {
            if (!key(a[i]).equals(key(b[i]))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern EDGES = java.util.regex.Pattern.compile(
            "^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    /** A word as {@link WordDiff} compares it: lower case, without punctuation at its ends. */
    private static String key(String w) {
        return EDGES.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
