package org.concord.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concord.model.Entity;
import org.concord.model.EntityType;

/**
 * The entities of a story and the mentions behind them ({@link EntityResolver#resolve}): lookups by span, and by a
 * name, title or organisation noun as a quote's speaker gives it.
 */
final class ResolvedIndex implements EntityIndex {
    private static final java.util.regex.Pattern ORG_NOUN = java.util.regex.Pattern.compile(
            "(?:the )?(company|firm|operator|union|agency|department|council|board|authority|ministry|police|"
                    + "association|airline|bank|party|government|commission|committee|club|school|university|"
                    + "hospital|court)");
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "operator", "airline", "bank");
    private static final java.util.regex.Pattern PUBLIC_BODY = java.util.regex.Pattern.compile(
            "\\b(union|council|city|department|ministry|police|government|association|federation|court|"
                    + "committee|commission|party|assembly|senate|congress|parliament|office)\\b");

    private final List<Entity> entities;
    private final Map<String, List<Ref>> refsByDoc;
    private final Map<String, List<Ref>> descriptorsByDoc;
    private final Map<Group, Entity> entityOf;

    ResolvedIndex(List<Entity> entities, Map<String, List<Ref>> refsByDoc, Map<String, List<Ref>> descriptorsByDoc,
                  Map<Group, Entity> entityOf) {
        this.entities = List.copyOf(entities);
        this.refsByDoc = refsByDoc;
        this.descriptorsByDoc = descriptorsByDoc;
        this.entityOf = entityOf;
    }

    @Override
    public List<Entity> entities() {
        return entities;
    }

    /**
     * The entity of a name that overlaps [start, end), the most mentioned entity first when several do (measured on
     * ECB+: better than the largest overlap or the earliest name); else of a noun or pronoun linked to an entity.
     */
    @Override
    public Optional<Entity> entityAt(String documentId, int start, int end) {
        for (Ref r : refsByDoc.getOrDefault(documentId, List.of())) {
            if (r.start < end && start < r.end) {
                return Optional.of(entityOf.get(r.group));
            }
        }
        for (Ref r : descriptorsByDoc.getOrDefault(documentId, List.of())) {
            if (r.start < end && start < r.end) {
                return Optional.of(entityOf.get(r.group));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Entity> resolveName(String documentId, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String k = EntityResolver.key(Names.clean(name));
        List<Entity> exact = new ArrayList<>();
        for (Entity e : entities) {
            if (EntityResolver.key(e.name()).equals(k) || e.aliases().stream().anyMatch(a -> EntityResolver.key(a).equals(k))) {
                exact.add(e);
            }
        }
        if (!exact.isEmpty()) {
            return prefer(exact, documentId);
        }
        String role = k.startsWith("the ") ? k.substring(4) : k;
        List<Entity> byTitle = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON
                    && e.titles().stream().anyMatch(t -> EntityResolver.key(t).equals(role))) {
                byTitle.add(e);
            }
        }
        if (!byTitle.isEmpty()) {
            return prefer(byTitle, documentId);
        }
        Names.Parsed p = Names.parse(name);
        List<Entity> people = new ArrayList<>();
        if (!p.surname().isEmpty()) {
            for (Entity e : entities) {
                if (e.type() != EntityType.PERSON) {
                    continue;
                }
                Names.Parsed q = Names.parse(e.name());
                if (q.surname().equals(p.surname()) && Names.compatibleGiven(q.given(), p.given())) {
                    people.add(e);
                }
            }
        }
        if (!people.isEmpty()) {
            return prefer(people, documentId);
        }
        String[] words = k.split(" ");
        String roleWord = words[words.length - 1];
        List<Entity> titled = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (String t : e.titles()) {
                if (java.util.Arrays.asList(EntityResolver.key(t).split(" ")).contains(roleWord) && RoleWords.isRole(roleWord)) {
                    titled.add(e);
                    break;
                }
            }
        }
        if (!titled.isEmpty()) {
            return prefer(titled, documentId);
        }
        return organisationCalled(k, documentId);
    }

    /**
     * "the union", "the company": the organisation of the document the common noun stands for: one whose
     * name contains the noun, else (for a company) the most mentioned organisation that is not a public body
     * or a union.
     */
    private Optional<Entity> organisationCalled(String k, String documentId) {
        java.util.regex.Matcher m = ORG_NOUN.matcher(k);
        if (!m.matches()) {
            return Optional.empty();
        }
        String noun = m.group(1);
        List<Entity> named = new ArrayList<>();
        List<Entity> companies = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.ORGANIZATION || !e.documents().contains(documentId)) {
                continue;
            }
            String name = EntityResolver.key(e.name());
            if (java.util.Arrays.asList(name.split(" ")).contains(noun)) {
                named.add(e);
            } else if (COMPANY_NOUNS.contains(noun) && !PUBLIC_BODY.matcher(name).find()) {
                companies.add(e);
            }
        }
        List<Entity> cands = named.isEmpty() ? companies : named;
        return cands.stream().max(Comparator.comparingInt(Entity::mentions));
    }

    private static Optional<Entity> prefer(List<Entity> cands, String documentId) {
        return cands.stream().min(Comparator.comparingInt((Entity e) -> e.documents().contains(documentId) ? 0 : 1)
                .thenComparingInt(e -> -e.mentions()));
    }
}
