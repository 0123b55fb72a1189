package org.concord.quote;

import java.util.List;
import org.concord.annotate.Token;
import org.concord.text.Verbs;

/**
 * Statements quoted as a block without marks: a paragraph introduced by a paragraph that ends in a colon and speaks
 * ("Lynch told reporters after the meeting:", "The statement read:"). The block counts as direct speech; its speaker
 * is read from the introducing sentence (none when only "statement" says it speaks). A block holding a quotation
 * mark is left to {@link DirectQuotation}; one of under four words is not a statement.
 */
final class BlockStatement implements QuoteRule {
    @Override
    public void find(TokenView view, SpeakerReader speakers, Found found) {
        String text = view.text();
        int ps = 0;
        while (ps < text.length()) {
            int pe = view.paragraphEnd(ps);
            String para = text.substring(ps, pe).strip();
            int next = pe + 1;
            if (para.endsWith(":") && next < text.length()) {
                int bs = next;
                while (bs < text.length() && Character.isWhitespace(text.charAt(bs))) {
                    bs++;
                }
                int be = view.paragraphEnd(bs);
                while (be > bs && Character.isWhitespace(text.charAt(be - 1))) {
                    be--;
                }
                Cue c = introducingCue(view, speakers, ps, pe);
                if (be > bs && !view.hasQuoteMark(bs, be) && view.countWords(bs, be) >= 4 && c != null) {
                    found.addStatement(view.mention(bs, be, c.kind() == SpeakerKind.NONE ? null : c, true));
                }
            }
            ps = next;
        }
    }

    /**
     * The cue of the sentence that ends paragraph [ps, pe) and introduces a block, a cue without speaker
     * ({@link SpeakerKind#NONE}) when only "statement" says it speaks, or null when it does not speak.
     */
    private static Cue introducingCue(TokenView view, SpeakerReader speakers, int ps, int pe) {
        List<Token> tokens = view.tokens();
        int from = view.firstTokenAtOrAfter(Math.max(ps, view.sentenceStartBefore(Math.max(ps, pe - 1))));
        int to = view.lastTokenBefore(pe);
        boolean statement = false;
        for (int k = from; k <= to && k >= 0 && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String lemma = t.lemma() == null ? t.word() : t.lemma();
            if (TokenView.isSpeechVerb(t, Verbs.SPEECH) || lemma.equalsIgnoreCase("read")) {
                Cue c = k - 1 > from && tokens.get(k - 1).pos().equals("CC") ? speakers.mainSubject(from, k - 1)
                        : null;
                if (c == null) {
                    c = speakers.subjectBefore(from, k);
                } else {
                    c = c.at(view, k);
                }
                if (c == null) {
                    c = speakers.objectAfter(k, pe);
                }
                if (c != null) {
                    return c;
                }
                statement = true;
            }
            statement |= lemma.equalsIgnoreCase("statement");
        }
        return statement ? Cue.ofSpeaker(null, -1, -1, SpeakerKind.NONE) : null;
    }
}
