package org.concord.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.Token;
import org.concord.model.Entity;
import org.concord.model.EntityType;
import org.concord.text.Pronouns;

/**
 * Stage 7: people, organizations and places resolved across the documents of a story. People: full names
 * grouped by surname when their given names agree (equal, a prefix, or a diminutive: "Pat"/"Patrick"), then
 * surname-only mentions attached to the one person of that surname (the nearest earlier one in the document
 * when several); two people who share only a given name or only a surname with different given names stay
 * apart. A bare name that is no one's surname but the first word of exactly one person's full name is that person:
 * a family name written first ("Wang" / "Wang Youcai", "Park" / "Park Geun-hye") or a given name used alone
 * ("Ellen" / "Ellen DeGeneres"), with no list of languages or name orders; when it is the first word of two people
 * it stays unresolved, and when it is someone's surname the usual last-word rule decides. The string-match and
 * relaxed-head sieves of Raghunathan et al. (2010) and Lee et al. (2013) compare the last words of names; the
 * first-word case is the surname-first order of Chinese, Korean, Vietnamese and Hungarian names written in English.
 * Two full names whose surnames are near-spellings are one person only on evidence ({@link NameVariants}: a shared
 * role, or a spelling one outlet keeps to while the others write the other). A name takes one type in the story,
 * the one most of its mentions have (the tagger's, or for a person's tag what the noun beside the mention says,
 * {@link NameTypes}). Organizations and places: by normalized name, acronyms joined to the name whose initials they
 * are. Titles come from title words before a name and from appositions after it. Then the story's common nouns and
 * pronouns that stand for one of these entities ("the actress", "the navy", "she", "who") are linked to it
 * ({@link Descriptors}): {@link EntityIndex#entityAt} finds an entity by any of its mentions, while the entity's
 * name, aliases and mention count stay those of its names.
 */
public final class EntityResolver {
    /** A word that names a role or rank: the tagger's TITLE, a role noun, or a rank abbreviation ("Sgt."). */
    static boolean isTitleWord(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        String l = t.lemma() == null ? w : t.lemma().toLowerCase(Locale.ROOT);
        return "TITLE".equals(t.ner()) || RoleWords.isRole(l) || RoleWords.isRole(w) || RANKS.contains(w);
    }

    /** A word that may qualify a title before a name: "Police" in "Police Commissioner", "general secretary". */
    private static boolean isTitleModifier(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        return "ORGANIZATION".equals(t.ner()) || pos.startsWith("NN") || pos.equals("JJ") || pos.equals("POS");
    }

    private static final Set<String> RANKS = Set.of("sgt.", "sgt", "lt.", "capt.", "det.", "gen.", "col.", "maj.",
            "gov.", "sen.", "rep.", "insp.", "supt.", "cmdr.", "adm.", "rev.", "reverend", "judge", "justice",
            "officer", "deputy", "acting", "vice", "assistant");

    /** The type given to acronyms the tagger missed: kept only when they expand to a named organization. */
    private static final String UNTAGGED_ACRONYM = "ACRONYM?";

    private EntityResolver() {
    }

    public static EntityResolver create() {
        return new EntityResolver();
    }

