package org.concord.resolve;

import static org.concord.resolve.StoryDocs.doc;
import static org.concord.resolve.StoryDocs.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.concord.model.Entity;
import org.junit.jupiter.api.Test;

/** Short organisation names, team names the tagger missed, and pronouns the tagger took for names. */
class NameRulesTest {
    private static List<String> names(EntityIndex index) {
        return index.entities().stream().map(Entity::name).sorted().toList();
    }

    @Test
    void aShortOrganisationNameJoinsTheOneLongerNameItEndsButAPlaceDoesNot() {
        AnnotatedDocument a = doc("a",
                "The/the/DT San/San/NNP/ORGANIZATION Diego/Diego/NNP/ORGANIZATION Chargers/Chargers/NNPS/ORGANIZATION "
                        + "won/win/VBD in/in/IN North/North/NNP/LOCATION Philadelphia/Philadelphia/NNP/LOCATION "
                        + "./././O");
        AnnotatedDocument b = doc("b",
                "Chargers/Chargers/NNPS/ORGANIZATION fans/fan/NNS left/leave/VBD Philadelphia/Philadelphia/NNP/LOCATION "
                        + "and/and/CC the/the/DT Chargers/Chargers/NNPS flew/fly/VBD home/home/NN ./././O");
        EntityIndex index = EntityResolver.create().resolve(List.of(a, b));
        assertEquals(List.of("North Philadelphia", "Philadelphia", "San Diego Chargers"), names(index));
        int[] untagged = span(b, "Chargers", 1);
        assertEquals("San Diego Chargers", index.entityAt("b", untagged[0], untagged[1]).map(Entity::name)
                .orElse("-"));
    }

    @Test
    void aPronounTheTaggerTookForANameIsNoEntity() {
        AnnotatedDocument a = doc("a",
                "He/he/PRP/PERSON Says/say/VBZ Mark/Mark/NNP/PERSON Heller/Heller/NNP/PERSON Will/will/MD Appeal/appeal/VB");
        EntityIndex index = EntityResolver.create().resolve(List.of(a));
        assertEquals(List.of("Mark Heller"), names(index));
        assertTrue(index.resolveName("a", "He").isEmpty());
    }
}
