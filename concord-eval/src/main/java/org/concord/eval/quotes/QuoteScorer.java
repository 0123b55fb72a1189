package org.concord.eval.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores predicted attributions against PolNeAR gold, as concord.eval/1 defines the {@code quotes} task.
 * <ul>
 * <li>Spans are compared as normalised character sets ({@link Spans#normalised}: whitespace dropped, punctuation
 * trimmed from both ends).</li>
 * <li><b>exact</b>: a prediction matches a gold attribution whose normalised content is identical; one-to-one,
 * predictions taken in text order, each matching the first unmatched identical gold item.</li>
 * <li><b>overlap</b>: a prediction and a gold attribution are candidates when they share at least half of the
 * shorter normalised span's characters; the one-to-one matching is greedy by largest shared character count
 * (ties: smaller gold start, then smaller prediction start).</li>
 * <li>P = matches / predictions, R = matches / gold, F1 = 2PR / (P + R), micro-averaged over all articles;
 * char-level P and R are the shared characters of matched pairs over all predicted and all gold characters.</li>
 * <li><b>speaker accuracy</b>: over overlap-matched pairs whose gold has a source, the share whose predicted
 * speaker is right ({@link SpeakerMatcher}). Pairs whose gold has no source are counted apart
 * ({@code no_source_no_speaker_share}: the share where the system gave no speaker).</li>
 * <li><b>end-to-end</b>: overlap F1 where a matched pair counts only if the speaker is right too (gold without a
 * source: right when the system gave no speaker).</li>
 * <li><b>direct</b>: the gold side restricted to quotations in quotation marks: gold whose content characters
 * are at least {@value #DIRECT_SHARE} inside quotation marks ({@link Spans#insideQuotationMarks}). On the
 * prediction side, as per-type scores of attribution work do (Pareti et al. 2013), the predictions that are
 * quotations count: those matched to a direct gold item, and the unmatched ones whose own content is at least
 * {@value #DIRECT_SHARE} inside quotation marks. A prediction matched to other gold, or an unmatched reported
 * clause, is neither right nor wrong here: it makes no claim to be a quotation. The stricter view that counts
 * every unmatched prediction is reported as {@code direct_content_*_overlap_all_predictions}.</li>
 * <li><b>indirect</b>: the rest, scored the same way: gold that is not direct, and the predictions matched to it or
 * unmatched and not themselves in quotation marks. Every prediction is thus charged to exactly one type, direct or
 * indirect, as eval-v1 requires.</li>
 * <li><b>quoted</b> is the looser view of PolNeAR's notes: gold content containing a double quotation mark
 * (" “ ”), scored like direct.</li>
 * </ul>
 * Gold attributions whose normalised content is empty (only punctuation) are not scored.
 */
public final class QuoteScorer {
    /** The share of a gold content's characters that must be inside quotation marks for it to be direct. */
    public static final double DIRECT_SHARE = 0.9;

    private QuoteScorer() {
    }

    /** What became of one gold attribution. {@code overlapPred}/{@code exactPred} are -1 when unmatched. */
    public record GoldOutcome(GoldAttribution gold, boolean direct, boolean quoted, int exactPred, int overlapPred,
                              int shared, boolean speakerRight) {
        public boolean matched() {
            return overlapPred >= 0;
        }

        /** End-to-end right: matched, and the speaker right (or both without one). */
        public boolean endToEnd(List<PredictedQuote> preds) {
            if (!matched()) {
                return false;
            }
            return gold.hasSource() ? speakerRight : !preds.get(overlapPred).hasSpeaker();
        }
    }

    /** The score of one document: the outcome of each gold item, predictions (sorted) and their matches. */
    public record DocScore(PolnearDocument document, List<GoldOutcome> gold, List<PredictedQuote> predictions,
                           int[] predToGold, Counts counts) {
    }

    /**
     * Additive counts (micro-averaging over documents). Every gold item is direct or indirect, and every prediction
     * is charged to exactly one of the two types ({@code directPred + indirectPred == pred}): the type of the gold
     * item it is matched to, else its own.
     */
    public record Counts(long gold, long pred, long exactTp, long overlapTp, long sharedChars, long predChars,
                         long goldChars, long directGold, long directPred, long directTp, long directExactTp,
                         long quotedGold, long quotedPred, long quotedTp, long speakerScored, long speakerRight,
                         long directSpeakerScored, long directSpeakerRight, long noSourceMatched,
                         long noSourceNoSpeaker, long e2eTp, long directE2eTp, long directPredAll,
                         long indirectGold, long indirectPred, long indirectTp, long indirectExactTp,
                         long indirectSpeakerScored, long indirectSpeakerRight, long indirectE2eTp) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(gold + o.gold, pred + o.pred, exactTp + o.exactTp, overlapTp + o.overlapTp,
                    sharedChars + o.sharedChars, predChars + o.predChars, goldChars + o.goldChars,
                    directGold + o.directGold, directPred + o.directPred, directTp + o.directTp,
                    directExactTp + o.directExactTp, quotedGold + o.quotedGold, quotedPred + o.quotedPred,
                    quotedTp + o.quotedTp, speakerScored + o.speakerScored, speakerRight + o.speakerRight,
                    directSpeakerScored + o.directSpeakerScored, directSpeakerRight + o.directSpeakerRight,
                    noSourceMatched + o.noSourceMatched, noSourceNoSpeaker + o.noSourceNoSpeaker,
                    e2eTp + o.e2eTp, directE2eTp + o.directE2eTp, directPredAll + o.directPredAll,
                    indirectGold + o.indirectGold, indirectPred + o.indirectPred, indirectTp + o.indirectTp,
                    indirectExactTp + o.indirectExactTp, indirectSpeakerScored + o.indirectSpeakerScored,
                    indirectSpeakerRight + o.indirectSpeakerRight, indirectE2eTp + o.indirectE2eTp);
        }
    }

    private record Candidate(int gold, int pred, int shared, int goldStart, int predStart) {}

    /** Scores {@code predictions} (any order) against the gold of {@code doc}. */
    public static DocScore score(PolnearDocument doc, List<PredictedQuote> predictions) {
        String text = doc.text();
        List<PredictedQuote> preds = new ArrayList<>(predictions);
        preds.sort(Comparator.comparingInt(PredictedQuote::start).thenComparingInt(PredictedQuote::end));
        List<GoldAttribution> golds = new ArrayList<>();
        List<BitSet> g = new ArrayList<>();
        for (GoldAttribution a : doc.attributions()) {
            BitSet b = Spans.normalised(text, a.content());
            if (!b.isEmpty()) {
                golds.add(a);
                g.add(b);
            }
        }
        List<BitSet> p = new ArrayList<>();
        for (PredictedQuote q : preds) {
            p.add(Spans.normalised(text, Math.min(q.start(), text.length()), Math.min(q.end(), text.length())));
        }
        BitSet inside = Spans.insideQuotationMarks(text);
        boolean[] direct = new boolean[golds.size()];
        boolean[] quoted = new boolean[golds.size()];
        for (int i = 0; i < golds.size(); i++) {
            direct[i] = isDirect(text, golds.get(i).content(), inside);
            quoted[i] = hasDoubleQuote(text, golds.get(i).content());
        }
        // exact: one-to-one, predictions in text order
        int[] exactPredOfGold = new int[golds.size()];
        Arrays.fill(exactPredOfGold, -1);
        int[] exactGoldOfPred = new int[preds.size()];
        Arrays.fill(exactGoldOfPred, -1);
        for (int j = 0; j < preds.size(); j++) {
            for (int i = 0; i < golds.size(); i++) {
                if (exactPredOfGold[i] < 0 && !p.get(j).isEmpty() && p.get(j).equals(g.get(i))) {
                    exactPredOfGold[i] = j;
                    exactGoldOfPred[j] = i;
                    break;
                }
            }
        }
        // overlap: greedy one-to-one by largest shared count
        List<Candidate> cands = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) {
            for (int j = 0; j < preds.size(); j++) {
                int shared = Spans.intersection(g.get(i), p.get(j));
                if (Spans.halfOverlap(shared, g.get(i).cardinality(), p.get(j).cardinality())) {
                    cands.add(new Candidate(i, j, shared, g.get(i).nextSetBit(0), p.get(j).nextSetBit(0)));
                }
            }
        }
        cands.sort(Comparator.comparingInt(Candidate::shared).reversed().thenComparingInt(Candidate::goldStart)
                .thenComparingInt(Candidate::predStart).thenComparingInt(Candidate::gold)
                .thenComparingInt(Candidate::pred));
        int[] predOfGold = new int[golds.size()];
        Arrays.fill(predOfGold, -1);
        int[] goldOfPred = new int[preds.size()];
        Arrays.fill(goldOfPred, -1);
        int[] sharedOfGold = new int[golds.size()];
        for (Candidate c : cands) {
            if (predOfGold[c.gold()] < 0 && goldOfPred[c.pred()] < 0) {
                predOfGold[c.gold()] = c.pred();
                goldOfPred[c.pred()] = c.gold();
                sharedOfGold[c.gold()] = c.shared();
            }
        }
        long goldChars = 0;
        long predChars = 0;
        long sharedChars = 0;
        for (BitSet b : g) {
            goldChars += b.cardinality();
        }
        for (BitSet b : p) {
            predChars += b.cardinality();
        }
        long exactTp = 0;
        long overlapTp = 0;
        long directGold = 0;
        long directTp = 0;
        long directExactTp = 0;
        long quotedGold = 0;
        long quotedTp = 0;
        long speakerScored = 0;
        long speakerRight = 0;
        long directSpeakerScored = 0;
        long directSpeakerRight = 0;
        long noSourceMatched = 0;
        long noSourceNoSpeaker = 0;
        long e2eTp = 0;
        long directE2eTp = 0;
        long indirectGold = 0;
        long indirectTp = 0;
        long indirectExactTp = 0;
        long indirectSpeakerScored = 0;
        long indirectSpeakerRight = 0;
        long indirectE2eTp = 0;
        List<GoldOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) {
            GoldAttribution a = golds.get(i);
            int j = predOfGold[i];
            boolean right = j >= 0 && SpeakerMatcher.right(text, a, preds.get(j));
            GoldOutcome o = new GoldOutcome(a, direct[i], quoted[i], exactPredOfGold[i], j, sharedOfGold[i], right);
            outcomes.add(o);
            directGold += direct[i] ? 1 : 0;
            indirectGold += direct[i] ? 0 : 1;
            quotedGold += quoted[i] ? 1 : 0;
            if (exactPredOfGold[i] >= 0) {
                exactTp++;
                directExactTp += direct[i] ? 1 : 0;
                indirectExactTp += direct[i] ? 0 : 1;
            }
            if (j < 0) {
                continue;
            }
            overlapTp++;
            sharedChars += sharedOfGold[i];
            directTp += direct[i] ? 1 : 0;
            indirectTp += direct[i] ? 0 : 1;
            quotedTp += quoted[i] ? 1 : 0;
            if (a.hasSource()) {
                speakerScored++;
                speakerRight += right ? 1 : 0;
                if (direct[i]) {
                    directSpeakerScored++;
                    directSpeakerRight += right ? 1 : 0;
                } else {
                    indirectSpeakerScored++;
                    indirectSpeakerRight += right ? 1 : 0;
                }
            } else {
                noSourceMatched++;
                noSourceNoSpeaker += preds.get(j).hasSpeaker() ? 0 : 1;
            }
            if (o.endToEnd(preds)) {
                e2eTp++;
                directE2eTp += direct[i] ? 1 : 0;
                indirectE2eTp += direct[i] ? 0 : 1;
            }
        }
        long directPred = 0;
        long indirectPred = 0;
        long directPredAll = 0;
        long quotedPred = 0;
        for (int j = 0; j < preds.size(); j++) {
            int i = goldOfPred[j];
            directPredAll += i >= 0 && !direct[i] ? 0 : 1;
            // its type: that of the gold item it matched, else its own (Pareti et al. 2013 score each type apart)
            boolean directType;
            if (i >= 0) {
                directType = direct[i];
            } else {
                PredictedQuote q = preds.get(j);
                List<Fragment> content = List.of(new Fragment(Math.min(q.start(), text.length()),
                        Math.min(q.end(), text.length())));
                directType = isDirect(text, content, inside);
            }
            if (directType) {
                directPred++;
            } else {
                indirectPred++;
            }
            quotedPred += i >= 0 && !quoted[i] ? 0 : 1;
        }
        Counts counts = new Counts(golds.size(), preds.size(), exactTp, overlapTp, sharedChars, predChars,
                goldChars, directGold, directPred, directTp, directExactTp, quotedGold, quotedPred, quotedTp,
                speakerScored, speakerRight, directSpeakerScored, directSpeakerRight, noSourceMatched,
                noSourceNoSpeaker, e2eTp, directE2eTp, directPredAll, indirectGold, indirectPred, indirectTp,
                indirectExactTp, indirectSpeakerScored, indirectSpeakerRight, indirectE2eTp);
        return new DocScore(doc, outcomes, List.copyOf(preds), goldOfPred, counts);
    }

    /** At least {@link #DIRECT_SHARE} of the content's characters lie inside quotation marks. */
    static boolean isDirect(String text, List<Fragment> content, BitSet inside) {
        int total = 0;
        int in = 0;
        for (Fragment f : content) {
            for (int i = f.start(); i < Math.min(f.end(), text.length()); i++) {
                total++;
                in += inside.get(i) ? 1 : 0;
            }
        }
        return total > 0 && in >= DIRECT_SHARE * total;
    }

    static boolean hasDoubleQuote(String text, List<Fragment> content) {
        for (Fragment f : content) {
            for (int i = f.start(); i < Math.min(f.end(), text.length()); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\u201C' || c == '\u201D') {
                    return true;
                }
            }
        }
        return false;
    }

    /** The metrics of {@code c}: fractions in [0, 1] (0 where undefined), and counts prefixed {@code n_}. */
    public static Map<String, Double> metrics(Counts c) {
        Map<String, Double> m = new TreeMap<>();
        prf(m, "content", "_exact", c.exactTp(), c.pred(), c.gold());
        prf(m, "content", "_overlap", c.overlapTp(), c.pred(), c.gold());
        m.put("content_char_precision", ratio(c.sharedChars(), c.predChars()));
        m.put("content_char_recall", ratio(c.sharedChars(), c.goldChars()));
        prf(m, "direct_content", "_overlap", c.directTp(), c.directPred(), c.directGold());
        prf(m, "direct_content", "_exact", c.directExactTp(), c.directPred(), c.directGold());
        prf(m, "direct_content", "_overlap_all_predictions", c.directTp(), c.directPredAll(), c.directGold());
        prf(m, "indirect_content", "_overlap", c.indirectTp(), c.indirectPred(), c.indirectGold());
        prf(m, "indirect_content", "_exact", c.indirectExactTp(), c.indirectPred(), c.indirectGold());
        prf(m, "quoted_content", "_overlap", c.quotedTp(), c.quotedPred(), c.quotedGold());
        m.put("speaker_accuracy", ratio(c.speakerRight(), c.speakerScored()));
        m.put("direct_speaker_accuracy", ratio(c.directSpeakerRight(), c.directSpeakerScored()));
        m.put("indirect_speaker_accuracy", ratio(c.indirectSpeakerRight(), c.indirectSpeakerScored()));
        m.put("no_source_no_speaker_share", ratio(c.noSourceNoSpeaker(), c.noSourceMatched()));
        prf(m, "end_to_end", "", c.e2eTp(), c.pred(), c.gold());
        prf(m, "direct_end_to_end", "", c.directE2eTp(), c.directPred(), c.directGold());
        prf(m, "indirect_end_to_end", "", c.indirectE2eTp(), c.indirectPred(), c.indirectGold());
        m.put("n_gold", (double) c.gold());
        m.put("n_pred", (double) c.pred());
        m.put("n_matched", (double) c.overlapTp());
        m.put("n_direct_gold", (double) c.directGold());
        m.put("n_direct_pred", (double) c.directPred());
        m.put("n_direct_pred_all", (double) c.directPredAll());
        m.put("n_indirect_gold", (double) c.indirectGold());
        m.put("n_indirect_pred", (double) c.indirectPred());
        m.put("n_indirect_speaker_scored", (double) c.indirectSpeakerScored());
        m.put("n_quoted_gold", (double) c.quotedGold());
        m.put("n_speaker_scored", (double) c.speakerScored());
        m.put("n_direct_speaker_scored", (double) c.directSpeakerScored());
        return m;
    }

    private static void prf(Map<String, Double> m, String prefix, String suffix, long tp, long pred, long gold) {
        double p = ratio(tp, pred);
        double r = ratio(tp, gold);
        m.put(prefix + "_precision" + suffix, p);
        m.put(prefix + "_recall" + suffix, r);
        m.put(prefix + "_f1" + suffix, p + r == 0 ? 0.0 : 2 * p * r / (p + r));
    }

    static double ratio(long a, long b) {
        return b == 0 ? 0.0 : (double) a / b;
    }
}
