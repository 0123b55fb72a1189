package org.concord.eval.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * PolNeAR (Newell, Margolin and Ruths, LREC 2018) annotates a quotation split by its cue ("A," she said, "B.") as
 * one attribution whose content has two pieces; systems report the pieces, each attributed through the same cue. Every system's adapter joins
 * them the same way, here, before scoring: consecutive pieces in quotation marks, of one paragraph (no line break
 * between them), attributed through the same cue, are scored as one attribution from the first piece's start to
 * the last piece's end, with the first piece's speaker (and its confidence).
 */
final class SplitQuotes {
    private SplitQuotes() {
    }

    /**
     * One piece as a system reports it: the prediction, whether it is a quotation in marks, and the position of
     * the cue it is attributed through ({@code -1}: none, never joined). For a system without cues (CoreNLP) the
     * anchor of its attribution stands in for the cue: the start of the speaker mention it chose.
     */
    record Piece(PredictedQuote quote, boolean direct, int cue) {}

    /** The pieces, given in text order (as the systems report them), with each split quotation joined. */
    static List<PredictedQuote> join(List<Piece> pieces, String text) {
        List<List<Piece>> groups = new ArrayList<>();
        for (Piece q : pieces) {
            List<Piece> prev = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            Piece p = prev == null ? null : prev.get(prev.size() - 1);
            if (p != null && sameQuotation(p, q, text)) {
                prev.add(q);
            } else {
                List<Piece> g = new ArrayList<>();
                g.add(q);
                groups.add(g);
            }
        }
        List<PredictedQuote> out = new ArrayList<>();
        for (List<Piece> g : groups) {
            PredictedQuote first = g.get(0).quote();
            PredictedQuote last = g.get(g.size() - 1).quote();
            out.add(g.size() == 1 ? first : new PredictedQuote(first.start(), last.end(), first.speaker(),
                    first.speakerStart(), first.speakerEnd(), first.confidence()));
        }
        return out;
    }

    /** {@code q} continues the quotation whose last piece so far is {@code p}. */
    private static boolean sameQuotation(Piece p, Piece q, String text) {
        if (!(p.direct() && q.direct() && q.cue() >= 0 && q.cue() == p.cue() && p.quote().end() <= q.quote().start())) {
            return false;
        }
        int gapEnd = Math.min(q.quote().start(), text.length());
        return text.substring(Math.min(p.quote().end(), gapEnd), gapEnd).indexOf('\n') < 0;
    }
}
