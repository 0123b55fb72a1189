package org.concord.eval.quotes;

/**
 * One attribution a system predicted: the content span [start, end), the speaker name as the system resolved it
 * (null if none), the span of the speaker mention ([-1, -1) if none) and the system's confidence that the speaker
 * is right (NaN when it gives none).
 */
public record PredictedQuote(int start, int end, String speaker, int speakerStart, int speakerEnd,
                             double confidence) {
    /** A prediction without a confidence. */
    public PredictedQuote(int start, int end, String speaker, int speakerStart, int speakerEnd) {
        this(start, end, speaker, speakerStart, speakerEnd, Double.NaN);
    }

    public PredictedQuote {
        if (!Double.isNaN(confidence) && !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1] or NaN, not " + confidence);
        }
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
