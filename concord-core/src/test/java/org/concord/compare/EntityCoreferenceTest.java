package org.concord.compare;

import static org.concord.compare.CorefTestDocs.doc;
import static org.concord.compare.CorefTestDocs.mention;
import static org.concord.compare.EventCoreferenceTest.clusterOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.junit.jupiter.api.Test;

class EntityCoreferenceTest {
    private static final AnnotatedDocument A = doc("a",
            "Tara/Tara/NNP Reid/Reid/NNP checked/check/VBD into/into/IN Promises/Promises/NNP in/in/IN "
                    + "Malibu/Malibu/NNP",
            "The/the/DT actress/actress/NN thanked/thank/VBD her/she/PRP$ fans/fan/NNS");
    private static final AnnotatedDocument B = doc("b",
            "Reid/Reid/NNP entered/enter/VBD rehab/rehab/NN on/on/IN Tuesday/Tuesday/NNP",
            "She/she/PRP met/meet/VBD Tom/Tom/NNP Reid/Reid/NNP ,/,/, a/a/DT doctor/doctor/NN");

    @Test
    void namesShortFormsPronounsAndTheMainParticipantsNoun() {
        CorefMention tara = mention(A, "Tara Reid", 0, "PERSON");
        CorefMention actress = mention(A, "The actress", 0, "PERSON");
        CorefMention her = mention(A, "her", 0, "PERSON");
        CorefMention reid = mention(B, "Reid", 0, "PERSON");
        CorefMention she = mention(B, "She", 0, "PERSON");
        CorefMention tom = mention(B, "Tom Reid", 0, "PERSON");
        CorefMention malibu = mention(A, "in Malibu", 0, "LOCATION");
        List<List<CorefMention>> c = EntityCoreference.create().cluster(List.of(A, B),
                List.of(tara, malibu, actress, her, reid, she, tom));
        assertEquals(clusterOf(c, tara), clusterOf(c, actress));
        assertEquals(clusterOf(c, tara), clusterOf(c, her));
        assertEquals(clusterOf(c, tara), clusterOf(c, she));
        assertNotEquals(clusterOf(c, tara), clusterOf(c, tom));   // a namesake with another given name
        assertNotEquals(clusterOf(c, tara), clusterOf(c, malibu));
        assertEquals(7, c.stream().mapToInt(List::size).sum());
    }

    @Test
    void shortOrganisationNamesAndTheEventDay() {
        AnnotatedDocument c = doc("c",
                "The/the/DT San/San/NNP Diego/Diego/NNP Chargers/Chargers/NNPS lost/lose/VBD on/on/IN "
                        + "Sunday/Sunday/NNP to/to/TO the/the/DT Colts/Colts/NNPS");
        AnnotatedDocument d = doc("d",
                "Chargers/Chargers/NNPS beaten/beat/VBN ,/,/, coach/coach/NN says/say/VBZ",
                "The/the/DT team/team/NN lost/lose/VBD yesterday/yesterday/NN after/after/IN a/a/DT "
                        + "Monday/Monday/NNP practice/practice/NN");
        CorefMention chargers = mention(c, "San Diego Chargers", 0, "ORGANIZATION");
        CorefMention colts = mention(c, "Colts", 0, "ORGANIZATION");
        CorefMention shortForm = mention(d, "Chargers", 0, "ORGANIZATION");
        CorefMention sunday = mention(c, "Sunday", 0, "TIME");
        CorefMention yesterday = mention(d, "yesterday", 0, "TIME");
        CorefMention monday = mention(d, "Monday", 0, "TIME");
        List<List<CorefMention>> k = EntityCoreference.create().cluster(List.of(c, d),
                List.of(chargers, sunday, colts, shortForm, yesterday, monday));
        assertEquals(clusterOf(k, chargers), clusterOf(k, shortForm));
        assertNotEquals(clusterOf(k, chargers), clusterOf(k, colts));
        int[] groups = DocumentGroups.create().group(List.of(c, d));
        assertEquals(groups[0], groups[1]);
        // "yesterday" is the group's most named weekday (a tie, the first named wins), Monday another day
        assertEquals(clusterOf(k, sunday), clusterOf(k, yesterday));
        assertNotEquals(clusterOf(k, yesterday), clusterOf(k, monday));
    }

