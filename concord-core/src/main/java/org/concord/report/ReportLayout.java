package org.concord.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.model.Claim;
import org.concord.model.Conflict;
import org.concord.model.ConflictValue;
import org.concord.model.Document;
import org.concord.model.Entity;
import org.concord.model.Occurrence;
import org.concord.model.Quote;
import org.concord.model.Report;
import org.concord.model.Skipped;
import org.concord.model.Span;
import org.concord.model.Story;
import org.concord.model.SummarySentence;
import org.concord.model.TimelineEntry;
import org.concord.quote.QuoteLedger;

/**
 * The human-readable layout of a report, shared by Markdown and HTML: per story its documents, cited summary,
 * timeline, entities, quotes (with each outlet's wording diffed against the canonical one) and claims; then the
 * skipped inputs.
 */
final class ReportLayout {
    private final Report report;
    private final Map<String, Document> docs = new HashMap<>();

    ReportLayout(Report report) {
        this.report = report;
        for (Document d : report.documents()) {
            docs.put(d.id(), d);
        }
    }

    void render(Sink out) {
        out.begin("Concord report");
        out.heading(1, "Concord report");
        out.paragraph(List.of(Inline.plain(report.documents().size() + " documents, " + report.stories().size()
                + " stories, " + report.skipped().size() + " inputs skipped.")));
        for (Story s : report.stories()) {
            story(s, out);
        }
        if (!report.skipped().isEmpty()) {
            out.heading(2, "Skipped inputs");
            List<List<List<Inline>>> rows = new ArrayList<>();
            for (Skipped k : report.skipped()) {
                rows.add(List.of(List.of(Inline.plain(k.source())), List.of(Inline.plain(k.reason()))));
            }
            out.table(List.of("input", "reason"), rows);
        }
        out.end();
    }

