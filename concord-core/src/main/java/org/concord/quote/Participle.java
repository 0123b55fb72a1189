package org.concord.quote;

import java.util.List;
import org.concord.annotate.Token;

/**
 * A participle cue after a comma: ", adding that …", ", saying …". Its clause takes the speaker of the last
 * quotation before it in the sentence or, later in the walk, of the last clause found there; with neither, the
 * subject of the sentence's main verb ("Authorities announced the closure, saying …").
 *
 * <p>{@link ReportedSpeech} hands it each participle cue as it walks a sentence: which clauses come before a
 * participle, and whether the walk reaches it at all, are the walk's, so this is a reader of one cue, not a
 * {@link QuoteRule} of its own.
 */
final class Participle {
    private Participle() {
    }

    /** Whether token {@code k} of the sentence is a participle cue: a gerund right after a comma. */
    static boolean at(TokenView view, SentenceScope s, int k) {
        return view.token(k).pos().equals("VBG") && k > s.first() && view.token(k - 1).word().equals(",");
    }

    /** Adds the clause of the participle cue at token {@code k} to {@code found} (the sentence's clauses so far). */
    static void read(TokenView view, SpeakerReader speakers, SentenceScope s, int k, List<QuoteMention> found) {
        Token t = view.token(k);
        int last = s.last();
        QuoteMention prior = null;
        for (QuoteMention m : s.quoted()) {
            if (m.end() <= t.start() && m.speaker() != null) {
                prior = m;
            }
        }
        for (QuoteMention m : found) {
            if (m.speaker() != null) {
                prior = m;
            }
        }
        int cs = k + 1;
        while (cs <= last && view.token(cs).word().equalsIgnoreCase("that")) {
            cs++;
        }
        if (prior != null) {
            if (cs <= last && !s.inBlock(view.token(cs).start())) {
                // the clause's end only once there is a clause: a participle can end the document
                int ce = s.stopAtBlock(view, cs, s.contentEnd());
                addIfAny(found, ReportedSpeech.clause(view, view.token(cs).start(), ce, Cue.at(view, k,
                        prior.speaker(), prior.speakerStart(), prior.speakerEnd(), prior.speakerKind())));
            }
            return;
        }
        // no quotation before it: the participle shares the subject of the sentence's main verb
        Cue subject = speakers.mainSubject(s.first(), k);
        if (subject != null && cs <= last && !s.inBlock(view.token(cs).start())) {
            addIfAny(found, ReportedSpeech.clause(view, view.token(cs).start(),
                    s.stopAtBlock(view, cs, s.contentEnd()), subject.at(view, k)));
        }
    }

    private static void addIfAny(List<QuoteMention> out, QuoteMention m) {
        if (m != null) {
            out.add(m);
        }
    }
}
