package org.concord.resolve;

import static org.concord.resolve.StoryDocs.doc;
import static org.concord.resolve.StoryDocs.docIn;
import static org.concord.resolve.StoryDocs.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.annotate.AnnotatedDocument;
import org.concord.model.Entity;
import org.concord.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Who is who in a story (issue 17): family-name-first names and bare names, pronouns that are never entities, a
 * name's type read from the noun beside it, and near-spellings merged only on evidence.
 */
class WhoIsWhoTest {
    private static List<String> names(EntityIndex index) {
        return index.entities().stream().map(Entity::name).sorted().toList();
    }

    private static Entity named(EntityIndex index, String name) {
        return index.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + names(index)));
    }

    private static String at(EntityIndex index, AnnotatedDocument d, String words, int n) {
        int[] s = span(d, words, n);
        return index.entityAt(d.id(), s[0], s[1]).map(Entity::name).orElse("-");
    }

    @Test
    void aPossessorInAnAppositionIsNotTheRoleOfTheName() {
        AnnotatedDocument a = doc("a",
                "Jerry/Jerry/NNP/PERSON Ortiz/Ortiz/NNP/PERSON ,/,/, a/a/DT deputy/deputy/NN ,/,/, died/die/VBD "
                        + "./././O",
                "Chela/Chela/NNP/PERSON Ortiz/Ortiz/NNP/PERSON ,/,/, the/the/DT deputy/deputy/NN 's/'s/POS "
                        + "wife/wife/NN ,/,/, wept/weep/VBD ./././O");
        AnnotatedDocument b = doc("b", "The/the/DT deputy/deputy/NN was/be/VBD shot/shoot/VBN ./././O");
        EntityIndex index = EntityResolver.create().resolve(List.of(a, b));
        assertEquals("Jerry Ortiz", at(index, b, "deputy", 0));
    }

    @Test
    void pronounsTheTaggerTookForNamesAreNeverEntitiesNamesOrAliases() {
        AnnotatedDocument a = doc("a",
                "HE/he/PRP/PERSON SAID/say/VBD NO/no/DT ./././O",
                "He/He/NNP/PERSON Yafei/Yafei/NNP/PERSON met/meet/VBD the/the/DT press/press/NN ./././O",
                "He/he/PRP/PERSON said/say/VBD It/it/PRP/ORGANIZATION would/would/MD help/help/VB "
                        + "They/they/PRP/ORGANIZATION and/and/CC She/she/PRP/PERSON agreed/agree/VBD ./././O",
                "\u201cShe/she/PRP/PERSON left/leave/VBD ./././O");
        EntityIndex index = EntityResolver.create().resolve(List.of(a));
        assertEquals(List.of("He Yafei"), names(index));
        Set<String> pronouns = Set.of("he", "she", "they", "it", "him", "her", "them");
        for (Entity e : index.entities()) {
            assertFalse(pronouns.contains(e.name().toLowerCase(Locale.ROOT)), e.name());
            for (String alias : e.aliases()) {
                assertFalse(pronouns.contains(alias.toLowerCase(Locale.ROOT)), e.name() + " has alias " + alias);
            }
        }
    }
}
