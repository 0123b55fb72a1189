package org.concord.quote;

/**
 * One quotation or reported statement found in one document, before the ledger merges it across documents.
 * Offsets are [start, end) into the cleaned document text; {@code text} is the content (without the quotation
 * marks for a direct quote). {@code speaker} is the name as resolved in the document (a named person or
 * organisation, "anonymous source", or null when none was found); {@code speakerStart}/{@code speakerEnd} give the
 * span of the mention the speaker was read from (the cue's subject, which may be a title or a pronoun), or -1.
 * {@code speakerKind} says how the speaker was read ({@link SpeakerKind}).
 */
public record QuoteMention(String document, int start, int end, String text, String cue, int cueStart, int cueEnd,
                           boolean direct, String speaker, int speakerStart, int speakerEnd, SpeakerKind speakerKind) {
    public QuoteMention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ") in " + document);
        }
    }

    public boolean hasSpeakerSpan() {
        return speakerStart >= 0 && speakerEnd > speakerStart;
    }
}
