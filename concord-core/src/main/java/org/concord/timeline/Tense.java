package org.concord.timeline;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.annotate.Token;

/**
 * The tense of the clause a temporal expression sits in, read from the part-of-speech tags (Penn Treebank) of the
 * verb group nearest to it: the first verb to its left within a few tokens (else the first to its right) together
 * with the auxiliaries, modals, adverbs and infinitive marker next to it. A modal of the future ("will", "'ll",
 * "would", "shall", "may", "might") or an infinitive ("to leave Thursday", "set to resume Monday") is FUTURE, unless
 * the group is a past perfect ("had been due to"); an infinitive right after a noun ("celebrations to mark the entry
 * on Friday") is a purpose or relative clause and takes the tense of the finite verb it hangs on ("staged"); a past
 * form (VBD, or VBN with no present auxiliary) and a present perfect ("have been searching") are PAST; a present
 * form (VBZ, VBP) is PRESENT; no verb nearby is NONE. This is the sentence-tense cue HeidelTime uses to pick
 * the direction of underspecified expressions in news (Strötgen and Gertz 2013, "Multilingual and cross-domain
 * temporal tagging", Language Resources and Evaluation 47(2)), read locally so that a quoted "will" elsewhere in
 * the sentence does not turn "said Friday" into next Friday.
 */
public enum Tense {
    PAST, PRESENT, FUTURE, NONE;

