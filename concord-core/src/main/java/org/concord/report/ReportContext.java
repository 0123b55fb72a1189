package org.concord.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.model.Document;
import org.concord.model.Related;
import org.concord.model.Report;
import org.concord.model.Span;
import org.concord.model.Story;

/**
 * What the layout looks up in a report: documents by id, stories by id, the links between stories in both
 * directions, and a document named as a reader knows it (outlet and title, linked to the document; its id and
 * offsets only in the link's title).
 */
final class ReportContext {
    /** A link from one story to another as the layout shows it: "Follow-up of", "Follow-up", or the relation. */
    record StoryLink(String label, Story story) {}

    private final Map<String, Document> docs = new HashMap<>();
    private final Map<String, Story> stories = new LinkedHashMap<>();
    private final Map<String, String> storyOfDoc = new HashMap<>();
    private final Map<String, List<StoryLink>> links = new HashMap<>();

    ReportContext(Report report) {
        for (Document d : report.documents()) {
            docs.put(d.id(), d);
        }
        for (Story s : report.stories()) {
            stories.putIfAbsent(s.id(), s);
            s.documents().forEach(d -> storyOfDoc.putIfAbsent(d, s.id()));
        }
        Map<String, Set<List<String>>> pairs = new LinkedHashMap<>();
        for (Story s : report.stories()) {
            for (Related r : s.related()) {
                if (!stories.containsKey(r.story()) || r.story().equals(s.id())) {
                    continue;
                }
                // each link both ways: a report that names it on one side only still links the other
                pairs.computeIfAbsent(s.id(), k -> new LinkedHashSet<>()).add(List.of(r.relation(), r.story()));
                pairs.computeIfAbsent(r.story(), k -> new LinkedHashSet<>()).add(List.of(inverse(r.relation()),
                        s.id()));
            }
        }
        for (Story s : report.stories()) {
            List<StoryLink> out = new ArrayList<>();
            for (List<String> p : pairs.getOrDefault(s.id(), Set.of())) {
                out.add(new StoryLink(label(p.get(0)), stories.get(p.get(1))));
            }
            links.put(s.id(), List.copyOf(out));
        }
    }

    private static String inverse(String relation) {
        if (relation.equals(Related.FOLLOW_UP)) {
            return Related.FOLLOW_UP + "-of";
        }
        return relation.equals(Related.FOLLOW_UP + "-of") ? Related.FOLLOW_UP : relation;
    }

    private static String label(String relation) {
        if (relation.equals(Related.FOLLOW_UP)) {
            return "Follow-up";
        }
        if (relation.equals(Related.FOLLOW_UP + "-of")) {
            return "Follow-up of";
        }
        String r = relation.replace('-', ' ');
        return r.isEmpty() ? "Related" : Character.toUpperCase(r.charAt(0)) + r.substring(1);
    }

    Document document(String id) {
        return docs.get(id);
    }

    Story story(String id) {
        return stories.get(id);
    }

    /** The id of the story a document belongs to, or null. */
    String storyOf(String docId) {
        return storyOfDoc.get(docId);
    }

    /** The links from {@code s} to other stories of the report, both the ones it names and the ones naming it. */
    List<StoryLink> links(Story s) {
        return links.getOrDefault(s.id(), List.of());
    }

    /** A document as a reader names it: its outlet, else its title, else its id. */
    String shortName(String docId) {
        Document d = docs.get(docId);
        if (d == null) {
            return docId;
        }
        return d.outlet() != null && !d.outlet().isBlank() ? d.outlet() : longName(docId);
    }

    /** A document named in full: "Outlet, “Title”", either part left out when unknown, else its id. */
    String longName(String docId) {
        Document d = docs.get(docId);
        if (d == null) {
            return docId;
        }
        boolean outlet = d.outlet() != null && !d.outlet().isBlank();
        boolean title = d.title() != null && !d.title().isBlank();
        if (outlet && title) {
            return d.outlet() + ", \u201c" + d.title() + "\u201d";
        }
        return outlet ? d.outlet() : title ? "\u201c" + d.title() + "\u201d" : d.id();
    }

    /** A link to a document, its text {@code text}; the link's title holds the title and the id. */
    Inline documentLink(String docId, String text) {
        Document d = docs.get(docId);
        String title = d == null || d.title() == null ? "document " + docId : d.title() + " (document " + docId + ")";
        return docs.containsKey(docId) ? Inline.link(text, Anchors.document(docId), title) : Inline.plain(text);
    }

    /** A link to a span of a document: the document's link, its title naming the id and the offsets. */
    Inline spanLink(Span sp, String text) {
        Document d = docs.get(sp.document());
        if (d == null) {
            return Inline.plain(text);
        }
        String title = (d.title() == null ? "" : d.title() + " ") + "(document " + sp.document() + ", characters "
                + sp.start() + "-" + sp.end() + ")";
        return Inline.link(text, Anchors.document(sp.document()), title.strip());
    }

    /** The text of a span, on one line, cut to 200 characters at a word; "" when it is out of its document. */
    String spanText(Span sp) {
        Document d = docs.get(sp.document());
        if (d == null || sp.start() < 0 || sp.end() > d.text().length() || sp.start() > sp.end()) {
            return "";
        }
        String t = d.text().substring(sp.start(), sp.end()).replaceAll("\\s+", " ").strip();
        if (t.length() <= 200) {
            return t;
        }
        int cut = t.lastIndexOf(' ', 197);
        return t.substring(0, cut > 100 ? cut : 197) + "\u2026";
    }

    /**
     * One link per distinct document of {@code spans} (the first span of each), named by {@link #shortName} (by
     * {@link #longName} when two of them share an outlet), separated by "; ".
     */
    List<Inline> sourceLinks(List<Span> spans) {
        List<Span> firsts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> names = new HashMap<>();
        for (Span sp : spans) {
            if (seen.add(sp.document())) {
                firsts.add(sp);
                names.merge(shortName(sp.document()), 1, Integer::sum);
            }
        }
        List<Inline> out = new ArrayList<>();
        for (Span sp : firsts) {
            if (!out.isEmpty()) {
                out.add(Inline.plain("; "));
            }
            // two documents of one outlet are told apart by their titles
            String name = shortName(sp.document());
            out.add(spanLink(sp, names.get(name) > 1 ? longName(sp.document()) : name));
        }
        return out;
    }
}
