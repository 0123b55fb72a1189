package org.concord.quote;

import static org.concord.quote.HandDocs.doc;
import static org.concord.quote.HandDocs.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/** The facade: the rules in order, their mentions in text order, the modes and the filter's candidates. */
class QuoteExtractorTest {
    private static final AnnotatedDocument MIXED = doc("Lynch/NNP/PERSON called/VBD=call a/DT rival/NN “ a/DT "
            + "disgrace/NN to/TO the/DT city/NN , ” and/CC his/PRP$ claim/NN that/IN the/DT plan/NN would/MD fail/VB "
            + "was/VBD=be wrong/JJ .");

    @Test
    void mentionsOfAllRulesInTextOrder() {
        AnnotatedDocument d = doc(
                "Lynch/NNP/PERSON said/VBD=say that/IN the/DT union/NN would/MD strike/VB on/IN Monday/NNP .",
                "“ We/PRP will/MD win/VB this/DT fight/NN , ” Smith/NNP/PERSON said/VBD=say .",
                "The/DT statement/NN read/VBD=read :",
                "We/PRP will/MD not/RB accept/VB this/DT contract/NN .");
        assertEquals(List.of("the union would strike on Monday | Lynch | name | said",
                "We will win this fight | Smith | name | said",
                "We will not accept this contract. | the statement | title | read"),
                show(QuoteExtractor.create().extract(d)));
    }

    @Test
    void statementsLeaveOutLearnedCues() {
        assertEquals(List.of("a disgrace to the city | Lynch | name | called"),
                show(QuoteExtractor.create().extract(MIXED)));
        assertThrows(IllegalStateException.class, () -> QuoteExtractor.create().candidates(MIXED));
    }

    @Test
    void candidatesAddMixedAndExtraAlternatives() {
        List<AttributionCandidate> cs = QuoteExtractor.attributions().candidates(MIXED);
        assertEquals(List.of("direct 0 a disgrace to the city | Lynch | name | called",
                "direct 0 a rival “a disgrace to the city | Lynch | name | called",
                "extra 1 the plan would fail was wrong | Lynch | pronoun | claim"),
                cs.stream().map(c -> c.origin() + " " + c.group() + " " + show(c.mention())).toList());
        assertEquals(List.of("o=direct", "v=rule"), cs.get(0).features().subList(0, 2));
        assertEquals(List.of("o=direct", "v=mixed"), cs.get(1).features().subList(0, 2));
        // without a filter the rules' mentions stand as they are: no alternative to choose among
        assertEquals(List.of("a disgrace to the city | Lynch | name | called"),
                show(QuoteExtractor.attributions(CueLexicon.standard(), null).extract(MIXED)));
    }
}
