package org.concord.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.annotate.Mention;
import org.concord.annotate.Token;

/**
 * Where the head of a speaker's noun phrase is, when the nearest name is not it (issue 17: the grammatical source of
 * the cue, never the nearest name):
 * <ul>
 * <li>a plural common noun phrase is the subject ("..., and human rights groups warned that", "Although Scott lacks
 * ..., elected officials from both parties say"): a group is not a person named earlier in the sentence;</li>
 * <li>a name that only modifies a person's name ("said European Council President Donald Tusk", "said MSNBC host
 * Chris Matthews", "said Hillary Clinton's campaign manager Robby Mook"): the person at the phrase's end is the
 * head.</li>
 * </ul>
 * Made for one {@link TokenView}; token arguments are its token indexes.
 */
final class SubjectPhrase {
    /** Prepositions inside a subject noun phrase: "officials from both parties", "members of Congress". */
    private static final Set<String> PREPOSITIONS = Set.of("of", "from", "for", "at", "in", "with");

    /** A character span [start, end) of the document text. */
    record Span(int start, int end) {}

    private final TokenView view;
    private final List<Token> tokens;

    SubjectPhrase(TokenView view) {
        this.view = view;
        this.tokens = view.tokens();
    }

    /**
     * The span of a plural common noun phrase that is the subject of the verb at token
     * {@code verb}, within tokens [from, verb), or null. The phrase ends in a plural noun (NNS, NNPS) right before
     * the verb (adverbs and auxiliaries aside), names no person or organisation, and opens its clause: it starts at
     * {@code from} or after a comma, a conjunction, a semicolon, a colon or a quotation mark ("79 percent of Democrats
     * said" too: PolNeAR credits the share more often than the poll; excluding numbers was tried and cost train).
     */
    Span plural(int from, int verb) {
        int k = verb - 1;
        while (k >= from && (pos(k).equals("RB") || pos(k).equals("MD")
                || pos(k).startsWith("VB") && TokenView.isAuxiliary(tokens.get(k)))) {
            k--;
        }
        if (k < from || !(pos(k).equals("NNS") || pos(k).equals("NNPS"))) {
            return null;
        }
        int end = k;
        while (k >= from && end - k < 8) {
            String pos = pos(k);
            if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD")
                    || pos.equals("HYPH") || pos.equals("VBN") && k < end
                    || pos.equals("IN") && PREPOSITIONS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT)))) {
                break;
            }
            k--;
        }
        int start = k + 1;
        while (start < end && pos(start).equals("IN")) {
            start++; // a phrase does not open with a preposition
        }
        if (start > from) {
            Token b = tokens.get(start - 1);
            if (!b.word().equals(",") && !pos(start - 1).equals("CC") && !b.word().equals(";")
                    && !b.word().equals(":") && !QuoteMarks.isQuoteChar(b.word().charAt(0))
                    && !b.word().equals("''")) {
                return null;
            }
        }
        int s = tokens.get(start).start();
        int e = tokens.get(end).end();
        for (Mention m : view.mentionsStartingIn(s, e)) {
            if (m.start() < e && m.end() > s && TokenView.isSpeakerType(m)) {
                return null; // "Clinton aides said": the name is read as before
            }
        }
        return new Span(s, e);
    }

    /**
     * The person a name modifies when it opens a longer noun phrase after an inverted cue, or null: {@code m} is an
     * organisation or other non-person name (or any name followed by "'s"), and a person's name follows it within
     * three words that are nouns, adjectives or a possessive, with no comma, ending before {@code limit}.
     */
    Mention personModified(Mention m, int limit) {
        int k = view.firstTokenAtOrAfter(m.end());
        boolean possessor = k < tokens.size() && pos(k).equals("POS")
                || m.text().endsWith("'s") || m.text().endsWith("\u2019s");
        if ("PERSON".equals(m.type()) && !possessor) {
            return null;
        }
        for (int j = k; j < Math.min(k + 4, tokens.size()) && tokens.get(j).start() < limit; j++) {
            Mention p = view.mentionStartingAt(tokens.get(j).start());
            if (p != null && p != m && "PERSON".equals(p.type()) && !TokenView.isPronoun(p) && p.end() <= limit) {
                return p;
            }
            String pos = pos(j);
            if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("POS"))) {
                return null;
            }
        }
        return null;
    }

    private String pos(int k) {
        String p = tokens.get(k).pos();
        return p == null ? "" : p;
    }
}