    private void story(Story s, Sink out) {
        out.heading(2, s.headline() + " (" + s.id() + ")");
        List<List<Inline>> items = new ArrayList<>();
        for (String id : s.documents()) {
            Document d = docs.get(id);
            if (d == null) {
                continue;
            }
            List<Inline> item = new ArrayList<>();
            item.add(Inline.strong(d.outlet() == null ? "unknown outlet" : d.outlet()));
            item.add(Inline.plain(": " + (d.title() == null ? "(untitled)" : d.title()) + " ("
                    + (d.published() == null ? "undated" : d.published() + (d.publishedInferred() ? ", inferred" : ""))
                    + ") [" + d.id() + "]"));
            if (d.duplicateOf() != null) {
                item.add(Inline.em(" copy of " + d.duplicateOf()));
            }
            items.add(item);
        }
        out.bullets(items);
        if (!s.related().isEmpty()) {
            List<List<Inline>> rel = new ArrayList<>();
            s.related().forEach(r -> rel.add(List.of(Inline.plain(r.relation() + ": story " + r.story()))));
            out.bullets(rel);
        }

        out.heading(3, "Summary");
        List<Inline> para = new ArrayList<>();
        List<Sink.Note> notes = new ArrayList<>();
        String prefix = "cite-" + s.id().replaceAll("[^A-Za-z0-9]", "-") + "-";
        for (SummarySentence ss : s.summary()) {
            para.add(Inline.plain(ss.text()));
            for (Span sp : ss.sources()) {
                String n = Integer.toString(notes.size() + 1);
                String quoted = spanText(sp);
                para.add(Inline.cite(n, outlet(sp.document()) + ": " + quoted, prefix + n));
                notes.add(new Sink.Note(prefix + n, n, outlet(sp.document()) + ", characters " + sp.start() + "-"
                        + sp.end() + ": \u201c" + quoted + "\u201d"));
            }
            para.add(Inline.plain(" "));
        }
        out.paragraph(para);
        out.notes(notes);

        if (!s.timeline().isEmpty()) {
            out.heading(3, "Timeline");
            List<List<List<Inline>>> rows = new ArrayList<>();
            for (TimelineEntry t : s.timeline()) {
                rows.add(List.of(List.of(Inline.plain(t.date())), List.of(Inline.plain(t.text())),
                        List.of(Inline.plain(sources(t.sources())))));
            }
            out.table(List.of("date", "event", "sources"), rows);
        }

        if (!s.entities().isEmpty()) {
            out.heading(3, "Entities");
            List<List<List<Inline>>> rows = new ArrayList<>();
            for (Entity e : s.entities()) {
                rows.add(List.of(List.of(Inline.strong(e.name())), List.of(Inline.plain(e.type().json())),
                        List.of(Inline.plain(String.join("; ", e.aliases()))),
                        List.of(Inline.plain(String.join("; ", e.titles()))),
                        List.of(Inline.plain(Integer.toString(e.mentions())))));
            }
            out.table(List.of("name", "type", "aliases", "titles", "mentions"), rows);
        }

        if (!s.quotes().isEmpty()) {
            out.heading(3, "Quotes");
            out.paragraph(List.of(Inline.em(QuoteLedger.CANONICAL_RULE
                    + " Other wordings are shown as a word diff against it (removed words struck through,"
                    + " added words in bold). A speaker's confidence is the estimated probability that it is right;"
                    + " speakers below the analysis's minimum are withheld.")));
            List<List<Inline>> qs = new ArrayList<>();
            for (Quote q : s.quotes()) {
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
                item.add(Inline.plain(": \u201c" + q.text() + "\u201d (" + outlets(q) + ")"));
                qs.add(item);
                for (Occurrence o : q.occurrences()) {
                    List<WordDiff.Part> diff = WordDiff.diff(q.text(), o.text());
                    if (WordDiff.identical(diff)) {
                        continue;
                    }
                    List<Inline> variant = new ArrayList<>();
                    variant.add(Inline.em("wording in " + outlet(o.document()) + ":"));
                    variant.add(Inline.plain(" "));
                    for (WordDiff.Part p : diff) {
                        Inline.Style st = p.kind() == WordDiff.Kind.ADDED ? Inline.Style.ADDED
                                : p.kind() == WordDiff.Kind.REMOVED ? Inline.Style.REMOVED : Inline.Style.PLAIN;
                        variant.add(Inline.styled(st, p.text()));
                        variant.add(Inline.plain(" "));
                    }
                    qs.add(variant);
                }
            }
            out.bullets(qs);
        }

        if (!s.claims().isEmpty()) {
            out.heading(3, "Claims");
            List<List<List<Inline>>> rows = new ArrayList<>();
            for (Claim c : s.claims()) {
                StringBuilder conf = new StringBuilder();
                for (Conflict k : c.conflicts()) {
                    conf.append(k.aspect().json()).append(": ");
                    List<String> vals = new ArrayList<>();
                    for (ConflictValue v : k.values()) {
                        vals.add("\u201c" + v.value() + "\u201d (" + String.join(", ",
                                v.documents().stream().map(this::outlet).toList()) + ")");
                    }
                    conf.append(String.join(" vs ", vals)).append(". ");
                }
                List<String> outlets = new ArrayList<>();
                for (Span sp : c.sources()) {
                    String o = outlet(sp.document());
                    if (!outlets.contains(o)) {
                        outlets.add(o);
                    }
                }
                rows.add(List.of(List.of(Inline.strong(c.status().json())), List.of(Inline.plain(c.text())),
                        List.of(Inline.plain(String.join("; ", outlets) + " (" + c.independentSources()
                                + " independent)")),
                        List.of(Inline.plain(conf.toString().strip()))));
            }
            out.table(List.of("status", "claim", "sources", "conflicts"), rows);
        }
    }

    private String outlet(String docId) {
        Document d = docs.get(docId);
        return d == null || d.outlet() == null ? docId : d.outlet() + " [" + docId + "]";
    }

    private String outlets(Quote q) {
        List<String> out = new ArrayList<>();
        for (Occurrence o : q.occurrences()) {
            String o2 = outlet(o.document()) + (o.direct() ? "" : ", reported");
            if (!out.contains(o2)) {
                out.add(o2);
            }
        }
        return String.join("; ", out);
    }

    private String sources(List<Span> spans) {
        List<String> ids = new ArrayList<>();
        for (Span s : spans) {
            String o = outlet(s.document());
            if (!ids.contains(o)) {
                ids.add(o);
            }
        }
        return String.join("; ", ids);
    }

    private String spanText(Span sp) {
        Document d = docs.get(sp.document());
        if (d == null || sp.end() > d.text().length()) {
            return "";
        }
        String t = d.text().substring(sp.start(), sp.end()).replace('\n', ' ');
        return t.length() > 200 ? t.substring(0, 197) + "..." : t;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
