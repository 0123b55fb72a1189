package org.concord.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Sentence;
import org.concord.annotate.Timex;
import org.concord.annotate.Token;
import org.concord.model.EntityType;
import org.concord.text.Pronouns;

/**
 * The mentions of a story's named entities that are not names: common nouns ("the actress", "the navy") and
 * pronouns ("he", "who"), each linked to the named entity it stands for, or to none. Deterministic sieves in the
 * spirit of Lee et al. 2013, over the story's documents, in this order:
 * <ol>
 * <li>role: a singular noun that is, in the story, the role of exactly one named entity of its class (the nouns a
 * text puts beside a name, {@link Roles}); several: the one its document names most;</li>
 * <li>head word: a noun that is the head word of exactly one organisation or place name ("the navy" / "Indian
 * Navy");</li>
 * <li>salience: a singular person or organisation noun (its class from WordNet, {@link NounClasses}) takes its
 * document's most named person or organisation, unless it names a news report's informant ("source",
 * "spokesman"), has a possessor ("her father", "Reid's rep": someone else's) or is a role the story gives to other
 * names only;</li>
 * <li>pronouns: the nearest earlier mention of a compatible class and number in the document that stands for a named
 * entity (a relative "who": in its sentence); mentions that stand for none are passed over (measured on ECB+: a
 * little better, on train and dev topics, than letting them block the link).</li>
 * </ol>
 */
final class Descriptors {
    /** Nouns for the people who speak about a story's participant rather than for the participant. */
    private static final Set<String> INFORMANTS = Set.of("source", "spokesman", "spokeswoman", "spokesperson",
            "official", "witness", "friend", "neighbor", "neighbour", "insider", "relative", "reporter",
            "correspondent", "eyewitness", "publicist", "rep");
    /** Group nouns that stand for many people, never for one named organisation by salience. */
    private static final Set<String> COLLECTIVE = Set.of("police", "people", "crew", "staff");

    private Descriptors() {
    }

    /** A mention in a document: a name (its group known), a noun or a pronoun, with its class and number. */
    private static final class Cand {
        final Token token;
        final String lemma;
        final String kind; // PERSON, ORGANIZATION, LOCATION, OTHER
        final boolean plural;
        final boolean pronoun;
        final boolean name;
        boolean possessed; // "her rep", "Reid's rep": not the possessor, seldom the document's main participant
        Group group;

        Cand(Token token, String lemma, String kind, boolean plural, boolean pronoun, Group group) {
            this.token = token;
            this.lemma = lemma;
            this.kind = kind;
            this.plural = plural;
            this.pronoun = pronoun;
            this.name = group != null && !pronoun;
            this.group = group;
        }
    }

