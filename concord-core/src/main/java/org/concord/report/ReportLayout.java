package org.concord.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.concord.model.Document;
import org.concord.model.Report;
import org.concord.model.Skipped;
import org.concord.model.Story;

/**
 * The human-readable layout of a report, shared by Markdown and HTML: a header with the counts, an index of the
 * stories (each linked to its part of the page, with its size, dates and follow-up links), then each story
 * ({@link StoryLayout}), the documents in no story, and the skipped inputs.
 */
final class ReportLayout {
    static final String TITLE = "Concord report";
    private final Report report;
    private final ReportContext ctx;

    ReportLayout(Report report) {
        this.report = report;
        this.ctx = new ReportContext(report);
    }

    void render(Sink out) {
        out.begin(TITLE);
        out.open(Sink.Region.HEADER, null);
        out.heading(1, TITLE, null);
        out.paragraph(List.of(Inline.plain(count(report.documents().size(), "document") + ", "
                + count(report.stories().size(), "story") + ", " + count(report.skipped().size(), "input")
                + " skipped.")));
        out.close(Sink.Region.HEADER);
        if (!report.stories().isEmpty()) {
            out.open(Sink.Region.NAV, "stories");
            out.heading(2, "Stories", null);
            out.numbered(index());
            out.close(Sink.Region.NAV);
        }
        out.open(Sink.Region.MAIN, null);
        for (Story s : report.stories()) {
            new StoryLayout(ctx, s).render(out);
        }
        List<String> loose = report.documents().stream().map(Document::id).filter(id -> ctx.storyOf(id) == null)
                .toList();
        if (!loose.isEmpty()) {
            out.openSection(2, "Documents in no story (" + loose.size() + ")", "documents-in-no-story", false);
            StoryLayout.documents(ctx, loose, 3, out);
            out.closeSection();
        }
        if (!report.skipped().isEmpty()) {
            out.openSection(2, "Skipped inputs (" + report.skipped().size() + ")", "skipped",
                    report.skipped().size() <= 5);
            List<List<List<Inline>>> rows = new ArrayList<>();
            for (Skipped k : report.skipped()) {
                rows.add(List.of(List.of(Inline.plain(k.source())), List.of(Inline.plain(k.reason()))));
            }
            out.table("Inputs that could not be analysed", List.of("input", "reason"), rows);
            out.closeSection();
        }
        out.close(Sink.Region.MAIN);
        out.end();
    }

    /**
     * One numbered line per story: its headline linked to it, its size and dates, and its links to other stories
     * by number (the headline in the link's title).
     */
    private List<List<Inline>> index() {
        java.util.Map<String, Integer> number = new java.util.HashMap<>();
        for (Story s : report.stories()) {
            number.putIfAbsent(s.id(), number.size() + 1);
        }
        List<List<Inline>> items = new ArrayList<>();
        for (Story s : report.stories()) {
            List<Inline> item = new ArrayList<>();
            item.add(Inline.link(s.headline(), Anchors.story(s.id()), "story " + s.id()));
            item.add(Inline.plain(" \u2014 " + facts(ctx, s)));
            for (ReportContext.StoryLink l : ctx.links(s)) {
                item.add(Inline.plain("; "));
                item.add(Inline.em(l.label().toLowerCase(Locale.ROOT) + ":"));
                item.add(Inline.plain(" "));
                item.add(Inline.link("story " + number.get(l.story().id()), Anchors.story(l.story().id()),
                        l.story().headline()));
            }
            items.add(item);
        }
        return items;
    }

    /** "9 documents from 5 outlets, 2023-03-14 to 2023-03-17": a story's size and dates. */
    static String facts(ReportContext ctx, Story s) {
        Set<String> outlets = new TreeSet<>();
        Set<String> dates = new TreeSet<>();
        int n = 0;
        for (String id : s.documents()) {
            Document d = ctx.document(id);
            if (d == null) {
                continue;
            }
            n++;
            if (d.outlet() != null && !d.outlet().isBlank()) {
                outlets.add(d.outlet());
            }
            if (d.published() != null) {
                dates.add(d.published());
            }
        }
        StringBuilder b = new StringBuilder(count(n, "document"));
        if (!outlets.isEmpty()) {
            b.append(" from ").append(count(outlets.size(), "outlet"));
        }
        if (!dates.isEmpty()) {
            String first = ((TreeSet<String>) dates).first();
            String last = ((TreeSet<String>) dates).last();
            b.append(", ").append(first.equals(last) ? first : first + " to " + last);
        }
        return b.toString();
    }

    static String count(int n, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }
}
