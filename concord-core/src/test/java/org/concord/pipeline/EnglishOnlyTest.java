package org.concord.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.concord.annotate.Annotation;
import org.concord.annotate.TextAnnotator;
import org.concord.ingest.RawArticle;
import org.concord.model.Report;
import org.concord.model.Skipped;
import org.concord.model.Story;
import org.junit.jupiter.api.Test;

/**
 * A German article in an English batch: kept, listed and grouped, never given to the (English) annotator, nothing
 * English-only drawn from it, and a skipped entry that says why; the English articles come out as without it.
 */
class EnglishOnlyTest {
    private static final RawArticle EN_1 = new RawArticle("harbour-1", "harbour-1.txt", "Herald",
            "Council approves harbour budget", "2024-05-02",
            "The Lindmouth council approved the harbour budget on Thursday after a long debate.\n"
                    + "\u201cWe will fund the new pier this year,\u201d said council leader Anna Berg.\n"
                    + "The budget also pays for dredging the channel, which ferry operators had asked for.\n");
    private static final RawArticle EN_2 = new RawArticle("harbour-2", "harbour-2.txt", "Gazette",
            "Harbour budget passes council vote", "2024-05-02",
            "Lindmouth's council passed the harbour budget on Thursday, funding a new pier.\n"
                    + "Council leader Anna Berg said the pier would be built this year.\n"
                    + "Ferry operators welcomed the money for dredging the channel.\n");
    private static final RawArticle EN_3 = new RawArticle("rail-1", "rail-1.txt", "Herald",
            "Night trains return to the coast line", "2024-05-03",
            "Night trains will run again on the coast line from June, the rail operator said on Friday.\n"
                    + "The service was cut three years ago when the old sleeper carriages were retired.\n"
                    + "Tickets go on sale next week, with cabins for two or four passengers.\n");
    private static final RawArticle DE = new RawArticle("zoo-de", "zoo-de.txt", "Kurier",
            "Zebra aus dem Stadtzoo entlaufen", "2024-05-03",
            "Ein Zebra ist am Freitagmorgen aus dem Stadtzoo entlaufen und hat stundenlang den Verkehr in der "
                    + "Innenstadt aufgehalten.\n\u201eWir haben das Tier nach drei Stunden unverletzt eingefangen\u201c, "
                    + "sagte eine Sprecherin des Zoos.\nDie Polizei bat die Autofahrer, das Gebiet weitr\u00e4umig zu "
                    + "umfahren, bis die Tierpfleger das Zebra zur\u00fcckgebracht hatten.\n");

    /** The plain annotator, recording every text it is given. */
    private static final class Recording implements TextAnnotator {
        final PlainAnnotator plain = new PlainAnnotator();
        final List<String> seen = Collections.synchronizedList(new ArrayList<>());

        @Override
        public Annotation annotate(String text, LocalDate date) {
            seen.add(text);
            return plain.annotate(text, date);
        }

        @Override
        public String name() {
            return plain.name();
        }
    }

    @Test
    void aGermanArticleIsKeptButNotAnalysedByTheEnglishStages() {
        Recording annotator = new Recording();
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        Concord concord = Concord.builder().annotator(annotator).threads(2).warnings(warnings::add).build();
        Report english = concord.analyzeArticles(List.of(EN_1, EN_2, EN_3), List.of()).report();
        annotator.seen.clear();

        Analysis a = concord.analyzeArticles(List.of(EN_1, DE, EN_2, EN_3), List.of());
        Report r = a.report();

        assertEquals(List.of("harbour-1", "zoo-de", "harbour-2", "rail-1"),
                r.documents().stream().map(d -> d.id()).toList());
        assertEquals(1, r.skipped().size(), r.skipped()::toString);
        Skipped note = r.skipped().get(0);
        assertEquals("zoo-de.txt", note.source());
        assertTrue(note.reason().startsWith("not analysed by the English stages: the text is in German (de, "),
                note::reason);
        assertFalse(note.duplicate());
        assertTrue(warnings.contains("zoo-de.txt: skipped: " + note.reason()), warnings::toString);
        assertTrue(annotator.seen.stream().noneMatch(t -> t.contains("Zebra")), "the German text was annotated");
        assertEquals(3, a.counts().annotated());

        Story zoo = r.stories().stream().filter(s -> s.documents().contains("zoo-de")).findFirst().orElseThrow();
        assertEquals(List.of("zoo-de"), zoo.documents());
        assertEquals("Zebra aus dem Stadtzoo entlaufen", zoo.headline());
        assertTrue(zoo.entities().isEmpty() && zoo.quotes().isEmpty() && zoo.summary().isEmpty()
                && zoo.timeline().isEmpty() && zoo.claims().isEmpty(), zoo::toString);
        // the English stories are what they are without the German article
        assertEquals(english.stories(), r.stories().stream().filter(s -> s != zoo).toList());
        assertEquals(english.documents(), r.documents().stream().filter(d -> !d.id().equals("zoo-de")).toList());

        // read again from the report (no declared language kept), the decision and its note are the same
        Report again = concord.update(r, List.of(), List.of()).report();
        assertEquals(r.skipped(), again.skipped());
        assertEquals(r.stories(), again.stories());
    }

    @Test
    void aGermanMemberOfAnEnglishStoryGivesItNothing() {
        // the same story in German, sharing names and numbers with the English articles
        RawArticle de = new RawArticle("harbour-de", "harbour-de.txt", "Kurier",
                "Lindmouth: Rat beschlie\u00dft Hafenhaushalt", "2024-05-02",
                "Der Rat von Lindmouth hat am Donnerstag nach langer Debatte den Hafenhaushalt beschlossen.\n"
                        + "\u201eWir werden den neuen Pier noch in diesem Jahr bezahlen\u201c, sagte Ratsvorsitzende "
                        + "Anna Berg.\nDer Haushalt finanziert auch das Ausbaggern der Fahrrinne, das die "
                        + "F\u00e4hrbetreiber gefordert hatten.\n");
        Concord concord = Concord.builder().annotator(new PlainAnnotator()).threads(2).build();
        Report r = concord.analyzeArticles(List.of(EN_1, EN_2, EN_3, de), List.of()).report();
        for (Story s : r.stories()) {
            s.quotes().forEach(q -> q.occurrences().forEach(o -> assertFalse(o.document().equals("harbour-de"),
                    q::toString)));
            s.entities().forEach(e -> assertFalse(e.documents().contains("harbour-de"), e::toString));
            s.summary().forEach(x -> x.sources().forEach(sp -> assertFalse(sp.document().equals("harbour-de"))));
            s.claims().forEach(c -> c.sources().forEach(sp -> assertFalse(sp.document().equals("harbour-de"))));
        }
        Story harbour = r.stories().stream().filter(s -> s.documents().contains("harbour-de")).findFirst()
                .orElseThrow();
        assertTrue(harbour.documents().contains("harbour-1"), "grouped with the English articles: " + harbour);
        assertFalse(harbour.quotes().isEmpty() || harbour.entities().isEmpty() || harbour.summary().isEmpty(),
                "the English members are analysed: " + harbour);
    }
}
