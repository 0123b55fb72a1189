package org.concord.eval.timex;

import org.concord.annotate.Sentence;
import org.concord.timeline.TimexNormalizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.concord.annotate.Annotation;
import org.concord.annotate.TextAnnotator;
import org.concord.annotate.Timex;

/**
 * System {@code concord}: Concord's annotate stage, through the {@link TextAnnotator} interface, with dates
 * normalized to TIMEX3 types and values by {@link TimexNormalizer} (news conventions anchored on the document
 * creation time, direction from the clause's tense, the granularity the text supports; non-markables dropped).
 */
final class ConcordTimexTagger implements TimexTagger {
    private final TextAnnotator annotator;
    private static final java.util.regex.Pattern MENTIONED_DATE =
            java.util.regex.Pattern.compile("\\d{4}(-(Q[1-4]|\\d{2}(-\\d{2})?))?");
    private final TimexNormalizer normalizer = TimexNormalizer.create();

    private ConcordTimexTagger(TextAnnotator annotator) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
    }

    static ConcordTimexTagger create(TextAnnotator annotator) {
        return new ConcordTimexTagger(annotator);
    }

    /**
     * The annotator's timexes and the business-report periods it left out, in text order, with ranges of durations
     * ("two to six days") split in two.
     */
    static List<Timex> withPeriods(String text, Annotation a) {
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
            if (next != null && next.text().toLowerCase(java.util.Locale.ROOT).contains("quarter")) {
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
        split.sort(java.util.Comparator.comparingInt(Timex::start));
        return split;
    }

    @Override
    public Tagged tag(String text, LocalDate anchor) {
        Annotation a = annotator.annotate(text, anchor);
        List<TimexSpan> out = new ArrayList<>();
        String previous = null;
        for (Timex t : withPeriods(text, a)) {
            Sentence s = a.sentenceAt(t.start());
            String sentence = s == null ? "" : text.substring(s.start(), s.end());
            TimexNormalizer.Normalized n = normalizer.normalize(t.text(), t.type(), t.value(),
                    s == null ? List.of() : s.tokens(), t.start(), t.end(), sentence, anchor, previous);
            if (n != null && "DATE".equals(n.type()) && n.value() != null && MENTIONED_DATE.matcher(n.value()).matches()
                    && TimexNormalizer.isReference(t.text())) {
                previous = n.value();
            }
            if (n != null) {
                out.add(new TimexSpan(t.start(), t.end(), n.type(), n.value()));
            }
        }
        return new Tagged(out, a.tokenCount());
    }
}
