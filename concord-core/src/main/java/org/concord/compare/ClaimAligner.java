package org.concord.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.Terms;
import org.concord.annotate.Timex;
import org.concord.annotate.Token;
import org.concord.model.Claim;
import org.concord.model.ClaimStatus;
import org.concord.model.Conflict;
import org.concord.model.ConflictAspect;
import org.concord.model.ConflictValue;
import org.concord.model.Occurrence;
import org.concord.model.Quote;
import org.concord.model.Span;
import org.concord.text.NumberWords;
import org.concord.text.Verbs;

/**
 * Aligns the statements of a story's documents and says where they agree, add a detail or disagree.
 *
 * <p>Statements are sentences that name something (an entity, a number or a date) outside quotation marks. Each
 * is read as a small frame: its predicates (its content verbs other than reporting verbs), its arguments
 * (the people, organisations and places it names), the numbers it gives for counted nouns and the days it
 * dates. Predicates are resolved across the story's documents by {@link EventCoreference} (the same predicate key
 * of {@link EventLexicon}: "killed" and "slain", "shooting" and "shot"). Two statements of different documents
 * state the same claim when their content lemmas overlap (Jaccard at least {@value #ALIGN}), counting an extra
 * {@value #EVENT_BONUS} when they report the same event about a shared argument (cross-document event coreference
 * with argument compatibility, in the spirit of Lee et al. 2012, EMNLP, and Barhom et al. 2019, ACL).
 *
 * <p>A claim carried by two or more independent sources is corroborated; near-copies ({@code duplicate_of})
 * count once. Four kinds of disagreement are found: two numbers for one counted thing in two statements of the
 * same event ("1,200 workers" / "1,400 workers"), two days for one event about the same argument, two spellings
 * of one person's name across the story (person names whose surnames are one or two edits apart, Levenshtein
 * 1966), and two wordings of one quote (from the quote ledger). A disagreement between two statements of one
 * aligned claim makes that claim conflicting; between statements aligned only by their event it is a claim of
 * its own.
 */
public final class ClaimAligner {
    static final double ALIGN = 0.3;
    static final double EVENT_BONUS = 0.1;
    static final double NUMBER_ALIGN = 0.12;
    static final int MAX_SINGLE_SOURCE = 20;

    private ClaimAligner() {
    }

    public static ClaimAligner create() {
        return new ClaimAligner();
    }

