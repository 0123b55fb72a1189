package org.concord.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.Token;

/**
 * A name the tagger took for a person, read again from the common noun the text puts beside it: "Time magazine" and
 * "the Foxconn plant" (the name modifies a noun that heads its phrase), "the magazine Wired" (a determiner and a
 * noun right before the name), "Garnet, a town of 3,000" and "Garnet is a town" (an apposition or a predicate
 * nominative, {@link Roles#appositionHead}). What the noun names comes from WordNet ({@link NounClasses#category}):
 * beside a publication or an organisation the name is an organisation, beside a building or a geographical place a
 * location; a name modifying a publication or a building is its title or its owner ("the Foxconn plant"), an
 * organisation. These are the appositive and role-apposition cues the Stanford sieve uses to link a name to a noun
 * (Raghunathan et al. 2010; Lee et al. 2013), read here for the name's class, as Collins and Singer (1999) read an
 * appositive's head as evidence of a name's type.
 * <p>Only a person's tag is read again: a person noun beside an organisation ("rival Samsung", "employer Foxconn")
 * is as often said of a company, so it retypes nothing. A name modifying a noun keeps its tag when one of its words
 * is a word of a person's full name in the story ("the Reid hotel"). The nouns are narrower than WordNet's
 * supersenses ("defensive end Jimmy Graham", "pop icon Bettie Page" retype no one), and the story's vote
 * ({@link EntityResolver}) weighs one such reading against the tags of the name's other mentions.
 */
final class NameTypes {
    private NameTypes() {
    }

    /**
     * The type the nouns beside a person-tagged mention give it (ORGANIZATION or LOCATION), or null when they give
     * none. {@code personWords}: the lower-case words of the story's full person names.
     */
    static String fromContext(AnnotatedDocument d, Mention m, Set<String> personWords) {
        Sentence s = d.annotation().sentenceAt(m.start());
        if (s == null) {
            return null;
        }
        List<Token> toks = s.tokens();
        int first = -1;
        int last = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() >= m.start() && toks.get(i).end() <= m.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        // the name as a modifier of the noun that heads its phrase: "Time magazine", "the Foxconn plant"
        if (last + 1 < toks.size() && isCommonNoun(toks.get(last + 1))
                && (last + 2 >= toks.size() || !Roles.pos(toks.get(last + 2)).startsWith("NN"))) {
            NounClasses.Category c = NounClasses.category(Roles.lemma(toks.get(last + 1)));
            if ((c == NounClasses.Category.PUBLICATION || c == NounClasses.Category.FACILITY)
                    && !known(toks, first, last, personWords)) {
                return "ORGANIZATION";
            }
        }
        // the name in apposition to a noun: "the magazine Wired" (a determiner, the noun, the name),
        // "Garnet, a town of 3,000", "Garnet is a town"
        Token before = first >= 2 && isCommonNoun(toks.get(first - 1)) && Roles.pos(toks.get(first - 2)).equals("DT")
                ? toks.get(first - 1) : null;
        Token after = Roles.appositionHead(toks, last);
        for (Token noun : new Token[] {before, after}) {
            if (noun == null) {
                continue;
            }
            String lemma = Roles.lemma(noun);
            if (NounClasses.of(lemma) == NounClasses.Kind.PERSON || RoleWords.isRole(lemma)) {
                return null; // "the actress Tara Reid": a person, as tagged
            }
            switch (NounClasses.category(lemma)) {
                case PUBLICATION, ORGANIZATION:
                    return "ORGANIZATION";
                case FACILITY, PLACE:
                    return "LOCATION";
                default:
                    break;
            }
        }
        return null;
    }

    /** Whether a word of the name at [first, last] is a word of one of the story's full person names. */
    private static boolean known(List<Token> toks, int first, int last, Set<String> personWords) {
        for (int i = first; i <= last; i++) {
            if (personWords.contains(toks.get(i).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A singular common noun of letters ("magazine"; not "Magazine" of a name, not a number). */
    private static boolean isCommonNoun(Token t) {
        return Roles.pos(t).equals("NN") && !t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0));
    }
}