    @Test
    void theNameInsideAMentionDropsPrepositionsAndAppositions() {
        AnnotatedDocument d = doc("d", "in/in/IN the/the/DT Gulf/Gulf/NNP of/of/IN Aden/Aden/NNP",
                "Benjamin/Benjamin/NNP Banky/Banky/NNP ,/,/, 40/40/CD");
        List<org.concord.annotate.Token> t1 = d.annotation().sentences().get(0).tokens();
        int[] s1 = EntityCoreference.nameSpan(t1, Heads.head(t1, false), d.text());
        assertEquals("Gulf of Aden", d.text().substring(s1[0], s1[1]));
        List<org.concord.annotate.Token> t2 = d.annotation().sentences().get(1).tokens();
        int[] s2 = EntityCoreference.nameSpan(t2, Heads.head(t2, false), d.text());
        assertEquals("Benjamin Banky", d.text().substring(s2[0], s2[1]));
    }

    @Test
    void roleNounsJoinTheNameTheyAreGivenNotTheMainParticipant() {
        AnnotatedDocument e = doc("e",
                "Lindsay/Lindsay/NNP Lohan/Lohan/NNP skipped/skip/VBD rehab/rehab/NN ,/,/, said/say/VBD "
                        + "her/she/PRP$ lawyer/lawyer/NN ,/,/, Mark/Mark/NNP Heller/Heller/NNP",
                "Lohan/Lohan/NNP was/be/VBD in/in/IN court/court/NN");
        AnnotatedDocument f = doc("f",
                "Lohan/Lohan/NNP skipped/skip/VBD rehab/rehab/NN ,/,/, the/the/DT lawyer/lawyer/NN said/say/VBD",
                "Lohan/Lohan/NNP was/be/VBD in/in/IN court/court/NN ,/,/, a/a/DT source/source/NN said/say/VBD");
        CorefMention lindsay = mention(e, "Lindsay Lohan", 0, "PERSON");
        CorefMention heller = mention(e, "Mark Heller", 0, "PERSON");
        CorefMention lohanE = mention(e, "Lohan", 1, "PERSON");
        CorefMention lohanF = mention(f, "Lohan", 0, "PERSON");
        CorefMention lawyer = mention(f, "the lawyer", 0, "PERSON");
        CorefMention lohanF2 = mention(f, "Lohan", 1, "PERSON");
        CorefMention source = mention(f, "a source", 0, "PERSON");
        List<List<CorefMention>> c = EntityCoreference.create().cluster(List.of(e, f),
                List.of(lindsay, heller, lohanE, lohanF, lawyer, lohanF2, source));
        assertEquals(clusterOf(c, lindsay), clusterOf(c, lohanF));
        // "her lawyer, Mark Heller": the group's lawyer is Heller, though Lohan is the main participant
        assertEquals(clusterOf(c, heller), clusterOf(c, lawyer));
        // a source speaks about the main participant, it is not her
        assertNotEquals(clusterOf(c, lindsay), clusterOf(c, source));
    }

    @Test
    void hypocorismsAndTitlesJoinTheFullName() {
        AnnotatedDocument g = doc("g",
                "Maurice/Maurice/NNP Cheeks/Cheeks/NNP was/be/VBN fired/fire/VBN as/as/IN coach/coach/NN");
        AnnotatedDocument h = doc("h",
                "Coach/Coach/NNP Mo/Mo/NNP Cheeks/Cheeks/NNP was/be/VBN fired/fire/VBN by/by/IN "
                        + "W./W./NNP Mark/Mark/NNP Felt/Felt/NNP");
        AnnotatedDocument i = doc("i", "Mark/Mark/NNP Felt/Felt/NNP fired/fire/VBD the/the/DT coach/coach/NN");
        CorefMention maurice = mention(g, "Maurice Cheeks", 0, "PERSON");
        CorefMention mo = mention(h, "Coach Mo Cheeks", 0, "PERSON");
        CorefMention felt = mention(h, "W. Mark Felt", 0, "PERSON");
        CorefMention mark = mention(i, "Mark Felt", 0, "PERSON");
        List<List<CorefMention>> c = EntityCoreference.create().cluster(List.of(g, h, i),
                List.of(maurice, mo, felt, mark));
        assertEquals(clusterOf(c, maurice), clusterOf(c, mo));
        assertEquals(clusterOf(c, felt), clusterOf(c, mark));
        assertNotEquals(clusterOf(c, maurice), clusterOf(c, mark));
    }
}
