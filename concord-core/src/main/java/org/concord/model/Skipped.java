package org.concord.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An input that could not be read or analysed, or a second copy of an input already read, with a one-line reason.
 * The report carries the source and the reason only (contract concord.report/1); {@link #duplicate()} tells the two
 * kinds apart from the reason, whose wording for a copy is made here alone ({@link #duplicateOf}), so it holds for
 * a report read back as well.
 */
public record Skipped(String source, String reason) implements java.io.Serializable {
    private static final String DUPLICATE = "duplicate of ";
    private static final String READ_ONCE = "; read once";

    /** Unpaired surrogates (from a hostile input quoted in a reason) become U+FFFD, so every writer can write it. */
    public Skipped {
        source = org.concord.text.Utf16.repair(source);
        reason = org.concord.text.Utf16.repair(reason);
    }

    /**
     * {@code source} holds what {@code original} holds and was not read again: the same bytes ({@code sameBytes}),
     * or the same article in two records.
     */
    public static Skipped duplicateOf(String source, String original, boolean sameBytes) {
        return new Skipped(source, DUPLICATE + original + (sameBytes ? " (same bytes)" : "") + READ_ONCE);
    }

    /** Whether this is a copy of an input read once ({@link #duplicateOf}), not an input that could not be read. */
    @JsonIgnore
    public boolean duplicate() {
        return reason != null && reason.startsWith(DUPLICATE) && reason.endsWith(READ_ONCE);
    }
}
