package org.concord.compare;

import static org.concord.compare.CorefTestDocs.doc;
import static org.concord.compare.CorefTestDocs.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.junit.jupiter.api.Test;

class EventCoreferenceTest {
    private static final AnnotatedDocument A = doc("a",
            "Gunman/gunman/NN shooting/shooting/NN at/at/IN Springfield/Springfield/NNP mall/mall/NN "
                    + "wounds/wound/VBZ three/three/CD shoppers/shopper/NNS",
            "Police/police/NNS arrested/arrest/VBD Homer/Homer/NNP Jones/Jones/NNP");
    private static final AnnotatedDocument B = doc("b",
            "Homer/Homer/NNP Jones/Jones/NNP shot/shoot/VBD three/three/CD shoppers/shopper/NNS at/at/IN "
                    + "Springfield/Springfield/NNP mall/mall/NN",
            "He/he/PRP was/be/VBD detained/detain/VBN");
    private static final AnnotatedDocument C = doc("c",
            "Shooting/shooting/NN at/at/IN Shelbyville/Shelbyville/NNP school/school/NN leaves/leave/VBZ "
                    + "teacher/teacher/NN dead/dead/JJ",
            "The/the/DT teenage/teenage/JJ suspect/suspect/NN fled/flee/VBD by/by/IN bus/bus/NN");

    @Test
    void nominalAndVerbalMentionsOfOneEventJoinAndOtherPredicatesStayApart() {
        CorefMention shootingA = mention(A, "shooting", 0);
        CorefMention shotB = mention(B, "shot", 0);
        CorefMention arrestedA = mention(A, "arrested", 0);
        CorefMention detainedB = mention(B, "detained", 0);
        CorefMention woundsA = mention(A, "wounds", 0);
        List<List<CorefMention>> clusters = EventCoreference.create().cluster(List.of(A, B),
                List.of(shootingA, woundsA, arrestedA, shotB, detainedB));
        assertEquals(clusterOf(clusters, shootingA), clusterOf(clusters, shotB));
        assertEquals(clusterOf(clusters, arrestedA), clusterOf(clusters, detainedB));
        assertNotEquals(clusterOf(clusters, shootingA), clusterOf(clusters, arrestedA));
        assertNotEquals(clusterOf(clusters, shootingA), clusterOf(clusters, woundsA));
        assertEquals(5, clusters.stream().mapToInt(List::size).sum());
    }

    @Test
    void theDocumentsGivenAreOneStorySoTheCallerKeepsOtherEventsOut() {
        // a shooting of another story joins when given in the same call: stories are formed before (StoryClusterer)
        CorefMention shootingA = mention(A, "shooting", 0);
        CorefMention shootingC = mention(C, "Shooting", 0);
        List<List<CorefMention>> together = EventCoreference.create().cluster(List.of(A, C),
                List.of(shootingA, shootingC));
        assertEquals(1, together.size());
        assertEquals(1, EventCoreference.create().cluster(List.of(C), List.of(shootingC)).size());
    }

    @Test
    void nominalisationsShareTheVerbStem() {
        assertEquals(EventLexicon.stem("shooting"), EventLexicon.stem("shoot"));
        assertEquals(EventLexicon.stem("nomination"), EventLexicon.stem("nominate"));
        assertEquals(EventLexicon.stem("injury"), EventLexicon.stem("injure"));
        assertNotEquals(EventLexicon.stem("sing"), EventLexicon.stem("sign"));
    }

    static int clusterOf(List<List<CorefMention>> clusters, CorefMention m) {
        for (int i = 0; i < clusters.size(); i++) {
            if (clusters.get(i).contains(m)) {
                return i;
            }
        }
        throw new AssertionError(m + " in no cluster");
    }
}
