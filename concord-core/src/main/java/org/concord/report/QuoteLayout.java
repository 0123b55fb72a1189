package org.concord.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.model.Occurrence;
import org.concord.model.Quote;
import org.concord.model.Story;
import org.concord.quote.QuoteLedger;

/**
 * A story's quote ledger, folded: per quote its speaker (with the confidence), the canonical wording and the
 * documents that carry it (each linked, by outlet), then each other wording as a word diff against the canonical
 * one.
 */
final class QuoteLayout {
    private final ReportContext ctx;
    private final Story s;

    QuoteLayout(ReportContext ctx, Story s) {
        this.ctx = ctx;
        this.s = s;
    }

    void render(Sink out) {
        if (s.quotes().isEmpty()) {
            return;
        }
        out.openSection(3, "Quotes (" + s.quotes().size() + ")", Anchors.section(s.id(), "quotes"), false);
        out.paragraph(List.of(Inline.em(QuoteLedger.CANONICAL_RULE
                + " Other wordings are shown as a word diff against it (removed words struck through,"
                + " added words in bold). A speaker's confidence is the estimated probability that it is right;"
                + " speakers below the analysis's minimum are withheld.")));
        List<List<Inline>> items = new ArrayList<>();
        for (Quote q : s.quotes()) {
            items.add(quote(q));
            for (Occurrence o : q.occurrences()) {
                List<WordDiff.Part> diff = WordDiff.diff(q.text(), o.text());
                if (!WordDiff.identical(diff)) {
                    items.add(variant(o, diff));
                }
            }
        }
        out.bullets(items);
        out.closeSection();
    }

    private List<Inline> quote(Quote q) {
        List<Inline> item = new ArrayList<>();
        if (q.speaker() != null) {
            item.add(Inline.strong(q.speaker().name()));
            if (q.confidence() != null) {
                item.add(Inline.em(String.format(Locale.ROOT, " (confidence %.2f)", q.confidence())));
            }
        } else {
            item.add(Inline.strong("unknown speaker"));
            if (q.confidence() != null) {
                item.add(Inline.em(String.format(Locale.ROOT,
                        " (a speaker was found at confidence %.2f and withheld)", q.confidence())));
            }
        }
        item.add(Inline.plain(": \u201c" + q.text() + "\u201d ("));
        Set<String> seen = new LinkedHashSet<>();
        for (Occurrence o : q.occurrences()) {
            if (!seen.add(o.document() + (o.direct() ? "" : " reported"))) {
                continue;
            }
            if (seen.size() > 1) {
                item.add(Inline.plain("; "));
            }
            item.add(ctx.spanLink(new org.concord.model.Span(o.document(), o.start(), o.end()),
                    ctx.shortName(o.document())));
            if (!o.direct()) {
                item.add(Inline.plain(", reported"));
            }
        }
        item.add(Inline.plain(")"));
        return item;
    }

    private List<Inline> variant(Occurrence o, List<WordDiff.Part> diff) {
        List<Inline> variant = new ArrayList<>();
        variant.add(Inline.em("  wording in"));
        variant.add(Inline.plain(" "));
        variant.add(ctx.spanLink(new org.concord.model.Span(o.document(), o.start(), o.end()),
                ctx.shortName(o.document())));
        variant.add(Inline.plain(": "));
        for (WordDiff.Part p : diff) {
            Inline.Style st = p.kind() == WordDiff.Kind.ADDED ? Inline.Style.ADDED
                    : p.kind() == WordDiff.Kind.REMOVED ? Inline.Style.REMOVED : Inline.Style.PLAIN;
            variant.add(Inline.styled(st, p.text()));
            variant.add(Inline.plain(" "));
        }
        return variant;
    }
}