    public EntityIndex resolve(List<AnnotatedDocument> docs) {
        List<Ref> refs = new ArrayList<>();
        Map<Ref, String> titleOf = new java.util.LinkedHashMap<>(); // mention order: Ref hashes by identity
        int order = 0;
        Set<String> personNames = new java.util.HashSet<>();
        for (AnnotatedDocument d : docs) {
            for (Mention m : d.annotation().mentions()) {
                if (m.type().equals("PERSON") && m.text().contains(" ")) {
                    personNames.add(key(Names.clean(m.text())));
                }
            }
        }
        Set<String> surnames = new java.util.HashSet<>();
        for (String n : personNames) {
            String sn = Names.parse(n).surname();
            if (!sn.isEmpty()) {
                surnames.add(sn);
            }
        }
        Set<String> personWords = new java.util.HashSet<>();
        for (String n : personNames) {
            personWords.addAll(List.of(n.split(" ")));
        }
        Map<String, String> nameWords = lastWords(docs);
        List<Read> reads = new ArrayList<>();
        for (AnnotatedDocument d : docs) {
            List<Mention> mentions = splitTitledPeople(d, personNames);
            mentions.addAll(untaggedAcronyms(d));
            mentions.addAll(untaggedSurnames(d, surnames));
            mentions.addAll(untaggedNameWords(d, nameWords, mentions));
            for (Mention m : mentions) {
                String type = normalizeType(m.type());
                if (type == null) {
                    continue;
                }
                String text = Names.clean(m.text());
                if (text.isEmpty() || text.chars().noneMatch(Character::isUpperCase)
                        || Pronouns.NOT_A_NAME.contains(text.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (!type.equals("PERSON") && (personNames.contains(key(text))
                        || !text.contains(" ") && surnames.contains(key(text)))) {
                    type = "PERSON";
                }
                String context = type.equals("PERSON") ? NameTypes.fromContext(d, m, personWords) : null;
                reads.add(new Read(d, m, text, context == null ? type : context, context != null));
            }
        }
        Map<String, String> typeOf = storyTypes(reads);
        NameVariants variants = new NameVariants(docs);
        for (Read x : reads) {
            String type = x.type.equals(UNTAGGED_ACRONYM) ? x.type : typeOf.get(key(x.text));
            if (type.equals("PERSON") && Names.parse(x.text).tokens() == 0) {
                continue;
            }
            Ref r = new Ref(x.doc.id(), x.mention.start(), x.mention.end(), x.text, type, order++);
            refs.add(r);
            if (type.equals("PERSON")) {
                String t = title(x.doc, x.mention);
                if (t != null) {
                    titleOf.put(r, t);
                }
                variants.read(r, x.doc, t);
            }
        }
        List<Group> groups = new ArrayList<>();
        people(refs, groups, variants);
        others(refs, groups);
        titleOf.forEach((r, t) -> r.group.titles.add(t));
        Descriptors.link(docs, groups, order);
        return index(groups);
    }

    /** A name mention as read: its text, its type (the tag, or what the nouns beside it say), whether nouns said it. */
    private record Read(AnnotatedDocument doc, Mention mention, String text, String type, boolean fromContext) {}

    /**
     * One type for each name in the story: the type most of its mentions have, a type the nouns beside a mention
     * gave winning a tie, then the first mention's. A tagger labels one string differently from sentence to
     * sentence ("Lindmouth" a place here, a person there); one sense per discourse (Gale et al. 1992), the label
     * consistency Krishnan and Manning (2006) enforce across a document's mentions of one string.
     */
    private static Map<String, String> storyTypes(List<Read> reads) {
        Map<String, Map<String, int[]>> votes = new LinkedHashMap<>(); // key -> type -> {count, from context}
        for (Read x : reads) {
            if (x.type.equals(UNTAGGED_ACRONYM)) {
                continue;
            }
            int[] v = votes.computeIfAbsent(key(x.text), k -> new LinkedHashMap<>())
                    .computeIfAbsent(x.type, k -> new int[2]);
            v[0]++;
            v[1] |= x.fromContext ? 1 : 0;
        }
        Map<String, String> out = new HashMap<>();
        votes.forEach((k, byType) -> {
            String best = null;
            int[] bestVote = null;
            for (Map.Entry<String, int[]> e : byType.entrySet()) { // in order of first mention
                int[] v = e.getValue();
                if (best == null || v[0] > bestVote[0] || v[0] == bestVote[0] && v[1] > bestVote[1]) {
                    best = e.getKey();
                    bestVote = v;
                }
            }
            out.put(k, best);
        });
        return out;
    }

    /**
     * The document's mentions, with a place or organisation mention that ends in a title and a person's full name
     * known in the story ("New York City Mayor Bill de Blasio", "Los Angeles Angels GM Tony Reagins": the tagger ran
     * the title's qualifier, the title and the name into one mention) split in two: the person's name, a person, and
     * what comes before the title words, of the mention's type. The title stays in the text for {@link #title}.
     */
    private static List<Mention> splitTitledPeople(AnnotatedDocument d, Set<String> personNames) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : d.annotation().mentions()) {
            String type = normalizeType(m.type());
            List<Token> toks = type == null || type.equals("PERSON") ? List.of() : tokensOf(d, m);
            int split = -1;
            for (int i = 1; i + 1 < toks.size() && split < 0; i++) {
                String rest = d.text().substring(toks.get(i).start(), m.end());
                if (isTitleWord(toks.get(i - 1)) && personNames.contains(key(Names.clean(rest)))) {
                    split = i;
                }
            }
            if (split < 0) {
                out.add(m);
                continue;
            }
            out.add(new Mention(toks.get(split).start(), m.end(), d.text().substring(toks.get(split).start(), m.end()),
                    "PERSON", m.sentence()));
            int e = split - 1;
            while (e >= 0 && isTitleWord(toks.get(e))) {
                e--;
            }
            if (e >= 0) {
                out.add(new Mention(m.start(), toks.get(e).end(), d.text().substring(m.start(), toks.get(e).end()),
                        m.type(), m.sentence()));
            }
        }
        return out;
    }

