package org.concord.resolve;

import static org.concord.resolve.StoryDocs.doc;
import static org.concord.resolve.StoryDocs.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.concord.model.Entity;
import org.junit.jupiter.api.Test;

/** Nouns and pronouns of a story linked to its named entities, found by span through the index. */
class DescriptorsTest {
    private static String at(EntityIndex index, AnnotatedDocument d, String words, int n) {
        int[] s = span(d, words, n);
        return index.entityAt(d.id(), s[0], s[1]).map(Entity::name).orElse("-");
    }

    private static final AnnotatedDocument A = doc("a",
            "Tara/Tara/NNP/PERSON Reid/Reid/NNP/PERSON ,/,/, the/the/DT actress/actress/NN ,/,/, entered/enter/VBD "
                    + "Promises/Promises/NNP/ORGANIZATION ./././O",
            "She/she/PRP thanked/thank/VBD her/she/PRP$ fans/fan/NNS ,/,/, a/a/DT spokesman/spokesman/NN "
                    + "said/say/VBD ./././O");
    private static final AnnotatedDocument B = doc("b",
            "The/the/DT actress/actress/NN left/leave/VBD rehab/rehab/NN ,/,/, her/she/PRP$ father/father/NN "
                    + "said/say/VBD ./././O");
    private static final AnnotatedDocument C = doc("c",
            "Lindsay/Lindsay/NNP/PERSON Lohan/Lohan/NNP/PERSON ,/,/, who/who/WP faces/face/VBZ jail/jail/NN ,/,/, "
                    + "is/be/VBZ in/in/IN rehab/rehab/NN ./././O",
            "The/the/DT star/star/NN checked/check/VBD in/in/RP ./././O");

    @Test
    void aRoleTheStoryGivesOneNameStandsForItInEveryDocument() {
        EntityIndex index = EntityResolver.create().resolve(List.of(A, B, C));
        assertEquals("Tara Reid", at(index, A, "actress", 0));   // the apposition itself
        assertEquals("Tara Reid", at(index, B, "actress", 0));   // a document that names no one
        assertEquals("Tara Reid", at(index, A, "She", 0));
        assertEquals("Tara Reid", at(index, A, "her", 0));
        assertEquals("-", at(index, A, "spokesman", 0));         // an informant, not the participant
    }

    @Test
    void salienceTakesTheDocumentsMainPersonButNotSomeoneElsesRelative() {
        EntityIndex index = EntityResolver.create().resolve(List.of(A, B, C));
        assertEquals("Lindsay Lohan", at(index, C, "star", 0));  // "star": a person by its second WordNet sense
        assertEquals("Lindsay Lohan", at(index, C, "who", 0));
        assertEquals("-", at(index, B, "father", 0));            // "her father" is not her
        assertEquals("-", at(index, C, "jail", 0));
    }

    @Test
    void aNounThatHeadsOneOrganisationNameIsThatOrganisation() {
        AnnotatedDocument d = doc("d",
                "The/the/DT Indian/Indian/NNP/ORGANIZATION Navy/Navy/NNP/ORGANIZATION sank/sink/VBD a/a/DT "
                        + "ship/ship/NN ./././O",
                "The/the/DT navy/navy/NN said/say/VBD it/it/PRP fired/fire/VBD ./././O");
        EntityIndex index = EntityResolver.create().resolve(List.of(d));
        assertEquals("Indian Navy", at(index, d, "navy", 0));
        assertEquals("Indian Navy", at(index, d, "it", 0));
        assertEquals("-", at(index, d, "ship", 0));
    }

    @Test
    void nounsAndPronounsAreNotNamesOfTheEntityList() {
        EntityIndex index = EntityResolver.create().resolve(List.of(A, B, C));
        Entity reid = index.entities().stream().filter(e -> e.name().equals("Tara Reid")).findFirst().orElseThrow();
        assertEquals(1, reid.mentions());
        assertEquals(List.of(), reid.aliases());
        assertEquals(List.of("a"), reid.documents());
    }
}
