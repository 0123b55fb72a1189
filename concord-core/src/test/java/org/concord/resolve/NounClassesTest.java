package org.concord.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** WordNet classes and categories of the nouns a name may stand beside. */
class NounClassesTest {
    @Test
    void categoriesComeFromTheFirstSensesHypernyms() {
        assertEquals(NounClasses.Category.PUBLICATION, NounClasses.category("magazine"));
        assertEquals(NounClasses.Category.PUBLICATION, NounClasses.category("newspaper"));
        assertEquals(NounClasses.Category.ORGANIZATION, NounClasses.category("company"));
        assertEquals(NounClasses.Category.ORGANIZATION, NounClasses.category("firm"));
        assertEquals(NounClasses.Category.FACILITY, NounClasses.category("plant"));
        assertEquals(NounClasses.Category.FACILITY, NounClasses.category("factory"));
        assertEquals(NounClasses.Category.FACILITY, NounClasses.category("airport"));
        assertEquals(NounClasses.Category.PLACE, NounClasses.category("town"));
        assertEquals(NounClasses.Category.PLACE, NounClasses.category("state"));
    }

    @Test
    void supersensesWiderThanTheCategoriesDoNotCount() {
        // noun.location and noun.communication first senses that name no place and no publication
        for (String noun : new String[] {"end", "center", "source", "icon", "figure", "statement", "actress"}) {
            assertEquals(NounClasses.Category.NONE, NounClasses.category(noun), noun);
        }
        assertEquals(NounClasses.Kind.LOCATION, NounClasses.of("end"));
        assertEquals(NounClasses.Kind.PERSON, NounClasses.of("actress"));
    }
}
