package org.concord.eval.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader's text of an ECB+ document, and where each corpus token lies in it. */
class EcbTextTest {
    private static EcbDocument doc(String... sentences) {
        List<List<String>> s = Arrays.stream(sentences).map(x -> List.of(x.split(" "))).toList();
        return new EcbDocument("1_1ecbplus", "1", "dev", s, List.of());
    }

    private static String word(EcbText.Built b, int s, int i) {
        return b.text().substring(b.start()[s][i], b.end()[s][i]);
    }

    @Test
    void punctuationCliticsAndQuotesAreJoinedAsTheyArePrinted() {
        EcbText.Built b = EcbText.build(doc(
                "People said Reid 's representative did n't confirm the `` American Pie '' star 's stay ( at Promises ) .",
                "It cost $ 5 , a 24 % drop : the world ’ s \" best \" deal !"));
        assertEquals("People said Reid's representative didn't confirm the \u201cAmerican Pie\u201d star's stay "
                + "(at Promises). It cost $5, a 24% drop: the world\u2019s \u201cbest\u201d deal!", b.text());
        assertEquals("'s", word(b, 0, 3));
        assertEquals("\u201c", word(b, 0, 9));
        assertEquals("Pie", word(b, 0, 11));
        assertEquals("\u201d", word(b, 1, 16));
    }

    @Test
    void aLineWithoutTerminalPunctuationEndsItsLineAndTheUrlLineIsLeftOut() {
        EcbText.Built b = EcbText.build(doc(
                "http : / / www . example . com / story",
                "Lohan checks into rehab",
                "May 03 , 2013",
                "Lindsay Lohan has checked in .",
                "She is there ."));
        assertEquals("Lohan checks into rehab\nMay 03, 2013\nLindsay Lohan has checked in. She is there.", b.text());
        assertEquals(-1, b.start()[0][0]);
        assertEquals("Lindsay", word(b, 3, 0));
        assertEquals("She", word(b, 4, 0));
    }

    @Test
    void wordsAndNumbersASplittingTokenizerTookApartAreJoinedAgain() {
        EcbText.Built split = EcbText.build(doc(
                "An 86 - yard run at 4 : 31 before 13 , 000 fans on June 8 , 2013 in California - the state ."));
        assertEquals("An 86-yard run at 4:31 before 13,000 fans on June 8, 2013 in California - the state.",
                split.text());
        assertEquals("yard", word(split, 0, 3));
        // a document that keeps hyphenated words whole wrote its hyphens as dashes
        EcbText.Built whole = EcbText.build(doc("A short-lived show - the worst ."));
        assertEquals("A short-lived show - the worst.", whole.text());
    }
}
