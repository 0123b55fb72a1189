package org.concord.quote;

import java.util.List;

/**
 * "According to X" reporting a clause: "According to Lynch, the talks collapsed." (the clause after the source's
 * phrase) and "The talks collapsed, according to Lynch." (the clause before it). The first "according to" of a
 * sentence decides: when its phrase names no speaker ("according to estimates") the sentence is left to
 * {@link ReportedSpeech}, as it is when the sentence holds a quotation. A sentence where this rule finds a clause
 * holds no other reported speech.
 */
final class AccordingTo implements QuoteRule {
    @Override
    public void find(TokenView view, SpeakerReader speakers, Found found) {
        List<QuoteMention> quoted = found.quotations();
        List<int[]> spans = found.quotationSpans();
        for (int i = 0; i < view.sentences().size(); i++) {
            SentenceScope s = SentenceScope.of(view, i, spans, quoted);
            if (s == null || !s.blocks().isEmpty()) {
                continue;
            }
            QuoteMention m = clause(view, speakers, s);
            if (m != null) {
                found.addReported(i, m);
            }
        }
    }

    /** The clause the sentence's first "according to" reports, or null. */
    private static QuoteMention clause(TokenView view, SpeakerReader speakers, SentenceScope s) {
        int first = s.first();
        int last = s.last();
        for (int k = first; k <= last; k++) {
            if (!view.isAccordingTo(k)) {
                continue;
            }
            Cue c = speakers.accordingTo(k, s.end());
            if (c == null) {
                return null; // "according to estimates": no speaker here; a verb cue may still hold one
            }
            int phraseEnd = view.clauseEnd(k + 2, s.end());
            int cs;
            int ce;
            if (k == first) {
                cs = phraseEnd < view.size() ? view.token(Math.min(phraseEnd + 1, last)).start() : s.end();
                ce = s.contentEnd();
            } else {
                cs = s.start();
                int before = k - 1;
                while (before > first && view.token(before).word().equals(",")) {
                    before--;
                }
                ce = view.token(before).end();
            }
            return ReportedSpeech.clause(view, cs, ce, c);
        }
        return null;
    }
}
