package org.concord.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Annotation;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.Timex;
import org.concord.annotate.Token;
import org.concord.model.Claim;
import org.concord.model.ClaimStatus;
import org.concord.model.Conflict;
import org.concord.model.ConflictAspect;
import org.concord.model.Document;
import org.concord.model.Occurrence;
import org.concord.model.Quote;
import org.concord.model.Speaker;
import org.concord.model.Span;
import org.junit.jupiter.api.Test;

class ClaimAlignerTest {
    @Test
    void editDistance() {
        assertEquals(1, ClaimAligner.levenshtein("pantaleo", "panteleo"));
        assertEquals(2, ClaimAligner.levenshtein("kowalczyk", "kowalcyzk"));
        assertEquals(0, ClaimAligner.levenshtein("lynch", "lynch"));
        assertEquals(5, ClaimAligner.levenshtein("", "lynch"));
    }

    static Token t(int i, String w, String lemma, String pos) {
        return new Token(i, i * 10, i * 10 + w.length(), w, lemma, pos, "O");
    }

    @Test
    void numbersAreKeyedByTheNounTheyCount() {
        Sentence s = new Sentence(0, 0, 60, List.of(t(0, "About", "about", "RB"), t(1, "1,200", "1,200", "CD"),
                t(2, "ferry", "ferry", "NN"), t(3, "workers", "worker", "NNS"), t(4, "walked", "walk", "VBD"),
                t(5, "out", "out", "RP")));
        assertEquals(Map.of("worker", new ClaimAligner.Count("1,200", "workers", 1200, List.of("ferry"), 1)),
                ClaimAligner.counts(s));
    }

    @Test
    void writtenNumbersHaveTheirValues() {
        assertEquals(1200, ClaimAligner.value("1,200"));
        assertEquals(3, ClaimAligner.value("three"));
        assertEquals(23, ClaimAligner.value("twenty-three"));
        assertEquals(1200, ClaimAligner.value("one thousand two hundred"));
        assertEquals(200, ClaimAligner.value("two hundred"));
        assertEquals(1_500_000, ClaimAligner.value("1.5 million"));
        assertEquals(-1, ClaimAligner.value("7.62"));
        assertEquals(-1, ClaimAligner.value("AK-47"));
    }

    @Test
    void clockTimesAndNounsCountedTwiceAreNotCounts() {
        Sentence clock = new Sentence(0, 0, 60, List.of(t(0, "18", "18", "CD"), t(1, ":", ":", ":"),
                t(2, "50", "50", "CD"), t(3, "hours", "hour", "NNS")));
        assertEquals(Map.of(), ClaimAligner.counts(clock));
        Sentence twice = new Sentence(0, 0, 60, List.of(t(0, "150", "150", "CD"), t(1, "miles", "mile", "NNS"),
                t(2, "off", "off", "IN"), t(3, "Aden", "Aden", "NNP"), t(4, "and", "and", "CC"), t(5, "13", "13", "CD"),
                t(6, "miles", "mile", "NNS"), t(7, "away", "away", "RB")));
        assertEquals(Map.of(), ClaimAligner.counts(twice));
    }

    /**
     * A one-sentence document of "word/lemma/POS[/NER]" items; entity mentions are runs of one NER type, and
     * {@code timexes} are "word=value" DATE expressions.
     */
    static AnnotatedDocument doc(String id, String sentence, String... timexes) {
        return docOf(id, "outlet of " + id, null, sentence, timexes);
    }

