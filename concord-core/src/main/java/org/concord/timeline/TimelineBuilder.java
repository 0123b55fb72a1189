package org.concord.timeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Sentence;
import org.concord.annotate.Terms;
import org.concord.annotate.Timex;
import org.concord.model.Span;
import org.concord.model.TimelineEntry;

/**
 * A story's timeline: every sentence that dates an event to a day or a month, its date the value
 * {@link TimexNormalizer#normalizeDocument} gives the expression against its document's publication date (the same
 * normalization {@code concord eval timex} scores), with sentences of several documents that give the same date to
 * the same event (content-word overlap at least {@value #SAME_EVENT}) merged into one entry citing each. Entries are
 * oldest first; a day sorts after its month. Near-copies are read once.
 * <p>Only a DATE placed at a calendar day or month is on the timeline ({@link #dateOf}): a day ("2014-12-30", also
 * with a clock time, which is cut to its day, or as an ISO week day, "2014-W01-2"), a month ("2014-12"), or a week
 * or weekend ("2014-W52", "2014-W52-WE") whose days all fall in one month, placed at that month: the precision the
 * text supports, where naming one of its days would invent one. Coarser dates are left out (a year, quarter, half,
 * season, decade or century spans too much to order a story's events), as are a week across two months,
 * references without a calendar value ("PAST_REF", "XXXX-12") and TIME, DURATION and SET expressions.
 */
public final class TimelineBuilder {
    static final double SAME_EVENT = 0.2;
    static final int MAX_TEXT = 300;
    private static final Pattern DAY_OR_MONTH = Pattern.compile("(\\d{4}-\\d{2}(?:-\\d{2})?)(T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-(WE|[1-7]))?");
    private final TimexNormalizer normalizer = TimexNormalizer.create();

    private TimelineBuilder() {
    }

    public static TimelineBuilder create() {
        return new TimelineBuilder();
    }

    /**
     * The timeline date of a normalized TIMEX3 of this {@code type} and {@code value}: its calendar day or month
     * ("2014-12-30", "2014-12"), or null when it is not a DATE or its value is not placed at either (see the class
     * comment).
     */
    public static String dateOf(String type, String value) {
        if (!"DATE".equals(type) || value == null) {
            return null;
        }
        Matcher m = DAY_OR_MONTH.matcher(value);
        if (m.matches()) {
            return m.group(2) == null || m.group(1).length() == 10 ? m.group(1) : null;
        }
        Matcher w = WEEK.matcher(value);
        if (!w.matches()) {
            return null;
        }
        LocalDate monday;
        try {
            monday = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)))
                    .with(ChronoField.DAY_OF_WEEK, 1);
        } catch (DateTimeException e) {
            return null;
        }
        String part = w.group(3);
        if (part != null && !part.equals("WE")) {
            return monday.plusDays(Integer.parseInt(part) - 1L).toString();
        }
        LocalDate first = part == null ? monday : monday.plusDays(5);
        LocalDate last = monday.plusDays(6);
        return first.getMonthValue() == last.getMonthValue()
                ? String.format(Locale.ROOT, "%04d-%02d", first.getYear(), first.getMonthValue()) : null;
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
            for (Timex t : normalizer.normalizeDocument(d.text(), d.annotation(), anchor)) {
                String date = dateOf(t.type(), t.value());
                Sentence s = d.annotation().sentenceAt(t.start());
                if (date == null || s == null || !seen.add(date + "@" + s.index())) {
                    continue;
                }
                Set<String> terms = new HashSet<>(Terms.content(s));
                if (terms.size() < 3) {
                    continue; // a dateline or a bare date, not an event
                }
                String sentence = d.text().substring(s.start(), s.end());
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
