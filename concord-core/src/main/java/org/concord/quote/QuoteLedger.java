package org.concord.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concord.cluster.UnionFind;
import org.concord.model.Entity;
import org.concord.model.Occurrence;
import org.concord.model.Quote;
import org.concord.model.Speaker;
import org.concord.resolve.EntityIndex;

/**
 * The quote ledger: one {@link Quote} per utterance, with every place it appears across a story's documents.
 *
 * <p>Each mention's speaker is resolved against the story's entities (its mention span, else its name, title or
 * pronoun antecedent). Two mentions in different documents are the same utterance when their words mostly agree
 * (Jaccard of word sets at least {@value #SAME_JACCARD}, or the shorter's words at least
 * {@value #SAME_CONTAINMENT} contained in the longer's, with at least {@value #MIN_WORDS} words) and their
 * speakers do not disagree. Within one document, two mentions are one utterance only when their speaker is the
 * same named speaker and their spans overlap or the shorter's words are contained in the longer's (a headline
 * repeating the body). A fragment of one to three words quoted in one outlet ("blood") joins a longer
 * quotation of another when its words appear there in the same order, one after the other ("blood on his
 * hands"), and both speakers resolve to the same entity; it joins the first such quotation only, so that it never
 * links two quotations. Groups are the connected components of that relation,
 * so a wire copy, a paraphrase and a shortened version end up together. The canonical wording follows
 * {@link #CANONICAL_RULE}.
 */
public final class QuoteLedger {
    /** How the canonical wording of a quote is chosen, as the reports state it. */
    public static final String CANONICAL_RULE = "Each quote is shown in its canonical wording: the wording carried"
            + " most often across the story's articles (a quotation in marks counts twice, a paraphrase once,"
            + " a fragment of fewer than four words only when there is nothing longer), the longest on a tie.";
    static final double SAME_JACCARD = 0.5;
    static final double SAME_CONTAINMENT = 0.8;
    static final int MIN_WORDS = 4;

    private QuoteLedger() {
    }

    public static QuoteLedger create() {
        return new QuoteLedger();
    }

    /**
     * One mention as the ledger holds it: the speaker resolved for this mention alone ({@code null} when it has
     * none) and the quote it joined, whose {@link Quote#speaker()} is the speaker the report shows for it.
     */
    public record Entry(QuoteMention mention, Speaker resolved, Quote quote) {}

    /** A story's ledger: its quotes, and every mention in input order with the quote it joined. */
    public record Ledger(List<Quote> quotes, List<Entry> entries) {
        public Ledger {
            quotes = List.copyOf(quotes);
            entries = List.copyOf(entries);
        }
    }

    /** Merges mentions (in document order) into quotes with ids q1, q2, … in order of first appearance. */
    public List<Quote> build(List<QuoteMention> mentions, EntityIndex entities) {
        return ledger(mentions, entities).quotes();
    }

