package org.concord.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Annotation;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.Token;
import org.concord.model.Entity;
import org.concord.model.Speaker;

/**
 * The evidence a speaker attribution rests on, as binary features for {@link SpeakerConfidence}: how the speaker was
 * read (a name, a title, a pronoun, an anonymous source; for a pronoun, whether the person's gender as the
 * document gives it agrees, {@link PersonGender}), whether it resolved to one of the story's entities and of
 * what type, the cue, where the speaker stands against the cue and the content, how many other people the
 * sentence names (the ambiguity a reader would face), whether the speaker is also named inside the quoted words
 * or is the person the story is about (the topic is often quoted about, not quoting), and, for a pronoun, how
 * far back and past how many other people its antecedent lies. The features are those the quote-attribution
 * literature finds informative (O'Keefe et al. 2012, "A Sequence Labelling Approach to Quote Attribution"; Pareti
 * 2016, "PARC 3.0"; Muzny et al. 2017, "A Two-stage Sieve Approach for Quote Attribution"); their weights are
 * learned. One reader serves one story on one thread ({@link #of}); it keeps what it read of each document.
 */
public final class SpeakerEvidence {
    private final Map<String, Entity> entities;
    private final String topPerson;
    private final Map<String, PersonGender> genders = new HashMap<>();

    private SpeakerEvidence(Map<String, Entity> entities, String topPerson) {
        this.entities = entities;
        this.topPerson = topPerson;
    }

    /** The evidence reader for one story: its entities (by id), to read each speaker's type and prominence. */
    public static SpeakerEvidence of(List<Entity> storyEntities) {
        Map<String, Entity> byId = new HashMap<>();
        Entity top = null;
        for (Entity e : storyEntities) {
            byId.put(e.id(), e);
            if (e.type() != null && e.type().name().equals("PERSON")
                    && (top == null || e.mentions() > top.mentions())) {
                top = e;
            }
        }
        return new SpeakerEvidence(byId, top == null ? null : top.id());
    }

    /**
     * The features of one ledger entry: {@code resolved} is the speaker the ledger resolved for the mention alone
     * and {@code doc} the mention's document. An entry without a speaker has no features ({@code kind=none} only).
     */
    public List<String> features(QuoteMention m, Speaker resolved, AnnotatedDocument doc) {
        List<String> f = new ArrayList<>();
        String kind = m.speakerKind().json();
        f.add("kind=" + kind);
        if (resolved == null) {
            return f;
        }
        String direct = m.direct() ? "direct" : "indirect";
        f.add("type=" + direct);
        f.add("kind=" + kind + "&" + direct);
        Entity e = resolved.entity() == null ? null : entities.get(resolved.entity());
        String res = e != null ? "entity" : "name";
        f.add("res=" + res);
        f.add("res=" + res + "&kind=" + kind);
        if (e != null) {
            f.add("etype=" + (e.type() == null ? "none" : e.type().name().toLowerCase(Locale.ROOT)));
            f.add("mentions=" + bucket(e.mentions(), 1, 2, 4, 8));
            if (e.id().equals(topPerson)) {
                f.add("topic_person");
            }
        }
        String cue = m.cue() == null ? "" : m.cue().toLowerCase(Locale.ROOT).strip();
        f.add("cue=" + cue);
        f.add("cue=" + cue + "&" + direct);
        f.add("words=" + bucket(words(m.text()), 1, 4, 11, 26));

        String text = doc.text();
        Annotation a = doc.annotation();
        boolean cueFirst = m.cueStart() >= 0 && m.cueStart() < m.start();
        f.add(cueFirst ? "order=cue_content" : "order=content_cue");
        if (m.hasSpeakerSpan()) {
            int ss = m.speakerStart();
            int se = m.speakerEnd();
            String where = se <= m.start() ? "before" : ss >= m.end() ? "after" : "inside";
            f.add("speaker=" + where + "_content");
            if (m.cueStart() >= 0) {
                int gap = ss >= m.cueEnd() ? tokensBetween(a, m.cueEnd(), ss) : tokensBetween(a, se, m.cueStart());
                f.add("speaker_cue_gap=" + bucket(gap, 0, 1, 2, 4, 8));
                f.add(ss >= m.cueEnd() ? "speaker=after_cue" : "speaker=before_cue");
            }
            Sentence speakerSentence = a.sentenceAt(ss);
            Sentence contentSentence = a.sentenceAt(Math.min(m.start(), text.length() - 1));
            if (speakerSentence != null && contentSentence != null) {
                int d = Math.abs(speakerSentence.index() - contentSentence.index());
                f.add("speaker_sentence=" + bucket(d, 0, 1, 2));
            }
            if (speakerSentence != null) {
                int others = 0;
                int inside = 0;
                for (Mention x : a.mentions()) {
                    if (x.sentence() != speakerSentence.index() || !"PERSON".equals(x.type())) {
                        continue;
                    }
                    if (x.start() >= m.start() && x.end() <= m.end()) {
                        inside++;
                    } else if (x.end() <= ss || x.start() >= se) {
                        others++;
                    }
                }
                f.add("other_persons=" + bucket(others, 0, 1, 2, 3));
                f.add("persons_in_content=" + bucket(inside, 0, 1, 2));
            }
            if (m.speakerKind() == SpeakerKind.PRONOUN) {
                f.addAll(antecedent(a, text, resolved.name(), ss));
                PersonGender.Gender pg = PersonGender.ofPronoun(org.concord.text.Pronouns.subjectForm(
                        text.substring(ss, se).toLowerCase(Locale.ROOT)));
                PersonGender.Gender ng = genders(doc).of(resolved.name());
                f.add("pronoun_gender=" + (pg == PersonGender.Gender.UNKNOWN ? "none"
                        : ng == PersonGender.Gender.UNKNOWN ? "unknown" : ng == pg ? "agrees" : "differs"));
            }
        } else {
            f.add("speaker=no_span");
        }
        String last = lastWord(resolved.name());
        if (last != null && last.length() > 2 && m.speakerKind() != SpeakerKind.ANONYMOUS
                && containsWord(m.text(), last)) {
            f.add("speaker_named_in_content");
        }
        return f;
    }