    /** The tokens inside a mention. */
    private static List<Token> tokensOf(AnnotatedDocument d, Mention m) {
        List<Token> out = new ArrayList<>();
        Sentence s = d.annotation().sentenceAt(m.start());
        if (s != null) {
            for (Token t : s.tokens()) {
                if (t.start() >= m.start() && t.end() <= m.end()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Whether a token lies inside any of the mentions. */
    private static boolean overlapsAny(List<Mention> mentions, Token t) {
        for (Mention m : mentions) {
            if (m.start() < t.end() && t.start() < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** A known person's surname standing alone where the tagger saw no name ("asked that Brannock not lead"). */
    private static List<Mention> untaggedSurnames(AnnotatedDocument d, Set<String> surnames) {
        List<Mention> out = new ArrayList<>();
        List<Mention> tagged = d.annotation().mentions();
        for (org.concord.annotate.Sentence s : d.annotation().sentences()) {
            for (Token t : s.tokens()) {
                if (!t.pos().startsWith("NNP") || !Character.isUpperCase(t.word().charAt(0))
                        || !surnames.contains(key(t.word()))) {
                    continue;
                }
                if (!overlapsAny(tagged, t)) {
                    out.add(new Mention(t.start(), t.end(), t.word(), "PERSON", s.index()));
                }
            }
        }
        return out;
    }

    /** The last word (lower case) of each organisation or place name of two or more words, and its type. */
    private static Map<String, String> lastWords(List<AnnotatedDocument> docs) {
        Map<String, String> out = new HashMap<>();
        for (AnnotatedDocument d : docs) {
            for (Mention m : d.annotation().mentions()) {
                String type = normalizeType(m.type());
                String[] w = Names.clean(m.text()).split("\\s+");
                if (w.length >= 2 && ("ORGANIZATION".equals(type) || "LOCATION".equals(type))) {
                    out.merge(w[w.length - 1].toLowerCase(Locale.ROOT), type, (a, b) -> a.equals(b) ? a : "");
                }
            }
        }
        out.values().removeIf(String::isEmpty);
        return out;
    }

    /**
     * A plural proper noun the tagger left untagged that ends a known organisation or place name ("Chargers" beside
     * "San Diego Chargers"); singular ones ("Association", "Church") are too often common words in a title.
     */
    private static List<Mention> untaggedNameWords(AnnotatedDocument d, Map<String, String> nameWords,
                                                   List<Mention> tagged) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : d.annotation().sentences()) {
            for (Token t : s.tokens()) {
                String type = nameWords.get(t.word().toLowerCase(Locale.ROOT));
                if (type == null || !t.pos().equals("NNPS") || !Character.isUpperCase(t.word().charAt(0))) {
                    continue;
                }
                if (!overlapsAny(tagged, t)) {
                    out.add(new Mention(t.start(), t.end(), t.word(), type, s.index()));
                }
            }
        }
        return out;
    }

    /** Upper-case acronyms ("NYPD") the tagger left untagged or inside no mention, as organization candidates. */
    private static List<Mention> untaggedAcronyms(AnnotatedDocument d) {
        List<Mention> out = new ArrayList<>();
        List<Mention> tagged = d.annotation().mentions();
        for (org.concord.annotate.Sentence s : d.annotation().sentences()) {
            for (Token t : s.tokens()) {
                if (!t.word().matches("[A-Z]{2,6}") || !t.pos().startsWith("NNP")) {
                    continue;
                }
                boolean inside = false;
                for (Mention m : tagged) {
                    if (m.start() <= t.start() && t.end() <= m.end() && m.text().equals(t.word())) {
                        inside = true;
                        break;
                    }
                }
                if (!inside) {
                    out.add(new Mention(t.start(), t.end(), t.word(), UNTAGGED_ACRONYM, s.index()));
                }
            }
        }
        return out;
    }

    private static String normalizeType(String t) {
        switch (t) {
            case "PERSON":
                return "PERSON";
            case "ORGANIZATION":
                return "ORGANIZATION";
            case UNTAGGED_ACRONYM:
                return UNTAGGED_ACRONYM;
            case "LOCATION":
            case "CITY":
            case "STATE_OR_PROVINCE":
            case "COUNTRY":
                return "LOCATION";
            default:
                return null;
        }
    }

    private static void people(List<Ref> refs, List<Group> groups, NameVariants variants) {
        List<Ref> full = new ArrayList<>();
        List<Ref> single = new ArrayList<>();
        for (Ref r : refs) {
            if (r.type.equals("PERSON")) {
                (Names.parse(r.text).given().isEmpty() ? single : full).add(r);
            }
        }
        full.sort(Comparator.comparingInt((Ref r) -> -Names.parse(r.text).tokens()).thenComparingInt(r -> r.order));
        List<Group> persons = new ArrayList<>();
        for (Ref r : full) {
            Names.Parsed p = Names.parse(r.text);
            Group g = null;
            for (Group c : persons) {
                if (c.surname.equals(p.surname()) && c.givens.stream().allMatch(x -> Names.compatibleGiven(x, p.given()))) {
                    g = c;
                    break;
                }
            }
            if (g == null) {
                g = new Group(EntityType.PERSON);
                g.surname = p.surname();
                g.surnames.add(p.surname());
                persons.add(g);
            }
            g.givens.add(p.given());
            g.add(r);
        }
        variants.merge(persons); // one person whose surname outlets spell two ways
        single.sort(Comparator.comparingInt(r -> r.order));
        for (Ref r : single) {
            String surname = Names.parse(r.text).surname();
            List<Group> cands = new ArrayList<>();
            List<Group> byFirst = new ArrayList<>();
            boolean fullSurname = false;
            for (Group c : persons) {
                if (c.surnames.contains(surname)) {
                    cands.add(c);
                    fullSurname |= !c.givens.isEmpty();
                } else if (c.givens.contains(surname)) {
                    byFirst.add(c);
                }
            }
            Group g;
            if (!fullSurname && byFirst.size() > 1) {
                g = bareGroup(persons, surname); // the first word of two people: unresolved
            } else if (!fullSurname && byFirst.size() == 1) {
                g = byFirst.get(0);
            } else {
                if (cands.isEmpty()) {
                    for (Group c : persons) {
                        if (Names.similarSurname(c.surname, surname)) {
                            cands.add(c);
                        }
                    }
                }
                if (cands.isEmpty()) {
                    g = bareGroup(persons, surname);
                } else if (cands.size() == 1) {
                    g = cands.get(0);
                } else {
                    g = nearestBefore(r, cands);
                }
            }
            g.add(r);
        }
        groups.addAll(persons);
    }

    /** The group of a bare name no full name answers to alone, made on its first mention. */
    private static Group bareGroup(List<Group> persons, String name) {
        for (Group c : persons) {
            if (c.givens.isEmpty() && c.surname.equals(name)) {
                return c;
            }
        }
        Group g = new Group(EntityType.PERSON);
        g.surname = name;
        g.surnames.add(name);
        persons.add(g);
        return g;
    }

    /** Among several people of one surname: the one mentioned last before {@code r} in its document, else the most mentioned. */
    private static Group nearestBefore(Ref r, List<Group> cands) {
        Group best = null;
        int bestPos = -1;
        for (Group g : cands) {
            for (Ref x : g.refs) {
                if (x.doc.equals(r.doc) && x.start < r.start && x.start > bestPos) {
                    bestPos = x.start;
                    best = g;
                }
            }
        }
        if (best != null) {
            return best;
        }
        return cands.stream().max(Comparator.comparingInt((Group g) -> g.refs.size())).orElseThrow();
    }

    private static void others(List<Ref> refs, List<Group> groups) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        List<Ref> acronyms = new ArrayList<>();
        for (Ref r : refs) {
            if (r.type.equals("PERSON")) {
                continue;
            }
            if (Names.isAcronym(r.text) || r.type.equals(UNTAGGED_ACRONYM)) {
                acronyms.add(r);
                continue;
            }
            String key = r.type + ":" + key(r.text);
            byKey.computeIfAbsent(key, k -> new Group(EntityType.fromJson(r.type))).add(r);
        }
        // a name's initials, and whether it has two words or more, computed once per name (not once per acronym
        // and name: a story's acronyms times its names)
        Map<String, String> initialsOf = new java.util.HashMap<>();
        Map<String, Boolean> severalWords = new java.util.HashMap<>();
        for (Ref r : acronyms) {
            String letters = r.text.replace(".", "").replace("&", "");
            Group target = null;
            for (Group g : byKey.values()) {
                for (Ref x : g.refs) {
                    if (initialsOf.computeIfAbsent(x.text, Names::initials).equalsIgnoreCase(letters)
                            && severalWords.computeIfAbsent(x.text, t -> t.split("\\s+").length >= 2)) {
                        target = g;
                        break;
                    }
                }
                if (target != null) {
                    break;
                }
            }
            if (target == null && r.type.equals(UNTAGGED_ACRONYM)) {
                continue;
            }
            if (target == null) {
                target = byKey.computeIfAbsent("ACRONYM:" + letters, k -> new Group(EntityType.fromJson(r.type)));
            }
            target.add(r);
        }
        shortForms(byKey);
        groups.addAll(byKey.values());
    }

    /**
     * An organisation name that is the last words of exactly one longer organisation name ("Chargers" / "San Diego
     * Chargers", "Union-Tribune" / "San Diego Union-Tribune") is that organisation: its mentions join the longer
     * name's. Not places: "Philadelphia" is not "North Philadelphia".
     */
    private static void shortForms(Map<String, Group> byKey) {
        List<String> keys = new ArrayList<>(byKey.keySet());
        for (String k : keys) {
            Group g = byKey.get(k);
            if (g == null || !k.startsWith("ORGANIZATION:")) {
                continue;
            }
            String type = k.substring(0, k.indexOf(':') + 1);
            String words = k.substring(type.length());
            List<String> longer = new ArrayList<>();
            for (String o : byKey.keySet()) {
                if (o.startsWith(type) && o.length() > k.length() && o.endsWith(" " + words)) {
                    longer.add(o);
                }
            }
            if (longer.size() == 1) {
                Group target = byKey.get(longer.get(0));
                for (Ref r : g.refs) {
                    target.add(r);
                }
                byKey.remove(k);
            }
        }
    }

    static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("^the\\s+", "")
                .replaceAll("\\s*\\.\\s*(?:com|org|net|co\\.uk)$", "")
                .replaceAll("[^\\p{L}\\p{N}' ]+", " ").replaceAll("\\s+", " ").strip();
    }

    /** A title for a person mention: title words just before it, or an apposition just after it. */
    static String title(AnnotatedDocument d, Mention m) {
        Sentence s = d.annotation().sentences().get(m.sentence());
        List<Token> toks = s.tokens();
        int first = -1;
        int last = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() >= m.start() && first < 0) {
                first = i;
            }
            if (toks.get(i).end() <= m.end()) {
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        String text = d.text();
        int j = first - 1;
        int titleStart = -1;
        while (j >= 0 && first - j <= 8 && (isTitleWord(toks.get(j))
                || (titleStart >= 0 && isTitleModifier(toks.get(j))))) {
            titleStart = j;
            j--;
        }
        while (titleStart >= 0 && titleStart < first && !isTitleWord(toks.get(titleStart))
                && !toks.get(titleStart).pos().startsWith("NNP")) {
            titleStart++; // no leading "the" or adjective of its own
        }
        if (titleStart >= 0 && titleStart < first) {
            int e = first - 1;
            while (e > titleStart && !isTitleWord(toks.get(e))) {
                e--;
            }
            return text.substring(toks.get(titleStart).start(), toks.get(e).end());
        }
        int k = last + 1;
        if (k + 1 < toks.size() && toks.get(k).word().equals(",")) {
            int from = k + 1;
            int to = from;
            boolean role = false;
            while (to < toks.size() && to - from < 14 && !toks.get(to).word().matches("[,.;:]|``|''|\"")) {
                Token t = toks.get(to);
                if (isTitleWord(t)) {
                    role = true;
                }
                to++;
            }
            boolean verbInside = false;
            for (int x = from; x < to; x++) {
                if (toks.get(x).pos().startsWith("VB") && !toks.get(x).pos().equals("VBN")) {
                    verbInside = true;
                }
            }
            if (role && !verbInside && to > from && to < toks.size()) {
                return text.substring(toks.get(from).start(), toks.get(to - 1).end())
                        .replaceAll("^(?:the|a|an)\\s+", "");
            }
        }
        return null;
    }

    private static EntityIndex index(List<Group> groups) {
        List<Group> sorted = new ArrayList<>(groups);
        Map<Group, String> names = new HashMap<>();
        for (Group g : sorted) {
            names.put(g, canonicalName(g));
        }
        sorted.sort(Comparator.comparingInt((Group g) -> -g.refs.size()).thenComparing(names::get)
                .thenComparing(g -> g.type.json()));
        List<Entity> entities = new ArrayList<>();
        Map<String, List<Ref>> refsByDoc = new HashMap<>();
        Map<String, List<Ref>> descriptorsByDoc = new HashMap<>();
        Map<Group, Entity> entityOf = new HashMap<>();
        int n = 0;
        for (Group g : sorted) {
            String name = names.get(g);
            Set<String> aliases = new TreeSet<>();
            Set<String> docs = new TreeSet<>();
            for (Ref r : g.refs) {
                if (!r.text.equals(name)) {
                    aliases.add(r.text);
                }
                docs.add(r.doc);
                refsByDoc.computeIfAbsent(r.doc, k -> new ArrayList<>()).add(r);
            }
            for (Ref r : g.descriptors) {
                descriptorsByDoc.computeIfAbsent(r.doc, k -> new ArrayList<>()).add(r);
            }
            Set<String> titles = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            titles.addAll(g.titles);
            Entity e = new Entity("e" + (++n), name, g.type, List.copyOf(aliases), List.copyOf(titles),
                    List.copyOf(docs), g.refs.size());
            entities.add(e);
            entityOf.put(g, e);
        }
        return new ResolvedIndex(entities, refsByDoc, descriptorsByDoc, entityOf);
    }

    /** The fullest form: most words, then the longest, then the most frequent, then alphabetical. */
    private static String canonicalName(Group g) {
        Map<String, Integer> freq = new HashMap<>();
        for (Ref r : g.refs) {
            freq.merge(r.text, 1, Integer::sum);
        }
        return freq.keySet().stream().min(Comparator.comparingInt((String s) -> Names.isAcronym(s) ? 1 : 0)
                .thenComparingInt(s -> -s.split("\\s+").length).thenComparingInt(s -> -s.length())
                .thenComparingInt(s -> -freq.get(s)).thenComparing(s -> s)).orElseThrow();
    }
}
