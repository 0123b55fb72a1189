package org.concord.quote;

import static org.concord.quote.HandDocs.doc;
import static org.concord.quote.HandDocs.show;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/** Transcript lines printed without marks ("BELLAMY: …"), credited to the person the article names. */
class TranscriptLineTest {
    private static List<String> lines(AnnotatedDocument d) {
        return show(HandDocs.run(d, new TranscriptLine()));
    }

    private static final String INTRO = "Prosecutor/NN Joan/NNP/PERSON Bellamy/NNP/PERSON questioned/VBD=question "
            + "Anton/NNP/PERSON Kovac/NNP/PERSON :";

    @Test
    void aLabelledParagraphIsTheNamedPersonsWords() {
        assertEquals(List.of("Did he hand you an envelope? | Joan Bellamy | name | null",
                        "He handed me a menu. | Anton Kovac | name | null"),
                lines(doc(INTRO, "BELLAMY/NNP : Did/VBD=do he/PRP hand/VB you/PRP an/DT envelope/NN ?",
                        "KOVAC/NNP : He/PRP handed/VBD=hand me/PRP a/DT menu/NN .")));
    }

    @Test
    void aLabelNamingNoOneInTheArticleOpensNoQuote() {
        // a section label and an unnamed interviewer are not speakers
        assertEquals(List.of(), lines(doc(INTRO, "UPDATE/NNP : The/DT trial/NN resumes/VBZ=resume today/NN .",
                "Q/NNP : Were/VBD=be you/PRP the/DT second/JJ choice/NN ?")));
        // a label alone, with nothing said after it, is no line
        assertEquals(List.of(), lines(doc(INTRO, "BELLAMY/NNP : Yes/UH")));
    }
}
