package org.concord.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Content terms of annotated text: lower-cased lemmas of nouns, verbs, adjectives and numbers, stop words out. */
public final class Terms {
    /** Function words and reporting verbs that carry no topic. */
    public static final Set<String> STOP = Set.of(
            "be", "have", "do", "say", "tell", "make", "get", "go", "take", "come", "will", "would", "can", "could",
            "may", "might", "must", "shall", "should", "also", "just", "not", "more", "most", "other", "such",
            "many", "much", "own", "same", "new", "one", "year", "time", "day", "week", "month", "people", "thing",
            "way", "lot", "mr.", "mrs.", "ms.", "dr.", "%", "s", "'s", "include", "add", "accord", "report",
            "last", "first", "next", "later", "early", "late");

    private Terms() {
    }

    /** Whether a token carries content (noun, verb, adjective, number; not a stop word or punctuation). */
    public static boolean isContent(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        if (!(pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ") || pos.equals("CD"))) {
            return false;
        }
        String l = key(t);
        return l.length() > 1 && !STOP.contains(l) && l.chars().anyMatch(Character::isLetterOrDigit);
    }

    /** The comparison key of a token: its lemma, lower-cased. */
    public static String key(Token t) {
        String l = t.lemma() == null ? t.word() : t.lemma();
        return l.toLowerCase(Locale.ROOT);
    }

    /** The content terms of a sentence, in order. */
    public static List<String> content(Sentence s) {
        List<String> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (isContent(t)) {
                out.add(key(t));
            }
        }
        return out;
    }

    /** The content terms of a whole annotation. */
    public static List<String> content(Annotation a) {
        List<String> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            out.addAll(content(s));
        }
        return out;
    }

    /** Jaccard similarity of two term sets. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int inter = 0;
        for (String x : a) {
            if (b.contains(x)) {
                inter++;
            }
        }
        return inter / (double) (a.size() + b.size() - inter);
    }
}
