package org.concord.compare;

import static org.concord.compare.ClaimAlignerTest.doc;
import static org.concord.compare.ClaimAlignerTest.docOf;
import static org.concord.compare.ClaimAlignerTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.concord.annotate.AnnotatedDocument;
import org.concord.model.Claim;
import org.concord.model.ClaimStatus;
import org.concord.model.ConflictAspect;
import org.concord.model.Entity;
import org.concord.model.EntityType;
import org.concord.model.Occurrence;
import org.concord.model.Span;
import org.junit.jupiter.api.Test;

/** The rules of issue 16: which disagreements are conflicts, and who counts as an independent source. */
class ClaimRulesTest {
    private static final String KILLED = "Gunman/gunman/NN killed/kill/VBD Rafael/Rafael/NNP/PERSON "
            + "Ramos/Ramos/NNP/PERSON in/in/IN Brooklyn/Brooklyn/NNP/LOCATION";
    private static final String WALKOUT = " ferry/ferry/NN workers/worker/NNS walked/walk/VBD out/out/RP "
            + "at/at/IN Lindmouth/Lindmouth/NNP/LOCATION harbour/harbour/NN";

    private static List<Claim> align(AnnotatedDocument... docs) {
        return ClaimAligner.create().align(List.of(docs), Map.of(), List.of(), List.of());
    }

    private static boolean anyConflict(List<Claim> claims, ConflictAspect aspect) {
        return claims.stream().flatMap(c -> c.conflicts().stream()).anyMatch(k -> k.aspect() == aspect);
    }

    @Test
    void anOutletsRewritesAreOneSourceAndACopyCountsForTheOutletItCopies() {
        AnnotatedDocument a = docOf("a", "AP", "2020-01-01", KILLED);
        AnnotatedDocument rewrite = docOf("b", "AP", "2020-01-02", KILLED);
        List<Claim> same = align(a, rewrite);
        assertEquals(ClaimStatus.SINGLE_SOURCE, same.get(0).status(), same.toString());
        assertEquals(1, same.get(0).independentSources());
        AnnotatedDocument other = docOf("c", "Herald", "2020-01-02", KILLED);
        List<Claim> two = align(a, rewrite, other);
        assertEquals(ClaimStatus.CORROBORATED, two.get(0).status(), two.toString());
        assertEquals(2, two.get(0).independentSources());
        // the Herald's copy of the AP story is AP's
        List<Claim> copy = ClaimAligner.create().align(List.of(a, other), Map.of("c", "a"), List.of(), List.of());
        assertEquals(1, copy.get(0).independentSources(), copy.toString());
    }

    @Test
    void runningTalliesPartsOfAWholeMeasuresAndRoundBoundsAreNotConflicts() {
        AnnotatedDocument a = docOf("a", "AP", "2020-01-01", "About/about/RB 1,200/1,200/CD/NUMBER" + WALKOUT);
        AnnotatedDocument b = docOf("b", "Herald", "2020-01-02", "Some/some/DT 1,400/1,400/CD/NUMBER" + WALKOUT);
        assertTrue(anyConflict(align(a, b), ConflictAspect.NUMBER));
        // a report three days later revises a tally
        AnnotatedDocument later = docOf("l", "Herald", "2020-01-04", "Some/some/DT 1,400/1,400/CD/NUMBER" + WALKOUT);
        assertFalse(anyConflict(align(a, later), ConflictAspect.NUMBER));
        // 1,200 and 3,000 are a part and a whole
        AnnotatedDocument whole = docOf("w", "Herald", "2020-01-01", "Some/some/DT 3,000/3,000/CD/NUMBER" + WALKOUT);
        assertFalse(anyConflict(align(a, whole), ConflictAspect.NUMBER));
        // "more than 1,000" is 1,200 to the nearest thousand
        AnnotatedDocument bound = docOf("m", "Herald", "2020-01-01",
                "More/more/JJR than/than/IN 1,000/1,000/CD/NUMBER" + WALKOUT);
        assertFalse(anyConflict(align(a, bound), ConflictAspect.NUMBER));
        AnnotatedDocument lower = docOf("n", "Herald", "2020-01-01",
                "More/more/JJR than/than/IN 1,100/1,100/CD/NUMBER" + WALKOUT);
        assertTrue(anyConflict(align(a, lower), ConflictAspect.NUMBER));
        // a speed is a measure taken at a moment
        String moving = " mph/mph/NN winds/wind/NNS battered/batter/VBD Lindmouth/Lindmouth/NNP/LOCATION "
                + "harbour/harbour/NN today/today/NN";
        AnnotatedDocument fast = docOf("f", "AP", "2020-01-01", "With/with/IN 120/120/CD/NUMBER" + moving);
        AnnotatedDocument slow = docOf("s", "Herald", "2020-01-01", "With/with/IN 100/100/CD/NUMBER" + moving);
        assertFalse(anyConflict(align(fast, slow), ConflictAspect.NUMBER));
        // evacuations of two places are two evacuations
        AnnotatedDocument elsewhere = docOf("e", "Herald", "2020-01-01", "Some/some/DT 1,400/1,400/CD/NUMBER "
                + "ferry/ferry/NN workers/worker/NNS walked/walk/VBD out/out/RP at/at/IN Garnet/Garnet/NNP/LOCATION "
                + "harbour/harbour/NN");
        assertFalse(anyConflict(align(a, elsewhere), ConflictAspect.NUMBER));
    }

