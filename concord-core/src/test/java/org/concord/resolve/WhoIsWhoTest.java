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
    void aBareFamilyNameWrittenFirstIsTheOnePersonOfThatFamilyName() {
        AnnotatedDocument a = doc("a",
                "Wang/Wang/NNP/PERSON Youcai/Youcai/NNP/PERSON was/be/VBD sentenced/sentence/VBN ./././O",
                "Wang/Wang/NNP/PERSON will/will/MD appeal/appeal/VB ./././O");
        EntityIndex index = EntityResolver.create().resolve(List.of(a));
        assertEquals(List.of("Wang Youcai"), names(index));
        assertEquals(List.of("Wang"), named(index, "Wang Youcai").aliases());
        assertEquals("Wang Youcai", at(index, a, "Wang", 1));
    }

    @Test
    void aBareFamilyNameTwoPeopleShareStaysUnresolved() {
        AnnotatedDocument a = doc("a",
                "Wang/Wang/NNP/PERSON Youcai/Youcai/NNP/PERSON and/and/CC Wang/Wang/NNP/PERSON Dan/Dan/NNP/PERSON "
                        + "were/be/VBD sentenced/sentence/VBN ./././O",
                "Wang/Wang/NNP/PERSON will/will/MD appeal/appeal/VB ./././O");
        EntityIndex index = EntityResolver.create().resolve(List.of(a));
        assertEquals(List.of("Wang", "Wang Dan", "Wang Youcai"), names(index));
        assertEquals("Wang", at(index, a, "Wang", 2));
        assertEquals(List.of(), named(index, "Wang Youcai").aliases());
        assertEquals(List.of(), named(index, "Wang Dan").aliases());
    }

    @Test
    void koreanAndHungarianNamesResolveTheSameWayWithoutALanguageList() {
        AnnotatedDocument a = doc("a",
                "President/president/NN Park/Park/NNP/PERSON Geun-hye/Geun-hye/NNP/PERSON met/meet/VBD "
                        + "Orbán/Orbán/NNP/PERSON Viktor/Viktor/NNP/PERSON ./././O",
                "Park/Park/NNP/PERSON thanked/thank/VBD Orbán/Orbán/NNP/PERSON ./././O");
        EntityIndex index = EntityResolver.create().resolve(List.of(a));
        assertEquals(List.of("Orbán Viktor", "Park Geun-hye"), names(index));
        assertEquals("Park Geun-hye", at(index, a, "Park", 1));
        assertEquals("Orbán Viktor", at(index, a, "Orbán", 1));
    }

    @Test
    void aBareNameThatIsOnePersonsSurnameAndAnothersFirstNameIsTheSurnames() {
        AnnotatedDocument a = doc("a",
                "Michael/Michael/NNP/PERSON Jordan/Jordan/NNP/PERSON watched/watch/VBD Jordan/Jordan/NNP/PERSON "
                        + "Spieth/Spieth/NNP/PERSON play/play/VB ./././O",
                "Jordan/Jordan/NNP/PERSON won/win/VBD ./././O");
        EntityIndex index = EntityResolver.create().resolve(List.of(a));
        assertEquals("Michael Jordan", at(index, a, "Jordan", 2)); // the usual last-word rule comes first
    }

    @Test
    void aBareSurnameStillResolvesByTheUsualLastWordRule() {
        AnnotatedDocument a = doc("a",
                "Ellen/Ellen/NNP/PERSON DeGeneres/DeGeneres/NNP/PERSON hosted/host/VBD ./././O",
                "DeGeneres/DeGeneres/NNP/PERSON joked/joke/VBD and/and/CC Ellen/Ellen/NNP/PERSON sang/sing/VBD "
                        + "./././O");
        EntityIndex index = EntityResolver.create().resolve(List.of(a));
        assertEquals(List.of("Ellen DeGeneres"), names(index));
        assertEquals("Ellen DeGeneres", at(index, a, "DeGeneres", 1));
        assertEquals("Ellen DeGeneres", at(index, a, "Ellen", 1));
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

    @Test
    void aNameHeadedByANonPersonNounIsNotAPerson() {
        AnnotatedDocument a = doc("a",
                "Time/Time/NNP/PERSON magazine/magazine/NN named/name/VBD her/she/PRP$ ./././O",
                "Workers/worker/NNS at/at/IN the/the/DT Foxconn/Foxconn/NNP/PERSON plant/plant/NN "
                        + "struck/strike/VBD ./././O");
        EntityIndex index = EntityResolver.create().resolve(List.of(a));
        assertEquals(EntityType.ORGANIZATION, named(index, "Time").type());
        assertEquals(EntityType.ORGANIZATION, named(index, "Foxconn").type());
    }

    @Test
    void aNameInAppositionToANounTakesItsClass() {
        AnnotatedDocument a = doc("a",
                "The/the/DT magazine/magazine/NN Wired/Wired/NNP/PERSON ,/,/, the/the/DT actress/actress/NN "
                        + "Tara/Tara/NNP/PERSON Reid/Reid/NNP/PERSON and/and/CC rival/rival/NN "
                        + "Samsung/Samsung/NNP/ORGANIZATION spoke/speak/VBD ./././O",
                "Garnet/Garnet/NNP/PERSON ,/,/, a/a/DT town/town/NN of/of/IN 3,000/3,000/CD ,/,/, "
                        + "cheered/cheer/VBD ./././O");
        EntityIndex index = EntityResolver.create().resolve(List.of(a));
        assertEquals(EntityType.ORGANIZATION, named(index, "Wired").type());
        assertEquals(EntityType.PERSON, named(index, "Tara Reid").type());
        assertEquals(EntityType.ORGANIZATION, named(index, "Samsung").type()); // a person noun retypes no company
        assertEquals(EntityType.LOCATION, named(index, "Garnet").type());
    }

    @Test
    void aKnownPersonModifyingANounStaysAPersonAndANameModifyingAPersonNounKeepsItsType() {
        AnnotatedDocument a = doc("a",
                "Donald/Donald/NNP/PERSON Trump/Trump/NNP/PERSON spoke/speak/VBD ./././O",
                "The/the/DT Trump/Trump/NNP/PERSON hotel/hotel/NN closed/close/VBD ./././O",
                "Chargers/Chargers/NNPS/ORGANIZATION lineman/lineman/NN Jamal/Jamal/NNP/PERSON "
                        + "Williams/Williams/NNP/PERSON played/play/VBD ./././O");
        EntityIndex index = EntityResolver.create().resolve(List.of(a));
        assertEquals(List.of("Chargers", "Donald Trump", "Jamal Williams"), names(index));
        assertEquals("Donald Trump", at(index, a, "Trump", 1));
        assertEquals(EntityType.ORGANIZATION, named(index, "Chargers").type());
    }

    @Test
    void aPlaceMentionEndingInATitleAndAKnownPersonIsThePlaceAndThePerson() {
        AnnotatedDocument a = doc("a",
                "Bill/Bill/NNP/PERSON de/de/NNP/PERSON Blasio/Blasio/NNP/PERSON spoke/speak/VBD ./././O",
                "New/New/NNP/LOCATION York/York/NNP/LOCATION City/City/NNP/LOCATION Mayor/Mayor/NNP/LOCATION "
                        + "Bill/Bill/NNP/LOCATION de/de/NNP/LOCATION Blasio/Blasio/NNP/LOCATION met/meet/VBD "
                        + "them/they/PRP ./././O");
        EntityIndex index = EntityResolver.create().resolve(List.of(a));
        assertEquals(List.of("Bill de Blasio", "New York City"), names(index));
        assertEquals(EntityType.PERSON, named(index, "Bill de Blasio").type());
        assertEquals(2, named(index, "Bill de Blasio").mentions());
        assertEquals(List.of("New York City Mayor"), named(index, "Bill de Blasio").titles());
        assertEquals(EntityType.LOCATION, named(index, "New York City").type());
    }

    @Test
    void oneNameTakesTheTypeMostOfItsMentionsHaveInTheStory() {
        AnnotatedDocument a = doc("a",
                "Ferries/ferry/NNS left/leave/VBD Lindmouth/Lindmouth/NNP/LOCATION ./././O",
                "Lindmouth/Lindmouth/NNP/PERSON is/be/VBZ quiet/quiet/JJ ./././O");
        AnnotatedDocument b = doc("b",
                "In/in/IN Lindmouth/Lindmouth/NNP/LOCATION ,/,/, crews/crew/NNS struck/strike/VBD ./././O");
        EntityIndex index = EntityResolver.create().resolve(List.of(a, b));
        assertEquals(List.of("Lindmouth"), names(index));
        assertEquals(EntityType.LOCATION, named(index, "Lindmouth").type());
        assertEquals(3, named(index, "Lindmouth").mentions());
    }

    @Test
    void nearSpellingsWithDifferentRolesStayApart() {
        AnnotatedDocument a = docIn("a", "Wire",
                "Sen./Sen./NNP Tom/Tom/NNP/PERSON Harkin/Harkin/NNP/PERSON spoke/speak/VBD ./././O");
        AnnotatedDocument b = docIn("b", "Herald",
                "Mayor/mayor/NNP Tom/Tom/NNP/PERSON Harken/Harken/NNP/PERSON replied/reply/VBD ./././O");
        EntityIndex index = EntityResolver.create().resolve(List.of(a, b));
        assertEquals(List.of("Tom Harken", "Tom Harkin"), names(index));
    }

    @Test
    void nearSpellingsOneTextUsesTogetherWithoutASharedRoleStayApart() {
        AnnotatedDocument a = docIn("a", "Wire",
                "John/John/NNP/PERSON Smith/Smith/NNP/PERSON and/and/CC John/John/NNP/PERSON "
                        + "Smithe/Smithe/NNP/PERSON spoke/speak/VBD ./././O");
        EntityIndex index = EntityResolver.create().resolve(List.of(a));
        assertEquals(List.of("John Smith", "John Smithe"), names(index));
    }

    @Test
    void aSpellingOneOutletUsesAndTheOthersDoNotIsThatName() {
        AnnotatedDocument a = docIn("a", "Herald",
                "Marta/Marta/NNP/PERSON Kowalczyk/Kowalczyk/NNP/PERSON called/call/VBD a/a/DT strike/strike/NN "
                        + "./././O");
        AnnotatedDocument b = docIn("b", "Wire",
                "Kowalczyk/Kowalczyk/NNP/PERSON said/say/VBD Marta/Marta/NNP/PERSON Kowalczyk/Kowalczyk/NNP/PERSON "
                        + "./././O");
        AnnotatedDocument c = docIn("c", "Northshore",
                "Marta/Marta/NNP/PERSON Kowalcyzk/Kowalcyzk/NNP/PERSON spoke/speak/VBD ./././O",
                "Kowalcyzk/Kowalcyzk/NNP/PERSON left/leave/VBD ./././O");
        EntityIndex index = EntityResolver.create().resolve(List.of(a, b, c));
        assertEquals(List.of("Marta Kowalczyk"), names(index));
        assertEquals(List.of("Kowalcyzk", "Kowalczyk", "Marta Kowalcyzk"),
                named(index, "Marta Kowalczyk").aliases());
    }

    @Test
    void nearSpellingsWithTheSameRoleAreOnePersonEvenInOneOutlet() {
        AnnotatedDocument a = docIn("a", "Wire",
                "Sen./Sen./NNP Tom/Tom/NNP/PERSON Harkin/Harkin/NNP/PERSON spoke/speak/VBD ./././O");
        AnnotatedDocument b = docIn("b", "Wire",
                "Senator/senator/NNP Tom/Tom/NNP/PERSON Harken/Harken/NNP/PERSON replied/reply/VBD ./././O");
        EntityIndex index = EntityResolver.create().resolve(List.of(a, b));
        assertEquals(1, index.entities().size());
        Entity e = index.entities().get(0);
        List<String> spellings = new java.util.ArrayList<>(e.aliases());
        spellings.add(e.name());
        assertEquals(List.of("Tom Harken", "Tom Harkin"), spellings.stream().sorted().toList());
    }

    @Test
    void shortSurnamesMergeOnEvidenceButABareShortNameNeedsItsExactSpelling() {
        AnnotatedDocument a = docIn("a", "Wire",
                "Duncan/Duncan/NNP/PERSON Rait/Rait/NNP/PERSON fell/fall/VBD ./././O");
        AnnotatedDocument b = docIn("b", "Herald",
                "Duncan/Duncan/NNP/PERSON Raite/Raite/NNP/PERSON fell/fall/VBD and/and/CC Anita/Anita/NNP/PERSON "
                        + "Hall/Hall/NNP/PERSON watched/watch/VBD ./././O",
                "Hill/Hill/NNP/PERSON called/call/VBD ./././O");
        EntityIndex index = EntityResolver.create().resolve(List.of(a, b));
        assertEquals(List.of("Anita Hall", "Duncan Raite", "Hill"), names(index));
    }
}
