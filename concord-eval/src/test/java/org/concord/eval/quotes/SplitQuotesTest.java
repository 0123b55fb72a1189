package org.concord.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitQuotesTest {
    private static final String TEXT = "\u201cWe are ready,\u201d Ruiz said, \u201cand the crews are too.\u201d "
            + "\u201cNot yet,\u201d Lund said.\n\u201cSoon,\u201d Ruiz said.";

    private static SplitQuotes.Piece piece(String words, boolean direct, int cue) {
        int s = TEXT.indexOf(words);
        return new SplitQuotes.Piece(new PredictedQuote(s, s + words.length(), "speaker of " + words, -1, -1),
                direct, cue);
    }

    @Test
    void piecesOfOneParagraphThroughOneCueAreOneQuotation() {
        int said = TEXT.indexOf("said");
        List<PredictedQuote> out = SplitQuotes.join(List.of(piece("We are ready", true, said),
                piece("and the crews are too.", true, said), piece("Not yet", true, TEXT.indexOf("Lund"))), TEXT);
        assertEquals(2, out.size());
        assertEquals(TEXT.indexOf("We are"), out.get(0).start());
        assertEquals(TEXT.indexOf("too.") + 4, out.get(0).end());
        assertEquals("speaker of We are ready", out.get(0).speaker(), "the first piece's speaker");
        assertEquals(TEXT.indexOf("Not yet"), out.get(1).start());
    }

    @Test
    void otherCuesParagraphsReportedSpeechAndMissingCuesStayApart() {
        int said = TEXT.indexOf("said");
        // another cue
        assertEquals(2, SplitQuotes.join(List.of(piece("We are ready", true, said),
                piece("and the crews are too.", true, said + 1)), TEXT).size());
        // a line break between the pieces, though the cue is the same
        assertEquals(2, SplitQuotes.join(List.of(piece("Not yet", true, said), piece("Soon", true, said)), TEXT)
                .size());
        // not quotations
        assertEquals(2, SplitQuotes.join(List.of(piece("We are ready", false, said),
                piece("and the crews are too.", true, said)), TEXT).size());
        // no cue
        assertEquals(2, SplitQuotes.join(List.of(piece("We are ready", true, -1),
                piece("and the crews are too.", true, -1)), TEXT).size());
    }
}
