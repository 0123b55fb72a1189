package org.concord.eval.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.time.Timex;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpTimexTaggerTest {
    private static Timex timex(String tid, String type, String value) {
        return new Timex(type, value, null, tid, null, -1, -1);
    }

    @Test
    void piecesOfOneTimexAreJoinedIntoOneSpan() {
        String text = "on Sunday night and Monday, Monday";
        //             0123456789012345678901234567890123
        Timex sunNight = timex("t1", "TIME", "2000-04-23TNI");
        Timex monday = timex("t2", "DATE", "2000-04-24");
        Timex monday2 = timex("t3", "DATE", "2000-04-24");
        List<TimexSpan> spans = CoreNlpTimexTagger.join(text, List.of(
                new CoreNlpTimexTagger.Piece(10, 15, sunNight),   // "night" (given out of order)
                new CoreNlpTimexTagger.Piece(3, 9, sunNight),     // "Sunday"
                new CoreNlpTimexTagger.Piece(20, 26, monday),     // "Monday"
                new CoreNlpTimexTagger.Piece(28, 34, monday2)));  // "Monday" again, another timex
        assertEquals(List.of(
                TimexSpan.of(3, 15, "TIME", "2000-04-23TNI"),
                TimexSpan.of(20, 26, "DATE", "2000-04-24"),
                TimexSpan.of(28, 34, "DATE", "2000-04-24")), spans);
    }

    @Test
    void piecesOfOneTimexApartAreNotJoined() {
        String text = "Sunday, and night";
        Timex t = timex("t1", "TIME", "2000-04-23TNI");
        List<TimexSpan> spans = CoreNlpTimexTagger.join(text, List.of(
                new CoreNlpTimexTagger.Piece(0, 6, t), new CoreNlpTimexTagger.Piece(12, 17, t)));
        assertEquals(2, spans.size());
    }
}
