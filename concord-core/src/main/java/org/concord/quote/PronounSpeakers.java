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
 * The order follows the news-quote sieves of Muzny et al. (2017, "A Two-stage Sieve Approach for Quote Attribution",
 * EACL): an agreeing person earlier in the pronoun's own sentence; else the speaker of the nearest earlier
 * statement, when it is a named person who agrees and no other agreeing person is named between them (a
 * conversation goes on); else, sentence by sentence back (at most {@value #MAX_SENTENCES_BACK}), the agreeing person
 * in subject position, or the first agreeing one. When the extractor's choice disagrees with the pronoun and nothing
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
            String chosen = choose(doc, people, genders, g, m, previousNamed(out, m));
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

    /** The nearest earlier statement whose speaker was read as a name, or null. */
    private static QuoteMention previousNamed(List<QuoteMention> done, QuoteMention m) {
        for (int j = done.size() - 1; j >= 0; j--) {
            QuoteMention p = done.get(j);
            if (p.end() > m.speakerStart() && p.start() < m.speakerStart()) {
                continue; // a statement that holds this one's pronoun is not "earlier"
            }
            if (p.start() >= m.start()) {
                continue;
            }
            return p.speakerKind() == SpeakerKind.NAME && p.speaker() != null ? p : null;
        }
        return null;
    }

    private static String choose(AnnotatedDocument doc, List<Mention> people, PersonGender genders,
                                 PersonGender.Gender g, QuoteMention m, QuoteMention previous) {
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
                    && PersonGender.agrees(genders.of(p.text()), g)) {
                return p.text();
            }
        }
        // 2. the previous named speaker, when no other agreeing person is named between it and the pronoun
        if (previous != null && PersonGender.agrees(genders.of(previous.speaker()), g)) {
            int from = previous.hasSpeakerSpan() ? Math.max(previous.speakerEnd(), previous.end()) : previous.end();
            Sentence prevSentence = doc.annotation().sentenceAt(Math.min(from, doc.text().length() - 1));
            boolean near = prevSentence != null && here.index() - prevSentence.index() <= 2;
            boolean other = false;
            String key = PersonGender.key(previous.speaker());
            for (Mention p : people) {
                if (p.start() >= from && p.end() <= at && PersonGender.agrees(genders.of(p.text()), g)
                        && !java.util.Objects.equals(PersonGender.key(p.text()), key)) {
                    other = true;
                    break;
                }
            }
            if (near && !other) {
                return previous.speaker();
            }
        }
        // 3. back sentence by sentence: the agreeing person in subject position, else the first agreeing one
        List<Sentence> sentences = doc.annotation().sentences();
        int si = sentences.indexOf(here);
        for (int s = si - 1; s >= 0 && s >= si - MAX_SENTENCES_BACK; s--) {
            Sentence sent = sentences.get(s);
            Mention first = null;
            for (Mention p : people) {
                if (p.sentence() != sent.index() || !PersonGender.agrees(genders.of(p.text()), g)) {
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
        }
        return null;
    }

    /** A mention followed by a verb (or a modal) or by ", who": in subject position. */
    private static boolean isSubject(Sentence s, Mention m) {
        List<Token> tokens = s.tokens();
        for (int k = 0; k < tokens.size(); k++) {
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
