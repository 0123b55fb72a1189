package org.concord.quote;

import static org.concord.quote.HandDocs.doc;
import static org.concord.quote.HandDocs.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/** Statements quoted as a paragraph without marks after a paragraph that ends in a colon and speaks. */
class BlockStatementTest {
    private static final String BLOCK = "We/PRP will/MD not/RB accept/VB this/DT contract/NN .";

    private static List<QuoteMention> blocks(AnnotatedDocument d) {
        return HandDocs.run(d, new BlockStatement());
    }

    @Test
    void theIntroducingSentenceGivesTheSpeaker() {
        List<QuoteMention> ms = blocks(doc(
                "Lynch/NNP/PERSON told/VBD=tell reporters/NNS after/IN the/DT meeting/NN :", BLOCK));
        assertEquals(List.of("We will not accept this contract. | Lynch | name | told"), show(ms));
        assertTrue(ms.get(0).direct());
    }

    @Test
    void aStatementWithoutASpeaker() {
        assertEquals(List.of("We will not accept this contract. | the statement | title | read"),
                show(blocks(doc("The/DT statement/NN read/VBD=read :", BLOCK))));
        // "statement" without a speech verb: speech with no speaker
        assertEquals(List.of("We will not accept this contract. | null | none | null"),
                show(blocks(doc("A/DT statement/NN followed/VBD=follow :", BLOCK))));
    }

    @Test
    void notEveryColonIntroducesAStatement() {
        // the introducing paragraph does not speak
        assertEquals(List.of(), blocks(doc("The/DT schedule/NN is/VBZ=be as/IN follows/VBZ=follow :", BLOCK)));
        // the block holds a quotation mark: left to direct quotation
        assertEquals(List.of(), blocks(doc("Lynch/NNP/PERSON said/VBD=say :",
                "“ We/PRP will/MD not/RB accept/VB this/DT contract/NN . ”")));
        // under four words
        assertEquals(List.of(), blocks(doc("Lynch/NNP/PERSON said/VBD=say :", "No/DT deal/NN .")));
    }
}
