package org.concord.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.concord.model.Span;
import org.concord.model.SummarySentence;
import org.junit.jupiter.api.Test;

class SummarizerTest {
    private static final String D1 = "Ferry disaster\n\nWASHINGTON (AP) _ The ferry sank in the harbour on Monday, "
            + "killing twelve passengers and crew. Officials opened an inquiry into the ferry company's safety record "
            + "on Tuesday. The weather was mild in the afternoon and the shops stayed open late.";
    private static final String D2 = "The ferry sank in the harbour on Monday, killing twelve passengers. An inquiry "
            + "into the ferry company's safety record has begun, officials said. A local band played at the "
            + "festival on the weekend near the river bank.";
    private static final String D3 = "Twelve people died when the ferry sank in the harbour on Monday evening. The "
            + "ferry company's safety record is now under an official inquiry. Football fans celebrated their "
            + "team's win in the cup final last night.";

    private static List<Summarizer.TextDocument> docs() {
        return List.of(Summarizer.TextDocument.split("d1", D1), Summarizer.TextDocument.split("d2", D2),
                Summarizer.TextDocument.split("d3", D3));
    }

    private static String text(String doc, Span s) {
        String t = switch (doc) {
            case "d1" -> D1;
            case "d2" -> D2;
            default -> D3;
        };
        return t.substring(s.start(), s.end());
    }

    @Test
    void coversTheSharedConceptsOnceAndLeavesSingleSourceAsidesOut() {
        List<SummarySentence> summary = Summarizer.create(30).summarizeTexts(docs());
        String all = String.join(" ", summary.stream().map(SummarySentence::text).toList());
        assertTrue(all.contains("ferry sank"), all);
        assertTrue(all.contains("inquiry"), all);
        for (String aside : List.of("weather", "band", "Football")) {
            assertFalse(all.contains(aside), all);
        }
        long sinking = summary.stream().filter(s -> s.text().contains("sank")).count();
        assertEquals(1, sinking, "the sinking is told once: " + all);
    }

    @Test
    void everySentenceCitesItsOwnSpanAndTheOtherOutletsThatSayTheSame() {
        for (SummarySentence s : Summarizer.create(30).summarizeTexts(docs())) {
            Span own = s.sources().get(0);
            assertEquals(s.text(), text(own.document(), own).replaceAll("\\s+", " "));
            if (s.text().contains("sank")) {
                assertTrue(s.sources().size() >= 2, "the sinking is reported by every outlet: " + s.sources());
            }
            assertEquals(s.sources().size(), s.sources().stream().map(Span::document).distinct().count());
        }
    }

    @Test
    void wireDatelineIsLeftOutOfTheSentenceAndItsSpan() {
        List<SummarySentence> summary = Summarizer.create(100).summarizeTexts(
                List.of(Summarizer.TextDocument.split("d1", D1)));
        SummarySentence first = summary.get(0);
        assertTrue(first.text().startsWith("The ferry sank"), first.text());
        assertEquals(first.text(), text("d1", first.sources().get(0)));
        assertFalse(summary.stream().anyMatch(s -> s.text().contains("Ferry disaster")), "headline is no sentence");
    }

    @Test
    void cutoffSummaryPutsTheSentencePastTheBudgetLast() {
        List<SummarySentence> summary = Summarizer.forCutoff(20).summarizeTexts(docs());
        int words = 0;
        for (int i = 0; i < summary.size() - 1; i++) {
            words += summary.get(i).text().split(" ").length;
        }
        assertTrue(words <= 20, "sentences before the last fit the budget: " + summary);
        assertTrue(words + summary.get(summary.size() - 1).text().split(" ").length >= 20, summary.toString());
    }

    @Test
    void deterministic() {
        assertEquals(Summarizer.create(40).summarizeTexts(docs()), Summarizer.create(40).summarizeTexts(docs()));
    }
}