    /** The claims of a story: conflicting first, then corroborated, then single-source, each in text order. */
    public List<Claim> align(List<AnnotatedDocument> members, Map<String, String> duplicateOf, List<Quote> quotes) {
        List<Statement> statements = new ArrayList<>();
        for (AnnotatedDocument d : members) {
            for (Sentence s : d.annotation().sentences()) {
                Statement st = statement(d, s);
                if (st != null) {
                    statements.add(st);
                }
            }
        }
        Map<String, Integer> predicateEvent = new HashMap<>();
        List<Set<Integer>> event = events(members, statements, predicateEvent);
        // greedy alignment: each statement joins the group whose seed it matches best, from another document
        List<List<Integer>> groups = new ArrayList<>();
        int[] groupOf = new int[statements.size()];
        for (int i = 0; i < statements.size(); i++) {
            Statement st = statements.get(i);
            int best = -1;
            double bestSim = ALIGN;
            for (int g = 0; g < groups.size(); g++) {
                List<Integer> members2 = groups.get(g);
                if (members2.stream().anyMatch(x -> statements.get(x).document.equals(st.document))) {
                    continue;
                }
                int seed = members2.get(0);
                double sim = similarity(statements.get(seed), st, event.get(seed), event.get(i));
                if (sim >= bestSim) {
                    bestSim = sim;
                    best = g;
                }
            }
            if (best < 0) {
                best = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(best).add(i);
            groupOf[i] = best;
        }
        // disagreements between statements of one event: inside an aligned group they mark it, else their own claim
        Map<Integer, List<Conflict>> groupConflicts = new LinkedHashMap<>();
        List<Claim> conflicting = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            for (int j = i + 1; j < statements.size(); j++) {
                Statement a = statements.get(i);
                Statement b = statements.get(j);
                boolean comparable = !a.counts.isEmpty() && !b.counts.isEmpty()
                        || a.dates.size() == 1 && b.dates.size() == 1;
                if (!comparable || a.document.equals(b.document) || independent(Set.of(a.document, b.document), duplicateOf) < 2) {
                    continue;
                }
                double jac = Terms.jaccard(a.terms, b.terms);
                boolean sameEvent = shares(event.get(i), event.get(j));
                if (jac < NUMBER_ALIGN || !sameEvent && jac < ALIGN) {
                    continue;
                }
                List<Conflict> found = new ArrayList<>(numberConflicts(i, j, a, b, predicateEvent, reported));
                if (sameEvent && (shares(a.arguments, b.arguments) || jac >= ALIGN)) {
                    Conflict d = dateConflict(a, b, reported);
                    if (d != null) {
                        found.add(d);
                    }
                }
                if (found.isEmpty()) {
                    continue;
                }
                if (groupOf[i] == groupOf[j]) {
                    groupConflicts.computeIfAbsent(groupOf[i], k -> new ArrayList<>()).addAll(found);
                } else {
                    conflicting.add(new Claim(a.text, ClaimStatus.CONFLICTING, List.of(a.span(), b.span()), 2, found));
                }
            }
        }
        List<Claim> corroborated = new ArrayList<>();
        List<Claim> single = new ArrayList<>();
        List<Claim> conflictingGroups = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Span> sources = new ArrayList<>();
            Set<String> docs = new LinkedHashSet<>();
            for (int x : groups.get(g)) {
                Statement st = statements.get(x);
                sources.add(st.span());
                docs.add(st.document);
            }
            int independent = independent(docs, duplicateOf);
            String text = statements.get(groups.get(g).get(0)).text;
            List<Conflict> cs = groupConflicts.get(g);
            if (cs != null) {
                conflictingGroups.add(new Claim(text, ClaimStatus.CONFLICTING, sources, independent, List.copyOf(cs)));
            } else if (independent >= 2) {
                corroborated.add(new Claim(text, ClaimStatus.CORROBORATED, sources, independent, List.of()));
            } else if (single.size() < MAX_SINGLE_SOURCE) {
                single.add(new Claim(text, ClaimStatus.SINGLE_SOURCE, sources, independent, List.of()));
            }
        }
        List<Claim> out = new ArrayList<>(conflictingGroups);
        out.addAll(conflicting);
        out.addAll(nameConflicts(members, duplicateOf));
        out.addAll(wordingConflicts(quotes, duplicateOf));
        out.addAll(corroborated);
        out.addAll(single);
        return out;
    }

    /** Content-lemma overlap, with a bonus when both report the same event about a shared argument. */
    static double similarity(Statement a, Statement b, Set<Integer> eventsA, Set<Integer> eventsB) {
        double sim = Terms.jaccard(a.terms, b.terms);
        if (shares(eventsA, eventsB) && shares(a.arguments, b.arguments)) {
            sim += EVENT_BONUS;
        }
        return sim;
    }

    private static <T> boolean shares(Set<T> a, Set<T> b) {
        for (T x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The event coreference the claims of a story are aligned with: {@link EventCoreference} over the story's
     * documents (a story already reports one event). {@code concord eval events} scores this.
     */
    public static EventCoreference predicateCoreference() {
        return EventCoreference.create();
    }

    /**
     * The event clusters of each statement's predicates, from {@link #predicateCoreference()}.
     */
    private static List<Set<Integer>> events(List<AnnotatedDocument> members, List<Statement> statements,
            Map<String, Integer> predicateEvent) {
        List<CorefMention> mentions = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        List<Set<Integer>> out = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            out.add(new LinkedHashSet<>());
            for (Token p : statements.get(i).predicates) {
                String id = i + "." + p.index();
                mentions.add(new CorefMention(id, statements.get(i).document, p.start(), p.end()));
                index.put(id, i);
            }
        }
        List<List<CorefMention>> clusters = predicateCoreference().cluster(members, mentions);
        for (int c = 0; c < clusters.size(); c++) {
            for (CorefMention m : clusters.get(c)) {
                out.get(index.get(m.id())).add(c);
                predicateEvent.put(m.id(), c);
            }
        }
        return out;
    }

    private static Statement statement(AnnotatedDocument d, Sentence s) {
        String text = d.text().substring(s.start(), s.end());
        if (text.chars().anyMatch(c -> c == '"' || c == '\u201c' || c == '\u201d')) {
            return null;
        }
        boolean names = false;
        for (Token t : s.tokens()) {
            if (!"O".equals(t.ner()) || "CD".equals(t.pos())) {
                names = true;
                break;
            }
        }
        List<String> content = Terms.content(s);
        if (!names || content.size() < 5) {
            return null;
        }
        Set<String> arguments = new LinkedHashSet<>();
        for (Mention m : d.annotation().mentions()) {
            if (m.start() >= s.start() && m.end() <= s.end() && ARGUMENT_TYPES.contains(m.type())) {
                arguments.add(argumentKey(m.text()));
            }
        }
        Map<String, String> dates = new LinkedHashMap<>();
        for (Timex x : d.annotation().timexes()) {
            if (x.start() >= s.start() && x.end() <= s.end() && "DATE".equals(x.type()) && x.value() != null
                    && DAY.matcher(x.value()).matches()) {
                dates.putIfAbsent(x.value(), x.text());
            }
        }
        return new Statement(d.id(), s.start(), s.end(), text.strip().replaceAll("\\s+", " "),
                new HashSet<>(content), s, predicates(s), arguments, dates, counts(s));
    }

    private static final Set<String> ARGUMENT_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY",
            "COUNTRY", "STATE_OR_PROVINCE");
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** An argument's comparison key: its last word, lower-cased, without a possessive ("de Blasio's" -> blasio). */
    static String argumentKey(String name) {
        String[] parts = name.strip().split("\\s+");
        return parts[parts.length - 1].replaceAll("['\u2019]s?$", "").toLowerCase(Locale.ROOT);
    }

    /** The sentence's predicates: its content verbs other than reporting verbs ("said", "told"). */
    static List<Token> predicates(Sentence s) {
        List<Token> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            String pos = t.pos() == null ? "" : t.pos();
            if (pos.startsWith("VB") && !Verbs.LIGHT.contains(Heads.lemma(t))
                    && !EventLexicon.key(List.of(t), t).equals("=say")) {
                out.add(t);
            }
        }
        return out;
    }

    private static int independent(Set<String> docs, Map<String, String> duplicateOf) {
        Set<String> roots = new HashSet<>();
        for (String d : docs) {
            String r = d;
            Set<String> seen = new HashSet<>();
            while (duplicateOf.containsKey(r) && seen.add(r)) {
                r = duplicateOf.get(r);
            }
            roots.add(r);
        }
        return roots.size();
    }

    /**
     * Two numbers for the same counted thing in two statements of one event, from independent documents: the same
     * noun, compatible modifiers ("1,400 crew members" and "1,200 members", not "three other rifles" and "nine
     * assault rifles"), each the only count of that noun in its sentence, and each nearest to a predicate of the
     * same event (the count is an argument of that event in both).
     */
    private static List<Conflict> numberConflicts(int i, int j, Statement a, Statement b,
            Map<String, Integer> predicateEvent, Set<String> reported) {
        List<Conflict> out = new ArrayList<>();
        Map<String, Count> na = a.counts;
        Map<String, Count> nb = b.counts;
        for (Map.Entry<String, Count> e : na.entrySet()) {
            Count mine = e.getValue();
            Count other = nb.get(e.getKey());
            if (other == null || mine.value() == other.value() || !compatibleModifiers(mine, other)) {
                continue;
            }
            Integer ea = nearestEvent(i, a, mine.token(), predicateEvent);
            Integer eb = nearestEvent(j, b, other.token(), predicateEvent);
            if (ea == null || !ea.equals(eb)) {
                continue;
            }
            if (reported.add(e.getKey() + "|" + mine.value() + "|" + other.value())
                    & reported.add(e.getKey() + "|" + other.value() + "|" + mine.value())) {
                out.add(new Conflict(ConflictAspect.NUMBER, List.of(
                        new ConflictValue(mine.number() + " " + mine.noun(), List.of(a.document)),
                        new ConflictValue(other.number() + " " + other.noun(), List.of(b.document)))));
            }
        }
        return out;
    }

    private static final Set<String> SUBSET = Set.of("other", "more", "additional", "further", "extra", "new");

    private static boolean compatibleModifiers(Count a, Count b) {
        if (a.modifiers().stream().anyMatch(SUBSET::contains) || b.modifiers().stream().anyMatch(SUBSET::contains)) {
            return false;
        }
        return a.modifiers().isEmpty() || b.modifiers().isEmpty() || shares(Set.copyOf(a.modifiers()),
                Set.copyOf(b.modifiers()));
    }

    /** The event cluster of the statement's predicate nearest to token {@code at}, or null without predicates. */
    private static Integer nearestEvent(int i, Statement st, int at, Map<String, Integer> predicateEvent) {
        Token best = null;
        for (Token p : st.predicates) {
            if (best == null || Math.abs(p.index() - at) < Math.abs(best.index() - at)) {
                best = p;
            }
        }
        return best == null ? null : predicateEvent.get(i + "." + best.index());
    }

    /** Two days for one event: each statement dates exactly one day, and the days differ. */
    private static Conflict dateConflict(Statement a, Statement b, Set<String> reported) {
        if (a.dates.size() != 1 || b.dates.size() != 1) {
            return null;
        }
        Map.Entry<String, String> da = a.dates.entrySet().iterator().next();
        Map.Entry<String, String> db = b.dates.entrySet().iterator().next();
        if (da.getKey().equals(db.getKey()) || !reported.add("date|" + da.getKey() + "|" + db.getKey())) {
            return null;
        }
        return new Conflict(ConflictAspect.DATE, List.of(
                new ConflictValue(da.getKey() + " (\u201c" + da.getValue() + "\u201d)", List.of(a.document)),
                new ConflictValue(db.getKey() + " (\u201c" + db.getValue() + "\u201d)", List.of(b.document))));
    }

    /**
     * A number and the noun it counts, as written ("1,200" "workers"), its value (-1 when unreadable), the lemmas
     * of the words between them ("ferry") and the index of the number's token.
     */
    record Count(String number, String noun, long value, List<String> modifiers, int token) {}

    /**
     * Numbers in a sentence keyed by the lemma of the noun they count: "1,200 ferry workers" gives worker. A noun
     * counted twice with different values in one sentence ("150 miles off Aden, 13 miles from the ship") is left
     * out, and so are clock times ("18 : 50 IST") and numbers that are not plain counts (NER other than NUMBER).
     */
    static Map<String, Count> counts(Sentence s) {
        Map<String, Count> out = new LinkedHashMap<>();
        Set<String> ambiguous = new HashSet<>();
        List<Token> ts = s.tokens();
        for (int k = 0; k < ts.size(); k++) {
            Token t = ts.get(k);
            if (!"CD".equals(t.pos()) || !"O".equals(t.ner()) && !"NUMBER".equals(t.ner())) {
                continue;
            }
            StringBuilder number = new StringBuilder(t.word());
            int j = k + 1;
            while (j < ts.size() && "CD".equals(ts.get(j).pos())) {
                number.append(' ').append(ts.get(j).word());
                j++;
            }
            boolean clock = k > 0 && ts.get(k - 1).word().equals(":") || j < ts.size() && ts.get(j).word().equals(":");
            // the head of the counted noun phrase: its last common noun ("1,200 ferry workers" counts workers)
            Token head = null;
            int headAt = -1;
            for (int h = j; h < Math.min(ts.size(), j + 4); h++) {
                String pos = ts.get(h).pos();
                if (pos.equals("NN") || pos.equals("NNS")) {
                    head = ts.get(h);
                    headAt = h;
                } else if (!pos.startsWith("JJ") && !pos.equals("HYPH") || head != null && pos.startsWith("JJ")) {
                    break;
                }
            }
            if (head != null && !clock) {
                List<String> modifiers = new ArrayList<>();
                for (int m = j; m < headAt; m++) {
                    modifiers.add(Terms.key(ts.get(m)));
                }
                String key = Terms.key(head);
                Count c = new Count(number.toString(), head.word(), value(number.toString()), modifiers, k);
                Count before = out.putIfAbsent(key, c);
                if (before != null && before.value() != c.value()) {
                    ambiguous.add(key);
                }
            }
            k = j - 1;
        }
        out.keySet().removeAll(ambiguous);
        out.values().removeIf(c -> c.value() < 0);
        return out;
    }

    /**
     * The value of a written number: digits with thousands separators ("1,200"), words ("three", "twenty-three",
     * "two hundred"), digits with a scale word ("1.5 million"); -1 when it cannot be read.
     */
    static long value(String written) {
        String w = written.toLowerCase(Locale.ROOT).replace(",", "").strip();
        java.util.regex.Matcher decimal = DECIMAL.matcher(w);
        if (decimal.matches()) {
            return Math.round(Double.parseDouble(decimal.group(1)) * scale(decimal.group(2)));
        }
        long total = 0;
        long current = -1;
        for (String part : w.split("[\\s-]+")) {
            long scale = scale(part);
            if (scale > 0) {
                current = (current < 0 ? 1 : current) * scale;
                if (scale >= 1000) {
                    total += current;
                    current = -1;
                }
                continue;
            }
            long v;
            if (part.matches("\\d{1,15}")) {
                v = Long.parseLong(part);
            } else if (NumberWords.value(part) >= 0) {
                v = NumberWords.value(part);
            } else {
                return -1;
            }
            current = current < 0 ? v : current + v;
        }
        return total + Math.max(current, 0);
    }

    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("(\\d*\\.\\d+)\\s+(thousand|million|billion)");

    private static long scale(String word) {
        return switch (word) {
            case "dozen" -> 12;
            case "hundred" -> 100;
            case "thousand" -> 1000;
            case "million" -> 1_000_000;
            case "billion" -> 1_000_000_000;
            default -> -1;
        };
    }

    /** Person names spelled two ways across the story's documents (surnames one or two edits apart). */
    private static List<Claim> nameConflicts(List<AnnotatedDocument> members, Map<String, String> duplicateOf) {
        Map<String, Map<String, List<Span>>> bySurname = new LinkedHashMap<>();
        Map<String, String> sentenceOf = new LinkedHashMap<>();
        for (AnnotatedDocument d : members) {
            for (Mention m : d.annotation().mentions()) {
                if (!"PERSON".equals(m.type())) {
                    continue;
                }
                String[] parts = m.text().strip().split("\\s+");
                String surname = parts[parts.length - 1].replaceAll("['\u2019]s$", "");
                if (surname.length() < 5 || !Character.isUpperCase(surname.charAt(0))) {
                    continue;
                }
                bySurname.computeIfAbsent(surname, k -> new LinkedHashMap<>())
                        .computeIfAbsent(d.id(), k -> new ArrayList<>()).add(new Span(d.id(), m.start(), m.end()));
                Sentence s = d.annotation().sentenceAt(m.start());
                if (s != null) {
                    sentenceOf.putIfAbsent(surname, d.text().substring(s.start(), s.end()).strip()
                            .replaceAll("\\s+", " "));
                }
            }
        }
        List<String> names = new ArrayList<>(bySurname.keySet());
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                String a = names.get(i);
                String b = names.get(j);
                int dist = levenshtein(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
                if (dist == 0 || dist > (Math.min(a.length(), b.length()) >= 7 ? 2 : 1)
                        || a.charAt(0) != b.charAt(0)) {
                    continue;
                }
                Set<String> docsA = bySurname.get(a).keySet();
                Set<String> docsB = bySurname.get(b).keySet();
                Set<String> all = new LinkedHashSet<>(docsA);
                all.addAll(docsB);
                List<Span> sources = new ArrayList<>();
                bySurname.get(a).values().forEach(l -> sources.add(l.get(0)));
                bySurname.get(b).values().forEach(l -> sources.add(l.get(0)));
                Conflict c = new Conflict(ConflictAspect.NAME, List.of(new ConflictValue(a, List.copyOf(docsA)),
                        new ConflictValue(b, List.copyOf(docsB))));
                out.add(new Claim(sentenceOf.get(a), ClaimStatus.CONFLICTING, sources, independent(all, duplicateOf),
                        List.of(c)));
            }
        }
        return out;
    }

    /** A quote worded differently by different outlets. */
    private static List<Claim> wordingConflicts(List<Quote> quotes, Map<String, String> duplicateOf) {
        List<Claim> out = new ArrayList<>();
        for (Quote q : quotes) {
            Map<String, List<String>> byKey = new LinkedHashMap<>();
            Map<String, String> wordingShown = new LinkedHashMap<>();
            List<Span> sources = new ArrayList<>();
            for (Occurrence o : q.occurrences()) {
                String key = wordingKey(o.text());
                wordingShown.putIfAbsent(key, o.text().strip().replaceAll("\\s+", " "));
                List<String> ds = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (!ds.contains(o.document())) {
                    ds.add(o.document());
                }
                sources.add(new Span(o.document(), o.start(), o.end()));
            }
            // a wording that is part of another is the same words quoted in part, not a second wording
            byKey.keySet().removeIf(k -> byKey.keySet().stream().anyMatch(
                    other -> !other.equals(k) && (" " + other + " ").contains(" " + k + " ")));
            Set<String> docs = new LinkedHashSet<>();
            byKey.values().forEach(docs::addAll);
            if (byKey.size() < 2 || independent(docs, duplicateOf) < 2) {
                continue;
            }
            List<ConflictValue> values = new ArrayList<>();
            byKey.forEach((k, ds) -> values.add(new ConflictValue(wordingShown.get(k), List.copyOf(ds))));
            String who = q.speaker() == null ? "Unattributed" : q.speaker().name();
            out.add(new Claim(who + ": \u201c" + q.text() + "\u201d", ClaimStatus.CONFLICTING, sources,
                    independent(docs, duplicateOf), List.of(new Conflict(ConflictAspect.WORDING, values))));
        }
        return out;
    }

    /** A quote's wording for comparison: lower-cased words, punctuation and quotation marks ('' ``) out. */
    static String wordingKey(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}']+", " ")
                .replaceAll("(?<!\\p{L})'+|'+(?!\\p{L})", " ").replaceAll("\\s+", " ").strip();
    }

    static int levenshtein(String a, String b) {
        return org.concord.resolve.Names.editDistance(a, b);
    }

    /** A sentence read as a claim: its text, content lemmas, predicates, argument keys, dated days and counts. */
    record Statement(String document, int start, int end, String text, Set<String> terms, Sentence sentence,
            List<Token> predicates, Set<String> arguments, Map<String, String> dates, Map<String, Count> counts) {
        Span span() {
            return new Span(document, start, end);
        }
    }
}
