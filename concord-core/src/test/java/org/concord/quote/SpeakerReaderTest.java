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
        assertEquals("anonymous source | anonymous | A senior official | said", before(doc(
                "A/DT senior/JJ official/NN said/VBD=say"), "said"));
        // the plural subject of "said" is the speaker, not the source of the "according to" before it
        assertEquals("the police | title | police | said", before(doc(
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

    @Test
    void aPluralSubjectIsNotANameEarlierInTheSentence() {
        // the group is the subject of "say", not the person the first clause names
        assertEquals("elected officials from both parties | title | elected officials from both parties | say",
                before(doc("Although/IN Scott/NNP/PERSON lacks/VBZ=lack a/DT record/NN ,/, elected/VBN officials/NNS "
                        + "from/IN both/DT parties/NNS say/VBP=say he/PRP works/VBZ=work hard/RB ."), "say"));
        assertEquals("human rights groups | title | human rights groups | warned", before(doc(
                "Obama/NNP/PERSON said/VBD=say reforms/NNS were/VBD=be slow/JJ ,/, and/CC human/JJ rights/NNS "
                        + "groups/NNS warned/VBD=warn that/IN aid/NN would/MD end/VB=end ."), "warned"));
        // a name inside the phrase is read as before
        assertEquals("Clinton | name | Clinton | said", before(doc(
                "Clinton/NNP/PERSON aides/NNS said/VBD=say"), "said"));
        // an anonymous group stays anonymous
        assertEquals("anonymous source | anonymous | several officials | said", before(doc(
                "Trump/NNP/PERSON left/VBD=leave ,/, and/CC several/JJ officials/NNS said/VBD=say"), "said"));
    }

    @Test
    void theHeadOfANameAfterAnInvertedCueIsThePerson() {
        AnnotatedDocument d = doc("said/VBD=say European/NNP/ORGANIZATION Council/NNP/ORGANIZATION "
                + "President/NNP Donald/NNP/PERSON Tusk/NNP/PERSON .");
        TokenView view = new TokenView(d);
        assertEquals("Donald Tusk | name | Donald Tusk | said",
                show(view, new SpeakerReader(view).objectAfter(0, d.text().length())));
        AnnotatedDocument p = doc("said/VBD=say Hillary/NNP/PERSON Clinton/NNP/PERSON 's/POS campaign/NN "
                + "manager/NN Robby/NNP/PERSON Mook/NNP/PERSON .");
        TokenView pv = new TokenView(p);
        assertEquals("Robby Mook | name | Robby Mook | said",
                show(pv, new SpeakerReader(pv).objectAfter(0, p.text().length())));
        // an organisation alone, or one followed by a comma, is the speaker
        AnnotatedDocument o = doc("said/VBD=say the/DT United/NNP/ORGANIZATION Nations/NNP/ORGANIZATION ,/, "
                + "citing/VBG=cite Ban/NNP/PERSON Ki-moon/NNP/PERSON .");
        TokenView ov = new TokenView(o);
        assertEquals("United Nations | name | United Nations | said",
                show(ov, new SpeakerReader(ov).objectAfter(0, o.text().length())));
    }
}
