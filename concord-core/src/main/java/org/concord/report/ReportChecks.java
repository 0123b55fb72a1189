package org.concord.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.model.Claim;
import org.concord.model.ClaimStatus;
import org.concord.model.Conflict;
import org.concord.model.ConflictValue;
import org.concord.model.Document;
import org.concord.model.Occurrence;
import org.concord.model.Quote;
import org.concord.model.Report;
import org.concord.model.Span;
import org.concord.model.Story;
import org.concord.model.SummarySentence;
import org.concord.model.TimelineEntry;

/**
 * The invariants of a report that a JSON Schema cannot state: every span inside its document, every quote
 * occurrence's text equal to the text at its offsets, every id known, every summary sentence cited, timelines
 * oldest first, claim statuses consistent with their sources, every conflict with two or more values, each from
 * a known document. Returns one line per violation.
 */
public final class ReportChecks {
    private ReportChecks() {
    }

    public static List<String> check(Report report) {
        List<String> errors = new ArrayList<>();
        Map<String, Document> docs = new HashMap<>();
        for (Document d : report.documents()) {
            if (docs.put(d.id(), d) != null) {
                errors.add("duplicate document id " + d.id());
            }
            if (d.duplicateOf() != null && d.duplicateOf().equals(d.id())) {
                errors.add(d.id() + " is marked a copy of itself");
            }
        }
        Set<String> storyIds = new HashSet<>();
        report.stories().forEach(s -> storyIds.add(s.id()));
        Set<String> placed = new HashSet<>();
        for (Story s : report.stories()) {
            for (String id : s.documents()) {
                if (!docs.containsKey(id)) {
                    errors.add(s.id() + ": unknown document " + id);
                }
                if (!placed.add(id)) {
                    errors.add(s.id() + ": document " + id + " is in two stories");
                }
            }
            s.related().forEach(r -> {
                if (!storyIds.contains(r.story())) {
                    errors.add(s.id() + ": related to unknown story " + r.story());
                }
            });
            for (SummarySentence ss : s.summary()) {
                if (ss.sources().isEmpty()) {
                    errors.add(s.id() + ": summary sentence without a source: " + ss.text());
                }
                ss.sources().forEach(sp -> span(sp, docs, s.id() + " summary", errors));
            }
            String previous = null;
            for (TimelineEntry t : s.timeline()) {
                if (previous != null && t.date().compareTo(previous) < 0) {
                    errors.add(s.id() + ": timeline not oldest first at " + t.date());
                }
                previous = t.date();
                if (t.sources().isEmpty()) {
                    errors.add(s.id() + ": timeline entry without a source: " + t.text());
                }
                t.sources().forEach(sp -> span(sp, docs, s.id() + " timeline", errors));
            }
            for (Quote q : s.quotes()) {
                if (q.occurrences().isEmpty()) {
                    errors.add(s.id() + " " + q.id() + ": quote without occurrences");
                }
                for (Occurrence o : q.occurrences()) {
                    Document d = docs.get(o.document());
                    if (d == null) {
                        errors.add(q.id() + ": unknown document " + o.document());
                    } else if (o.start() < 0 || o.end() > d.text().length() || o.start() > o.end()) {
                        errors.add(q.id() + ": occurrence [" + o.start() + ", " + o.end() + ") outside " + d.id());
                    } else if (!d.text().substring(o.start(), o.end()).equals(o.text())) {
                        errors.add(q.id() + ": occurrence text differs from " + d.id() + " at " + o.start());
                    }
                }
            }
            for (Claim c : s.claims()) {
                c.sources().forEach(sp -> span(sp, docs, s.id() + " claim", errors));
                boolean conflicting = !c.conflicts().isEmpty();
                if (conflicting != (c.status() == ClaimStatus.CONFLICTING)) {
                    errors.add(s.id() + ": claim status " + c.status() + " with " + c.conflicts().size()
                            + " conflicts: " + c.text());
                }
                if (c.status() == ClaimStatus.CORROBORATED && c.independentSources() < 2) {
                    errors.add(s.id() + ": corroborated claim with " + c.independentSources() + " source");
                }
                if (c.status() == ClaimStatus.SINGLE_SOURCE && c.independentSources() != 1) {
                    errors.add(s.id() + ": single-source claim with " + c.independentSources() + " sources");
                }
                long documents = c.sources().stream().map(Span::document).distinct().count();
                if (c.independentSources() > documents) {
                    errors.add(s.id() + ": claim with " + c.independentSources() + " independent sources in "
                            + documents + " documents: " + c.text());
                }
                for (Conflict k : c.conflicts()) {
                    if (k.values().size() < 2) {
                        errors.add(s.id() + ": " + k.aspect() + " conflict with " + k.values().size() + " value: "
                                + c.text());
                    }
                    for (ConflictValue v : k.values()) {
                        if (v.documents().isEmpty()) {
                            errors.add(s.id() + ": " + k.aspect() + " value without a document: " + v.value());
                        }
                        v.documents().stream().filter(d -> !docs.containsKey(d)).forEach(d -> errors.add(s.id()
                                + ": " + k.aspect() + " value in unknown document " + d));
                        // every conflict shows its sentences: each value cites one of its documents
                        if (v.documents().stream().allMatch(docs::containsKey) && v.documents().stream()
                                .noneMatch(d -> c.sources().stream().anyMatch(sp -> sp.document().equals(d)))) {
                            errors.add(s.id() + ": " + k.aspect() + " value " + v.value()
                                    + " cites no sentence of its documents: " + c.text());
                        }
                    }
                }
            }
        }
        for (String id : docs.keySet()) {
            if (!report.stories().isEmpty() && !placed.contains(id)) {
                errors.add("document " + id + " is in no story");
            }
        }
        return errors;
    }

    private static void span(Span sp, Map<String, Document> docs, String where, List<String> errors) {
        Document d = docs.get(sp.document());
        if (d == null) {
            errors.add(where + ": span in unknown document " + sp.document());
        } else if (sp.end() > d.text().length()) {
            errors.add(where + ": span [" + sp.start() + ", " + sp.end() + ") beyond " + d.id() + " ("
                    + d.text().length() + " chars)");
        }
    }
}
