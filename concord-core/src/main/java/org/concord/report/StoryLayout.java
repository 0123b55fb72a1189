package org.concord.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.model.Claim;
import org.concord.model.Conflict;
import org.concord.model.ConflictValue;
import org.concord.model.Document;
import org.concord.model.Entity;
import org.concord.model.Span;
import org.concord.model.Story;
import org.concord.model.SummarySentence;
import org.concord.model.TimelineEntry;

/**
 * One story of the rendered report: its headline, size and dates, its links to other stories, the cited summary
 * (each citation a footnote naming the outlet and the document's title, linked to the document), then folding
 * sections: the timeline (open when short), the quote ledger ({@link QuoteLayout}), the claims, the entities and
 * the documents (each with its whole text folded).
 */
final class StoryLayout {
    /** A timeline of up to this many entries shows unfolded. */
    static final int OPEN_TIMELINE = 10;
    private final ReportContext ctx;
    private final Story s;

    StoryLayout(ReportContext ctx, Story s) {
        this.ctx = ctx;
        this.s = s;
    }

    void render(Sink out) {
        out.open(Sink.Region.STORY, Anchors.story(s.id()));
        out.heading(2, s.headline(), null);
        out.paragraph(List.of(Inline.em(ReportLayout.facts(ctx, s) + ".")));
        links(out);
        summary(out);
        timeline(out);
        new QuoteLayout(ctx, s).render(out);
        claims(out);
        entities(out);
        out.openSection(3, "Documents (" + s.documents().size() + ")", Anchors.section(s.id(), "documents"), false);
        documents(ctx, s.documents(), 4, out);
        out.closeSection();
        out.close(Sink.Region.STORY);
    }

    /** "Follow-up of: …" and "Follow-up: …" lines, one per kind of link, each story linked by its headline. */
    private void links(Sink out) {
        Map<String, List<Inline>> byLabel = new LinkedHashMap<>();
        for (ReportContext.StoryLink l : ctx.links(s)) {
            List<Inline> line = byLabel.computeIfAbsent(l.label(), k -> new ArrayList<>(List.of(
                    Inline.strong(k + ":"), Inline.plain(" "))));
            if (line.size() > 2) {
                line.add(Inline.plain("; "));
            }
            line.add(Inline.link(l.story().headline(), Anchors.story(l.story().id()), "story " + l.story().id()));
        }
        byLabel.values().forEach(out::paragraph);
    }

    private void summary(Sink out) {
        out.heading(3, "Summary", null);
        List<Inline> para = new ArrayList<>();
        List<Sink.Note> notes = new ArrayList<>();
        for (SummarySentence ss : s.summary()) {
            para.add(Inline.plain(ss.text()));
            for (Span sp : ss.sources()) {
                int n = notes.size() + 1;
                String anchor = Anchors.citation(s.id(), n);
                String quoted = ctx.spanText(sp);
                para.add(Inline.cite(Integer.toString(n), ctx.shortName(sp.document()) + ": " + quoted, anchor));
                notes.add(new Sink.Note(anchor, Integer.toString(n), List.of(
                        ctx.spanLink(sp, ctx.longName(sp.document())), Inline.plain(": \u201c" + quoted + "\u201d"))));
            }
            para.add(Inline.plain(" "));
        }
        if (para.isEmpty()) {
            para.add(Inline.em("No summary."));
        }
        out.paragraph(para);
        out.notes(notes);
    }

    private void timeline(Sink out) {
        if (s.timeline().isEmpty()) {
            return;
        }
        out.openSection(3, "Timeline (" + s.timeline().size() + ")", Anchors.section(s.id(), "timeline"),
                s.timeline().size() <= OPEN_TIMELINE);
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (TimelineEntry t : s.timeline()) {
            rows.add(List.of(List.of(Inline.plain(t.date())), List.of(Inline.plain(t.text())),
                    ctx.sourceLinks(t.sources())));
        }
        out.table("Timeline", List.of("date", "event", "sources"), rows);
        out.closeSection();
    }

    private void claims(Sink out) {
        if (s.claims().isEmpty()) {
            return;
        }
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        s.claims().forEach(c -> byStatus.merge(c.status().json(), 1, Integer::sum));
        List<String> counts = new ArrayList<>();
        byStatus.forEach((k, v) -> counts.add(v + " " + k));
        out.openSection(3, "Claims (" + String.join(", ", counts) + ")", Anchors.section(s.id(), "claims"), false);
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (Claim c : s.claims()) {
            List<Inline> conflicts = new ArrayList<>();
            for (Conflict k : c.conflicts()) {
                conflicts.add(Inline.plain(k.aspect().json() + ": "));
                for (int i = 0; i < k.values().size(); i++) {
                    ConflictValue v = k.values().get(i);
                    conflicts.add(Inline.plain((i > 0 ? " vs " : "") + "\u201c" + v.value() + "\u201d ("));
                    for (int j = 0; j < v.documents().size(); j++) {
                        if (j > 0) {
                            conflicts.add(Inline.plain(", "));
                        }
                        conflicts.add(ctx.documentLink(v.documents().get(j), ctx.shortName(v.documents().get(j))));
                    }
                    conflicts.add(Inline.plain(")"));
                }
                conflicts.add(Inline.plain(". "));
            }
            List<Inline> sources = new ArrayList<>(ctx.sourceLinks(c.sources()));
            sources.add(Inline.plain(" (" + c.independentSources() + " independent)"));
            rows.add(List.of(List.of(Inline.strong(c.status().json())), List.of(Inline.plain(c.text())), sources,
                    conflicts));
        }
        out.table("Claims", List.of("status", "claim", "sources", "conflicts"), rows);
        out.closeSection();
    }

    private void entities(Sink out) {
        if (s.entities().isEmpty()) {
            return;
        }
        out.openSection(3, "Entities (" + s.entities().size() + ")", Anchors.section(s.id(), "entities"), false);
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (Entity e : s.entities()) {
            rows.add(List.of(List.of(Inline.strong(e.name())), List.of(Inline.plain(e.type().json())),
                    List.of(Inline.plain(String.join("; ", e.aliases()))),
                    List.of(Inline.plain(String.join("; ", e.titles()))),
                    List.of(Inline.plain(Integer.toString(e.mentions())))));
        }
        out.table("Entities", List.of("name", "type", "aliases", "titles", "mentions"), rows);
        out.closeSection();
    }

    /**
     * The documents {@code ids}: each a heading (its anchor) naming outlet and title, a line with its date, a link
     * to the document it copies, and where it was read from, then its whole text, folded.
     */
    static void documents(ReportContext ctx, List<String> ids, int level, Sink out) {
        for (String id : ids) {
            Document d = ctx.document(id);
            if (d == null) {
                continue;
            }
            out.heading(level, ctx.longName(id), Anchors.document(id));
            List<Inline> meta = new ArrayList<>();
            meta.add(Inline.plain(d.published() == null ? "undated"
                    : d.published() + (d.publishedInferred() ? " (date inferred)" : "")));
            if (d.duplicateOf() != null) {
                meta.add(Inline.plain(" \u00b7 "));
                meta.add(Inline.em("copy of"));
                meta.add(Inline.plain(" "));
                meta.add(ctx.documentLink(d.duplicateOf(), ctx.longName(d.duplicateOf())));
            }
            meta.add(Inline.plain(" \u00b7 " + d.source()));
            out.paragraph(meta);
            out.fullText("Full text (" + ReportLayout.count(wordCount(d.text()), "word") + ")", d.text());
        }
    }

    private static int wordCount(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
