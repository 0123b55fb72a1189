package org.concord.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Sentence;
import org.concord.annotate.Token;

/**
 * The role nouns a text gives a name beside it: common nouns right before it ("lawyer Mark Heller", "the actress
 * Tara Reid"), titles opening it ("Judge Dabney"), a noun in apposition before it ("his lawyer, Mark Heller") or
 * after it ("Tara Reid, the actress"), and a predicate nominative ("Reid is an actress"): the appositive and
 * copular cues of the Stanford multi-pass sieve (Raghunathan et al. 2010; Lee et al. 2013), read for each name.
 */
final class Roles {
    private Roles() {
    }

    /** The role lemmas given to the name at [start, end) of {@code d} in its sentence. */
    static Set<String> of(AnnotatedDocument d, int start, int end) {
        Set<String> out = new TreeSet<>();
        Sentence s = d.annotation().sentenceAt(start);
        if (s == null) {
            return out;
        }
        List<Token> toks = s.tokens();
        int first = -1;
        int last = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() >= start && toks.get(i).end() <= end) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return out;
        }
        // titles that open the name ("Judge Dabney")
        int i = first;
        while (i < last && Names.isTitle(toks.get(i).word())
                && Character.isLetter(toks.get(i).word().charAt(toks.get(i).word().length() - 1))) {
            out.add(toks.get(i).word().toLowerCase(Locale.ROOT));
            i++;
        }
        // common nouns right before the name
        for (int j = first - 1; j >= 0 && j >= first - 3; j--) {
            Token t = toks.get(j);
            if (pos(t).equals("NN") && Character.isLetter(t.word().charAt(0))) {
                out.add(lemma(t));
            } else if (!(pos(t).startsWith("NN") && j < first - 1)) {
                break;
            }
        }
        // a noun in apposition before the name
        if (first >= 2 && toks.get(first - 1).word().equals(",") && pos(toks.get(first - 2)).equals("NN")
                && Character.isLetter(toks.get(first - 2).word().charAt(0))) {
            out.add(lemma(toks.get(first - 2)));
        }
        // an apposition or a predicate nominative after it
        Token noun = appositionHead(toks, last);
        if (noun != null) {
            out.add(lemma(noun));
        }
        return out;
    }

    /**
     * The head noun of an apposition ("Tara Reid, the actress") or a predicate nominative ("Reid is an actress")
     * right after the name whose last token is at {@code last}, or null.
     */
    static Token appositionHead(List<Token> toks, int last) {
        int after = last + 1;
        if (after >= toks.size()) {
            return null;
        }
        Token next = toks.get(after);
        boolean opens = next.word().equals(",") || lemma(next).equals("be") && pos(next).startsWith("VB");
        Token noun = null;
        for (int j = after + 1; opens && j < toks.size() && j < after + 8; j++) {
            String p = pos(toks.get(j));
            if (p.equals("NN")) {
                noun = toks.get(j);
            } else if (noun != null && p.equals("POS")) {
                noun = null; // a possessor ("the deputy's wife"): the head comes after it
            } else if (noun != null || !(p.equals("DT") || p.startsWith("JJ") || p.equals("CD")
                    || p.equals("PRP$") || p.startsWith("NNP") || p.equals("POS") || p.equals("HYPH")
                    || p.equals(":") || p.startsWith("RB"))) {
                break;
            }
        }
        return noun;
    }

    static String pos(Token t) {
        return t.pos() == null ? "" : t.pos();
    }

    static String lemma(Token t) {
        String l = t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma();
        return l.toLowerCase(Locale.ROOT);
    }
}
