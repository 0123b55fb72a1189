package org.concord.quote;

import static org.concord.quote.HandDocs.doc;
import static org.concord.quote.HandDocs.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/** Participle cues (", adding that …") as the reported-speech walk reads them, and on their own. */
class ParticipleTest {
    private static List<String> walk(AnnotatedDocument d) {
        return show(HandDocs.run(d, new DirectQuotation(HandDocs.statementCues()),
                new ReportedSpeech(HandDocs.statementCues())));
    }

    @Test
    void theSpeakerOfTheQuotationBefore() {
        assertEquals(List.of("We will win this fight | Lynch | name | said",
                        "the union would not back down | Lynch | name | adding"),
                walk(doc("“ We/PRP will/MD win/VB this/DT fight/NN , ” Lynch/NNP/PERSON said/VBD=say , "
                        + "adding/VBG=add that/IN the/DT union/NN would/MD not/RB back/VB down/RP .")));
    }

    @Test
    void aParticipleThatEndsTheDocumentGivesNoClauseAndNoError() {
        assertEquals(List.of("We will win this fight | Lynch | name | said"),
                walk(doc("“ We/PRP will/MD win/VB this/DT fight/NN , ” Lynch/NNP/PERSON said/VBD=say , "
                        + "adding/VBG=add")));
    }

    @Test
    void theQuotationsSpeakerBeforeTheMainVerbsSubject() {
        assertEquals(List.of("we will win this fight | Lynch | name | said",
                        "the union would not back down | Lynch | name | adding"),
                walk(doc("The/DT mayor/NN spoke/VBD=speak first/RB , and/CC “ we/PRP will/MD win/VB this/DT "
                        + "fight/NN , ” Lynch/NNP/PERSON said/VBD=say , adding/VBG=add that/IN the/DT union/NN "
                        + "would/MD not/RB back/VB down/RP .")));
    }

    @Test
    void elseTheSubjectOfTheMainVerb() {
        assertEquals(List.of("it was unsafe for traffic | the authorities | title | saying"),
                walk(doc("Authorities/NNS closed/VBD=close the/DT bridge/NN on/IN Friday/NNP , saying/VBG=say "
                        + "that/IN it/PRP was/VBD=be unsafe/JJ for/IN traffic/NN .")));
        // no finite verb before it: no speaker, no clause
        assertEquals(List.of(), walk(doc("In/IN other/JJ news/NN , saying/VBG=say that/IN the/DT bridge/NN "
                + "was/VBD=be unsafe/JJ .")));
    }

    @Test
    void onlyAGerundAfterACommaIsAParticipleCue() {
        AnnotatedDocument d = doc("Lynch/NNP/PERSON kept/VBD=keep saying/VBG=say that/IN the/DT union/NN "
                + "would/MD strike/VB , adding/VBG=add that/IN it/PRP would/MD last/VB weeks/NNS .");
        TokenView view = new TokenView(d);
        SentenceScope s = SentenceScope.of(view, 0, List.of(), List.of());
        int saying = view.firstTokenAtOrAfter(d.text().indexOf("saying"));
        int adding = view.firstTokenAtOrAfter(d.text().indexOf("adding"));
        assertFalse(Participle.at(view, s, saying));
        assertTrue(Participle.at(view, s, adding));
        // read on its own, "adding" takes the speaker of the clause found before it in the walk
        List<QuoteMention> found = new ArrayList<>();
        found.add(view.mention(0, 5, Cue.ofSpeaker("Lynch", 0, 5, SpeakerKind.NAME), false));
        Participle.read(view, new SpeakerReader(view), s, adding, found);
        assertEquals(List.of("Lynch | Lynch | name | null", "it would last weeks | Lynch | name | adding"),
                show(found));
    }
}