    /** Links the non-name mentions of {@code docs} to the named {@code groups}; returns the refs made. */
    static List<Ref> link(List<AnnotatedDocument> docs, List<Group> groups, int firstOrder) {
        Map<String, List<Ref>> namesByDoc = new HashMap<>();
        for (Group g : groups) {
            for (Ref r : g.refs) {
                namesByDoc.computeIfAbsent(r.doc, k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, Set<Group>> byRole = new HashMap<>();
        Map<String, Set<Group>> byHead = new HashMap<>();
        Map<String, AnnotatedDocument> byId = new HashMap<>();
        for (AnnotatedDocument d : docs) {
            byId.put(d.id(), d);
        }
        for (Group g : groups) {
            for (Ref r : g.refs) {
                for (String role : Roles.of(byId.get(r.doc), r.start, r.end)) {
                    byRole.computeIfAbsent(g.type.json() + "|" + role, k -> new java.util.LinkedHashSet<>()).add(g);
                }
                if (g.type != EntityType.PERSON) {
                    byHead.computeIfAbsent(headWord(r.text), k -> new java.util.LinkedHashSet<>()).add(g);
                }
            }
        }
        List<Ref> out = new ArrayList<>();
        int order = firstOrder;
        for (AnnotatedDocument d : docs) {
            List<Ref> names = namesByDoc.getOrDefault(d.id(), List.of());
            List<Cand> cands = candidates(d, names);
            Map<String, Group> salient = salient(names);
            for (Cand c : cands) {
                if (c.group == null && !c.pronoun) {
                    c.group = noun(c, names, byRole, byHead);
                    Group s = salient.get(c.kind);
                    if (c.group == null && s != null && salienceApplies(c, s, byRole)) {
                        c.group = s;
                    }
                }
            }
            for (int i = 0; i < cands.size(); i++) {
                if (cands.get(i).pronoun) {
                    cands.get(i).group = antecedent(cands, i, d);
                }
            }
            for (Cand c : cands) {
                if (c.group != null && !c.name) {
                    Ref r = new Ref(d.id(), c.token.start(), c.token.end(), c.token.word(), c.group.type.json(),
                            order++);
                    r.group = c.group;
                    c.group.descriptors.add(r);
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** The group a common noun stands for by its role or head word, or null. */
    private static Group noun(Cand c, List<Ref> names, Map<String, Set<Group>> byRole,
                              Map<String, Set<Group>> byHead) {
        List<String> types = c.kind.equals("OTHER") ? List.of("ORGANIZATION", "LOCATION") : List.of(c.kind);
        if (!c.plural) {
            for (String type : types) {
                Set<Group> named = byRole.get(type + "|" + c.lemma);
                if (named == null) {
                    continue;
                }
                if (named.size() == 1) {
                    return named.iterator().next();
                }
                Group best = mostNamed(named, names);
                if (best != null) {
                    return best;
                }
            }
        }
        if (!c.kind.equals("PERSON")) {
            Set<Group> named = byHead.get(c.lemma);
            if (named != null && named.size() == 1) {
                return named.iterator().next();
            }
        }
        return null;
    }

    /**
     * Whether the salience sieve reads a noun: singular, a person or organisation, not an informant or a
     * collective, and not a role the story gives to names other than {@code target} only.
     */
    private static boolean salienceApplies(Cand c, Group target, Map<String, Set<Group>> byRole) {
        Set<Group> roleOf = byRole.get(c.kind + "|" + c.lemma);
        return !c.plural && (c.kind.equals("PERSON") || c.kind.equals("ORGANIZATION"))
                && !c.possessed
                && !INFORMANTS.contains(c.lemma) && !COLLECTIVE.contains(c.lemma)
                && (roleOf == null || roleOf.contains(target));
    }

    /** Of several groups, the one with the most names in the document, when one has most. */
    private static Group mostNamed(Set<Group> groups, List<Ref> names) {
        Map<Group, Integer> count = new LinkedHashMap<>();
        for (Ref r : names) {
            if (groups.contains(r.group)) {
                count.merge(r.group, 1, Integer::sum);
            }
        }
        int most = count.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Group> best = count.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey)
                .toList();
        return best.size() == 1 ? best.get(0) : null;
    }

    /** Per type, the document's most named group (ties: the first named). */
    private static Map<String, Group> salient(List<Ref> names) {
        Map<String, Map<Group, Integer>> counts = new TreeMap<>();
        for (Ref r : names.stream().sorted(Comparator.comparingInt((Ref r) -> r.start)).toList()) {
            counts.computeIfAbsent(r.group.type.json(), k -> new LinkedHashMap<>()).merge(r.group, 1, Integer::sum);
        }
        Map<String, Group> out = new HashMap<>();
        counts.forEach((type, c) -> out.put(type, c.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry::getValue)).orElseThrow().getKey()));
        return out;
    }

    /** The group of the nearest earlier compatible mention, if that mention is linked. */
    private static Group antecedent(List<Cand> cands, int i, AnnotatedDocument d) {
        Cand p = cands.get(i);
        Sentence here = d.annotation().sentenceAt(p.token.start());
        for (int j = i - 1; j >= 0; j--) {
            Cand c = cands.get(j);
            if (Pronouns.RELATIVE.contains(p.lemma) && (here == null || c.token.start() < here.start())) {
                return null; // a relative pronoun's antecedent is in its sentence
            }
            if (c.group != null && compatible(p.lemma, c)) {
                return c.group;
            }
        }
        return null;
    }

    private static boolean compatible(String pronoun, Cand c) {
        if (c.pronoun) {
            return c.group != null && compatible(pronoun, new Cand(c.token, c.lemma, c.group.type.json(),
                    Pronouns.PLURAL.contains(c.lemma), false, c.group));
        }
        if (Pronouns.SINGULAR_PERSON.contains(pronoun)) {
            return c.kind.equals("PERSON") && !c.plural;
        }
        if (Pronouns.RELATIVE.contains(pronoun)) {
            return c.kind.equals("PERSON") || c.kind.equals("ORGANIZATION");
        }
        if (Pronouns.THING.contains(pronoun)) {
            return !c.kind.equals("PERSON") && !c.plural;
        }
        if (Pronouns.PLURAL.contains(pronoun)) {
            return c.plural || c.kind.equals("ORGANIZATION");
        }
        return false;
    }

    /** The document's names, common-noun heads and pronouns, in text order. */
    private static List<Cand> candidates(AnnotatedDocument d, List<Ref> names) {
        List<Cand> out = new ArrayList<>();
        List<Ref> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt((Ref r) -> r.start));
        int n = 0;
        for (Sentence s : d.annotation().sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                while (n < sorted.size() && sorted.get(n).end <= t.start()) {
                    n++;
                }
                if (n < sorted.size() && sorted.get(n).start < t.end()) {
                    Ref r = sorted.get(n);
                    if (t.end() >= r.end) { // the name's last token stands for it
                        out.add(new Cand(t, Roles.lemma(t), kindOf(r.group.type.json()), Roles.pos(t).equals("NNPS"),
                                false, r.group));
                    }
                    continue;
                }
                String w = t.word().toLowerCase(Locale.ROOT);
                String pos = Roles.pos(t);
                if ((pos.startsWith("PRP") || pos.startsWith("WP")) && (Pronouns.SINGULAR_PERSON.contains(w)
                        || Pronouns.THING.contains(w) || Pronouns.PLURAL.contains(w)
                        || Pronouns.RELATIVE.contains(w))) {
                    out.add(new Cand(t, w, "PRONOUN", Pronouns.PLURAL.contains(w), true, null));
                    continue;
                }
                if (!(pos.equals("NN") || pos.equals("NNS")) || !Character.isLetter(t.word().charAt(0))
                        || inTimex(d, t)) {
                    continue;
                }
                String next = i + 1 < toks.size() ? Roles.pos(toks.get(i + 1)) : "";
                if (next.startsWith("NN")) {
                    continue; // not the head of its phrase ("rehab facility", "actress Tara Reid")
                }
                String lemma = Roles.lemma(t);
                String kind = RoleWords.isRole(lemma) ? "PERSON" : switch (NounClasses.of(lemma)) {
                    case PERSON -> "PERSON";
                    case GROUP -> "ORGANIZATION";
                    case LOCATION -> "LOCATION";
                    default -> "OTHER";
                };
                Cand c = new Cand(t, lemma, kind, pos.equals("NNS"), false, null);
                c.possessed = possessed(toks, i);
                out.add(c);
            }
        }
        return out;
    }

    /** Whether the noun phrase of the head at {@code i} opens with a possessor: "her rep", "Reid's former lawyer". */
    private static boolean possessed(List<Token> toks, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 5; j--) {
            String p = Roles.pos(toks.get(j));
            if (p.equals("PRP$") || p.equals("POS")) {
                return true;
            }
            if (!(p.startsWith("JJ") || p.startsWith("NN") || p.equals("CD") || p.equals("HYPH") || p.equals("VBN")
                    || p.equals("VBG") || p.startsWith("RB"))) {
                return false;
            }
        }
        return false;
    }

    private static String kindOf(String groupType) {
        return groupType.equals("PERSON") || groupType.equals("LOCATION") ? groupType : "ORGANIZATION";
    }

    private static boolean inTimex(AnnotatedDocument d, Token t) {
        for (Timex x : d.annotation().timexes()) {
            if (x.start() <= t.start() && t.end() <= x.end()) {
                return true;
            }
        }
        return false;
    }

    /** The head word of an organisation or place name: its last word before "of" ("Academy of ..." -> academy). */
    static String headWord(String name) {
        String k = EntityResolver.key(name);
        int of = k.indexOf(" of ");
        String first = of > 0 ? k.substring(0, of) : k;
        String[] w = first.split(" ");
        return w[w.length - 1];
    }
}
