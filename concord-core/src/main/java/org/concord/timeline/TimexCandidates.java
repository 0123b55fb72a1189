package org.concord.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.concord.annotate.Annotation;
import org.concord.annotate.Sentence;
import org.concord.annotate.Timex;

/**
 * The temporal expressions of one annotated document that {@link TimexNormalizer} normalizes: the annotator's
 * timexes, the business-report periods and other expressions a general-purpose tagger leaves out
 * ({@link TimexNormalizer#periodSpans}), and ranges of durations ("two to six days") split in two as TimeBank marks
 * them ({@link TimexNormalizer#splitRange}), in text order.
 */
final class TimexCandidates {
    private TimexCandidates() {
    }

    static List<Timex> of(String text, Annotation a) {
        List<Timex> all = new ArrayList<>(a.timexes());
        for (int[] p : TimexNormalizer.periodSpans(text)) {
            boolean overlaps = false;
            for (Timex t : a.timexes()) {
                if (t.start() < p[1] && p[0] < t.end()) {
                    overlaps = true;
                    break;
                }
            }
            Sentence s = a.sentenceAt(p[0]);
            if (overlaps || s == null) {
                continue;
            }
            Timex next = null;
            for (Timex t : all) {
                if (t.start() >= p[1] && text.substring(p[1], t.start()).isBlank() && t.start() - p[1] <= 2) {
                    next = t;
                }
            }
            if (next != null && next.text().toLowerCase(Locale.ROOT).contains("quarter")) {
                // "the year-ago third quarter": one expression, the quarter a year back
                int start = p[0] >= 4 && text.regionMatches(true, p[0] - 4, "the ", 0, 4) ? p[0] - 4 : p[0];
                all.remove(next);
                all.add(new Timex(start, next.end(), text.substring(start, next.end()), "DATE", null, s.index()));
            } else {
                all.add(new Timex(p[0], p[1], text.substring(p[0], p[1]), "DATE", null, s.index()));
            }
        }
        List<Timex> split = new ArrayList<>();
        for (Timex t : all) {
            split.addAll(TimexNormalizer.splitRange(t));
        }
        split.sort(Comparator.comparingInt(Timex::start));
        return split;
    }
}
