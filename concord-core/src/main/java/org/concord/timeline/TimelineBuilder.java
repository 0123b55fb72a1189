package org.concord.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Sentence;
import org.concord.annotate.Terms;
import org.concord.annotate.Timex;
import org.concord.model.Span;
import org.concord.model.TimelineEntry;

/**
 * A story's timeline: every sentence that dates an event to a day or a month, its date resolved against its
 * document's publication date ({@link TemporalResolver}), with sentences of several documents that give the same
 * date to the same event (content-word overlap at least {@value #SAME_EVENT}) merged into one entry citing each.
 * Entries are oldest first; a day sorts after its month. Near-copies are read once.
 */
public final class TimelineBuilder {
    static final double SAME_EVENT = 0.2;
    static final int MAX_TEXT = 300;
    private final TemporalResolver resolver = TemporalResolver.create();

    private TimelineBuilder() {
    }

    public static TimelineBuilder create() {
        return new TimelineBuilder();
    }

    /** Builds the timeline of a story's documents; {@code anchors} maps document id to its publication date. */
    public List<TimelineEntry> build(List<AnnotatedDocument> members, Map<String, LocalDate> anchors) {
        List<Item> items = new ArrayList<>();
        for (AnnotatedDocument d : members) {
            if (d.document().duplicateOf() != null) {
                continue;
            }
            LocalDate anchor = anchors.get(d.id());
            Set<String> seen = new HashSet<>();
            for (Timex t : d.annotation().timexes()) {
                if (!"DATE".equals(t.type())) {
                    continue;
                }
                Sentence s = d.annotation().sentenceAt(t.start());
                if (s == null) {
                    continue;
                }
                String sentence = d.text().substring(s.start(), s.end());
                String date = resolver.resolve(t.text(), t.value(), sentence,
                        Tense.around(s.tokens(), t.start(), t.end()), anchor);
                if (date == null || !seen.add(date + "@" + s.index())) {
                    continue;
                }
                Set<String> terms = new HashSet<>(Terms.content(s));
                if (terms.size() < 3) {
                    continue; // a dateline or a bare date, not an event
                }
                items.add(new Item(date, d.id(), s.start(), s.end(), sentence, terms));
            }
        }
        // merge the same event on the same date across documents
        Map<Integer, List<Item>> groups = new LinkedHashMap<>();
        int[] group = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            group[i] = i;
            for (int j = 0; j < i; j++) {
                Item a = items.get(i);
                Item b = items.get(j);
                if (group[j] == j && a.date.equals(b.date) && !a.document.equals(b.document)
                        && Terms.jaccard(a.terms, b.terms) >= SAME_EVENT) {
                    group[i] = j;
                    break;
                }
            }
            groups.computeIfAbsent(group[i], k -> new ArrayList<>()).add(items.get(i));
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (List<Item> g : groups.values()) {
            Item first = g.get(0);
            List<Span> sources = new ArrayList<>();
            for (Item it : g) {
                sources.add(new Span(it.document, it.start, it.end));
            }
            out.add(new TimelineEntry(first.date, shorten(first.sentence), sources));
        }
        out.sort(Comparator.comparing((TimelineEntry e) -> sortKey(e.date())));
        return out;
    }

    private static String sortKey(String date) {
        return date.length() == 7 ? date + "-00" : date.length() == 4 ? date + "-00-00" : date;
    }

    private static String shorten(String sentence) {
        String s = sentence.strip().replaceAll("\\s+", " ");
        if (s.length() <= MAX_TEXT) {
            return s;
        }
        int cut = s.lastIndexOf(' ', MAX_TEXT - 1);
        return s.substring(0, cut > 0 ? cut : MAX_TEXT - 1) + "\u2026";
    }

    private record Item(String date, String document, int start, int end, String sentence, Set<String> terms) {}
}
