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
    void nominalAndVerbalMentionsOfOneEventJoinAndAnotherEventStaysApart() {
        CorefMention shootingA = mention(A, "shooting", 0, "EVENT");
        CorefMention shotB = mention(B, "shot", 0, "EVENT");
        CorefMention shootingC = mention(C, "Shooting", 0, "EVENT");
        CorefMention arrestedA = mention(A, "arrested", 0, "EVENT");
        CorefMention detainedB = mention(B, "detained", 0, "EVENT");
        List<List<CorefMention>> clusters = EventCoreference.create().cluster(List.of(A, B, C),
                List.of(shootingA, arrestedA, shotB, detainedB, shootingC));
        assertEquals(clusterOf(clusters, shootingA), clusterOf(clusters, shotB));
        assertEquals(clusterOf(clusters, arrestedA), clusterOf(clusters, detainedB));
        assertNotEquals(clusterOf(clusters, shootingA), clusterOf(clusters, shootingC));
        assertNotEquals(clusterOf(clusters, shootingA), clusterOf(clusters, arrestedA));
        assertEquals(5, clusters.stream().mapToInt(List::size).sum());
    }

    @Test
    void documentsOfOneEventGroupTogether() {
        int[] g = DocumentGroups.create().group(List.of(A, B, C));
        assertEquals(g[0], g[1]);
        assertNotEquals(g[0], g[2]);
    }

    @Test
    void oneGroupForDocumentsKnownToReportOneEvent() {
        assertEquals(List.of(0, 0, 0), java.util.Arrays.stream(DocumentGroups.single().group(List.of(A, B, C)))
                .boxed().toList());
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