    private static final String ARREST = "Police/police/NNS arrested/arrest/VBD Homer/Homer/NNP/PERSON "
            + "Jones/Jones/NNP/PERSON in/in/IN Springfield/Springfield/NNP/LOCATION on/on/IN ";

    @Test
    void aDateConflictNeedsNamedDaysOfOneEventAboutOneParticipant() {
        AnnotatedDocument monday = doc("a", ARREST + "Monday/Monday/NNP", "Monday=2014-12-22");
        AnnotatedDocument tuesday = doc("b", ARREST + "Tuesday/Tuesday/NNP", "Tuesday=2014-12-23");
        assertTrue(anyConflict(align(monday, tuesday), ConflictAspect.DATE));
        // an offset is only as exact as its anchor
        AnnotatedDocument ago = doc("c", ARREST + "weeks/week/NNS ago/ago/RB", "ago=2014-12-08");
        assertFalse(anyConflict(align(monday, ago), ConflictAspect.DATE));
        // the date of a report is not the date of the event
        AnnotatedDocument said = doc("d", ARREST + "Monday/Monday/NNP ,/,/, police/police/NNS said/say/VBD "
                + "Tuesday/Tuesday/NNP", "Tuesday=2014-12-23");
        assertFalse(anyConflict(align(monday, said), ConflictAspect.DATE));
        // no participant in common: a storm's days
        String storm = "The/the/DT storm/storm/NN battered/batter/VBD Springfield/Springfield/NNP/LOCATION "
                + "coast/coast/NN and/and/CC harbour/harbour/NN on/on/IN ";
        AnnotatedDocument s1 = doc("e", storm + "Monday/Monday/NNP", "Monday=2014-12-22");
        AnnotatedDocument s2 = doc("f", storm + "Tuesday/Tuesday/NNP", "Tuesday=2014-12-23");
        assertFalse(anyConflict(align(s1, s2), ConflictAspect.DATE));
        assertTrue(ClaimAligner.namesADay("Sept. 8"));
        assertTrue(ClaimAligner.namesADay("late Tuesday"));
        assertFalse(ClaimAligner.namesADay("two weeks ago"));
        assertFalse(ClaimAligner.namesADay("the day after"));
    }

