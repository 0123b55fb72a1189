package org.concord.quote;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.Token;
import org.concord.text.Pronouns;

/**
 * The grammatical gender a document gives each person it names, read from the document itself, so that "she said"
 * is never credited to a man the text calls "he". Evidence, by person (keyed by the last word of the name, as news
 * refers back by surname):
 * <ul>
 * <li>an honorific before the name ("Mr. Trump", "Mrs. Clinton", "Ms. Warren"): strong;</li>
 * <li>gendered pronouns outside quotation marks in a sentence that names that person alone, after the name ("Lind
 * said she would ..."), and the pronoun that opens the next sentence when that sentence names no one before it
 * ("He added ..."): one vote each.</li>
 * </ul>
 * A person is male or female when one side has at least {@value #MARGIN} votes more than the other and at least
 * twice as many; otherwise unknown, and unknown never blocks anything. This is the agreement constraint of
 * rule-based coreference (Lee et al. 2013, "Deterministic Coreference Resolution Based on Entity-Centric,
 * Precision-Ranked Rules", Computational Linguistics), with the gender learned from the document in the spirit of
 * Bergsma and Lin (2006, "Bootstrapping Path-Based Pronoun Resolution") instead of a name list.
 */
final class PersonGender {
    /** A person's gender as the document gives it. */
    enum Gender { MALE, FEMALE, UNKNOWN }

    static final int HONORIFIC_VOTES = 3;
    static final int MARGIN = 2;
    private static final Set<String> MALE_HONORIFICS = Set.of("mr.", "mr", "sir");
    private static final Set<String> FEMALE_HONORIFICS = Set.of("mrs.", "mrs", "ms.", "ms", "miss", "madam", "dame");
    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");

    private final Map<String, Gender> byKey;

    private PersonGender(Map<String, Gender> byKey) {
        this.byKey = byKey;
    }

    /** The genders of the people {@code doc} names; {@code quoted} holds the offsets inside quotation marks. */
    static PersonGender of(AnnotatedDocument doc, SpanUnion quoted) {
        Map<String, int[]> votes = new HashMap<>(); // key -> {male, female}
        String text = doc.text();
        List<Sentence> sentences = doc.annotation().sentences();
        Map<Integer, Set<String>> peopleBySentence = new HashMap<>();
        Map<Integer, Integer> firstPersonEnd = new HashMap<>();
        for (Mention m : doc.annotation().mentions()) {
            if (!"PERSON".equals(m.type()) || quoted.holds(m.start())
                    || Pronouns.FORMS.contains(m.text().toLowerCase(Locale.ROOT))) {
                continue; // the tagger's PERSON mentions include the pronouns themselves
            }
            String key = key(m.text());
            if (key == null) {
                continue;
            }
            peopleBySentence.computeIfAbsent(m.sentence(), k -> new LinkedHashSet<>()).add(key);
            firstPersonEnd.merge(m.sentence(), m.end(), Math::min);
            String before = wordBefore(text, m.start());
            if (before != null) {
                if (MALE_HONORIFICS.contains(before)) {
                    votes.computeIfAbsent(key, k -> new int[2])[0] += HONORIFIC_VOTES;
                } else if (FEMALE_HONORIFICS.contains(before)) {
                    votes.computeIfAbsent(key, k -> new int[2])[1] += HONORIFIC_VOTES;
                }
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            Set<String> people = peopleBySentence.get(sentences.get(i).index());
            if (people == null || people.size() != 1) {
                continue;
            }
            String key = people.iterator().next();
            int after = firstPersonEnd.get(sentences.get(i).index());
            int[] v = votes.computeIfAbsent(key, k -> new int[2]);
            for (Token t : sentences.get(i).tokens()) {
                if (t.start() >= after && !quoted.holds(t.start())) {
                    count(t, v);
                }
            }
            if (i + 1 < sentences.size()) {
                Sentence next = sentences.get(i + 1);
                if (!next.tokens().isEmpty() && !peopleBySentence.containsKey(next.index())
                        && !quoted.holds(next.tokens().get(0).start())) {
                    count(next.tokens().get(0), v);
                }
            }
        }
        Map<String, Gender> out = new HashMap<>();
        votes.forEach((k, v) -> {
            if (v[0] >= v[1] + MARGIN && v[0] >= 2 * v[1]) {
                out.put(k, Gender.MALE);
            } else if (v[1] >= v[0] + MARGIN && v[1] >= 2 * v[0]) {
                out.put(k, Gender.FEMALE);
            }
        });
        return new PersonGender(out);
    }

    /**
     * The gender of the person a mention names: its own honorific when it has one ("Mrs. Clinton" beside "Mr.
     * Clinton"), else {@link #of(String)}.
     */
    Gender of(String text, Mention m) {
        String before = wordBefore(text, m.start());
        if (before != null && MALE_HONORIFICS.contains(before)) {
            return Gender.MALE;
        }
        if (before != null && FEMALE_HONORIFICS.contains(before)) {
            return Gender.FEMALE;
        }
        return of(m.text());
    }

    /** The gender of the person named {@code name} (any form ending in the same word), or UNKNOWN. */
    Gender of(String name) {
        String k = key(name);
        return k == null ? Gender.UNKNOWN : byKey.getOrDefault(k, Gender.UNKNOWN);
    }

    /** The gender a pronoun refers with ("he", "his": male), or UNKNOWN for any other word. */
    static Gender ofPronoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return MALE_PRONOUNS.contains(w) ? Gender.MALE : FEMALE_PRONOUNS.contains(w) ? Gender.FEMALE : Gender.UNKNOWN;
    }

    /** Whether a person of gender {@code person} can be referred to with a pronoun of gender {@code pronoun}. */
    static boolean agrees(Gender person, Gender pronoun) {
        return person == Gender.UNKNOWN || pronoun == Gender.UNKNOWN || person == pronoun;
    }

    private static void count(Token t, int[] v) {
        Gender g = ofPronoun(t.word());
        if (g == Gender.MALE) {
            v[0]++;
        } else if (g == Gender.FEMALE) {
            v[1]++;
        }
    }

    /** The last word of a name, lower-cased, without a possessive; null when there is none. */
    static String key(String name) {
        if (name == null) {
            return null;
        }
        String[] w = name.strip().split("\\s+");
        String last = w[w.length - 1].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (last.endsWith("'s")) {
            last = last.substring(0, last.length() - 2);
        }
        last = last.replaceAll("[^\\p{L}\\p{N}'-]", "");
        return last.isEmpty() ? null : last;
    }

    private static String wordBefore(String text, int pos) {
        int e = pos;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        return s == e ? null : text.substring(s, e).toLowerCase(Locale.ROOT);
    }
}
