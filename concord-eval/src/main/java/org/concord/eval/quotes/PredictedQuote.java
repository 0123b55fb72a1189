package org.concord.eval.quotes;

/**
 * One attribution a system predicted: the content span [start, end), the speaker name as the system resolved it
 * (null if none) and the span of the speaker mention ([-1, -1) if none).
 */
public record PredictedQuote(int start, int end, String speaker, int speakerStart, int speakerEnd) {
    public PredictedQuote {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad predicted content span [" + start + ", " + end + ")");
        }
        if (speaker != null && speaker.isBlank()) {
            speaker = null;
        }
        if (speakerStart < 0 || speakerEnd <= speakerStart) {
            speakerStart = -1;
            speakerEnd = -1;
        }
    }

    public boolean hasSpeakerSpan() {
        return speakerStart >= 0;
    }

    /** Whether the system attributed the content to anyone (a name or a mention span). */
    public boolean hasSpeaker() {
        return speaker != null || hasSpeakerSpan();
    }
}
