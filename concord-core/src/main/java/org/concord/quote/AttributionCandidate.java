package org.concord.quote;

import java.util.List;
import java.util.Objects;

/**
 * One attribution that {@link QuoteExtractor} proposes before the {@link AttributionFilter} decides on it: the
 * mention, where it came from ({@link #DIRECT} quotation, a {@link #RULE} for reported speech, or an {@link #EXTRA}
 * clause after a learned cue word), the features the filter scores, and its group. Candidates of one group are
 * alternatives (the same cue with a shorter or a longer content); at most one of a group is kept.
 */
public record AttributionCandidate(QuoteMention mention, String origin, List<String> features, int group) {
    public static final String DIRECT = "direct";
    public static final String RULE = "rule";
    public static final String EXTRA = "extra";

    public AttributionCandidate {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(origin, "origin");
        features = List.copyOf(features);
    }
}
