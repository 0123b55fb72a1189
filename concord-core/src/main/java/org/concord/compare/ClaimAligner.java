package org.concord.compare;

import java.util.ArrayList;
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
import org.concord.annotate.Token;
import org.concord.model.Claim;
import org.concord.model.Conflict;
import org.concord.model.ConflictValue;
import org.concord.model.Occurrence;
import org.concord.model.Quote;
import org.concord.model.Span;

/**
 * Aligns the statements of a story's documents and says where they agree, add a detail or disagree.
 *
 * <p>Statements are sentences that name something (an entity or a number) outside quotation marks. Sentences of
 * different documents whose content lemmas overlap (Jaccard at least {@value #ALIGN}) state the same claim.
 * A claim carried by two or more independent sources is corroborated; near-copies ({@code duplicate_of}) count
 * once. Three kinds of disagreement are found: two numbers for one counted thing in aligned sentences
 * ("1,200 workers" / "1,400 workers"), two spellings of one person's name across the story (person names whose
 * surnames are one or two edits apart, Levenshtein 1966), and two wordings of one quote (from the quote ledger).
 */
public final class ClaimAligner {
    static final double ALIGN = 0.3;
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
        // greedy alignment: each statement joins the first group whose seed it matches from another document
        List<List<Statement>> groups = new ArrayList<>();
        for (Statement st : statements) {
            List<Statement> best = null;
            double bestSim = ALIGN;
            for (List<Statement> g : groups) {
                Statement seed = g.get(0);
                if (g.stream().anyMatch(x -> x.document.equals(st.document))) {
                    continue;
                }
                double sim = Terms.jaccard(seed.terms, st.terms);
                if (sim >= bestSim) {
                    bestSim = sim;
                    best = g;
                }
            }
            if (best == null) {
                best = new ArrayList<>();
                groups.add(best);
            }
            best.add(st);
        }
        List<Claim> conflicting = new ArrayList<>();
        List<Claim> corroborated = new ArrayList<>();
        List<Claim> single = new ArrayList<>();
        for (List<Statement> g : groups) {
            List<Span> sources = new ArrayList<>();
            Set<String> docs = new LinkedHashSet<>();
            for (Statement st : g) {
                sources.add(new Span(st.document, st.start, st.end));
                docs.add(st.document);
            }
            int independent = independent(docs, duplicateOf);
            String text = g.get(0).text;
            if (independent >= 2) {
                corroborated.add(new Claim(text, Claim.CORROBORATED, sources, independent, List.of()));
            } else if (single.size() < MAX_SINGLE_SOURCE) {
                single.add(new Claim(text, Claim.SINGLE_SOURCE, sources, independent, List.of()));
            }
        }
        conflicting.addAll(numberConflicts(statements, duplicateOf));
        conflicting.addAll(nameConflicts(members, duplicateOf));
        conflicting.addAll(wordingConflicts(quotes, duplicateOf));
        List<Claim> out = new ArrayList<>(conflicting);
        out.addAll(corroborated);
        out.addAll(single);
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
        return new Statement(d.id(), s.start(), s.end(), text.strip().replaceAll("\\s+", " "),
                new HashSet<>(content), s);
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

