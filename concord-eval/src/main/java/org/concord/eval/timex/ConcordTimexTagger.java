package org.concord.eval.timex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.concord.annotate.Annotation;
import org.concord.annotate.TextAnnotator;
import org.concord.annotate.Timex;
import org.concord.timeline.TimexNormalizer;

/**
 * System {@code concord}: Concord's annotate stage, through the {@link TextAnnotator} interface, and the document
 * normalization the report's timeline is built from ({@link TimexNormalizer#normalizeDocument}); this class only
 * turns its TIMEX3s into scored spans.
 */
final class ConcordTimexTagger implements TimexTagger {
    private final TextAnnotator annotator;
    private final boolean annotatorGetsDate;
    private final TimexNormalizer normalizer = TimexNormalizer.create();

    private ConcordTimexTagger(TextAnnotator annotator, boolean annotatorGetsDate) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.annotatorGetsDate = annotatorGetsDate;
    }

    static ConcordTimexTagger create(TextAnnotator annotator) {
        return new ConcordTimexTagger(annotator, true);
    }

    /**
     * Concord on an article without a date of its own: the annotator gets none, the normalization the date the
     * report would infer (here the creation time), as {@code Concord} does for an undated article dated from its story.
     */
    static ConcordTimexTagger undated(TextAnnotator annotator) {
        return new ConcordTimexTagger(annotator, false);
    }

    @Override
    public Tagged tag(String text, LocalDate anchor) {
        Annotation a = annotator.annotate(text, annotatorGetsDate ? anchor : null);
        List<TimexSpan> out = new ArrayList<>();
        for (Timex t : normalizer.normalizeDocument(text, a, anchor)) {
            out.add(new TimexSpan(t.start(), t.end(), t.type(), t.value()));
        }
        return new Tagged(out, a.tokenCount());
    }
}
