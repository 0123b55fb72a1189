package org.concord.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.concord.model.Entity;
import org.concord.model.EntityType;
import org.concord.model.Occurrence;
import org.concord.model.Quote;
import org.concord.model.Speaker;
import org.concord.model.Story;
import org.junit.jupiter.api.Test;

class StableIdsTest {
    private static Story story(List<Entity> entities, List<Quote> quotes) {
        return new Story("s-a", "Headline", List.of("a", "b"), List.of(), List.of(), entities, quotes, List.of(),
                List.of());
    }

    private static Entity entity(String id, String name, EntityType type) {
        return new Entity(id, name, type, List.of(name), List.of(), List.of("a"), 1);
    }

    private static Quote quote(String id, String speakerEntity, String doc, int start) {
        return new Quote(id, "words", new Speaker("Bill de Blasio", speakerEntity),
                List.of(new Occurrence(doc, start, start + 5, "words", "said", true)));
    }

    @Test
    void idsFollowTheEvidenceNotThePosition() {
        Story one = StableIds.apply(story(List.of(entity("e1", "Bill de Blasio", EntityType.PERSON),
                entity("e2", "Patrick Lynch", EntityType.PERSON)), List.of(quote("q1", "e1", "a", 10), quote("q2", "e2", "b", 4))));
        Story two = StableIds.apply(story(List.of(entity("e1", "Patrick Lynch", EntityType.PERSON),
                entity("e2", "Bill de Blasio", EntityType.PERSON)), List.of(quote("q1", "e2", "b", 4), quote("q2", "e2", "a", 10))));
        assertEquals("e-bill-de-blasio", one.entities().get(0).id());
        assertEquals(one.entities().get(0).id(), two.entities().get(1).id());
        assertEquals(one.quotes().get(0).id(), two.quotes().get(1).id(), "a quote's id is where it first appears");
        assertEquals("e-bill-de-blasio", one.quotes().get(0).speaker().entity(), "speakers are relinked");
        assertEquals("e-bill-de-blasio", two.quotes().get(0).speaker().entity());
    }

    @Test
    void sameNamedEntitiesStayApart() {
        Story s = StableIds.apply(story(List.of(entity("e1", "Lindmouth", EntityType.LOCATION),
                entity("e2", "Lindmouth", EntityType.ORGANIZATION)), List.of()));
        assertNotEquals(s.entities().get(0).id(), s.entities().get(1).id());
        assertEquals("\u0437\u0435\u043b\u0435\u043d\u0441\u043a\u0438\u0439",
                StableIds.slug("\u0417\u0435\u043b\u0435\u043d\u0441\u043a\u0438\u0439"), "letters of any script");
    }
}
