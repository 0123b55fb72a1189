package org.concord.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.Token;
import org.concord.text.Pronouns;

/**
 * Who "he said" and "she said" are: the person a pronoun speaker stands for, chosen again for every pronoun
 * mention the extractor found, with two constraints the nearest-name rule lacks:
 * <ul>
 * <li><b>agreement:</b> a person whose gender the document settles ({@link PersonGender}) is never the antecedent of
 * a pronoun of the other gender;</li>
 * <li><b>not the topic of a quotation:</b> a name inside quotation marks or inside the content of any statement the
 * document attributes is never an antecedent (the people a quote talks about are not its speakers).</li>
 * </ul>
 * A possessor ("Dole's campaign") is taken only when its sentence names no one else. The order follows the deterministic sieves of
 * Muzny et al. (2017, "A Two-stage Sieve Approach for Quote Attribution", EACL) and Lee et al. (2013): an agreeing
 * person earlier in the pronoun's own sentence; else, sentence by sentence back (at most
 * {@value #MAX_SENTENCES_BACK}), the agreeing person in subject position, or the first agreeing one. (Muzny's
 * "previous speaker" sieve was tried and dropped: on PolNeAR it carried the extractor's errors forward.) When the extractor's choice disagrees with the pronoun and nothing
 * agrees, the speaker is left out: no answer rather than a wrong one.
 */
final class PronounSpeakers {
    static final int MAX_SENTENCES_BACK = 6;

    private PronounSpeakers() {
    }

