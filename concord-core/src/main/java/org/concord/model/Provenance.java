package org.concord.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How a report was made (the report's optional {@code analysis} field): the Concord version, the annotator's
 * version ({@code TextAnnotator.version()}), the summary budget in words, the id scheme, the stories whose
 * analysis failed (they hold their documents only), and the minimum confidence of a shown speaker (null in reports
 * made before it existed). {@code analyze --previous} keeps an earlier story as it was
 * only when these match the current run and the story is not among the incomplete ones.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Provenance(String concord, String annotator, int summaryWords, String ids,
                         List<String> incompleteStories, Double minConfidence) implements java.io.Serializable {
    /** The id scheme of this version: content-derived document ids, {@code s-}, {@code e-} and {@code q-} ids. */
    public static final String IDS = "content-1";

    public Provenance {
        incompleteStories = incompleteStories == null ? List.of() : List.copyOf(incompleteStories);
    }

    /** Whether stories analysed under {@code other} can stand in a report made under these settings. */
    public boolean sameSettings(Provenance other) {
        return other != null && java.util.Objects.equals(concord, other.concord)
                && java.util.Objects.equals(annotator, other.annotator) && summaryWords == other.summaryWords
                && java.util.Objects.equals(ids, other.ids)
                && java.util.Objects.equals(minConfidence, other.minConfidence);
    }
}
