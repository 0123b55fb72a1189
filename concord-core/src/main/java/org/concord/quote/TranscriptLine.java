package org.concord.quote;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.annotate.Mention;

/**
 * Transcript lines without quotation marks: a paragraph that opens with a speaker's label in capitals
 * ("BELLAMY: Did Mr. Osei hand you an envelope that night?", "SEN. KAINE: …"), as court, hearing and interview
 * transcripts are printed in news. The words after the label are the labelled person's, verbatim (direct speech).
 *
 * <p>A label counts only when the article names that person elsewhere: its last word is the last word of a person
 * the tagger found outside transcript lines ("Assistant U.S. Attorney Joan Bellamy"), and that person is the speaker.
 * So a section label ("UPDATE:", "EDITOR'S NOTE:"), a place or an unnamed interviewer ("Q:") opens no quote.
 * Lines in quotation marks are {@link TranscriptLabel}'s.
 */
final class TranscriptLine implements QuoteRule {
    /** A label of one to three words in capitals at a paragraph's start, then a colon and the words said. */
    private static final Pattern LABEL = Pattern.compile("((?:[A-Z][A-Z.'-]*\\s){0,2}([A-Z][A-Z'-]+)):\\s+(?=\\S)");
    /** Words a transcript line holds at least, after its label. */
    private static final int MIN_WORDS = 2;

    @Override
    public void find(TokenView view, SpeakerReader speakers, Found found) {
        String text = view.text();
        int ps = 0;
        while (ps < text.length()) {
            int pe = view.paragraphEnd(ps);
            Matcher m = LABEL.matcher(text).region(ps, pe);
            if (m.lookingAt() && !view.hasQuoteMark(ps, pe)) {
                int cs = m.end();
                int ce = pe;
                while (ce > cs && Character.isWhitespace(text.charAt(ce - 1))) {
                    ce--;
                }
                Mention person = namedPerson(view, m.group(2), ps, pe);
                if (person != null && view.countWords(cs, ce) >= MIN_WORDS) {
                    Cue c = Cue.ofSpeaker(person.text(), m.start(1), m.end(1), SpeakerKind.NAME);
                    found.addStatement(view.mention(cs, ce, c, true));
                }
            }
            ps = pe + 1;
        }
    }

    /**
     * The person the label's last word names: the longest person mention outside the line [ps, pe) whose last word
     * it is, ignoring case; null when the article names no such person.
     */
    private static Mention namedPerson(TokenView view, String labelWord, int ps, int pe) {
        String word = labelWord.toLowerCase(Locale.ROOT);
        Mention best = null;
        for (Mention m : view.mentionsStartingIn(0, view.text().length())) {
            if (!"PERSON".equals(m.type()) || (m.start() < pe && m.end() > ps) || TokenView.isPronoun(m)
                    || view.insideQuote(m.start())) {
                continue;
            }
            String[] words = m.text().strip().split("\\s+");
            String last = words[words.length - 1].toLowerCase(Locale.ROOT);
            if (last.endsWith("'s")) {
                last = last.substring(0, last.length() - 2);
            }
            if (last.equals(word) && (best == null || m.text().length() > best.text().length())) {
                best = m;
            }
        }
        return best;
    }
}