    /** {@code mentions} (one document's, in text order) with the speakers of "he" and "she" chosen again. */
    static List<QuoteMention> resolve(AnnotatedDocument doc, List<QuoteMention> mentions) {
        if (mentions.stream().noneMatch(m -> m.speakerKind() == SpeakerKind.PRONOUN)) {
            return mentions;
        }
        String text = doc.text();
        List<int[]> spans = new ArrayList<>();
        for (QuoteMarks.Passage p : QuoteMarks.find(text)) {
            spans.add(new int[] {p.start(), p.end()});
        }
        SpanUnion quoted = SpanUnion.of(spans);
        List<int[]> contents = new ArrayList<>(spans);
        for (QuoteMention m : mentions) {
            contents.add(new int[] {m.start(), m.end()});
        }
        SpanUnion spoken = SpanUnion.of(contents);
        PersonGender genders = PersonGender.of(doc, quoted);
        List<Mention> people = new ArrayList<>();
        for (Mention x : doc.annotation().mentions()) {
            if ("PERSON".equals(x.type()) && !spoken.holds(x.start()) && !Pronouns.FORMS.contains(
                    x.text().toLowerCase(Locale.ROOT))) {
                people.add(x);
            }
        }
        people.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<QuoteMention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            QuoteMention m = mentions.get(i);
            if (m.speakerKind() != SpeakerKind.PRONOUN || !m.hasSpeakerSpan()) {
                out.add(m);
                continue;
            }
            String word = text.substring(m.speakerStart(), m.speakerEnd());
            PersonGender.Gender g = PersonGender.ofPronoun(Pronouns.subjectForm(word.toLowerCase(Locale.ROOT)));
            if (g == PersonGender.Gender.UNKNOWN) {
                out.add(m); // "they", "it", "I", "we": as the extractor read them
                continue;
            }
            String chosen = choose(doc, people, genders, g, m);
            if (chosen == null && m.speaker() != null && !PersonGender.agrees(genders.of(m.speaker()), g)) {
                chosen = ""; // the extractor's antecedent is of the other gender, and no one else fits
            }
            if (chosen == null || chosen.equals(m.speaker())) {
                out.add(m);
            } else {
                out.add(new QuoteMention(m.document(), m.start(), m.end(), m.text(), m.cue(), m.cueStart(),
                        m.cueEnd(), m.direct(), chosen.isEmpty() ? null : chosen, m.speakerStart(), m.speakerEnd(),
                        m.speakerKind()));
            }
        }
        return out;
    }

    private static String choose(AnnotatedDocument doc, List<Mention> people, PersonGender genders,
                                 PersonGender.Gender g, QuoteMention m) {
        int at = m.speakerStart();
        Sentence here = doc.annotation().sentenceAt(at);
        if (here == null) {
            return null;
        }
        // 1. an agreeing person earlier in the pronoun's own sentence, outside the statement's content
        for (Mention p : people) {
            if (p.start() >= at) {
                break;
            }
            if (p.sentence() == here.index() && (p.end() <= m.start() || p.start() >= m.end())
                    && PersonGender.agrees(genders.of(doc.text(), p), g)) {
                return p.text();
            }
        }
        // 2. back sentence by sentence: the agreeing person in subject position (not a possessor), else the first
        //    agreeing one that is not a possessor, else the first possessor ("Clinton's website ... she vows")
        List<Sentence> sentences = doc.annotation().sentences();
        int si = sentences.indexOf(here);
        for (int s = si - 1; s >= 0 && s >= si - MAX_SENTENCES_BACK; s--) {
            Sentence sent = sentences.get(s);
            int chain = samePronounBefore(sent, g, people);
            Mention first = null;
            Mention possessor = null;
            for (Mention p : people) {
                if (p.sentence() != sent.index() || !PersonGender.agrees(genders.of(doc.text(), p), g)
                        || p.start() > chain) {
                    continue; // after a "he" that opens the sentence: that "he" is ours, look further back
                }
                if (possessive(doc.text(), p)) {
                    possessor = possessor == null ? p : possessor;
                    continue;
                }
                if (isSubject(sent, p)) {
                    return p.text();
                }
                first = first == null ? p : first;
            }
            if (first != null) {
                return first.text();
            }
            if (possessor != null) {
                return possessor.text();
            }
        }
        return null;
    }

    /**
     * Where a pronoun of gender {@code g} stands in {@code s} ahead of every person it names ("However, he could
     * not explain why ... Ivanka Trump ..."): that pronoun continues the same chain, so its sentence's later people
     * are not candidates. {@code Integer.MAX_VALUE} when there is none.
     */
    private static int samePronounBefore(Sentence s, PersonGender.Gender g, List<Mention> people) {
        int firstPerson = Integer.MAX_VALUE;
        for (Mention p : people) {
            if (p.sentence() == s.index()) {
                firstPerson = Math.min(firstPerson, p.start());
            }
        }
        for (Token t : s.tokens()) {
            if (t.start() >= firstPerson) {
                break;
            }
            if (PersonGender.ofPronoun(t.word()) == g) {
                return t.start();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** "Dole's campaign", "Carson's friend": a possessor modifies another noun and is not who speaks. */
    static boolean possessive(String text, Mention m) {
        int e = m.end();
        return e + 1 < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019')
                && (text.charAt(e + 1) == 's' || text.charAt(e + 1) == 'S')
                && (e + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(e + 2)))
                || m.text().endsWith("'s") || m.text().endsWith("\u2019s");
    }

    /**
     * A mention in subject position: followed by a verb (or a modal) or by ", who", or opening its sentence
     * ("Joe Madison, a talk radio host, recalled ...").
     */
    private static boolean isSubject(Sentence s, Mention m) {
        List<Token> tokens = s.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            if (k < 2 && tokens.get(k).start() == m.start()) {
                int after = k;
                while (after < tokens.size() && tokens.get(after).start() < m.end()) {
                    after++;
                }
                String next = after < tokens.size() && tokens.get(after).pos() != null ? tokens.get(after).pos() : "";
                return !next.startsWith("NN"); // "Clinton communication director Jennifer Palmieri": a modifier
            }
            if (tokens.get(k).start() >= m.end()) {
                String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
                if (pos.startsWith("VB") || pos.equals("MD")) {
                    return true;
                }
                return tokens.get(k).word().equals(",") && k + 1 < tokens.size()
                        && tokens.get(k + 1).word().equalsIgnoreCase("who");
            }
        }
        return false;
    }
}
