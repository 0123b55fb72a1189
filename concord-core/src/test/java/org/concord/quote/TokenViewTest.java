package org.concord.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.concord.annotate.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/** The token view's look-ups: tokens by offset, sentences, paragraphs, quoted passages and the shared predicates. */
class TokenViewTest {
    private final AnnotatedDocument doc = HandDocs.doc(
            "Lynch/NNP/PERSON said/VBD=say : “ We/PRP will/MD win/VB this/DT fight/NN . ”",
            "The/DT Salt/NNP Marsh/NNP in/IN Winter/NNP opened/VBD=open , according/VBG to/TO critics/NNS .");
    private final TokenView view = new TokenView(doc);

    @Test
    void tokensAreIndexedAcrossSentencesWithTheirSentence() {
        String text = view.text();
        assertEquals(doc.annotation().tokenCount(), view.size());
        int we = text.indexOf("We");
        int k = view.firstTokenAtOrAfter(we);
        assertEquals("We", view.token(k).word());
        assertEquals(k - 1, view.firstTokenAtOrAfter(we - 1)); // the opening mark, right before it
        assertEquals(k + 1, view.firstTokenAtOrAfter(we + 1));
        assertEquals("“", view.token(view.lastTokenBefore(we)).word());
        assertEquals(-1, view.lastTokenBefore(0));
        assertEquals(view.size(), view.firstTokenAtOrAfter(text.length()));
        int the = view.firstTokenAtOrAfter(text.indexOf("The Salt"));
        assertEquals(0, view.sentenceOf(k));
        assertEquals(1, view.sentenceOf(the));
        assertEquals(the, view.firstOf(doc.annotation().sentences().get(1)));
    }

    @Test
    void paragraphsAreLines() {
        String text = view.text();
        int second = text.indexOf('\n') + 1;
        assertEquals(0, view.paragraphStart(5));
        assertEquals(second, view.paragraphStart(second + 3));
        assertEquals(second - 1, view.paragraphEnd(0));
        assertEquals(text.length(), view.paragraphEnd(second));
        assertEquals(0, view.sentenceStartBefore(3));
    }

    @Test
    void quotedPassagesAndMarks() {
        String text = view.text();
        assertEquals(1, view.passages().size());
        QuoteMarks.Passage p = view.passages().get(0);
        assertEquals("We will win this fight.", text.substring(p.start(), p.end()));
        assertTrue(view.insideQuote(text.indexOf("fight")));
        assertFalse(view.insideQuote(text.indexOf("Lynch")));
        assertTrue(view.hasQuoteMark(0, text.indexOf('\n')));
        assertFalse(view.hasQuoteMark(text.indexOf('\n'), text.length()));
        assertTrue(view.isQuoteMark(view.lastTokenBefore(text.indexOf("We"))));
        assertTrue(view.endsParagraph(p));
    }

    @Test
    void wordsTitlesAndClauses() {
        String text = view.text();
        assertEquals(7, view.countWords(0, text.indexOf('\n'))); // "Lynch said" and five quoted words
        int salt = text.indexOf("The Salt");
        int opened = text.indexOf(" opened");
        assertTrue(view.isTitleCase(salt, opened));
        assertFalse(view.isTitleCase(salt, text.length())); // "opened", "according": lower case, ends in "."
        int the = view.firstTokenAtOrAfter(salt);
        assertEquals("opened", view.token(view.clauseEnd(the, text.length()) - 1).word());
        int according = view.firstTokenAtOrAfter(text.indexOf("according"));
        assertTrue(view.isAccordingTo(according));
        assertFalse(view.isAccordingTo(according + 1));
        assertEquals("opened", view.token(view.nextFinite(the)).word());
        assertTrue(view.onlyPunctuation(according - 1, according));
        assertFalse(view.onlyPunctuation(according - 1, according + 1));
    }
}
