package org.concord.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.junit.jupiter.api.Test;

class PronounSpeakersTest {
    private static String speaker(AnnotatedDocument d, QuoteMention m) {
        return PronounSpeakers.resolve(d, List.of(m)).get(0).speaker();
    }

    @Test
    void theDocumentSettlesGenderFromHonorificsAndFromPronounsAfterALoneName() {
        AnnotatedDocument d = HandDocs.doc(
                "Ms./NNP Lind/NNP/PERSON met/VBD Tom/NNP/PERSON Berg/NNP/PERSON ./.",
                "Berg/NNP/PERSON said/VBD he/PRP/PERSON wanted/VBD a/DT deal/NN ./.",
                "He/PRP/PERSON added/VBD that/IN talks/NNS would/MD go/VB on/RP ./.",
                "Mr./NNP Sato/NNP/PERSON and/CC Ms./NNP Sato/NNP/PERSON came/VBD ./.");
        PersonGender g = PersonGender.of(d, SpanUnion.of(List.of()));
        assertEquals(PersonGender.Gender.FEMALE, g.of("Lind"));
        assertEquals(PersonGender.Gender.MALE, g.of("Tom Berg"));
        assertEquals(PersonGender.Gender.UNKNOWN, g.of("Sato"), "evidence both ways settles nothing");
        assertEquals(PersonGender.Gender.UNKNOWN, g.of("Nobody Here"));
        // a mention's own honorific still tells: "Ms. Sato" beside "Mr. Sato"
        int[] ms = QuoteDocs.span(d, "Sato", 1);
        org.concord.annotate.Mention second = d.annotation().mentions().stream()
                .filter(m -> m.start() == ms[0]).findFirst().orElseThrow();
        assertEquals(PersonGender.Gender.FEMALE, g.of(d.text(), second));
    }

    @Test
    void sheIsNeverAManTheDocumentCallsHe() {
        AnnotatedDocument d = HandDocs.doc(
                "Ms./NNP Lind/NNP/PERSON met/VBD Tom/NNP/PERSON Berg/NNP/PERSON ./.",
                "Berg/NNP/PERSON said/VBD he/PRP/PERSON wanted/VBD a/DT deal/NN ./.",
                "He/PRP/PERSON added/VBD that/IN talks/NNS would/MD go/VB on/RP ./.",
                "\u201c/`` We/PRP are/VBP close/JJ ,/, \u201d/'' she/PRP/PERSON said/VBD ./.");
        QuoteMention m = QuoteDocs.saidBy(d, "We are close,", "she", 0, "Tom Berg");
        assertEquals("Lind", speaker(d, m));
    }

    @Test
    void noAnswerRatherThanOneOfTheOtherGender() {
        AnnotatedDocument d = HandDocs.doc(
                "Mr./NNP Berg/NNP/PERSON spoke/VBD ./.",
                "\u201c/`` It/PRP is/VBZ over/RB ,/, \u201d/'' she/PRP/PERSON said/VBD ./.");
        assertNull(speaker(d, QuoteDocs.saidBy(d, "It is over,", "she", 0, "Berg")));
        // "he" keeps a speaker that agrees; a mention that needs no change comes back as it was
        AnnotatedDocument e = HandDocs.doc(
                "Mr./NNP Berg/NNP/PERSON spoke/VBD ./.",
                "\u201c/`` It/PRP is/VBZ over/RB ,/, \u201d/'' he/PRP/PERSON said/VBD ./.");
        QuoteMention m = QuoteDocs.saidBy(e, "It is over,", "he", 0, "Berg");
        assertSame(m, PronounSpeakers.resolve(e, List.of(m)).get(0));
    }

    @Test
    void aPossessorOrANameInsideQuotationMarksIsNotTheSpeakerWhenSomeoneElseIs() {
        AnnotatedDocument d = HandDocs.doc(
                "Scott/NNP/PERSON Reed/NNP/PERSON ,/, who/WP managed/VBD Bob/NNP/PERSON Dole/NNP/PERSON 's/POS "
                        + "campaign/NN ,/, spoke/VBD ./.",
                "\u201c/`` Ola/NNP/PERSON Lund/NNP/PERSON is/VBZ wrong/JJ ,/, \u201d/'' he/PRP/PERSON said/VBD ./.");
        assertEquals("Scott Reed", speaker(d, QuoteDocs.saidBy(d, "Ola Lund is wrong,", "he", 0, "Ola Lund")));
        // with no one else in its sentence, the possessor is the one meant: "Clinton's website ... she vows"
        AnnotatedDocument e = HandDocs.doc(
                "Ms./NNP Kerr/NNP/PERSON 's/POS website/NN is/VBZ new/JJ ./.",
                "\u201c/`` Vote/VB ,/, \u201d/'' she/PRP/PERSON said/VBD ./.");
        assertEquals("Kerr", speaker(e, QuoteDocs.saidBy(e, "Vote,", "she", 0, null)));
    }

    @Test
    void aPronounThatOpensTheSentenceBeforeContinuesTheSameChain() {
        AnnotatedDocument d = HandDocs.doc(
                "Jason/NNP/PERSON Miller/NNP/PERSON spoke/VBD to/TO reporters/NNS ./.",
                "However/RB ,/, he/PRP/PERSON could/MD not/RB explain/VB a/DT remark/NN by/IN Ivo/NNP/PERSON "
                        + "Tamm/NNP/PERSON ./.",
                "\u201c/`` We/PRP lack/VBP data/NNS ,/, \u201d/'' he/PRP/PERSON said/VBD ./.");
        assertEquals("Jason Miller", speaker(d, QuoteDocs.saidBy(d, "We lack data,", "he", 1, "Ivo Tamm")));
    }

    @Test
    void theyAndIAreLeftAsTheExtractorReadThem() {
        AnnotatedDocument d = HandDocs.doc(
                "Ms./NNP Lind/NNP/PERSON spoke/VBD ./.",
                "\u201c/`` No/DT ,/, \u201d/'' they/PRP said/VBD ./.");
        QuoteMention m = QuoteDocs.saidBy(d, "No,", "they", 0, "the union");
        assertSame(m, PronounSpeakers.resolve(d, List.of(m)).get(0));
    }
}
