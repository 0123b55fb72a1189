package org.concord.quote;

import static org.concord.quote.HandDocs.doc;
import static org.concord.quote.HandDocs.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/** "According to X" reporting the clause after or before it, and what it leaves to reported speech. */
class AccordingToTest {
    private static List<QuoteMention> according(AnnotatedDocument d) {
        return HandDocs.run(d, new AccordingTo());
    }

    @Test
    void theClauseAfterOrBeforeTheSource() {
        List<QuoteMention> ms = according(doc("According/VBG to/TO Lynch/NNP/PERSON , the/DT talks/NNS have/VBP=have "
                + "collapsed/VBN=collapse entirely/RB ."));
        assertEquals(List.of("the talks have collapsed entirely | Lynch | name | According to"), show(ms));
        assertFalse(ms.get(0).direct());
        assertEquals(List.of("The talks have collapsed entirely | Lynch | name | according to"),
                show(according(doc("The/DT talks/NNS have/VBP=have collapsed/VBN=collapse entirely/RB , "
                        + "according/VBG to/TO Lynch/NNP/PERSON ."))));
        // an anonymous source's cue is the one word (a named source's is both)
        assertEquals(List.of("the talks have collapsed entirely | anonymous source | anonymous | According"),
                show(according(doc("According/VBG to/TO a/DT source/NN familiar/JJ with/IN them/PRP , the/DT "
                        + "talks/NNS have/VBP=have collapsed/VBN=collapse entirely/RB ."))));
    }

    @Test
    void noSourceNoClause() {
        assertEquals(List.of(), according(doc("According/VBG to/TO estimates/NNS , the/DT talks/NNS cost/VBD=cost "
                + "two/CD million/CD dollars/NNS .")));
        // the first "according to" decides: the second is not read once the first names no speaker
        assertEquals(List.of(), according(doc("According/VBG to/TO estimates/NNS , the/DT talks/NNS , "
                + "according/VBG to/TO Lynch/NNP/PERSON , cost/VBD=cost two/CD million/CD dollars/NNS .")));
        // too short to be a statement
        assertEquals(List.of(), according(doc("According/VBG to/TO Lynch/NNP/PERSON , talks/NNS failed/VBD=fail .")));
    }

    @Test
    void aSentenceWithAQuotationIsLeftAlone() {
        AnnotatedDocument d = doc("According/VBG to/TO Lynch/NNP/PERSON , “ the/DT talks/NNS have/VBP=have "
                + "collapsed/VBN=collapse entirely/RB . ”");
        assertEquals(1, according(d).size());
        List<QuoteMention> ms = HandDocs.run(d, new DirectQuotation(HandDocs.statementCues()), new AccordingTo());
        assertEquals(List.of("the talks have collapsed entirely. | Lynch | name | According to"), show(ms));
        // the one mention is the quotation's: the reported clause is not added beside it
        assertEquals(true, ms.get(0).direct());
    }

    @Test
    void itsSentenceHoldsNoOtherReportedSpeech() {
        AnnotatedDocument d = doc("According/VBG to/TO Lynch/NNP/PERSON , the/DT union/NN said/VBD=say that/IN "
                + "it/PRP would/MD strike/VB on/IN Monday/NNP .");
        // alone, reported speech takes the clause after "said" (its subject: the last person named before it)
        assertEquals(List.of("it would strike on Monday | Lynch | name | said"),
                show(HandDocs.run(d, new ReportedSpeech(HandDocs.statementCues()))));
        assertEquals(List.of("the union said that it would strike on Monday | Lynch | name | According to"),
                show(HandDocs.run(d, new AccordingTo(), new ReportedSpeech(HandDocs.statementCues()))));
    }
}
