package org.concord.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.text.StopWords;

/**
 * Content terms of annotated text: lower-cased lemmas of nouns, verbs, adjectives and numbers, stop words
 * ({@link StopWords#TERMS}) out.
 */
public final class Terms {
    private Terms() {
    }

    /** Whether a token carries content (noun, verb, adjective, number; not a stop word or punctuation). */
    public static boolean isContent(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        if (!(pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ") || pos.equals("CD"))) {
            return false;
        }
        String l = key(t);
        return l.length() > 1 && !StopWords.TERMS.contains(l) && l.chars().anyMatch(Character::isLetterOrDigit);
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
