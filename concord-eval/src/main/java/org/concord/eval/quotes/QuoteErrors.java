package org.concord.eval.quotes;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the outcome of every gold and predicted attribution as tab-separated values, for error analysis:
 * {@code document, outcome, direct, gold_start, gold_content, gold_source, pred_start, pred_content,
 * pred_speaker, pred_speaker_span}. Outcomes: {@code right} (matched, speaker right), {@code wrong_speaker},
 * {@code no_speaker} (matched, gold has a source, no speaker predicted), {@code no_source} (matched, gold has no
 * source), {@code missed} (gold not matched), {@code spurious} (prediction not matched, sharing no character with any gold content) and
 * {@code spurious_overlap} (not matched, but sharing characters with the gold shown on its row).
 */
final class QuoteErrors {
    private QuoteErrors() {
    }

    static void write(Path file, List<QuoteScorer.DocScore> scores) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("document\toutcome\tdirect\tgold_start\tgold_content\tgold_source\tpred_start\tpred_content"
                    + "\tpred_speaker\tpred_speaker_span\n");
            for (QuoteScorer.DocScore s : scores) {
                String text = s.document().text();
                for (QuoteScorer.GoldOutcome o : s.gold()) {
                    GoldAttribution g = o.gold();
                    String outcome;
                    PredictedQuote p = o.matched() ? s.predictions().get(o.overlapPred()) : null;
                    if (p == null) {
                        outcome = "missed";
                    } else if (!g.hasSource()) {
                        outcome = "no_source";
                    } else if (o.speakerRight()) {
                        outcome = "right";
                    } else if (!p.hasSpeaker()) {
                        outcome = "no_speaker";
                    } else {
                        outcome = "wrong_speaker";
                    }
                    StringBuilder content = new StringBuilder();
                    for (Fragment f : g.content()) {
                        content.append(content.length() > 0 ? " … " : "").append(text, f.start(), f.end());
                    }
                    row(w, s.document().name(), outcome, Boolean.toString(o.direct()), Integer.toString(g.start()),
                            content.toString(), g.sourceText(), p, text);
                }
                for (int j = 0; j < s.predictions().size(); j++) {
                    if (s.predToGold()[j] < 0) {
                        PredictedQuote p = s.predictions().get(j);
                        java.util.BitSet pb = Spans.normalised(text, Math.min(p.start(), text.length()),
                                Math.min(p.end(), text.length()));
                        GoldAttribution best = null;
                        int bestShared = 0;
                        for (QuoteScorer.GoldOutcome o : s.gold()) {
                            int shared = Spans.intersection(Spans.normalised(text, o.gold().content()), pb);
                            if (shared > bestShared) {
                                bestShared = shared;
                                best = o.gold();
                            }
                        }
                        if (best == null) {
                            row(w, s.document().name(), "spurious", "", "", "", "", p, text);
                        } else {
                            StringBuilder content = new StringBuilder();
                            for (Fragment f : best.content()) {
                                content.append(content.length() > 0 ? " … " : "").append(text, f.start(), f.end());
                            }
                            row(w, s.document().name(), "spurious_overlap", "", Integer.toString(best.start()),
                                    content.toString(), best.sourceText(), p, text);
                        }
                    }
                }
            }
        }
    }

    private static void row(Writer w, String doc, String outcome, String direct, String gStart, String gContent,
                            String gSource, PredictedQuote p, String text) throws IOException {
        String pStart = p == null ? "" : Integer.toString(p.start());
        String pContent = p == null ? "" : text.substring(Math.min(p.start(), text.length()),
                Math.min(p.end(), text.length()));
        String pSpeaker = p == null || p.speaker() == null ? "" : p.speaker();
        String pSpan = p == null || !p.hasSpeakerSpan() ? "" : text.substring(p.speakerStart(),
                Math.min(p.speakerEnd(), text.length()));
        w.write(String.join("\t", clean(doc), outcome, direct, gStart, clean(gContent), clean(gSource), pStart,
                clean(pContent), clean(pSpeaker), clean(pSpan)) + "\n");
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
