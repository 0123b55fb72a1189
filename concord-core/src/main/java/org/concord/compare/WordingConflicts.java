package org.concord.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concord.model.Claim;
import org.concord.model.ClaimStatus;
import org.concord.model.Conflict;
import org.concord.model.ConflictAspect;
import org.concord.model.ConflictValue;
import org.concord.model.Occurrence;
import org.concord.model.Quote;
import org.concord.model.Span;

/**
 * A quote worded differently by different documents. Only words inside quotation marks are compared: reported
 * speech ("he said the talks had failed") is the writer's paraphrase, and two paraphrases of one remark are not two
 * wordings of it. Within a quote, an editor's insertion in brackets ("(on Grand Cayman)") is not the speaker's, a
 * wording that is part of another is the same words quoted in part, and so is one whose pieces around an ellipsis
 * ("...") all appear, in order, in another, or one that only starts or ends elsewhere ({@link #otherExtent}). Two wordings of one remark keep most of its words in their order: at
 * least two thirds of the shorter wording's words form a common subsequence with the other's (the longest common
 * subsequence of words, as ROUGE-L scores it, Lin 2004). Wordings with less in common are two remarks the quote
 * ledger joined, not one remark worded twice.
 */
final class WordingConflicts {
    private WordingConflicts() {
    }

    static List<Claim> find(List<Quote> quotes, Independence independence) {
        List<Claim> out = new ArrayList<>();
        for (Quote q : quotes) {
            Map<String, List<String>> byKey = new LinkedHashMap<>();
            Map<String, String> wordingShown = new LinkedHashMap<>();
            Map<String, Span> firstSpan = new LinkedHashMap<>();
            for (Occurrence o : q.occurrences()) {
                if (!o.direct()) {
                    continue;
                }
                String key = String.join(" ... ", pieces(o.text()));
                if (key.isBlank()) {
                    continue;
                }
                wordingShown.putIfAbsent(key, o.text().strip().replaceAll("\\s+", " "));
                firstSpan.putIfAbsent(key, new Span(o.document(), o.start(), o.end()));
                List<String> ds = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (!ds.contains(o.document())) {
                    ds.add(o.document());
                }
            }
            byKey.keySet().removeIf(k -> byKey.keySet().stream().anyMatch(other -> !other.equals(k)
                    && (quotedInPart(k, other) || otherExtent(k, other) && k.compareTo(other) > 0)));
            List<String> keys = new ArrayList<>(byKey.keySet());
            if (keys.size() >= 2 && keys.stream().anyMatch(k -> keys.stream().anyMatch(o -> !sameRemark(k, o)))) {
                continue;
            }
            Set<String> docs = new LinkedHashSet<>();
            byKey.values().forEach(docs::addAll);
            if (byKey.size() < 2 || independence.origins(docs) < 2) {
                continue;
            }
            List<ConflictValue> values = new ArrayList<>();
            List<Span> sources = new ArrayList<>();
            byKey.forEach((k, ds) -> {
                values.add(new ConflictValue(wordingShown.get(k), List.copyOf(ds)));
                sources.add(firstSpan.get(k));
            });
            String who = q.speaker() == null ? "Unattributed" : q.speaker().name();
            out.add(new Claim(who + ": \u201c" + q.text() + "\u201d", ClaimStatus.CONFLICTING, sources,
                    independence.sources(docs), List.of(new Conflict(ConflictAspect.WORDING, values))));
        }
        return out;
    }

    /** The wording's pieces around its ellipses, each as {@link ClaimAligner#wordingKey}, brackets removed. */
    static List<String> pieces(String text) {
        String unbracketed = text.replaceAll("\\([^()]*\\)|\\[[^\\[\\]]*\\]|\\{[^{}]*\\}", " ");
        List<String> out = new ArrayList<>();
        for (String piece : unbracketed.split("\\.\\s*\\.\\s*\\.|\u2026")) {
            String k = ClaimAligner.wordingKey(piece);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    /** The share of the shorter wording's words, in order, that two wordings of one remark keep. */
    static final double KEPT = 2.0 / 3.0;

    /** Whether two wordings keep enough words in order to be one remark (see the class comment). */
    static boolean sameRemark(String a, String b) {
        String[] x = a.replace(" ... ", " ").split(" ");
        String[] y = b.replace(" ... ", " ").split(" ");
        int[] prev = new int[y.length + 1];
        for (int i = 1; i <= x.length; i++) {
            int[] cur = new int[y.length + 1];
            for (int j = 1; j <= y.length; j++) {
                cur[j] = x[i - 1].equals(y[j - 1]) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            prev = cur;
        }
        return prev[y.length] >= KEPT * Math.min(x.length, y.length) - 1e-9;
    }

    /**
     * Whether two wordings are the same words quoted to different extents: where they overlap (from their first to
     * their last word in common, in order) neither has a word the other lacks ("were never allowed to say ... That
     * was crucial" and "The children were never allowed to say ..."). A changed word inside the overlap is a second
     * wording.
     */
    static boolean otherExtent(String a, String b) {
        String[] x = a.replace(" ... ", " ").split(" ");
        String[] y = b.replace(" ... ", " ").split(" ");
        int[][] l = new int[x.length + 1][y.length + 1];
        for (int i = x.length - 1; i >= 0; i--) {
            for (int j = y.length - 1; j >= 0; j--) {
                l[i][j] = x[i].equals(y[j]) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
            }
        }
        if (l[0][0] == 0) {
            return false;
        }
        int i = 0;
        int j = 0;
        int firstX = -1;
        int firstY = -1;
        int lastX = -1;
        int lastY = -1;
        int matched = 0;
        while (i < x.length && j < y.length) {
            if (x[i].equals(y[j]) && l[i][j] == l[i + 1][j + 1] + 1) {
                firstX = firstX < 0 ? i : firstX;
                firstY = firstY < 0 ? j : firstY;
                lastX = i;
                lastY = j;
                matched++;
                i++;
                j++;
            } else if (l[i + 1][j] >= l[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return lastX - firstX + 1 == matched && lastY - firstY + 1 == matched;
    }

    /** Whether every piece of wording {@code part} appears, in order, in wording {@code whole}. */
    static boolean quotedInPart(String part, String whole) {
        String w = " " + whole.replace(" ... ", " ").toLowerCase(Locale.ROOT) + " ";
        int at = 0;
        for (String piece : part.split(" \\.\\.\\. ")) {
            int found = w.indexOf(" " + piece + " ", at);
            if (found < 0) {
                return false;
            }
            at = found + piece.length() + 1;
        }
        return true;
    }
}
