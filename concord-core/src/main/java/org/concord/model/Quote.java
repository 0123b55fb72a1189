package org.concord.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One utterance, with every place it appears across the story. {@code confidence} is the estimated probability
 * that the speaker found for it is right ({@code org.concord.quote.SpeakerConfidence}); null when no speaker was
 * found or a person set the speaker. A speaker below the analysis's minimum confidence is withheld: {@code speaker}
 * is null and {@code confidence} says how weak the withheld attribution was.
 */
public record Quote(String id, String text, Speaker speaker, List<Occurrence> occurrences,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Double confidence) implements java.io.Serializable {
    public Quote {
        if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("quote confidence must be in [0, 1], not " + confidence);
        }
    }

    /** A quote without a confidence (a speaker set by hand, or none found). */
    public Quote(String id, String text, Speaker speaker, List<Occurrence> occurrences) {
        this(id, text, speaker, occurrences, null);
    }
}
