package org.concord.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {
    private static final String TEXT = "Mayor Ana Ruiz said the bridge would reopen in May. \u201cWe are ready,\u201d Ruiz "
            + "told reporters. Critics argue the plan is risky, a report said. It is said that costs doubled.";
    private static final double EPS = 1e-12;

    private static Fragment at(String s) {
        return at(s, 0);
    }

    private static Fragment at(String s, int from) {
        int i = TEXT.indexOf(s, from);
        if (i < 0) {
            throw new AssertionError("fixture lacks '" + s + "'");
        }
        return new Fragment(i, i + s.length());
    }

    private static GoldAttribution gold(String id, Fragment content, Fragment source) {
        return new GoldAttribution(id, List.of(content), source == null ? List.of() : List.of(source),
                source == null ? "" : TEXT.substring(source.start(), source.end()), List.of(), SilverSource.NONE);
    }

    private static PredictedQuote pred(Fragment content, String speaker, Fragment speakerSpan) {
        return new PredictedQuote(content.start(), content.end(), speaker,
                speakerSpan == null ? -1 : speakerSpan.start(), speakerSpan == null ? -1 : speakerSpan.end());
    }

    private static final Fragment QUOTE = at("\u201cWe are ready,\u201d");
    private static final Fragment SECOND_RUIZ = at("Ruiz", QUOTE.end());
    private static final GoldAttribution G1 = gold("E1", at("the bridge would reopen in May"), at("Mayor Ana Ruiz"));
    private static final GoldAttribution G2 = gold("E2", QUOTE, SECOND_RUIZ);
    private static final GoldAttribution G3 = gold("E3", at("Critics argue the plan is risky"), at("a report"));
    private static final GoldAttribution G4 = gold("E4", at("costs doubled"), null);
    private static final PolnearDocument DOC = new PolnearDocument("doc", "doc_aaaa.ann", TEXT,
            List.of(G1, G2, G3, G4));

    @Test
    void scoresHandMadeSpansWithExactFigures() {
        List<PredictedQuote> preds = List.of(
                pred(at("We are ready"), "Ana Ruiz", null),                       // exact G2, surname right
                pred(at("Ruiz said the bridge"), null, at("Mayor")),               // overlap G1 (9 of 17), span right
                pred(at("the plan is risky"), "Critics", at("Critics")),           // overlap G3, wrong speaker
                pred(at("costs doubled"), "Ruiz", null),                           // exact G4 (no source): e2e wrong
                pred(at("Mayor Ana"), null, null));                                // spurious
        QuoteScorer.DocScore s = QuoteScorer.score(DOC, preds);
        QuoteScorer.Counts c = s.counts();
        assertEquals(4, c.gold());
        assertEquals(5, c.pred());
        assertEquals(2, c.exactTp());
        assertEquals(4, c.overlapTp());
        assertEquals(45, c.sharedChars()); // 9 + 10 + 14 + 12
        assertEquals(61, c.predChars());   // 10 + 17 + 14 + 12 + 8
        assertEquals(73, c.goldChars());   // 25 + 10 + 26 + 12
        Map<String, Double> m = QuoteScorer.metrics(c);
        assertEquals(2.0 / 5, m.get("content_precision_exact"), EPS);
        assertEquals(2.0 / 4, m.get("content_recall_exact"), EPS);
        assertEquals(4.0 / 9, m.get("content_f1_exact"), EPS);
        assertEquals(4.0 / 5, m.get("content_precision_overlap"), EPS);
        assertEquals(1.0, m.get("content_recall_overlap"), EPS);
        assertEquals(8.0 / 9, m.get("content_f1_overlap"), EPS);
        assertEquals(45.0 / 61, m.get("content_char_precision"), EPS);
        assertEquals(45.0 / 73, m.get("content_char_recall"), EPS);
        // direct: only G2 is in quotation marks; P2, P3, P4 match other gold and are ignored; P1 counts, and P5,
        // unmatched but no quotation, counts only in the all-predictions view
        assertEquals(1.0, m.get("n_direct_gold"), EPS);
        assertEquals(1.0, m.get("n_direct_pred"), EPS);
        assertEquals(2.0, m.get("n_direct_pred_all"), EPS);
        assertEquals(1.0, m.get("direct_content_precision_overlap"), EPS);
        assertEquals(1.0, m.get("direct_content_recall_overlap"), EPS);
        assertEquals(1.0, m.get("direct_content_f1_overlap"), EPS);
        assertEquals(0.5, m.get("direct_content_precision_overlap_all_predictions"), EPS);
        assertEquals(2.0 / 3, m.get("direct_content_f1_overlap_all_predictions"), EPS);
        assertEquals(2.0 / 3, m.get("speaker_accuracy"), EPS);
        assertEquals(1.0, m.get("direct_speaker_accuracy"), EPS);
        assertEquals(0.0, m.get("no_source_no_speaker_share"), EPS);
        assertEquals(2.0 / 5, m.get("end_to_end_precision"), EPS);
        assertEquals(2.0 / 4, m.get("end_to_end_recall"), EPS);
        assertEquals(4.0 / 9, m.get("end_to_end_f1"), EPS);
        assertEquals(1.0, m.get("direct_end_to_end_f1"), EPS);
        assertEquals(4.0, m.get("n_gold"), EPS);
        assertEquals(5.0, m.get("n_pred"), EPS);
        // indirect: G1, G3, G4; P2, P3, P4 matched to them and the spurious P5 (no quotation) count
        assertEquals(3.0, m.get("n_indirect_gold"), EPS);
        assertEquals(4.0, m.get("n_indirect_pred"), EPS);
        assertEquals(3.0 / 4, m.get("indirect_content_precision_overlap"), EPS);
        assertEquals(1.0, m.get("indirect_content_recall_overlap"), EPS);
        assertEquals(6.0 / 7, m.get("indirect_content_f1_overlap"), EPS);
        assertEquals(1.0 / 4, m.get("indirect_content_precision_exact"), EPS); // only P4 is exact (G4)
        assertEquals(1.0 / 3, m.get("indirect_content_recall_exact"), EPS);
        assertEquals(0.5, m.get("indirect_speaker_accuracy"), EPS);          // G1 right, G3 wrong, G4 has no source
        assertEquals(2.0, m.get("n_indirect_speaker_scored"), EPS);
        assertEquals(1.0 / 4, m.get("indirect_end_to_end_precision"), EPS);  // G1 only: G4 got a speaker
        assertEquals(1.0 / 3, m.get("indirect_end_to_end_recall"), EPS);
        // the spurious prediction is the only one without a gold partner
        assertEquals(-1, s.predToGold()[s.predictions().indexOf(preds.get(4))]);
    }

    @Test
    void anUnmatchedQuotationCountsAgainstDirectPrecisionAndAnUnmatchedClauseDoesNot() {
        String text = "Ruiz called the plan \u201ca total disaster for the city\u201d on Monday. Officials said little.";
        PolnearDocument doc = new PolnearDocument("d2", "d2_aaaa.ann", text, List.of());
        int q = text.indexOf("a total");
        int r = text.indexOf("little");
        List<PredictedQuote> preds = List.of(
                new PredictedQuote(q, q + "a total disaster for the city".length(), "Ruiz", -1, -1),
                new PredictedQuote(r, r + "little".length(), "Officials", -1, -1));
        Map<String, Double> m = QuoteScorer.metrics(QuoteScorer.score(doc, preds).counts());
        assertEquals(1.0, m.get("n_direct_pred"), EPS);
        assertEquals(2.0, m.get("n_direct_pred_all"), EPS);
        assertEquals(0.0, m.get("direct_content_precision_overlap"), EPS);
    }

    @Test
    void everyPredictionIsChargedToExactlyOneType() {
        // one of each: matched to direct gold, matched to indirect gold, a quotation matched to indirect gold, and
        // unmatched ones inside and outside quotation marks
        List<PredictedQuote> preds = List.of(
                pred(at("We are ready"), "Ruiz", null),                 // direct gold G2
                pred(at("the bridge would reopen"), "Ruiz", null),      // indirect gold G1
                pred(at("costs doubled"), null, null),                   // indirect gold G4
                pred(at("a report said"), null, null),                   // unmatched, no marks
                pred(at("\u201cWe"), null, null));                        // unmatched, inside marks (G2 is taken)
        QuoteScorer.Counts c = QuoteScorer.score(DOC, preds).counts();
        assertEquals(5, c.pred());
        assertEquals(2, c.directPred(), "G2's match and the unmatched quotation");
        assertEquals(3, c.indirectPred(), "G1's and G4's matches and the unmatched clause");
        assertEquals(1, c.directTp());
        assertEquals(2, c.indirectTp());
        Map<String, Double> m = QuoteScorer.metrics(c);
        assertEquals(0.5, m.get("direct_content_precision_overlap"), EPS);
        assertEquals(2.0 / 3, m.get("indirect_content_precision_overlap"), EPS);
        // the all-predictions view charges the unmatched clause to direct as well: it counts twice there
        assertEquals(3.0, m.get("n_direct_pred_all"), EPS);

        // and on any set of predictions: each is charged once, each gold item and each match has one type
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int round = 0; round < 300; round++) {
            List<PredictedQuote> some = new java.util.ArrayList<>();
            int n = random.nextInt(8);
            for (int k = 0; k < n; k++) {
                int a = random.nextInt(TEXT.length());
                int b = Math.min(TEXT.length(), a + 1 + random.nextInt(40));
                some.add(new PredictedQuote(a, b, null, -1, -1));
            }
            QuoteScorer.Counts r = QuoteScorer.score(DOC, some).counts();
            assertEquals(r.pred(), r.directPred() + r.indirectPred(), "predictions " + some);
            assertEquals(r.overlapTp(), r.directTp() + r.indirectTp(), "matches " + some);
            assertEquals(r.gold(), r.directGold() + r.indirectGold());
            assertTrue(r.directTp() <= r.directPred() && r.indirectTp() <= r.indirectPred(), "matches " + some);
        }
    }

    @Test
    void noSpeakerForASourcelessGoldIsRightEndToEnd() {
        QuoteScorer.Counts c = QuoteScorer.score(DOC, List.of(pred(at("costs doubled"), null, null))).counts();
        assertEquals(1, c.e2eTp());
        assertEquals(1, c.noSourceNoSpeaker());
        assertEquals(0, c.speakerScored());
    }

    @Test
    void overlapNeedsHalfOfTheShorterSpan() {
        // "Ruiz said the bridge": 17 characters without spaces, 9 shared with G1 (25): 2 * 9 >= 17, a match
        QuoteScorer.Counts in = QuoteScorer.score(DOC, List.of(pred(at("Ruiz said the bridge"), null, null)))
                .counts();
        assertEquals(1, in.overlapTp());
        // "Ana Ruiz said the bridge": 20 characters, still 9 shared: 2 * 9 < 20, no match
        QuoteScorer.Counts out = QuoteScorer.score(DOC, List.of(pred(at("Ana Ruiz said the bridge"), null, null)))
                .counts();
        assertEquals(0, out.overlapTp());
        assertEquals(0, out.sharedChars());
        assertTrue(Spans.halfOverlap(5, 10, 30));
        assertFalse(Spans.halfOverlap(4, 10, 30));
        assertFalse(Spans.halfOverlap(0, 0, 0));
    }

    @Test
    void exactIgnoresSurroundingWhitespaceAndPunctuationOnly() {
        Fragment ready = at("We are ready");
        assertEquals(1, QuoteScorer.score(DOC, List.of(pred(ready, null, null))).counts().exactTp());
        Fragment withComma = new Fragment(ready.start(), ready.end() + 1); // "We are ready,"
        assertEquals(1, QuoteScorer.score(DOC, List.of(pred(withComma, null, null))).counts().exactTp());
        Fragment withSpaceBefore = new Fragment(QUOTE.start() - 1, QUOTE.end() + 1); // " “We are ready,” "
        assertEquals(1, QuoteScorer.score(DOC, List.of(pred(withSpaceBefore, null, null))).counts().exactTp());
        QuoteScorer.Counts shorter = QuoteScorer.score(DOC, List.of(pred(at("We are"), null, null))).counts();
        assertEquals(0, shorter.exactTp());
        assertEquals(1, shorter.overlapTp());
        // a word more is not exact either
        QuoteScorer.Counts longer = QuoteScorer.score(DOC,
                List.of(pred(new Fragment(QUOTE.start(), SECOND_RUIZ.end()), null, null))).counts();
        assertEquals(0, longer.exactTp());
        assertEquals(1, longer.overlapTp());
        // two identical predictions: one-to-one, the second is not a match
        QuoteScorer.Counts twice = QuoteScorer.score(DOC,
                List.of(pred(ready, null, null), pred(ready, null, null))).counts();
        assertEquals(1, twice.exactTp());
        assertEquals(1, twice.overlapTp());
        assertEquals(2, twice.pred());
    }

    @Test
    void greedyMatchingPrefersTheLargestOverlap() {
        PredictedQuote small = pred(at("the bridge"), null, null);            // 9 shared with G1
        PredictedQuote large = pred(at("would reopen in May"), null, null);   // 16 shared with G1
        QuoteScorer.DocScore s = QuoteScorer.score(DOC, List.of(small, large));
        assertEquals(1, s.counts().overlapTp());
        assertEquals(16, s.counts().sharedChars());
        assertEquals(s.predictions().indexOf(large), s.gold().get(0).overlapPred());
        assertEquals(-1, s.predToGold()[s.predictions().indexOf(small)]);
    }

    @Test
    void emptyPredictionsScoreZeroWithoutDividingByZero() {
        Map<String, Double> m = QuoteScorer.metrics(QuoteScorer.score(DOC, List.of()).counts());
        assertEquals(0.0, m.get("content_f1_overlap"), EPS);
        assertEquals(0.0, m.get("speaker_accuracy"), EPS);
        assertEquals(4.0, m.get("n_gold"), EPS);
    }
}
