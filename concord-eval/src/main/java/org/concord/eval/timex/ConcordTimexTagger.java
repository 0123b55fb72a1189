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
    private final TimexNormalizer normalizer = TimexNormalizer.create();

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
        for (Timex t : normalizer.normalizeDocument(text, a, anchor)) {
            out.add(new TimexSpan(t.start(), t.end(), t.type(), t.value()));
        }
        return new Tagged(out, a.tokenCount());
    }
}