    @Test
    void aWordingConflictIsBetweenDirectQuotesThatAreOneRemark() {
        Occurrence a = new Occurrence("a", 0, 40, "Every day the ferries sit idle costs the city money", "said", true);
        Occurrence b = new Occurrence("b", 0, 40, "Every day these boats sit idle costs this city money", "said", true);
        assertEquals(1, WordingConflicts.find(List.of(quote("Mayor", a, b)), independence()).size());
        // reported speech is the writer's paraphrase
        Occurrence paraphrase = new Occurrence("b", 0, 40, "each day the boats were idle cost the city money", "said",
                false);
        assertEquals(List.of(), WordingConflicts.find(List.of(quote("Mayor", a, paraphrase)), independence()));
        // an editor's bracket and an ellipsis are not the speaker's words
        Occurrence bracket = new Occurrence("b", 0, 40, "Every day the ferries (of Lindmouth) sit idle costs the city "
                + "money", "said", true);
        assertEquals(List.of(), WordingConflicts.find(List.of(quote("Mayor", a, bracket)), independence()));
        Occurrence ellipsis = new Occurrence("b", 0, 40, "Every day ... costs the city money", "said", true);
        assertEquals(List.of(), WordingConflicts.find(List.of(quote("Mayor", a, ellipsis)), independence()));
        // two remarks the ledger joined share too few words
        Occurrence other = new Occurrence("b", 0, 40, "Our harbour is open for business again", "said", true);
        assertEquals(List.of(), WordingConflicts.find(List.of(quote("Mayor", a, other)), independence()));
    }

    private static Independence independence() {
        return new Independence(List.of(), Map.of());
    }

    private static final String OLIVER = "Jean/Jean/NNP/PERSON Oliver/Oliver/NNP/PERSON spoke/speak/VBD at/at/IN "
            + "the/the/DT harbour/harbour/NN";
    private static final String OLIVIER = "Jean/Jean/NNP/PERSON Olivier/Olivier/NNP/PERSON spoke/speak/VBD at/at/IN "
            + "the/the/DT harbour/harbour/NN";

    @Test
    void aNameConflictNeedsOnePersonNotOnlyASimilarSpelling() {
        AnnotatedDocument a = doc("a", OLIVER);
        AnnotatedDocument b = doc("b", OLIVIER);
        Entity one = new Entity("e1", "Jean Olivier", EntityType.PERSON, List.of("Jean Oliver"), List.of(),
                List.of("a", "b"), 2);
        List<Claim> found = NameConflicts.find(List.of(a, b), List.of(one), new Independence(List.of(a, b), Map.of()));
        assertEquals(1, found.size(), found.toString());
        // both sentences are cited
        assertEquals(List.of(new Span("a", 0, a.text().length()), new Span("b", 0, b.text().length())),
                found.get(0).sources());
        assertEquals(2, found.get(0).independentSources());
        // two people the entity resolution kept apart, with no role in common
        Entity e1 = new Entity("e1", "Jean Oliver", EntityType.PERSON, List.of(), List.of(), List.of("a"), 1);
        Entity e2 = new Entity("e2", "Jean Olivier", EntityType.PERSON, List.of(), List.of(), List.of("b"), 1);
        assertEquals(List.of(), NameConflicts.find(List.of(a, b), List.of(e1, e2),
                new Independence(List.of(a, b), Map.of())));
        // one entity, but different given names: no evidence they are one person
        AnnotatedDocument c = doc("c", "Paul/Paul/NNP/PERSON Olivier/Olivier/NNP/PERSON spoke/speak/VBD at/at/IN "
                + "the/the/DT harbour/harbour/NN");
        Entity merged = new Entity("e1", "Jean Oliver", EntityType.PERSON, List.of("Paul Olivier"), List.of(),
                List.of("a", "c"), 2);
        assertEquals(List.of(), NameConflicts.find(List.of(a, c), List.of(merged),
                new Independence(List.of(a, c), Map.of())));
        // a bare surname has no given name to disagree: the resolution's one person stands
        AnnotatedDocument bare = doc("d", "Olivier/Olivier/NNP/PERSON spoke/speak/VBD at/at/IN the/the/DT "
                + "harbour/harbour/NN again/again/RB");
        Entity withBare = new Entity("e1", "Jean Oliver", EntityType.PERSON, List.of("Olivier"), List.of(),
                List.of("a", "d"), 2);
        assertEquals(1, NameConflicts.find(List.of(a, bare), List.of(withBare),
                new Independence(List.of(a, bare), Map.of())).size());
    }
}
