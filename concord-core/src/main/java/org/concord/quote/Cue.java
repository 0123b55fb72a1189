package org.concord.quote;

/**
 * A speech cue as the quote rules read it: the cue's words (a verb, "according to") and the speaker read from it.
 * Offsets are [start, end) into the document text, -1 when there is no cue word or no speaker span. A
 * {@code borrowed} cue is one a passage took from another (a split quote, the paragraph before): it credits the
 * speaker but does not vouch that the passage is speech on its own.
 */
record Cue(int verbStart, int verbEnd, String verbText, String speaker, int speakerStart, int speakerEnd,
           SpeakerKind kind, boolean borrowed) {

    /** The cue of token {@code verb} (none when negative) crediting {@code speaker}. */
    static Cue at(TokenView view, int verb, String speaker, int speakerStart, int speakerEnd, SpeakerKind kind) {
        return of(view, verb, false, speaker, speakerStart, speakerEnd, kind);
    }

    /** The cue of tokens {@code verb} and the one after it ("according to"), crediting {@code speaker}. */
    static Cue twoWords(TokenView view, int verb, String speaker, int speakerStart, int speakerEnd,
                        SpeakerKind kind) {
        return of(view, verb, true, speaker, speakerStart, speakerEnd, kind);
    }

    /** A speaker with no cue word: a name read from a transcript label, a dash credit or a clause. */
    static Cue ofSpeaker(String speaker, int speakerStart, int speakerEnd, SpeakerKind kind) {
        return new Cue(-1, -1, null, speaker, speakerStart, speakerEnd, kind, false);
    }

    private static Cue of(TokenView view, int verb, boolean twoWords, String speaker, int speakerStart,
                          int speakerEnd, SpeakerKind kind) {
        if (verb < 0) {
            return ofSpeaker(speaker, speakerStart, speakerEnd, kind);
        }
        int start = view.token(verb).start();
        int end = twoWords && verb + 1 < view.size() ? view.token(verb + 1).end() : view.token(verb).end();
        return new Cue(start, end, view.text().substring(start, end), speaker, speakerStart, speakerEnd, kind,
                false);
    }

    /** This cue's speaker, credited by token {@code verb} instead ("X criticized A and called for B"). */
    Cue at(TokenView view, int verb) {
        return at(view, verb, speaker, speakerStart, speakerEnd, kind);
    }

    /** This cue as another passage borrows it. */
    Cue asBorrowed() {
        return new Cue(verbStart, verbEnd, verbText, speaker, speakerStart, speakerEnd, kind, true);
    }
}