    private static final int WINDOW = 10;
    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "\u2019ll", "wo", "would", "shall", "may",
            "might", "'d");

    /**
     * The tense around [start, end) in a sentence's tokens (in text order); NONE when the tokens are empty or carry
     * no part-of-speech tags.
     */
    public static Tense around(List<Token> tokens, int start, int end) {
        if (tokens == null || tokens.isEmpty()) {
            return NONE;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > start && t.start() < end) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return NONE;
        }
        for (int k = first - 1; k >= Math.max(0, first - WINDOW); k--) {
            if (isVerb(tokens.get(k))) {
                if (purposeInfinitive(tokens, k)) {
                    // "celebrations to mark the entry on Friday": the tense is that of the clause the noun is in
                    Tense governing = finiteLeft(tokens, groupStart(tokens, k) - 1, first - 2 * WINDOW);
                    if (governing == NONE) {
                        governing = finiteRight(tokens, last + 1);
                    }
                    if (governing != NONE) {
                        return governing;
                    }
                }
                return group(tokens, k);
            }
        }
        for (int k = last + 1; k < Math.min(tokens.size(), last + 1 + WINDOW); k++) {
            if (isVerb(tokens.get(k))) {
                // the verb group begins at its first auxiliary: walk right over the group, then classify from its end
                int e = k;
                while (e + 1 < tokens.size() && inGroup(tokens.get(e + 1))) {
                    e++;
                }
                return group(tokens, e);
            }
        }
        return NONE;
    }

    /** The first token of the verb group that ends at {@code k}. */
    private static int groupStart(List<Token> tokens, int k) {
        int i = k;
        while (i - 1 >= 0 && (inGroup(tokens.get(i - 1)) || adjectiveBeforeTo(tokens, i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * Whether the verb group ending at {@code k} is an infinitive that follows a noun ("countries to accede",
     * "celebrations to mark"): a purpose or relative infinitive, which says nothing about when its clause is.
     */
    private static boolean purposeInfinitive(List<Token> tokens, int k) {
        int s = groupStart(tokens, k);
        if (!"TO".equals(pos(tokens.get(s))) || s == 0) {
            return false;
        }
        String before = pos(tokens.get(s - 1));
        return before.startsWith("NN");
    }

    /** The tense of the nearest finite verb group at or left of {@code from}, no further left than {@code limit}. */
    private static Tense finiteLeft(List<Token> tokens, int from, int limit) {
        for (int k = from; k >= Math.max(0, limit); k--) {
            if (isVerb(tokens.get(k))) {
                Tense t = group(tokens, k);
                if (!purposeInfinitive(tokens, k)) {
                    return t;
                }
                k = groupStart(tokens, k);
            }
        }
        return NONE;
    }

    /** The tense of the first verb group right of {@code from} within the window. */
    private static Tense finiteRight(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + WINDOW); k++) {
            if (isVerb(tokens.get(k))) {
                int e = k;
                while (e + 1 < tokens.size() && inGroup(tokens.get(e + 1))) {
                    e++;
                }
                return purposeInfinitive(tokens, e) ? NONE : group(tokens, e);
            }
        }
        return NONE;
    }

    /** Classifies the verb group that ends at token {@code k} (walking left over auxiliaries, adverbs, "to"). */
    private static Tense group(List<Token> tokens, int k) {
        boolean future = false;
        boolean infinitive = false;
        boolean past = false;
        boolean present = false;
        boolean pastPerfect = false;
        boolean otherModal = false;
        for (int i = k; i >= 0 && (i == k || inGroup(tokens.get(i)) || adjectiveBeforeTo(tokens, i)); i--) {
            Token t = tokens.get(i);
            String pos = pos(t);
            String w = t.word().toLowerCase(Locale.ROOT);
            if ("MD".equals(pos) && FUTURE_MODALS.contains(w)) {
                future = true;
            } else if ("MD".equals(pos)) {
                otherModal = true;
            } else if ("TO".equals(pos)) {
                infinitive = true;
            } else if ("VBD".equals(pos)) {
                past = true;
                if ("had".equals(w)) {
                    pastPerfect = true;
                }
            } else if ("VBZ".equals(pos) || "VBP".equals(pos)) {
                present = true;
            } else if ("VBN".equals(pos)) {
                past = true;
            }
        }
        if (future || (otherModal && !past && !present && "VB".equals(pos(tokens.get(k))))) {
            // "could arrive Wednesday", "can leave as early as Tuesday": a modal of possibility before a bare verb
            // speaks of what is still to come ("could have arrived" is past)
            return FUTURE;
        }
        if (infinitive) {
            return pastPerfect ? PAST : FUTURE;
        }
        if (present && !pastPerfect) {
            // "has said", "is expected": a present auxiliary governs; "is to" was handled above
            return (pos(tokens.get(k)).equals("VBN") && isHave(tokens, k)) || presentPerfect(tokens, k)
                    ? PAST : PRESENT;
        }
        return past ? PAST : NONE;
    }

    /** "due" in "had been due to expire", "likely" in "is likely to": an adjective that takes an infinitive. */
    private static boolean adjectiveBeforeTo(List<Token> tokens, int i) {
        String p = pos(tokens.get(i));
        return (p.startsWith("JJ") || "IN".equals(p)) && i + 1 < tokens.size() && "TO".equals(pos(tokens.get(i + 1)));
    }

    /** "have been searching", "has been cut": a present perfect (progressive or passive), which tells of the past. */
    private static boolean presentPerfect(List<Token> tokens, int k) {
        for (int i = k; i >= 0 && inGroup(tokens.get(i)); i--) {
            if ("VBN".equals(pos(tokens.get(i))) && isHave(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHave(List<Token> tokens, int k) {
        for (int i = k - 1; i >= 0 && inGroup(tokens.get(i)); i--) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (w.equals("has") || w.equals("have") || w.equals("'s") || w.equals("'ve")) {
                return true;
            }
        }
        return false;
    }

    private static String pos(Token t) {
        return t.pos() == null ? "" : t.pos();
    }

    private static boolean isVerb(Token t) {
        String p = pos(t);
        return p.startsWith("VB") || "MD".equals(p);
    }

    private static boolean inGroup(Token t) {
        String p = pos(t);
        return p.startsWith("VB") || "MD".equals(p) || "TO".equals(p) || "RB".equals(p);
    }
}
