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
 * acronyms), fed the given mentions in place of the tagger's; pronouns take the cluster of the nearest earlier
 * compatible mention of their document; other mentions are clustered by head lemma inside the group of documents
 * that report one event ({@link DocumentGroups}).
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
        int[] g = groups.group(docs);
        Map<String, Integer> groupOf = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            groupOf.put(docs.get(i).id(), g[i]);
        }
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
            if (Heads.pos(head).startsWith("PRP")) {
                continue; // pronouns second
            }
            if (isName(m, toks)) {
                int[] span = nameSpan(toks, head);
                Optional<Entity> e = names.entityAt(m.document(), span[0], span[1]);
                keyOf.put(m, e.isPresent() ? "name|" + e.get().id() : "lemma|" + m.kind() + "|" + lemma);
                continue;
            }
            if (Heads.pos(head).startsWith("NNP") && !m.kind().equals("TIME")) {
                keyOf.put(m, "lemma|" + m.kind() + "|" + lemma);
                continue;
            }
            keyOf.put(m, groupOf.get(m.document()) + "|" + m.kind() + "|" + lemma);
        }
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
                    || m.kind().equals("TIME")) {
                continue;
            }
            Token head = Heads.head(Heads.tokens(byId.get(m.document()), m.start(), m.end()), false);
            String s = salient.get(m.document() + "|" + m.kind());
            if (s != null && Heads.pos(head).equals("NN")) {
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
                if (keyOf.containsKey(c) && compatible(pron, c.kind())) {
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

    private static boolean compatible(String pronoun, String kind) {
        String p = pronoun.toLowerCase(Locale.ROOT);
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

    /** A proper name: a person, organisation or place mention with a proper-noun token. */
    private static boolean isName(CorefMention m, List<Token> toks) {
        if (!(m.kind().equals("PERSON") || m.kind().equals("ORGANIZATION") || m.kind().equals("LOCATION"))) {
            return false;
        }
        return toks.stream().anyMatch(t -> Heads.pos(t).startsWith("NNP"));
    }

    /**
     * The name inside a mention: the run of proper nouns around its head (or its first proper noun), "of", "and"
     * and "&" joining two of them ("in the Gulf of Aden" -> "Gulf of Aden", "Benjamin Banky , 40" -> "Benjamin
     * Banky"), as [start, end).
     */
    static int[] nameSpan(List<Token> toks, Token head) {
        int h = toks.indexOf(head);
        if (h < 0 || !Heads.pos(head).startsWith("NNP")) {
            h = 0;
            while (h < toks.size() - 1 && !Heads.pos(toks.get(h)).startsWith("NNP")) {
                h++;
            }
        }
        int a = h;
        int b = h;
        while (a > 0 && (proper(toks.get(a - 1))
                || a > 1 && joiner(toks.get(a - 1)) && proper(toks.get(a - 2)))) {
            a -= proper(toks.get(a - 1)) ? 1 : 2;
        }
        while (b < toks.size() - 1 && (proper(toks.get(b + 1))
                || b < toks.size() - 2 && joiner(toks.get(b + 1)) && proper(toks.get(b + 2)))) {
            b += proper(toks.get(b + 1)) ? 1 : 2;
        }
        return new int[] {toks.get(a).start(), toks.get(b).end()};
    }

    private static boolean proper(Token t) {
        return Heads.pos(t).startsWith("NNP") && Character.isLetterOrDigit(t.word().charAt(0));
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
            if (toks.isEmpty() || !isName(m, toks)) {
                continue;
            }
            org.concord.annotate.Sentence s = Heads.sentence(d, m.start());
            int[] span = nameSpan(toks, Heads.head(toks, false));
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
