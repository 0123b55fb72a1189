package org.concord.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Annotation;
import org.concord.annotate.Mention;
import org.concord.annotate.Token;
import org.concord.model.Entity;
import org.concord.resolve.EntityIndex;
import org.concord.resolve.EntityResolver;

/**
 * Cross-document coreference of participant mentions (people, organisations, places, times, things) of a
 * collection's documents. Proper names go to Concord's {@link EntityResolver} (names, short forms, titles,
 * acronyms), fed the given mentions in place of the tagger's; a common noun joins the one name it heads in its
 * document group, else the one name whose role it is in the group (a noun before the name, its apposition or
 * predicate nominative), else (singular, a person or organisation) its document's most mentioned name of its kind, a
 * simple salience rule in the spirit of Lee et al. 2013's sieves; an organisation or place name that ends one
 * longer name joins it; a weekday is one day of its group and "today", "yesterday" the group's most named weekday;
 * pronouns take the cluster of the nearest earlier mention of compatible kind and number; other mentions are
 * clustered by head lemma inside the group of documents that report one event
 * ({@link DocumentGroups}).
 */
public final class EntityCoreference {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers",
            "herself", "i", "me", "my", "mine", "myself", "you", "your", "yours", "we", "us", "our", "ours");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "its", "itself");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their", "theirs", "themselves");

    private final DocumentGroups groups;

    private EntityCoreference(DocumentGroups groups) {
        this.groups = groups;
    }

    public static EntityCoreference create() {
        return new EntityCoreference(DocumentGroups.create());
    }

    public static EntityCoreference create(DocumentGroups groups) {
        return new EntityCoreference(groups);
    }

    /** The clusters of {@code mentions} (each mention in exactly one), in order of first mention. */
    public List<List<CorefMention>> cluster(List<AnnotatedDocument> docs, List<CorefMention> mentions) {
        Map<String, AnnotatedDocument> byId = new HashMap<>();
        for (AnnotatedDocument d : docs) {
            byId.put(d.id(), d);
        }
        Map<String, Integer> groupOf = groups.groupOf(docs);
        EntityIndex names = EntityResolver.create().resolve(withNames(docs, mentions));
        Map<CorefMention, String> keyOf = new LinkedHashMap<>();
        Map<String, List<CorefMention>> byDoc = new LinkedHashMap<>();
        for (CorefMention m : mentions) {
            byDoc.computeIfAbsent(m.document(), k -> new ArrayList<>()).add(m);
        }
        for (CorefMention m : mentions) {
            AnnotatedDocument d = byId.get(m.document());
            if (d == null) {
                throw new IllegalArgumentException("mention " + m.id() + " names unknown document " + m.document());
            }
            List<Token> toks = Heads.tokens(d, m.start(), m.end());
            if (toks.isEmpty()) {
                keyOf.put(m, "#" + m.id());
                continue;
            }
            Token head = Heads.head(toks, false);
            String lemma = Heads.lemma(head);
            if (pronoun(head)) {
                continue; // pronouns second
            }
            if (isName(m, toks, d.text()) && !titleOnly(toks)) {
                int[] span = nameSpan(toks, head, d.text());
                Optional<Entity> e = names.entityAt(m.document(), span[0], span[1]);
                keyOf.put(m, e.isPresent() ? "name|" + e.get().id() : "lemma|" + m.kind() + "|" + lemma);
                continue;
            }
            if (Heads.pos(head).startsWith("NNP") && !m.kind().equals("TIME") && !titleOnly(toks)) {
                keyOf.put(m, "lemma|" + m.kind() + "|" + lemma);
                continue;
            }
            // news reports date their event relative to the report: the days they name in one group are its day
            if (m.kind().equals("TIME") && deictic(toks)) {
                keyOf.put(m, groupOf.get(m.document()) + "|TIME|day");
                continue;
            }
            keyOf.put(m, groupOf.get(m.document()) + "|" + m.kind() + "|" + lemma);
        }
        // a common noun with the head of a capitalised mention of its kind ("surgeon general" / "Surgeon General")
        weekdays(mentions, keyOf, byId, groupOf);
        shortForms(mentions, keyOf, byId);
        Set<String> capitalised = new java.util.HashSet<>(keyOf.values());
        for (CorefMention m : mentions) {
            String k = keyOf.get(m);
            if (k == null || k.startsWith("name|") || k.startsWith("lemma|") || k.startsWith("#")) {
                continue;
            }
            Token head = Heads.head(Heads.tokens(byId.get(m.document()), m.start(), m.end()), false);
            String lk = "lemma|" + m.kind() + "|" + Heads.lemma(head);
            if (capitalised.contains(lk)) {
                keyOf.put(m, lk);
            }
        }
        // a common noun that is the head word of exactly one name of its kind ("the navy" / "the Indian Navy")
        Map<String, Set<String>> namesByHead = new HashMap<>();
        for (CorefMention m : mentions) {
            String k = keyOf.get(m);
            if (k != null && k.startsWith("name|")) {
                Token head = Heads.head(Heads.tokens(byId.get(m.document()), m.start(), m.end()), false);
                namesByHead.computeIfAbsent(groupOf.get(m.document()) + "|" + m.kind() + "|" + Heads.lemma(head),
                                x -> new java.util.TreeSet<>())
                        .add(k);
            }
        }
        for (CorefMention m : mentions) {
            String k = keyOf.get(m);
            if (k == null || k.startsWith("name|") || k.startsWith("lemma|") || k.startsWith("#")) {
                continue;
            }
            Token head = Heads.head(Heads.tokens(byId.get(m.document()), m.start(), m.end()), false);
            Set<String> named = namesByHead.get(groupOf.get(m.document()) + "|" + m.kind() + "|"
                    + Heads.lemma(head));
            if (named != null && named.size() == 1) {
                keyOf.put(m, named.iterator().next());
            }
        }
        Map<String, Set<String>> namesOfRole = roles(mentions, keyOf, byId, groupOf);
        // a singular common noun of a document that names one main participant of its kind is that participant
        // (the actress, the company, the island): the document's most mentioned name of the kind
        Map<String, String> salient = new HashMap<>();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (CorefMention m : mentions) {
            String k = keyOf.get(m);
            if (k != null && k.startsWith("name|")) {
                counts.computeIfAbsent(m.document() + "|" + m.kind(), x -> new LinkedHashMap<>()).merge(k, 1,
                        Integer::sum);
            }
        }
        counts.forEach((dk, c) -> salient.put(dk, c.entrySet().stream()
                .max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey()));
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (CorefMention m : mentions) {
            String k = keyOf.get(m);
            if (k == null || k.startsWith("name|") || k.startsWith("lemma|") || k.startsWith("#")
                    || !(m.kind().equals("PERSON") || m.kind().equals("ORGANIZATION"))) {
                continue;
            }
            Token head = Heads.head(Heads.tokens(byId.get(m.document()), m.start(), m.end()), false);
            String s = salient.get(m.document() + "|" + m.kind());
            if (s != null && Heads.pos(head).equals("NN") && !COLLECTIVE.contains(Heads.lemma(head))
                    && !INFORMANTS.contains(Heads.lemma(head)) && !roleOfOthers(namesOfRole,
                    groupOf.get(m.document()) + "|" + m.kind() + "|" + Heads.lemma(head), s)) {
                votes.computeIfAbsent(k, x -> new HashMap<>()).merge(s, 1, Integer::sum);
                keyOf.put(m, s);
            }
        }
        // the same common noun in the group's documents that name no participant: the participant that noun
        // stands for where a name is given, when one name has most of its votes
        for (CorefMention m : mentions) {
            Map<String, Integer> v = votes.get(keyOf.get(m));
            if (v == null) {
                continue;
            }
            int total = v.values().stream().mapToInt(Integer::intValue).sum();
            Map.Entry<String, Integer> best = v.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            if (best.getValue() >= 2 && 2 * best.getValue() > total) {
                keyOf.put(m, best.getKey());
            }
        }
        for (CorefMention m : mentions) {
            if (keyOf.containsKey(m)) {
                continue;
            }
            AnnotatedDocument d = byId.get(m.document());
            String pron = Heads.lemma(Heads.head(Heads.tokens(d, m.start(), m.end()), false));
            CorefMention antecedent = null;
            for (CorefMention c : byDoc.get(m.document())) {
                if (c.start() >= m.start()) {
                    break;
                }
                if (keyOf.containsKey(c) && compatible(pron, c.kind()) && agrees(pron, c, byId)) {
                    antecedent = c;
                }
            }
            keyOf.put(m, antecedent != null ? keyOf.get(antecedent) : "#" + m.id());
        }
        Map<String, List<CorefMention>> clusters = new LinkedHashMap<>();
        for (CorefMention m : mentions) {
            clusters.computeIfAbsent(keyOf.get(m), k -> new ArrayList<>()).add(m);
        }
        return new ArrayList<>(clusters.values());
    }

    /**
     * Role nouns: a common noun whose head is, in its document group, the role of exactly one named participant of
     * its kind joins it. A name's roles are the nouns the reports put beside it: before it ("lawyer Mark Heller",
     * "the actress Tara Reid"), in an apposition after it ("Tara Reid, the actress") or as a predicate nominative
     * ("Reid is an actress"): the appositive and copular sieves of Lee et al. 2013, applied across the group.
     */
    private static Map<String, Set<String>> roles(List<CorefMention> mentions, Map<CorefMention, String> keyOf,
                                                  Map<String, AnnotatedDocument> byId, Map<String, Integer> groupOf) {
        Map<String, Set<String>> namesOfRole = new HashMap<>();
        for (CorefMention m : mentions) {
            String k = keyOf.get(m);
            if (k == null || !k.startsWith("name|")) {
                continue;
            }
            AnnotatedDocument d = byId.get(m.document());
            for (String role : rolesOf(d, m)) {
                namesOfRole.computeIfAbsent(groupOf.get(m.document()) + "|" + m.kind() + "|" + role,
                        x -> new java.util.TreeSet<>()).add(k);
            }
        }
        for (CorefMention m : mentions) {
            String k = keyOf.get(m);
            if (k == null || k.startsWith("name|") || k.startsWith("lemma|") || k.startsWith("#")) {
                continue;
            }
            Token head = Heads.head(Heads.tokens(byId.get(m.document()), m.start(), m.end()), false);
            if (!Heads.pos(head).equals("NN")) {
                continue;
            }
            Set<String> named = namesOfRole.get(groupOf.get(m.document()) + "|" + m.kind() + "|" + Heads.lemma(head));
            if (named == null) {
                continue;
            }
            if (named.size() == 1) {
                keyOf.put(m, named.iterator().next());
                continue;
            }
            // several people of that role in the group: the one its document mentions most, when one does
            Map<String, Integer> inDoc = new HashMap<>();
            for (CorefMention c : mentions) {
                if (c.document().equals(m.document()) && keyOf.get(c) != null && named.contains(keyOf.get(c))) {
                    inDoc.merge(keyOf.get(c), 1, Integer::sum);
                }
            }
            int most = inDoc.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<String> best = inDoc.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey)
                    .toList();
            if (best.size() == 1) {
                keyOf.put(m, best.get(0));
            }
        }
        return namesOfRole;
    }

    /** The role nouns (lemmas) a name mention is given in its sentence: before it, in apposition, after "is a". */
    private static Set<String> rolesOf(AnnotatedDocument d, CorefMention m) {
        Set<String> out = new java.util.TreeSet<>();
        org.concord.annotate.Sentence s = Heads.sentence(d, m.start());
        if (s == null) {
            return out;
        }
        List<Token> toks = s.tokens();
        int first = -1;
        int last = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() >= m.start() && toks.get(i).end() <= m.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return out;
        }
        int[] span = nameSpan(toks.subList(first, last + 1), Heads.head(toks.subList(first, last + 1), false),
                d.text());
        // common nouns right before the name, inside the mention or not, and titles that open it ("Judge Dabney")
        int i = first;
        while (i <= last && toks.get(i).start() < span[0]) {
            i++;
        }
        for (int j = i; j < last && toks.get(j).end() < span[1]
                && org.concord.resolve.Names.isTitle(toks.get(j).word()); j++) {
            if (Character.isLetter(toks.get(j).word().charAt(toks.get(j).word().length() - 1))) {
                out.add(toks.get(j).word().toLowerCase(Locale.ROOT));
            }
        }
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            Token t = toks.get(j);
            if (Heads.pos(t).equals("NN") && Character.isLetter(t.word().charAt(0))) {
                out.add(Heads.lemma(t));
            } else if (!(Heads.pos(t).startsWith("NN") && j < i - 1)) {
                break;
            }
        }
        // a noun in apposition before the name ("his lawyer, Mark Heller")
        if (i >= 2 && toks.get(i - 1).word().equals(",") && Heads.pos(toks.get(i - 2)).equals("NN")
                && Character.isLetter(toks.get(i - 2).word().charAt(0))) {
            out.add(Heads.lemma(toks.get(i - 2)));
        }
        int after = last + 1;
        while (after < toks.size() && toks.get(after).start() < span[1]) {
            after++;
        }
        if (after < toks.size()) {
            String w = toks.get(after).word();
            String l = Heads.lemma(toks.get(after));
            int j = -1;
            if (w.equals(",")) {
                j = after + 1;
            } else if (l.equals("be") && Heads.pos(toks.get(after)).startsWith("VB")) {
                j = after + 1;
            }
            if (j > 0) {
                Token noun = null;
                for (; j < toks.size() && j < after + 8; j++) {
                    String p = Heads.pos(toks.get(j));
                    if (p.equals("NN")) {
                        noun = toks.get(j);
                    } else if (noun != null || !(p.equals("DT") || p.startsWith("JJ") || p.equals("CD")
                            || p.equals("PRP$") || p.startsWith("NNP") || p.equals("POS") || p.equals("HYPH")
                            || p.equals(":") || p.startsWith("RB"))) {
                        break;
                    }
                }
                if (noun != null) {
                    out.add(Heads.lemma(noun));
                }
            }
        }
        return out;
    }

    /** Whether the role is given in the group to named participants, none of them {@code name}. */
    private static boolean roleOfOthers(Map<String, Set<String>> namesOfRole, String roleKey, String name) {
        Set<String> named = namesOfRole.get(roleKey);
        return named != null && !named.contains(name);
    }

    /**
     * Nouns for the people who speak about a story's participant rather than for the participant (a news report's
     * sources): never taken for the document's main participant by the salience rule.
     */
    private static final Set<String> INFORMANTS = Set.of("source", "spokesman", "spokeswoman", "spokesperson",
            "official", "witness", "friend", "neighbor", "neighbour", "insider", "relative", "reporter",
            "correspondent", "eyewitness", "publicist", "rep");

    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow");

    /** A time mention that names a day relative to the report ("Tuesday", "this morning", "last night"). */
    private static boolean deictic(List<Token> toks) {
        for (Token t : toks) {
            if (DAYS.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SINGULAR = Set.of("he", "him", "his", "himself", "she", "her", "hers",
            "herself", "it", "its", "itself", "i", "me", "my", "mine", "myself");
    private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "themselves", "we", "us",
            "our", "ours");
    private static final Set<String> COLLECTIVE = Set.of("police", "people", "crew", "staff");

    /** Number agreement of a pronoun and a candidate antecedent ("he" not for "police"; "they" for "pirates"). */
    private static boolean agrees(String pronoun, CorefMention c, Map<String, AnnotatedDocument> byId) {
        List<Token> toks = Heads.tokens(byId.get(c.document()), c.start(), c.end());
        if (toks.isEmpty()) {
            return true;
        }
        Token h = Heads.head(toks, false);
        String p = Heads.pos(h);
        boolean plural = p.equals("NNS") || p.equals("NNPS") || COLLECTIVE.contains(Heads.lemma(h))
                || PLURAL.contains(Heads.lemma(h));
        if (SINGULAR.contains(pronoun)) {
            return !plural;
        }
        if (PLURAL.contains(pronoun)) {
            return plural || c.kind().equals("ORGANIZATION");
        }
        return true;
    }

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /**
     * Day mentions of a group: a weekday is its own day; "today", "yesterday", "tonight" are the group's most
     * named weekday (the event's day as the reports give it), or one shared day when none is named.
     */
    private static void weekdays(List<CorefMention> mentions, Map<CorefMention, String> keyOf,
                                 Map<String, AnnotatedDocument> byId, Map<String, Integer> groupOf) {
        Map<Integer, Map<String, Integer>> counts = new HashMap<>();
        Map<CorefMention, String> dayOf = new HashMap<>();
        for (CorefMention m : mentions) {
            if (!(groupOf.get(m.document()) + "|TIME|day").equals(keyOf.get(m))) {
                continue;
            }
            for (Token t : Heads.tokens(byId.get(m.document()), m.start(), m.end())) {
                String w = t.word().toLowerCase(Locale.ROOT);
                if (WEEKDAYS.contains(w)) {
                    dayOf.put(m, w);
                    counts.computeIfAbsent(groupOf.get(m.document()), x -> new LinkedHashMap<>()).merge(w, 1,
                            Integer::sum);
                }
            }
        }
        for (CorefMention m : mentions) {
            int g = groupOf.getOrDefault(m.document(), -1);
            if (!(g + "|TIME|day").equals(keyOf.get(m))) {
                continue;
            }
            String day = dayOf.get(m);
            if (day == null) {
                Map<String, Integer> c = counts.get(g);
                day = c == null ? "day" : c.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
                        .getKey();
            }
            keyOf.put(m, g + "|TIME|" + day);
        }
    }

    /**
     * An organisation or place name that is the last words of exactly one longer name of its kind ("Chargers" /
     * "San Diego Chargers") joins it.
     */
    private static void shortForms(List<CorefMention> mentions, Map<CorefMention, String> keyOf,
                                   Map<String, AnnotatedDocument> byId) {
        Map<String, Set<String>> keysOfName = new HashMap<>();
        Map<CorefMention, String> nameOf = new HashMap<>();
        for (CorefMention m : mentions) {
            String k = keyOf.get(m);
            if (k == null || !(k.startsWith("name|") || k.startsWith("lemma|"))
                    || !(m.kind().equals("ORGANIZATION") || m.kind().equals("LOCATION"))) {
                continue;
            }
            AnnotatedDocument d = byId.get(m.document());
            List<Token> toks = Heads.tokens(d, m.start(), m.end());
            int[] span = nameSpan(toks, Heads.head(toks, false), d.text());
            String name = m.kind() + "|" + d.text().substring(span[0], span[1]).toLowerCase(Locale.ROOT)
                    .replaceAll("\\s+'s$|'$", "").strip();
            nameOf.put(m, name);
            keysOfName.computeIfAbsent(name, x -> new java.util.TreeSet<>()).add(k);
        }
        for (Map.Entry<CorefMention, String> e : nameOf.entrySet()) {
            String name = e.getValue();
            String kind = name.substring(0, name.indexOf('|') + 1);
            String words = name.substring(kind.length());
            Set<String> longer = new java.util.TreeSet<>();
            for (Map.Entry<String, Set<String>> o : keysOfName.entrySet()) {
                String other = o.getKey();
                if (other.startsWith(kind) && other.length() > name.length() && other.endsWith(" " + words)) {
                    longer.addAll(o.getValue());
                }
            }
            if (longer.size() == 1) {
                keyOf.put(e.getKey(), longer.iterator().next());
            }
        }
    }

    /** A mention that is only a title, capitalised ("Attorney", "the Judge"): a role noun, not a name. */
    private static boolean titleOnly(List<Token> toks) {
        boolean title = false;
        for (Token t : toks) {
            if (Heads.pos(t).equals("DT") || Heads.pos(t).equals("PRP$")) {
                continue;
            }
            if (!org.concord.resolve.Names.isTitle(t.word()) || t.word().endsWith(".")) {
                return false;
            }
            title = true;
        }
        return title;
    }

    /** A personal, possessive or relative pronoun ("he", "its", "who", "which"). */
    private static boolean pronoun(Token head) {
        String p = Heads.pos(head);
        return p.startsWith("PRP") || p.equals("WP") || p.equals("WP$") || p.equals("WDT");
    }

    private static boolean compatible(String pronoun, String kind) {
        String p = pronoun.toLowerCase(Locale.ROOT);
        if (p.equals("who") || p.equals("whom") || p.equals("whose")) {
            return kind.equals("PERSON") || kind.equals("ORGANIZATION");
        }
        if (p.equals("which") || p.equals("that")) {
            return !kind.equals("PERSON");
        }
        if (PERSON_PRONOUNS.contains(p)) {
            return kind.equals("PERSON");
        }
        if (THING_PRONOUNS.contains(p)) {
            return !kind.equals("PERSON") && !kind.equals("TIME");
        }
        if (PLURAL_PRONOUNS.contains(p)) {
            return !kind.equals("TIME") && !kind.equals("LOCATION");
        }
        return false;
    }

    /** A proper name: a person, organisation or place mention whose head is a proper noun. */
    private static boolean isName(CorefMention m, List<Token> toks, String text) {
        if (!(m.kind().equals("PERSON") || m.kind().equals("ORGANIZATION") || m.kind().equals("LOCATION"))) {
            return false;
        }
        return proper(Heads.head(toks, false), text);
    }

    /**
     * The name inside a mention: the run of proper nouns around its head (or its first proper noun), "of", "and"
     * and "&" joining two of them ("in the Gulf of Aden" -> "Gulf of Aden", "Benjamin Banky , 40" -> "Benjamin
     * Banky"), as [start, end).
     */
    static int[] nameSpan(List<Token> toks, Token head, String text) {
        int h = toks.indexOf(head);
        if (h < 0 || !proper(head, text)) {
            h = 0;
            while (h < toks.size() - 1 && !proper(toks.get(h), text)) {
                h++;
            }
        }
        int a = h;
        int b = h;
        while (a > 0 && (proper(toks.get(a - 1), text)
                || a > 1 && joiner(toks.get(a - 1)) && proper(toks.get(a - 2), text))) {
            a -= proper(toks.get(a - 1), text) ? 1 : 2;
        }
        while (b < toks.size() - 1 && (proper(toks.get(b + 1), text)
                || b < toks.size() - 2 && joiner(toks.get(b + 1)) && proper(toks.get(b + 2), text))) {
            b += proper(toks.get(b + 1), text) ? 1 : 2;
        }
        return new int[] {toks.get(a).start(), toks.get(b).end()};
    }

    /** A proper noun: tagged so, or a capitalised noun inside a sentence ("Cheeks" tagged as a plural noun). */
    private static boolean proper(Token t, String text) {
        String p = Heads.pos(t);
        if (p.startsWith("NNP")) {
            return Character.isLetterOrDigit(t.word().charAt(0));
        }
        return p.startsWith("NN") && Character.isUpperCase(t.word().charAt(0)) && t.start() > 0
                && text.charAt(t.start() - 1) != '\n' && !titleCase(text, t.start());
    }

    /** Whether the line holding {@code pos} is a headline in title case (most of its words capitalised). */
    private static boolean titleCase(String text, int pos) {
        int a = text.lastIndexOf('\n', pos) + 1;
        int b = text.indexOf('\n', pos);
        int words = 0;
        int caps = 0;
        for (String w : text.substring(a, b < 0 ? text.length() : b).split(" ")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    caps++;
                }
            }
        }
        return words >= 3 && 2 * caps > words;
    }

    private static boolean joiner(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return w.equals("of") || w.equals("and") || w.equals("&");
    }

    /** The documents with the given name mentions as their entity mentions (what the resolver reads). */
    private static List<AnnotatedDocument> withNames(List<AnnotatedDocument> docs, List<CorefMention> mentions) {
        Map<String, List<Mention>> byDoc = new HashMap<>();
        Map<String, AnnotatedDocument> byId = new HashMap<>();
        for (AnnotatedDocument d : docs) {
            byId.put(d.id(), d);
        }
        for (CorefMention m : mentions) {
            AnnotatedDocument d = byId.get(m.document());
            if (d == null) {
                continue;
            }
            List<Token> toks = Heads.tokens(d, m.start(), m.end());
            if (toks.isEmpty() || !isName(m, toks, d.text()) || titleOnly(toks)) {
                continue;
            }
            org.concord.annotate.Sentence s = Heads.sentence(d, m.start());
            int[] span = nameSpan(toks, Heads.head(toks, false), d.text());
            byDoc.computeIfAbsent(m.document(), k -> new ArrayList<>()).add(new Mention(span[0], span[1],
                    d.text().substring(span[0], span[1]), m.kind(), s == null ? 0 : s.index()));
        }
        List<AnnotatedDocument> out = new ArrayList<>();
        for (AnnotatedDocument d : docs) {
            Annotation a = d.annotation();
            out.add(new AnnotatedDocument(d.document(), new Annotation(a.sentences(),
                    byDoc.getOrDefault(d.id(), List.of()), a.timexes())));
        }
        return out;
    }
}
