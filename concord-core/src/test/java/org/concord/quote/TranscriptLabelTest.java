package org.concord.quote;

import static org.concord.quote.HandDocs.doc;
import static org.concord.quote.HandDocs.show;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/** Transcript lines in marks ("WALLACE: …") and the answers that run on after them, over direct quotation. */
class TranscriptLabelTest {
    private static List<String> quotations(AnnotatedDocument d) {
        return show(HandDocs.run(d, new DirectQuotation(HandDocs.statementCues()), new TranscriptLabel()));
    }

    private static final String LINE = "“ WALLACE/NNP/PERSON : We/PRP start/VBP=start with/IN the/DT economy/NN "
            + "tonight/NN . ”";

    @Test
    void aLabelledLineIsItsSpeakers() {
        AnnotatedDocument d = doc(LINE);
        // direct quotation alone takes the whole passage, with no speaker
        assertEquals(List.of("WALLACE: We start with the economy tonight. | null | none | null"),
                show(HandDocs.run(d, new DirectQuotation(HandDocs.statementCues()))));
        assertEquals(List.of("We start with the economy tonight. | WALLACE | name | null"), quotations(d));
    }

    @Test
    void anAnswerRunsOnOverTheNextParagraph() {
        assertEquals(List.of("We start with the economy tonight. | WALLACE | name | null",
                        "Well, we have created jobs across the state. | WALLACE | name | null"),
                quotations(doc(LINE, "“ Well/UH , we/PRP have/VBP=have created/VBN=create jobs/NNS across/IN "
                        + "the/DT state/NN . ”")));
    }

    @Test
    void textBetweenEndsTheAnswer() {
        assertEquals(List.of("We start with the economy tonight. | WALLACE | name | null",
                        "Well, we have created jobs across the state. | null | none | null"),
                quotations(doc(LINE, "The/DT crowd/NN cheered/VBD=cheer .", "“ Well/UH , we/PRP have/VBP=have "
                        + "created/VBN=create jobs/NNS across/IN the/DT state/NN . ”")));
    }

    @Test
    void aCapitalisedWordIsNoLabel() {
        assertEquals(List.of("Note: the offices are closed on Monday. | null | none | null"),
                quotations(doc("“ Note/NN : the/DT offices/NNS are/VBP=be closed/VBN=close on/IN Monday/NNP . ”")));
    }
}
