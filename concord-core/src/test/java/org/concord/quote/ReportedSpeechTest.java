package org.concord.quote;

import static org.concord.quote.HandDocs.doc;
import static org.concord.quote.HandDocs.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/** Reported speech after a reporting verb: opening and closing cues, quotations in the sentence, learned cues. */
class ReportedSpeechTest {
    private static final CueWords LEARNED = new CueWords(CueLexicon.standard(), true);

    private static List<String> reported(AnnotatedDocument d) {
        List<QuoteMention> ms = HandDocs.run(d, new ReportedSpeech(HandDocs.statementCues()));
        ms.forEach(m -> assertFalse(m.direct()));
        return show(ms);
    }

    @Test
    void theClauseAfterTheCue() {
        assertEquals(List.of("the union would strike on Monday | Lynch | name | said"), reported(doc(
                "Lynch/NNP/PERSON said/VBD=say that/IN the/DT union/NN would/MD strike/VB on/IN Monday/NNP .")));
        // "told" skips its object to the "that"
        assertEquals(List.of("the union would strike on Monday | Lynch | name | told"), reported(doc(
                "Lynch/NNP/PERSON told/VBD=tell reporters/NNS that/IN the/DT union/NN would/MD strike/VB on/IN "
                        + "Monday/NNP .")));
    }

    @Test
    void aTimeBetweenTheCueAndThatIsNotPartOfWhatWasSaid() {
        assertEquals(List.of("the union would strike on Monday | Lynch | name | said"), reported(doc(
                "Lynch/NNP/PERSON said/VBD=say Friday/NNP/DATE night/NN/DATE that/IN the/DT union/NN would/MD "
                        + "strike/VB on/IN Monday/NNP/DATE .")));
        // a time that opens the clause itself stays in it
        assertEquals(List.of("Monday would be the day of the strike | Lynch | name | said"), reported(doc(
                "Lynch/NNP/PERSON said/VBD=say Monday/NNP/DATE would/MD be/VB the/DT day/NN of/IN the/DT "
                        + "strike/NN .")));
    }

    @Test
    void aVerbWhoseOtherSenseIsTheSubjectsOwnActReportsOnlyBeforeAClause() {
        // "charged him with", "promised a bonus", "acknowledged the crowd": acts, not speech
        assertEquals(List.of(), reported(doc("Prosecutors/NNS charged/VBD=charge him/PRP with/IN murder/NN "
                + "conspiracy/NN on/IN Monday/NNP .")));
        assertEquals(List.of(), reported(doc("The/DT mayor/NN promised/VBD=promise every/DT driver/NN a/DT "
                + "bonus/NN next/JJ year/NN .")));
        assertEquals(List.of(), reported(doc("Lynch/NNP/PERSON acknowledged/VBD=acknowledge the/DT crowd/NN "
                + "with/IN a/DT nod/NN .")));
        // before "that" they report speech as any reporting verb does
        assertEquals(List.of("the plan was a fraud from the start | Lynch | name | charged"), reported(doc(
                "Lynch/NNP/PERSON charged/VBD=charge that/IN the/DT plan/NN was/VBD=be a/DT fraud/NN from/IN "
                        + "the/DT start/NN .")));
    }

    @Test
    void aSecondCueCoordinatedWithTheClauseOpensAStatementOfItsOwn() {
        // statements too, not only attributions: the group's warning is not part of what Obama emphasized
        assertEquals(List.of("the reforms were not complete | Obama | name | emphasized",
                "the administration was giving up leverage | human rights groups | title | warned"), reported(doc(
                "Obama/NNP/PERSON emphasized/VBD=emphasize that/IN the/DT reforms/NNS were/VBD=be not/RB "
                        + "complete/JJ ,/, and/CC human/JJ rights/NNS groups/NNS warned/VBD=warn that/IN the/DT "
                        + "administration/NN was/VBD=be giving/VBG=give up/RP leverage/NN .")));
    }

    @Test
    void theClauseBeforeTheCue() {
        assertEquals(List.of("The union would strike on Monday | Lynch | name | said"), reported(doc(
                "The/DT union/NN would/MD strike/VB on/IN Monday/NNP , Lynch/NNP/PERSON said/VBD=say .")));
        // inverted: the speaker after the cue
        assertEquals(List.of("The union would strike on Monday | Lynch | name | said"), reported(doc(
                "The/DT union/NN would/MD strike/VB on/IN Monday/NNP , said/VBD=say Lynch/NNP/PERSON .")));
    }

    @Test
    void noClauseNoMention() {
        assertEquals(List.of(), reported(doc("Lynch/NNP/PERSON said/VBD=say in/IN a/DT statement/NN .")));
        assertEquals(List.of(), reported(doc("Lynch/NNP/PERSON said/VBD=say no/DT .")));
        // under four words
        assertEquals(List.of(), reported(doc(
                "Lynch/NNP/PERSON said/VBD=say that/IN talks/NNS failed/VBD=fail badly/RB .")));
        assertEquals(List.of("talks failed very badly | Lynch | name | said"), reported(doc(
                "Lynch/NNP/PERSON said/VBD=say that/IN talks/NNS failed/VBD=fail very/RB badly/RB .")));
        // not a reporting verb in statement mode
        assertEquals(List.of(), reported(doc(
                "Lynch/NNP/PERSON blasted/VBD=blast the/DT plan/NN as/IN a/DT waste/NN of/IN money/NN .")));
    }

    @Test
    void aVerbRightAfterAQuotationIsItsCue() {
        AnnotatedDocument d = doc("“ We/PRP will/MD win/VB this/DT fight/NN , ” Lynch/NNP/PERSON said/VBD=say .");
        // alone it reads the sentence as a clause closed by its cue
        assertEquals(List.of("“We will win this fight | Lynch | name | said"), reported(d));
        // after the quotation rule it leaves the quotation to it
        assertEquals(List.of("We will win this fight | Lynch | name | said"), show(HandDocs.run(d,
                new DirectQuotation(HandDocs.statementCues()), new ReportedSpeech(HandDocs.statementCues()))));
    }

    @Test
    void learnedCuesAndCoordinatedCues() {
        AnnotatedDocument blasted = doc(
                "Lynch/NNP/PERSON blasted/VBD=blast the/DT plan/NN as/IN a/DT waste/NN of/IN money/NN .");
        assertEquals(List.of("the plan as a waste of money | Lynch | name | blasted"),
                show(HandDocs.run(blasted, new ReportedSpeech(LEARNED))));
        AnnotatedDocument two = doc("Lynch/NNP/PERSON said/VBD=say that/IN the/DT talks/NNS had/VBD=have "
                + "failed/VBN=fail badly/RB , but/CC Smith/NNP/PERSON said/VBD=say that/IN a/DT deal/NN was/VBD=be "
                + "still/RB possible/JJ .");
        // statements and attributions alike: the second cue opens a clause of its own
        assertEquals(List.of("the talks had failed badly | Lynch | name | said",
                "a deal was still possible | Smith | name | said"), reported(two));
        assertEquals(List.of("the talks had failed badly | Lynch | name | said",
                "a deal was still possible | Smith | name | said"), show(HandDocs.run(two, new ReportedSpeech(LEARNED))));
    }
}