    /** The genders {@code doc} gives its people, read once per document. */
    private PersonGender genders(AnnotatedDocument doc) {
        return genders.computeIfAbsent(doc.id(), id -> {
            List<int[]> spans = new ArrayList<>();
            for (QuoteMarks.Passage p : QuoteMarks.find(doc.text())) {
                spans.add(new int[] {p.start(), p.end()});
            }
            return PersonGender.of(doc, SpanUnion.of(spans));
        });
    }

    /**
     * For a pronoun at {@code at} resolved to {@code name}: how many sentences back the name was last written
     * before it, and how many other people were named in between.
     */
    private static List<String> antecedent(Annotation a, String text, String name, int at) {
        String last = lastWord(name);
        Sentence here = a.sentenceAt(at);
        if (last == null || here == null) {
            return List.of("antecedent=unknown");
        }
        Mention found = null;
        for (Mention x : a.mentions()) {
            if (x.start() < at && containsWord(x.text(), last) && (found == null || x.start() > found.start())) {
                found = x;
            }
        }
        if (found == null) {
            return List.of("antecedent=none");
        }
        int between = 0;
        for (Mention x : a.mentions()) {
            if (x.start() >= found.end() && x.end() <= at && "PERSON".equals(x.type())
                    && !containsWord(x.text(), last)) {
                between++;
            }
        }
        return List.of("antecedent_sentences=" + bucket(here.index() - found.sentence(), 0, 1, 2, 3),
                "antecedent_between=" + bucket(between, 0, 1, 2));
    }

    private static int tokensBetween(Annotation a, int from, int to) {
        if (to <= from) {
            return 0;
        }
        int n = 0;
        for (Sentence s : a.sentences()) {
            if (s.end() <= from) {
                continue;
            }
            if (s.start() >= to) {
                break;
            }
            for (Token t : s.tokens()) {
                if (t.start() >= from && t.end() <= to) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    private static String lastWord(String name) {
        if (name == null) {
            return null;
        }
        String[] w = name.strip().split("\\s+");
        return w.length == 0 || w[w.length - 1].isEmpty() ? null : w[w.length - 1];
    }

    private static boolean containsWord(String text, String word) {
        int from = 0;
        while (true) {
            int i = text.indexOf(word, from);
            if (i < 0) {
                return false;
            }
            int j = i + word.length();
            boolean left = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean right = j == text.length() || !Character.isLetterOrDigit(text.charAt(j));
            if (left && right) {
                return true;
            }
            from = i + 1;
        }
    }

    /** "v" below the first bound, else the last bound it reaches ("4+"); bounds ascending. */
    static String bucket(int v, int... bounds) {
        String out = "<" + bounds[0];
        for (int b : bounds) {
            if (v >= b) {
                out = b + "+";
            }
        }
        return out;
    }
}
