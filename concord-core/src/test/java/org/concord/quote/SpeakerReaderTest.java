package org.concord.quote;

import static org.concord.quote.HandDocs.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.concord.annotate.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/** The speaker of a cue: names, titles, roles, anonymous sources, pronouns and their antecedents. */
class SpeakerReaderTest {
    /**
     * "speaker | kind | source as written | cue" of the subject before the first {@code verb} of the document, read
     * from the start of its sentence as the rules do.
     */
    private static String before(AnnotatedDocument d, String verb) {
        TokenView view = new TokenView(d);
        int k = view.firstTokenAtOrAfter(d.text().indexOf(verb));
        int from = view.firstOf(d.annotation().sentences().get(view.sentenceOf(k)));
        return show(view, new SpeakerReader(view).subjectBefore(from, k));
    }

    private static String show(TokenView view, Cue c) {
        if (c == null) {
            return null;
        }
        String source = c.speakerStart() < 0 ? null : view.text().substring(c.speakerStart(), c.speakerEnd());
        return c.speaker() + " | " + c.kind().json() + " | " + source + " | " + c.verbText();
    }

    @Test
    void namesTitlesRolesAndAnonymousSources() {
        assertEquals("Bill de Blasio | name | Bill de Blasio | said", before(doc(
                "Mayor/NNP Bill/NNP/PERSON de/NNP/PERSON Blasio/NNP/PERSON said/VBD=say"), "said"));
        assertEquals("the police commissioner | title | The police commissioner | said", before(doc(
                "The/DT police/NN commissioner/NN said/VBD=say"), "said"));
        assertEquals("head of the union | title | head of the union | said", before(doc(
                "The/DT head/NN of/IN the/DT union/NN , who/WP spoke/VBD=speak first/RB , said/VBD=say"), "said"));
        assertEquals("anonymous source | anonymous | a senior official | said", before(doc(
                "According/VBG to/TO a/DT senior/JJ official/NN ,/, police/NNS said/VBD=say"), "said"));
        assertEquals("the police | title | Police | said", before(doc("Police/NNS said/VBD=say"), "said"));
    }

    @Test
    void pronounsTakeTheSubjectOfAnEarlierSentence() {
        AnnotatedDocument d = doc("The/DT rally/NN drew/VBD=draw Ana/NNP/PERSON Ruiz/NNP/PERSON , and/CC "
                + "Lynch/NNP/PERSON spoke/VBD=speak there/RB .", "Then/RB he/PRP said/VBD=say");
        // Ana Ruiz is named first but as an object; Lynch is the subject
        assertEquals("Lynch | pronoun | he | said", before(d, "said"));
        // "it" speaks only through a reporting verb
        assertNull(before(doc("It/PRP seems/VBZ=seem"), "seems"));
    }

    @Test
    void theSpeakerAfterAnInvertedCue() {
        AnnotatedDocument d = doc("said/VBD=say spokesman/NN Phil/NNP/PERSON Walzak/NNP/PERSON .");
        TokenView view = new TokenView(d);
        assertEquals("Phil Walzak | name | Phil Walzak | said",
                show(view, new SpeakerReader(view).objectAfter(0, d.text().length())));
        AnnotatedDocument ruling = doc("said/VBD=say the/DT ruling/NN .");
        TokenView rv = new TokenView(ruling);
        assertEquals("the ruling | title | the ruling | said",
                show(rv, new SpeakerReader(rv).objectAfter(0, ruling.text().length())));
        // nothing after the verb within the limit
        assertNull(new SpeakerReader(rv).objectAfter(0, 4));
    }

    @Test
    void theOwnerOfACueNoun() {
        AnnotatedDocument d = doc("Trump/NNP/PERSON 's/POS call/NN for/IN cuts/NNS");
        TokenView view = new TokenView(d);
        int call = view.firstTokenAtOrAfter(d.text().indexOf("call"));
        assertEquals("Trump | name | Trump | call", show(view, new SpeakerReader(view).possessor(0, call)));
        assertNull(new SpeakerReader(view).possessor(0, call + 2)); // "cuts": after a preposition, no owner
    }
}