    /** {@link #build}, keeping which quote each mention joined and the speaker resolved for it. */
    public Ledger ledger(List<QuoteMention> mentions, EntityIndex entities) {
        int n = mentions.size();
        List<Speaker> speakers = new ArrayList<>(n);
        List<Set<String>> words = new ArrayList<>(n);
        List<List<String>> sequences = new ArrayList<>(n);
        for (QuoteMention m : mentions) {
            speakers.add(resolve(m, entities));
            words.add(words(m.text()));
            sequences.add(sequence(m.text()));
        }
        UnionFind sets = UnionFind.of(n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                QuoteMention a = mentions.get(i);
                QuoteMention b = mentions.get(j);
                if (a.document().equals(b.document())) {
                    // one document repeating a speaker's words (a headline and its body, overlapping spans): one
                    // quote, when the speaker is the same and the words are the same or the spans overlap
                    if (sameSpeaker(speakers.get(i), speakers.get(j))
                            && (a.start() < b.end() && b.start() < a.end()
                            || contained(words.get(i), words.get(j)))) {
                        sets.union(i, j);
                    }
                    continue;
                }
                if (same(words.get(i), words.get(j)) && compatible(speakers.get(i), speakers.get(j))) {
                    sets.union(i, j);
                }
            }
        }
        // a fragment joins one quotation, the first that holds it, never linking two quotations through it
        for (int i = 0; i < n; i++) {
            if (sequences.get(i).isEmpty() || sequences.get(i).size() >= MIN_WORDS) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                if (!mentions.get(j).document().equals(mentions.get(i).document())
                        && sequences.get(j).size() >= MIN_WORDS && sameEntity(speakers.get(i), speakers.get(j))
                        && fragmentOf(sequences.get(i), sequences.get(j))) {
                    sets.union(i, j);
                    break;
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
        }
        List<Quote> quotes = new ArrayList<>();
        Quote[] quoteOf = new Quote[n];
        for (List<Integer> g : groups.values()) {
            List<Occurrence> occ = new ArrayList<>();
            Map<String, Integer> wordings = new HashMap<>();
            boolean full = g.stream().anyMatch(i -> sequences.get(i).size() >= MIN_WORDS);
            Map<String, Integer> speakerVotes = new LinkedHashMap<>();
            Map<String, Speaker> speakerByKey = new HashMap<>();
            for (int i : g) {
                QuoteMention m = mentions.get(i);
                occ.add(new Occurrence(m.document(), m.start(), m.end(), m.text(), m.cue(), m.direct()));
                if (!full || sequences.get(i).size() >= MIN_WORDS) {
                    wordings.merge(m.text(), m.direct() ? 2 : 1, Integer::sum); // a fragment is never canonical
                }
                Speaker s = speakers.get(i);
                if (s != null) {
                    String key = s.entity() != null ? "e:" + s.entity() : "n:" + s.name();
                    speakerVotes.merge(key, s.entity() != null ? 3 : s.name().equals(ANONYMOUS) ? 1 : 2,
                            Integer::sum);
                    speakerByKey.putIfAbsent(key, s);
                }
            }
            String text = wordings.entrySet().stream()
                    .max((x, y) -> x.getValue() != y.getValue().intValue() ? Integer.compare(x.getValue(), y.getValue())
                            : x.getKey().length() != y.getKey().length()
                            ? Integer.compare(x.getKey().length(), y.getKey().length())
                            : y.getKey().compareTo(x.getKey()))
                    .orElseThrow().getKey();
            Speaker speaker = speakerVotes.entrySet().stream()
                    .max((x, y) -> Integer.compare(x.getValue(), y.getValue()))
                    .map(e -> speakerByKey.get(e.getKey())).orElse(null);
            Quote quote = new Quote("q" + (quotes.size() + 1), text, speaker, occ);
            quotes.add(quote);
            for (int i : g) {
                quoteOf[i] = quote;
            }
        }
        List<Entry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            entries.add(new Entry(mentions.get(i), speakers.get(i), quoteOf[i]));
        }
        return new Ledger(quotes, entries);
    }

    static final String ANONYMOUS = "anonymous source";

    private static Speaker resolve(QuoteMention m, EntityIndex entities) {
        if (m.speakerKind() == SpeakerKind.ANONYMOUS) {
            return new Speaker(ANONYMOUS, null);
        }
        Optional<Entity> e = Optional.empty();
        if (m.speakerKind() == SpeakerKind.NAME && m.hasSpeakerSpan()) {
            e = entities.entityAt(m.document(), m.speakerStart(), m.speakerEnd());
        }
        if (e.isEmpty() && m.speaker() != null) {
            e = entities.resolveName(m.document(), m.speaker());
        }
        if (e.isPresent()) {
            return new Speaker(e.get().name(), e.get().id());
        }
        return m.speaker() == null ? null : new Speaker(m.speaker(), null);
    }

    private static boolean compatible(Speaker a, Speaker b) {
        if (a == null || b == null || a.name().equals(ANONYMOUS) || b.name().equals(ANONYMOUS)) {
            return true;
        }
        if (a.entity() != null && b.entity() != null) {
            return a.entity().equals(b.entity());
        }
        return true;
    }

    /** Both named, and the same: one entity, or no entity and one name (never two anonymous sources). */
    static boolean sameSpeaker(Speaker a, Speaker b) {
        if (a == null || b == null || a.name().equals(ANONYMOUS) || b.name().equals(ANONYMOUS)) {
            return false;
        }
        return a.entity() != null ? a.entity().equals(b.entity()) : b.entity() == null && a.name().equals(b.name());
    }

    /** At least {@value #SAME_CONTAINMENT} of the shorter's words (of at least {@value #MIN_WORDS}) in the longer. */
    static boolean contained(Set<String> a, Set<String> b) {
        return a.size() >= MIN_WORDS && b.size() >= MIN_WORDS
                && shared(a, b) >= SAME_CONTAINMENT * Math.min(a.size(), b.size());
    }

    /** How many words {@code a} and {@code b} share. */
    private static int shared(Set<String> a, Set<String> b) {
        int inter = 0;
        for (String w : a) {
            if (b.contains(w)) {
                inter++;
            }
        }
        return inter;
    }

    private static boolean sameEntity(Speaker a, Speaker b) {
        return a != null && b != null && a.entity() != null && a.entity().equals(b.entity());
    }

    /** {@code part} (one to {@value #MIN_WORDS} - 1 words) occurs in {@code whole} as consecutive words. */
    static boolean fragmentOf(List<String> part, List<String> whole) {
        if (part.isEmpty() || part.size() >= MIN_WORDS || whole.size() <= part.size()) {
            return false;
        }
        return java.util.Collections.indexOfSubList(whole, part) >= 0;
    }

    /** The words of {@link #words} in text order, repeats kept. */
    static List<String> sequence(String text) {
        List<String> out = new ArrayList<>();
        for (String w : normalise(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replace("won't", "will not").replace("can't", "can not").replace("n't", " not")
                .replace("'re", " are").replace("'ll", " will").replace("'ve", " have").replace("'m", " am");
    }

    static boolean same(Set<String> a, Set<String> b) {
        if (a.size() < MIN_WORDS || b.size() < MIN_WORDS) {
            return false;
        }
        int inter = shared(a, b);
        double jaccard = inter / (double) (a.size() + b.size() - inter);
        double containment = inter / (double) Math.min(a.size(), b.size());
        return jaccard >= SAME_JACCARD || containment >= SAME_CONTAINMENT;
    }

    /** Lower-cased words, contractions expanded so "won't" meets "will not". */
    static Set<String> words(String text) {
        String t = normalise(text);
        Set<String> out = new HashSet<>();
        for (String w : t.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
