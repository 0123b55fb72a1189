package org.concord.eval.timex;

import org.concord.annotate.Sentence;
import org.concord.timeline.TemporalResolver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.concord.annotate.Annotation;
import org.concord.annotate.TextAnnotator;
import org.concord.annotate.Timex;

/**
 * System {@code concord}: Concord's annotate stage, through the {@link TextAnnotator} interface, with dates
 * resolved the way Concord's timeline resolves them ({@link TemporalResolver}: news conventions for weekdays,
 * month-days without a year and relative expressions, anchored on the document creation time).
 */
final class ConcordTimexTagger implements TimexTagger {
    private final TextAnnotator annotator;
    private final TemporalResolver resolver = TemporalResolver.create();

    private ConcordTimexTagger(TextAnnotator annotator) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
    }

    static ConcordTimexTagger create(TextAnnotator annotator) {
        return new ConcordTimexTagger(annotator);
    }

    @Override
    public Tagged tag(String text, LocalDate anchor) {
        Annotation a = annotator.annotate(text, anchor);
        List<TimexSpan> out = new ArrayList<>();
        for (Timex t : a.timexes()) {
            String value = t.value();
            if ("DATE".equals(t.type())) {
                Sentence s = a.sentenceAt(t.start());
                String sentence = s == null ? "" : text.substring(s.start(), s.end());
                String resolved = resolver.resolve(t.text(), t.value(), sentence, anchor);
                if (resolved != null) {
                    value = resolved;
                }
            }
            out.add(new TimexSpan(t.start(), t.end(), t.type(), value));
        }
        return new Tagged(out, a.tokenCount());
    }
}