    /** {@link #doc(String, String, String...)} of that outlet and publication date (either may be null). */
    static AnnotatedDocument docOf(String id, String outlet, String published, String sentence, String... timexes) {
        StringBuilder text = new StringBuilder();
        List<Token> toks = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Timex> tx = new ArrayList<>();
        int runStart = -1;
        String runType = "O";
        String[] items = sentence.split(" ");
        for (int i = 0; i <= items.length; i++) {
            String[] p = i < items.length ? items[i].split("/") : new String[] {"", "", "", "O"};
            String ner = p.length > 3 ? p[3] : "O";
            if (!ner.equals(runType)) {
                if (!runType.equals("O") && !runType.equals("NUMBER")) {
                    mentions.add(new Mention(runStart, text.length(), text.substring(runStart), runType, 0));
                }
                runType = ner;
                runStart = text.length() + (text.length() > 0 ? 1 : 0);
            }
            if (i == items.length) {
                break;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            int b = text.length();
            text.append(p[0]);
            toks.add(new Token(i, b, text.length(), p[0], p[1], p[2], ner));
            for (String x : timexes) {
                String[] kv = x.split("=");
                if (kv[0].equals(p[0])) {
                    tx.add(new Timex(b, text.length(), p[0], "DATE", kv[1], 0));
                }
            }
        }
        Sentence s = new Sentence(0, 0, text.length(), toks);
        Document d = new Document(id, id, outlet, id, published, false, text.toString(), List.of(), null);
        return new AnnotatedDocument(d, new Annotation(List.of(s), mentions, tx));
    }

    static Claim claimOf(List<Claim> claims, String doc) {
        for (Claim c : claims) {
            if (c.sources().stream().anyMatch(s -> s.document().equals(doc))) {
                return c;
            }
        }
        return null;
    }

    private static final String KILLED = "Gunman/gunman/NN killed/kill/VBD Rafael/Rafael/NNP/PERSON "
            + "Ramos/Ramos/NNP/PERSON in/in/IN Brooklyn/Brooklyn/NNP/LOCATION";

    @Test
    void theSameEventAboutTheSameArgumentAlignsAcrossWordings() {
        AnnotatedDocument a = doc("a", KILLED);
        AnnotatedDocument b = doc("b", "Ramos/Ramos/NNP/PERSON was/be/VBD slain/slay/VBN by/by/IN lone/lone/JJ "
                + "shooter/shooter/NN in/in/IN Brooklyn/Brooklyn/NNP/LOCATION precinct/precinct/NN");
        // the same words around a different event stay a claim of their own
        AnnotatedDocument c = doc("c", "Ramos/Ramos/NNP/PERSON was/be/VBD honoured/honour/VBN by/by/IN "
                + "lone/lone/JJ shooter/shooter/NN in/in/IN Brooklyn/Brooklyn/NNP/LOCATION precinct/precinct/NN");
        List<Claim> ab = ClaimAligner.create().align(List.of(a, b), Map.of(), List.of(), List.of());
        assertEquals(1, ab.size(), ab.toString());
        assertEquals(ClaimStatus.CORROBORATED, ab.get(0).status());
        assertEquals(2, ab.get(0).independentSources());
        assertEquals(List.of(new Span("a", 0, a.text().length()), new Span("b", 0, b.text().length())),
                ab.get(0).sources());
        List<Claim> ac = ClaimAligner.create().align(List.of(a, c), Map.of(), List.of(), List.of());
        assertEquals(2, ac.size(), ac.toString());
        assertTrue(ac.stream().allMatch(x -> x.status() == ClaimStatus.SINGLE_SOURCE), ac.toString());
    }

    @Test
    void aWireCopyCountsOnce() {
        AnnotatedDocument a = doc("a", KILLED);
        AnnotatedDocument copy = doc("copy", KILLED);
        List<Claim> claims = ClaimAligner.create().align(List.of(a, copy), Map.of("copy", "a"), List.of(), List.of());
        assertEquals(1, claims.size(), claims.toString());
        assertEquals(ClaimStatus.SINGLE_SOURCE, claims.get(0).status());
        assertEquals(2, claims.get(0).sources().size());
        assertEquals(1, claims.get(0).independentSources());
    }

    private static final String WALKOUT = " ferry/ferry/NN workers/worker/NNS walked/walk/VBD out/out/RP "
            + "at/at/IN Lindmouth/Lindmouth/NNP/LOCATION harbour/harbour/NN";

    @Test
    void twoCountsOfOneEventConflictWithTheirValuesPerDocument() {
        AnnotatedDocument a = doc("a", "About/about/RB 1,200/1,200/CD/NUMBER" + WALKOUT);
        AnnotatedDocument b = doc("b", "Some/some/DT 1,400/1,400/CD/NUMBER" + WALKOUT);
        AnnotatedDocument copy = doc("copy", "Some/some/DT 1,300/1,300/CD/NUMBER" + WALKOUT);
        List<Claim> claims = ClaimAligner.create().align(List.of(a, b), Map.of(), List.of(), List.of());
        Claim c = claimOf(claims, "a");
        assertNotNull(c, claims.toString());
        assertEquals(ClaimStatus.CONFLICTING, c.status());
        Conflict k = c.conflicts().get(0);
        assertEquals(ConflictAspect.NUMBER, k.aspect());
        assertEquals("1,200 workers", k.values().get(0).value());
        assertEquals(List.of("a"), k.values().get(0).documents());
        assertEquals("1,400 workers", k.values().get(1).value());
        assertEquals(List.of("b"), k.values().get(1).documents());
        // the same count written as a word and in digits is no conflict
        AnnotatedDocument words = doc("w", "About/about/RB twelve/twelve/CD/NUMBER hundred/hundred/CD/NUMBER" + WALKOUT);
        List<Claim> same = ClaimAligner.create().align(List.of(a, words), Map.of(), List.of(), List.of());
        assertTrue(same.stream().allMatch(x -> x.conflicts().isEmpty()), same.toString());
        // counts of differently qualified things ("other workers") are not one count
        AnnotatedDocument others = doc("o", "Some/some/DT 1,400/1,400/CD/NUMBER other/other/JJ" + WALKOUT);
        List<Claim> subset = ClaimAligner.create().align(List.of(a, others), Map.of(), List.of(), List.of());
        assertTrue(subset.stream().allMatch(x -> x.conflicts().isEmpty()), subset.toString());
        // a near-copy that changed a figure is not a second source contradicting its original
        List<Claim> withCopy = ClaimAligner.create().align(List.of(a, copy), Map.of("copy", "a"), List.of(), List.of());
        assertTrue(withCopy.stream().allMatch(x -> x.conflicts().isEmpty()), withCopy.toString());
    }

    @Test
    void twoDaysForOneEventConflict() {
        AnnotatedDocument a = doc("a", "Police/police/NNS arrested/arrest/VBD Homer/Homer/NNP/PERSON "
                + "Jones/Jones/NNP/PERSON in/in/IN Springfield/Springfield/NNP/LOCATION on/on/IN Monday/Monday/NNP",
                "Monday=2014-12-22");
        AnnotatedDocument b = doc("b", "Homer/Homer/NNP/PERSON Jones/Jones/NNP/PERSON was/be/VBD detained/detain/VBN "
                + "by/by/IN Springfield/Springfield/NNP/LOCATION police/police/NNS on/on/IN Tuesday/Tuesday/NNP",
                "Tuesday=2014-12-23");
        AnnotatedDocument same = doc("same", "Homer/Homer/NNP/PERSON Jones/Jones/NNP/PERSON was/be/VBD "
                + "detained/detain/VBN by/by/IN Springfield/Springfield/NNP/LOCATION police/police/NNS on/on/IN "
                + "Monday/Monday/NNP", "Monday=2014-12-22");
        List<Claim> claims = ClaimAligner.create().align(List.of(a, b), Map.of(), List.of(), List.of());
        assertEquals(1, claims.size(), claims.toString());
        Claim c = claims.get(0);
        assertEquals(ClaimStatus.CONFLICTING, c.status());
        assertEquals(2, c.independentSources());
        Conflict k = c.conflicts().get(0);
        assertEquals(ConflictAspect.DATE, k.aspect());
        assertEquals("2014-12-22 (\u201cMonday\u201d)", k.values().get(0).value());
        assertEquals(List.of("b"), k.values().get(1).documents());
        List<Claim> agreeing = ClaimAligner.create().align(List.of(a, same), Map.of(), List.of(), List.of());
        assertEquals(1, agreeing.size(), agreeing.toString());
        assertEquals(ClaimStatus.CORROBORATED, agreeing.get(0).status());
    }

    @Test
    void wordingKeysIgnorePunctuationAndQuotationMarks() {
        assertEquals("it had sunk a pirate mother ship", ClaimAligner.wordingKey("it had sunk a pirate `` mother ship . ''"));
        assertEquals("we won't go back", ClaimAligner.wordingKey("We won\u2019t go back,"));
    }

    static Quote quote(String speaker, Occurrence... occurrences) {
        return new Quote("q1", occurrences[0].text(), new Speaker(speaker, null), List.of(occurrences));
    }

    @Test
    void twoWordingsOfOneQuoteConflictButAPartialQuoteDoesNot() {
        Occurrence a = new Occurrence("a", 0, 19, "We will not go back", "said", true);
        Occurrence b = new Occurrence("b", 0, 16, "We won't go back", "said", true);
        Occurrence part = new Occurrence("c", 0, 10, "not go back", "said", true);
        List<Claim> two = ClaimAligner.create().align(List.of(), Map.of(), List.of(quote("Kowalczyk", a, b)), List.of());
        assertEquals(1, two.size(), two.toString());
        assertEquals(ConflictAspect.WORDING, two.get(0).conflicts().get(0).aspect());
        assertEquals(List.of("We will not go back", "We won't go back"),
                two.get(0).conflicts().get(0).values().stream().map(v -> v.value()).toList());
        List<Claim> partial = ClaimAligner.create().align(List.of(), Map.of(), List.of(quote("Kowalczyk", a, part)), List.of());
        assertEquals(List.of(), partial);
    }
}
