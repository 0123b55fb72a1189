package org.concord.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Sentence;
import org.concord.annotate.Token;
import org.concord.text.Verbs;

/**
 * Tokens and syntactic heads of mentions, without a parser. An event mention's head is its first verb ("checked
 * into" -> "check"), else its last noun before a preposition ("the shooting of ..." -> "shooting"); an entity
 * mention's head is the last noun, pronoun or number of its first phrase (before a preposition, relative pronoun,
 * comma or verb: "the producer of the show" -> "producer"). Both fall back to the last token.
 */
public final class Heads {

    private Heads() {
    }

    /** The tokens of {@code doc} inside [start, end), in order. */
    public static List<Token> tokens(AnnotatedDocument doc, int start, int end) {
        List<Token> out = new ArrayList<>();
        for (Sentence s : doc.annotation().sentences()) {
            if (s.end() < start || s.start() > end) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (t.start() >= start && t.end() <= end) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The head token of a mention's tokens (non-empty), read as an event or an entity mention. */
    public static Token head(List<Token> toks, boolean event) {
        if (toks.size() == 1) {
            return toks.get(0);
        }
        if (event) {
            Token lightVerb = null;
            for (Token t : toks) {
                if (pos(t).startsWith("VB")) {
                    if (!Verbs.LIGHT.contains(lemma(t))) {
                        return t;
                    }
                    if (lightVerb == null) {
                        lightVerb = t;
                    }
                }
            }
            Token noun = lastNounOfFirstPhrase(toks, false);
            return noun != null ? noun : lightVerb != null ? lightVerb : toks.get(toks.size() - 1);
        }
        Token noun = lastNounOfFirstPhrase(toks, true);
        return noun != null ? noun : toks.get(toks.size() - 1);
    }

    private static Token lastNounOfFirstPhrase(List<Token> toks, boolean stopAtVerb) {
        Token last = null;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            String p = pos(t);
            if (i > 0 && (p.equals("IN") || p.equals("TO") || p.startsWith("W") || t.word().equals(",")
                    || stopAtVerb && p.startsWith("VB") && last != null)) {
                break;
            }
            if (p.startsWith("NN") || p.startsWith("PRP") || p.equals("CD")) {
                last = t;
            }
        }
        return last;
    }

    /** The lower-cased lemma of a token. */
    public static String lemma(Token t) {
        String l = t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma();
        return l.toLowerCase(Locale.ROOT);
    }

    static String pos(Token t) {
        return t.pos() == null ? "" : t.pos();
    }
}
