package org.concord.quote;

import static org.concord.quote.HandDocs.doc;
import static org.concord.quote.HandDocs.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/** Quotations in marks and the cue that credits each, on hand-built annotations. */
class DirectQuotationTest {
    private static List<String> direct(AnnotatedDocument d) {
        List<QuoteMention> ms = HandDocs.run(d, new DirectQuotation(HandDocs.statementCues()));
        assertTrue(ms.stream().allMatch(QuoteMention::direct), ms.toString());
        return show(ms);
    }

    @Test
    void theSpeakerAfterTheQuotation() {
        assertEquals(List.of("The union will not back down | Lynch | name | said"), direct(doc(
                "“ The/DT union/NN will/MD not/RB back/VB down/RP , ” Lynch/NNP/PERSON said/VBD=say .")));
        // inverted: the speaker after the verb
        assertEquals(List.of("The union will not back down | the mayor | title | said"), direct(doc(
                "“ The/DT union/NN will/MD not/RB back/VB down/RP , ” said/VBD=say the/DT mayor/NN .")));
    }

    @Test
    void theSpeakerBeforeTheQuotation() {
        assertEquals(List.of("We will not accept this contract. | Lynch | name | told"), direct(doc(
                "Lynch/NNP/PERSON told/VBD=tell reporters/NNS : “ We/PRP will/MD not/RB accept/VB this/DT "
                        + "contract/NN . ”")));
    }

    @Test
    void aDashCredit() {
        assertEquals(List.of("Nobody expected this to happen. | Ed Mullins | name | null"), direct(doc(
                "“ Nobody/NN expected/VBD=expect this/DT to/TO happen/VB . ” — Ed/NNP/PERSON Mullins/NNP/PERSON")));
    }

    @Test
    void aPassageWithoutCueBorrowsTheOneBeforeIt() {
        // a second sentence of the same speaker in the paragraph
        assertEquals(List.of("We will win this fight | Lynch | name | said",
                        "We will not stop now. | Lynch | name | said"),
                direct(doc("“ We/PRP will/MD win/VB this/DT fight/NN , ” Lynch/NNP/PERSON said/VBD=say . “ We/PRP "
                        + "will/MD not/RB stop/VB now/RB . ”")));
        // a paragraph introduced by the one before it: the name it holds, not its verb
        assertEquals(List.of("We will not accept this contract. | Lynch | name | null"), direct(doc(
                "Lynch/NNP/PERSON said/VBD=say :",
                "“ We/PRP will/MD not/RB accept/VB this/DT contract/NN . ”")));
    }

    @Test
    void scareQuotesAndTitlesAreNotSpeech() {
        // two words with no cue of their own: not speech, even with a cue to borrow
        assertEquals(List.of("We will win this fight | Lynch | name | said"),
                direct(doc("“ We/PRP will/MD win/VB this/DT fight/NN , ” Lynch/NNP/PERSON said/VBD=say . He/PRP "
                        + "felt/VBD=feel “ very/RB tired/JJ ” ./.")));
        assertEquals(List.of(), direct(doc(
                "The/DT so-called/JJ “ deal/NN ” collapsed/VBD=collapse on/IN Friday/NNP .")));
        // a title with a speech verb of its own is kept: the cue vouches for it
        assertEquals(List.of("The Salt Marsh in Winter | null | pronoun | praised"), direct(doc(
                "She/PRP praised/VBD=praise “ The/DT Salt/NNP Marsh/NNP in/IN Winter/NNP ” on/IN Friday/NNP .")));
        assertEquals(List.of(), direct(doc(
                "She/PRP bought/VBD=buy “ The/DT Salt/NNP Marsh/NNP in/IN Winter/NNP ” on/IN Friday/NNP .")));
    }

    @Test
    void aVerbAfterAClauseIsNoCue() {
        // '," after two officers were killed, said': the subject does not open the clause after the quotation
        List<String> got = direct(doc("“ The/DT city/NN failed/VBD=fail them/PRP , ” after/IN two/CD officers/NNS "
                + "were/VBD=be killed/VBN=kill , said/VBD=say Lynch/NNP/PERSON ."));
        assertEquals(List.of("The city failed them | null | none | null"), got);
    }

    @Test
    void theNameAfterAPrepositionIsNotTheSubject() {
        // "Clinton spoke about the death of Crutcher in Tulsa, arguing: “…”": Crutcher is the object of "of"
        assertEquals(List.of("It is intolerable. | Hillary Clinton | name | arguing"), direct(doc(
                "Hillary/NNP/PERSON Clinton/NNP/PERSON spoke/VBD=speak about/IN the/DT death/NN of/IN "
                        + "Terence/NNP/PERSON Crutcher/NNP/PERSON in/IN Tulsa/NNP/LOCATION ,/, arguing/VBG=argue :/: "
                        + "“ It/PRP is/VBZ=be intolerable/JJ . ”")));
        // a subordinating conjunction opens a clause whose subject the name is
        assertEquals(List.of("We will not stop now. | Lynch | name | said"), direct(doc(
                "The/DT talks/NNS ended/VBD=end after/IN Lynch/NNP/PERSON said/VBD=say :/: “ We/PRP will/MD "
                        + "not/RB stop/VB now/RB . ”")));
    }

    @Test
    void anIntroducingParagraphGivesItsSubjectNotItsFirstName() {
        assertEquals(List.of("Any bank that fails should be broken up. | Clinton | name | null"), direct(doc(
                "Though/IN she/PRP called/VBD=call Wells/NNP/ORGANIZATION Fargo/NNP/ORGANIZATION 's/POS "
                        + "conduct/NN outrageous/JJ ,/, Clinton/NNP/PERSON said/VBD=say little/JJ more/JJR .",
                "“ Any/DT bank/NN that/WDT fails/VBZ=fail should/MD be/VB broken/VBN=break up/RP . ”")));
    }

    @Test
    void aNamedSubjectWithALongAppositionAfterTheQuotation() {
        // the verb 21 tokens after the closing mark: a name opening the clause is still its subject
        assertEquals(List.of("It is an invasion of the state domain | Scott Pruitt | name | said"), direct(doc(
                "“ It/PRP is/VBZ=be an/DT invasion/NN of/IN the/DT state/NN domain/NN , ” Scott/NNP/PERSON "
                        + "Pruitt/NNP/PERSON ,/, the/DT Republican/JJ attorney/NN general/NN of/IN "
                        + "Oklahoma/NNP/LOCATION ,/, one/CD of/IN the/DT states/NNS suing/VBG=sue the/DT "
                        + "agency/NN ,/, said/VBD=say on/IN Monday/NNP/DATE .")));
        // past the usual reach, a clause that does not open with a name gives no speaker
        assertEquals(List.of("It is an invasion of the state domain | null | none | null"), direct(doc(
                "“ It/PRP is/VBZ=be an/DT invasion/NN of/IN the/DT state/NN domain/NN , ” the/DT "
                        + "club/NN ,/, a/DT private/JJ course/NN of/IN about/RB three/CD hundred/CD acres/NNS "
                        + "near/IN the/DT old/JJ harbour/NN of/IN the/DT town/NN ,/, said/VBD=say on/IN "
                        + "Monday/NNP/DATE .")));
    }
}
