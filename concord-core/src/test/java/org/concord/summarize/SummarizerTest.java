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
            assertTrue(saidBy(s.text(), text(own.document(), own)), s.text() + " <- " + text(own.document(), own));
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

    /** Whether the sentence's words appear in order in the source, as compression leaves words out only. */
    static boolean saidBy(String sentence, String source) {
        List<String> src = Words.stems(source);
        int j = 0;
        for (String w : Words.stems(sentence)) {
            while (j < src.size() && !src.get(j).equals(w)) {
                j++;
            }
            if (j++ >= src.size()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void compressedSentencesCiteTheWholeSentence() {
        List<SummarySentence> summary = Summarizer.create(40).summarizeTexts(docs());
        SummarySentence inquiry = summary.stream().filter(s -> s.text().contains("inquiry")).findFirst().orElseThrow();
        for (Span sp : inquiry.sources()) {
            if (sp.document().equals("d2")) {
                assertEquals("An inquiry into the ferry company's safety record has begun, officials said.",
                        text("d2", sp));
            }
        }
        for (SummarySentence s : summary) {
            assertFalse(s.text().contains("officials said"), s.text());
        }
    }

    @Test
    void aConceptInTheTitlesWeighsMore() {
        String a = "The ferry sank in the harbour on Monday evening, killing twelve passengers.";
        String b = "An inquiry into the ferry company safety record has begun now.";
        String[] leads = {"Alpha bravo charlie delta echo foxtrot golf hotel india.",
            "Juliet kilo lima mike november oscar papa quebec romeo.",
            "Sierra tango uniform victor whiskey xray yankee zulu omega."};
        List<Summarizer.TextDocument> plain = new java.util.ArrayList<>();
        List<Summarizer.TextDocument> titled = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String text = leads[i] + " " + a + " " + b;
            Summarizer.TextDocument d = Summarizer.TextDocument.split("t" + i, text);
            plain.add(d);
            titled.add(new Summarizer.TextDocument(d.id(), d.text(), d.sentences(), "Ferry company safety record"));
        }
        assertEquals(List.of(a), Summarizer.create(12).summarizeTexts(plain).stream().map(SummarySentence::text)
                .toList());
        assertEquals(List.of(b), Summarizer.create(12).summarizeTexts(titled).stream().map(SummarySentence::text)
                .toList());
    }

    @Test
    void transcriptMarksBulletsLabelsAndMixedCaseDatelinesNeverOpenASentence() {
        String d = "[Text] Beijing, June 26 -- Floods have receded along the rivers of the southern province of "
                + "Guangdong this week.\n\n_Alabama: Seventeen people were killed in the town of Huntsville when the "
                + "tornado struck.\n\nTHE INVASION: Troops crossed the border of the small country at dawn on Thursday."
                + "\n\nand two senators both expressed concern about the appointment of the new envoy.";
        List<Summarizer.TextDocument> one = List.of(Summarizer.TextDocument.split("x", d));
        List<SummarySentence> summary = Summarizer.create(200).summarizeTexts(one);
        List<String> texts = summary.stream().map(SummarySentence::text).toList();
        assertEquals(List.of("Floods have receded along the rivers of the southern province of Guangdong this week.",
                "Seventeen people were killed in the town of Huntsville when the tornado struck.",
                "Troops crossed the border of the small country at dawn on Thursday."), texts);
        for (SummarySentence s : summary) {
            Span own = s.sources().get(0);
            assertEquals(s.text(), d.substring(own.start(), own.end()));
        }
    }

    @Test
    void deterministic() {
        assertEquals(Summarizer.create(40).summarizeTexts(docs()), Summarizer.create(40).summarizeTexts(docs()));
    }

    private static final String Q1 = "The flood reached the town of Ardmore on Friday after three days of heavy rain. "
            + "It destroyed the old bridge over the river and cut the main road to the coast. "
            + "``The water came so fast. Nobody in the valley had any time at all to move the cattle,'' a farmer said.";
    private static final String Q2 = "Heavy rain sent a flood into the town of Ardmore on Friday, officials said. "
            + "It destroyed the old bridge over the river and cut the main road north. "
            + "Nobody in the valley had any time at all to move the cattle, farmers said on Saturday.";
    private static final String Q3 = "The flood that reached Ardmore on Friday destroyed the old bridge over the "
            + "river. "
            + "They said nobody in the valley had any time at all to move the cattle. "
            + "The main road to the coast was cut for a week while engineers inspected the damage.";

    @Test
    void noSentenceOpensWithAPronounUnlessItFollowsTheSentenceBeforeIt() {
        List<Summarizer.TextDocument> docs = List.of(Summarizer.TextDocument.split("q1", Q1),
                Summarizer.TextDocument.split("q2", Q2), Summarizer.TextDocument.split("q3", Q3));
        int followed = 0;
        for (int budget : List.of(15, 20, 30, 40, 60)) {
            List<SummarySentence> summary = Summarizer.create(budget).summarizeTexts(docs);
            for (int i = 0; i < summary.size(); i++) {
                SummarySentence s = summary.get(i);
                if (Summarizer.anaphoric(s.text())) {
                    assertTrue(i > 0, "an opening pronoun at the start of the summary: " + summary);
                    Span own = s.sources().get(0);
                    Span prev = summary.get(i - 1).sources().get(0);
                    assertEquals(own.document(), prev.document(), summary.toString());
                    String doc = own.document().equals("q1") ? Q1 : own.document().equals("q2") ? Q2 : Q3;
                    assertTrue(doc.substring(prev.end(), own.start()).isBlank(),
                            "the sentence before it in its document comes right before it: " + summary);
                    followed++;
                }
            }
        }
        assertTrue(followed > 0, "a pronoun sentence may follow the sentence it refers back to");
        assertTrue(Summarizer.anaphoric("They said so."));
        assertTrue(Summarizer.anaphoric("``It was late."));
        assertFalse(Summarizer.anaphoric("Thereafter the court sat."));
        assertFalse(Summarizer.anaphoric("Italy won."));
    }

    @Test
    void sentencesInsideAQuotationAreNotCandidates() {
        List<Summarizer.TextDocument> docs = List.of(Summarizer.TextDocument.split("q1", Q1),
                Summarizer.TextDocument.split("q2", Q2), Summarizer.TextDocument.split("q3", Q3));
        String all = String.join(" ", Summarizer.create(200).summarizeTexts(docs).stream()
                .map(SummarySentence::text).toList());
        assertFalse(all.contains("``") || all.contains("''"), all);
        assertTrue(all.contains("Nobody in the valley had any time at all to move the cattle."),
                "the same words outside a quotation are: " + all);
        assertEquals(1, all.split("Nobody in the valley", -1).length - 1, all);
        assertTrue(Summarizer.quoteOpenAfter("``The water came so fast.", false));
        assertFalse(Summarizer.quoteOpenAfter("Nobody moved,'' a farmer said.", true));
        assertTrue(Summarizer.quoteOpenAfter("He said \"no.", false));
    }

    @Test
    void datelineNeverOpensASummarySentence() {
        String d = "MOSCOW (AP) -- Soviet officials on Tuesday announced a new plan for the grain harvest in the "
                + "southern regions. The plan covers the harvest of the grain in the southern regions next year.";
        List<Summarizer.TextDocument> one = List.of(Summarizer.TextDocument.split("m", d));
        for (SummarySentence s : Summarizer.create(100).summarizeTexts(one)) {
            assertFalse(Summarizer.DATELINE.matcher(s.text()).find(), s.text());
            assertFalse(s.text().startsWith("MOSCOW"), s.text());
        }
    }

    @Test
    void exactProgramBeatsTheGreedyChoiceWhenTwoShortSentencesCoverMore() {
        Summarizer.Candidate a = candidate(0, "a", 6, "alpha");
        Summarizer.Candidate b = candidate(1, "b", 5, "beta");
        Summarizer.Candidate c = candidate(2, "c", 5, "gamma");
        java.util.Map<String, Double> weight = java.util.Map.of("alpha", 7.0, "beta", 5.0, "gamma", 5.0);
        // greedy takes a (7/6 a word) and then nothing fits in the 4 words left: weight 7; b and c cover 10
        List<Summarizer.Candidate> best = ConceptProgram.solve(List.of(a, b, c), weight, 0, 10, List.of(a), 1000);
        assertEquals(java.util.Set.of(b, c), java.util.Set.copyOf(best));
        // the node limit keeps the starting choice when the search is cut short
        assertEquals(List.of(a), ConceptProgram.solve(List.of(a, b, c), weight, 0, 10, List.of(a), 0));
    }

    private static Summarizer.Candidate candidate(int doc, String word, int words, String concept) {
        List<String> stems = java.util.Collections.nCopies(words, word);
        return new Summarizer.Candidate(doc, "d" + doc, 0, words, String.join(" ", stems), words, stems,
                java.util.Set.of(concept), 3);
    }
}
