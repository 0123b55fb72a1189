package org.concord.eval.timex;

import java.time.LocalDate;
import java.util.List;

/** A system under evaluation: finds the temporal expressions of a text. Implementations are thread-safe. */
interface TimexTagger {
    /** The timexes of {@code text} with relative ones resolved against {@code anchor} (may be null). */
    Tagged tag(String text, LocalDate anchor);

    /** What a tagger found in one text, and how many tokens it processed. */
    record Tagged(List<TimexSpan> timexes, int tokens) {
        public Tagged {
            timexes = List.copyOf(timexes);
        }
    }
}
