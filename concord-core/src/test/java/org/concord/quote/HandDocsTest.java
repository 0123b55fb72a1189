package org.concord.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.junit.jupiter.api.Test;

/** The test builder lays out text, sentences, tokens and mentions as its rules say, offsets into that text. */
class HandDocsTest {
    @Test
    void textSentencesAndMentionsFollowTheItems() {
        AnnotatedDocument d = HandDocs.doc(
                "“ We/PRP will/MD win/VB . ” Bill/NNP/PERSON de/NNP/PERSON Blasio/NNP/PERSON said/VBD=say .",
                "He/PRP left/VBD=leave | early/RB");
        assertEquals("“We will win.” Bill de Blasio said.\nHe left early", d.text());
        List<Sentence> ss = d.annotation().sentences();
        assertEquals(4, ss.size());
        assertEquals("“We will win.”", d.text().substring(ss.get(0).start(), ss.get(0).end()));
        assertEquals("Bill de Blasio said.", d.text().substring(ss.get(1).start(), ss.get(1).end()));
        assertEquals("He left", d.text().substring(ss.get(2).start(), ss.get(2).end()));
        assertEquals("say", ss.get(1).tokens().get(3).lemma());
        assertEquals("VBD", ss.get(1).tokens().get(3).pos());
        assertEquals("``", ss.get(0).tokens().get(0).pos());
        assertEquals("win", ss.get(0).tokens().get(3).lemma());
        for (Sentence s : ss) {
            s.tokens().forEach(t -> assertEquals(t.word(), d.text().substring(t.start(), t.end())));
        }
        List<Mention> ms = d.annotation().mentions();
        assertEquals(1, ms.size());
        assertEquals(new Mention(15, 29, "Bill de Blasio", "PERSON", 1), ms.get(0));
    }
}