    /** Two numbers for the same counted noun in aligned sentences of independent documents. */
    private static List<Claim> numberConflicts(List<Statement> statements, Map<String, String> duplicateOf) {
        List<Claim> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            for (int j = i + 1; j < statements.size(); j++) {
                Statement a = statements.get(i);
                Statement b = statements.get(j);
                if (a.document.equals(b.document) || independent(Set.of(a.document, b.document), duplicateOf) < 2
                        || Terms.jaccard(a.terms, b.terms) < NUMBER_ALIGN) {
                    continue;
                }
                Map<String, Count> na = counts(a.sentence);
                Map<String, Count> nb = counts(b.sentence);
                for (Map.Entry<String, Count> e : na.entrySet()) {
                    Count mine = e.getValue();
                    Count other = nb.get(e.getKey());
                    if (other != null && !normalizeNumber(other.number()).equals(normalizeNumber(mine.number()))
                            && reported.add(e.getKey() + "|" + mine.number() + "|" + other.number())) {
                        Conflict c = new Conflict("number", List.of(
                                new ConflictValue(mine.number() + " " + mine.noun(), List.of(a.document)),
                                new ConflictValue(other.number() + " " + other.noun(), List.of(b.document))));
                        out.add(new Claim(a.text, Claim.CONFLICTING, List.of(new Span(a.document, a.start, a.end),
                                new Span(b.document, b.start, b.end)), 2, List.of(c)));
                    }
                }
            }
        }
        return out;
    }

    /** A number and the noun it counts, as written: "1,200" "workers". */
    record Count(String number, String noun) {}

    /** Numbers in a sentence keyed by the lemma of the noun they count: "1,200 workers" gives worker. */
    static Map<String, Count> counts(Sentence s) {
        Map<String, Count> out = new LinkedHashMap<>();
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
            // the head of the counted noun phrase: its last common noun ("1,200 ferry workers" counts workers)
            Token head = null;
            for (int h = j; h < Math.min(ts.size(), j + 4); h++) {
                String pos = ts.get(h).pos();
                if (pos.equals("NN") || pos.equals("NNS")) {
                    head = ts.get(h);
                } else if (!pos.startsWith("JJ") && !pos.equals("HYPH") || head != null && pos.startsWith("JJ")) {
                    break;
                }
            }
            if (head != null) {
                out.putIfAbsent(Terms.key(head), new Count(number.toString(), head.word()));
            }
            k = j - 1;
        }
        return out;
    }

    private static String normalizeNumber(String n) {
        return n.replace(",", "").toLowerCase(Locale.ROOT);
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
                Conflict c = new Conflict("name", List.of(new ConflictValue(a, List.copyOf(docsA)),
                        new ConflictValue(b, List.copyOf(docsB))));
                out.add(new Claim(sentenceOf.get(a), Claim.CONFLICTING, sources, independent(all, duplicateOf),
                        List.of(c)));
            }
        }
        return out;
    }

    /** A quote worded differently by different outlets. */
    private static List<Claim> wordingConflicts(List<Quote> quotes, Map<String, String> duplicateOf) {
        List<Claim> out = new ArrayList<>();
        for (Quote q : quotes) {
            Map<String, List<String>> byWording = new LinkedHashMap<>();
            Map<String, String> wordingShown = new LinkedHashMap<>();
            List<Span> sources = new ArrayList<>();
            Set<String> docs = new LinkedHashSet<>();
            for (Occurrence o : q.occurrences()) {
                String key = o.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                        .replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
                String shown = wordingShown.computeIfAbsent(key, k -> o.text().strip().replaceAll("\\s+", " "));
                List<String> ds = byWording.computeIfAbsent(shown, k -> new ArrayList<>());
                if (!ds.contains(o.document())) {
                    ds.add(o.document());
                }
                sources.add(new Span(o.document(), o.start(), o.end()));
                docs.add(o.document());
            }
            if (byWording.size() < 2 || independent(docs, duplicateOf) < 2) {
                continue;
            }
            List<ConflictValue> values = new ArrayList<>();
            byWording.forEach((w, ds) -> values.add(new ConflictValue(w, List.copyOf(ds))));
            String who = q.speaker() == null ? "Unattributed" : q.speaker().name();
            out.add(new Claim(who + ": \u201c" + q.text() + "\u201d", Claim.CONFLICTING, sources,
                    independent(docs, duplicateOf), List.of(new Conflict("wording", values))));
        }
        return out;
    }

    static int levenshtein(String a, String b) {
        return org.concord.resolve.Names.editDistance(a, b);
    }

    private record Statement(String document, int start, int end, String text, Set<String> terms, Sentence sentence) {}
}
