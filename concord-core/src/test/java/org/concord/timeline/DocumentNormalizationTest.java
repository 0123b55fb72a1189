package org.concord.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Sentence;
import org.concord.annotate.Terms;
import org.concord.annotate.Timex;
import org.concord.model.Document;
import org.concord.model.Span;
import org.concord.model.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * {@link TimexNormalizer#normalizeDocument}, the one normalization both the report's timeline and
 * {@code concord eval timex} use, on a made-up text, and the timeline built from it.
 */
class DocumentNormalizationTest {
    // a Thursday
    static final LocalDate ANCHOR = LocalDate.of(2023, 3, 16);
    final TimexNormalizer normalizer = TimexNormalizer.create();

    /** The made-up article, with values as an annotator that knew the document date might give them. */
    static AnnotatedText article() {
        return AnnotatedText.create()
                .sentence("The/DT council/NN voted/VBD on/IN Friday/NNP to/TO close/VB the/DT old/JJ library/NN ./.")
                .timex("Friday", "DATE", "2023-03-17")
                .sentence("Protesters/NNS gathered/VBD outside/IN the/DT building/NN the/DT following/JJ day/NN ./.")
                .timex("the following day", "DATE", null)
                .sentence("The/DT library/NN lost/VBD money/NN in/IN the/DT third/JJ quarter/NN ./.")
                .timex("the third quarter", "DATE", "2023-Q3")
                .sentence("A/DT 6-year-old/JJ girl/NN read/VBD a/DT poem/NN for/IN ten/CD minutes/NNS ./.")
                .timex("6-year-old", "DURATION", "P6Y")
                .timex("ten minutes", "DURATION", "PT10M")
                .sentence("Repairs/NNS would/MD have/VB taken/VBN two/CD to/TO six/CD days/NNS ./.")
                .timex("two to six days", "DURATION", "P2D/P6D")
                .sentence("The/DT mayor/NN met/VBD the/DT librarians/NNS last/JJ week/NN ./.")
                .timex("last week", "DATE", "2023-W10");
    }

    static List<String> described(List<Timex> timexes) {
        List<String> out = new ArrayList<>();
        for (Timex t : timexes) {
            out.add(t.text() + " " + t.type() + " " + t.value());
        }
        return out;
    }

    @Test
    void aDocumentIsNormalizedInTextOrderWithTheDateMentionedLast() {
        AnnotatedText a = article();
        List<Timex> got = normalizer.normalizeDocument(a.text(), a.annotation(), ANCHOR);
        assertEquals(List.of(
                "Friday DATE 2023-03-10", // past clause: the Friday before the document date, not the annotator's
                "the following day DATE 2023-03-11", // the day after the date mentioned last
                "the third quarter DATE 2022-Q3", // a past clause names a later quarter than the document's
                "ten minutes DURATION PT10M", // the age "6-year-old" is not markable and left out
                "two DURATION P2D", "six days DURATION P6D", // a range of durations split in two
                "last week DATE 2023-W10"), described(got));
        for (Timex t : got) {
            assertEquals(t.text(), a.text().substring(t.start(), t.end()));
        }
    }

    @Test
    void withoutADocumentDateTheAnnotatorsValuesStand() {
        AnnotatedText a = article();
        List<Timex> got = normalizer.normalizeDocument(a.text(), a.annotation(), null);
        assertEquals("Friday DATE 2023-03-17", described(got).get(0));
    }

    @Test
    void anAnnotatorWithoutTheDocumentDateGivesTheSameDates() {
        // what an annotator leaves open when it had no date (an undated article whose date is inferred later)
        AnnotatedText a = AnnotatedText.create()
                .sentence("The/DT council/NN voted/VBD on/IN Friday/NNP night/NN to/TO close/VB it/PRP ./.")
                .timex("Friday night", "TIME", "XXXX-WXX-5TNI")
                .sentence("It/PRP had/VBD opened/VBN in/IN December/NNP ./.")
                .timex("December", "DATE", "XXXX-12")
                .sentence("The/DT mayor/NN met/VBD the/DT librarians/NNS last/JJ week/NN ./.")
                .timex("last week", "DATE", null)
                .sentence("A/DT vote/NN is/VBZ expected/VBN next/JJ month/NN ./.")
                .timex("next month", "DATE", null)
                .sentence("The/DT branch/NN closed/VBD at/IN Thanksgiving/NNP ./.")
                .timex("Thanksgiving", "DATE", "THANKSGIVING");
        assertEquals(List.of("Friday night TIME 2023-03-10TNI", "December DATE 2022-12", "last week DATE 2023-W10",
                        "next month DATE 2023-04", "Thanksgiving DATE 2022-11-24"),
                described(normalizer.normalizeDocument(a.text(), a.annotation(), ANCHOR)));
    }

    @Test
    void theTimelinePlacesTheDatesTheNormalizerGives() {
        AnnotatedText a = article();
        Document doc = new Document("d1", "d1.txt", null, null, ANCHOR.toString(), false, a.text(), List.of(), null);
        AnnotatedDocument d = new AnnotatedDocument(doc, a.annotation());
        List<TimelineEntry> timeline = TimelineBuilder.create().build(List.of(d), Map.of("d1", ANCHOR));

        List<String> expected = new ArrayList<>();
        for (Timex t : normalizer.normalizeDocument(a.text(), a.annotation(), ANCHOR)) {
            Sentence s = a.annotation().sentences().get(t.sentence());
            String date = TimelineBuilder.dateOf(t.type(), t.value());
            if (date != null && Terms.content(s).size() >= 3) {
                expected.add(date + " " + s.start());
            }
        }
        List<String> placed = new ArrayList<>();
        for (TimelineEntry e : timeline) {
            for (Span sp : e.sources()) {
                placed.add(e.date() + " " + sp.start());
            }
        }
        assertEquals(expected.stream().sorted().toList(), placed.stream().sorted().toList());
        // a week within one month is placed at that month, which sorts before its days; no quarter, no duration
        assertEquals(List.of("2023-03", "2023-03-10", "2023-03-11"), timeline.stream().map(TimelineEntry::date)
                .toList());
    }

    @Test
    void timelineDatesAreDaysOrMonths() {
        assertEquals("2023-03-10", date("DATE", "2023-03-10"));
        assertEquals("2023-03-10", date("DATE", "2023-03-10TNI"));
        assertEquals("2023-03", date("DATE", "2023-03"));
        assertEquals("2023-03", date("DATE", "2023-W10")); // Monday 6 to Sunday 12 March
        assertEquals("2023-03", date("DATE", "2023-W10-WE"));
        assertNull(date("DATE", "2023-W13")); // 27 March to 2 April
        assertEquals("2023-04", date("DATE", "2023-W13-WE")); // its weekend is 1 and 2 April
        assertEquals("2023-03-14", date("DATE", "2023-W11-2"));
        assertEquals("2021-01-04", date("DATE", "2021-W01-1"));
        assertNull(date("DATE", "2023"));
        assertNull(date("DATE", "2023-Q1"));
        assertNull(date("DATE", "2023-SU"));
        assertNull(date("DATE", "PAST_REF"));
        assertNull(date("DATE", "XXXX-12"));
        assertNull(date("DATE", "2023-W54"));
        assertNull(date("DATE", null));
        assertNull(date("TIME", "2023-03-10T17:00"));
        assertNull(date("DURATION", "P1D"));
    }

    private static String date(String type, String value) {
        return TimelineBuilder.dateOf(type, value);
    }
}
