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
import org.concord.model.Claim;
import org.concord.model.ClaimStatus;
import org.concord.model.Conflict;
import org.concord.model.ConflictAspect;
import org.concord.model.ConflictValue;
import org.concord.model.Entity;
import org.concord.model.EntityType;
import org.concord.model.Span;

/**
 * One person's surname spelled two ways across a story ("Roald Sagdeyev" / "Roald Sagdeev"). A near-spelling alone
 * is no evidence (two politicians may have similar names), so two spellings conflict only when something ties them:
 * the story's entity resolution made them one person ({@code org.concord.resolve}), or the text gives both the same
 * role ("Hubble deputy project manager Jean Olivier", "Jean Oliver, Hubble deputy project manager"); and, where both
 * are written with a given name, with the same one ("Roald Sagdeyev" / "Roald Sagdeev", not "Mikhail Gorbachev" /
 * "Pavel Grachev"). The claim cites, for each spelling, the sentence of its first mention with that given name (or
 * its first mention), then a sentence of each other document that writes either.
 */
final class NameConflicts {
    private NameConflicts() {
    }

    /** Where a surname is written: per document its mentions' sentences, and the given names written with it. */
    private static final class Written {
        final Map<String, List<Span>> sentences = new LinkedHashMap<>();
        final Map<String, Span> withGiven = new LinkedHashMap<>(); // given name -> first sentence with it
        final Set<String> roles = new HashSet<>();
    }

    static List<Claim> find(List<AnnotatedDocument> members, List<Entity> entities, Independence independence) {
        Map<String, Written> bySurname = new LinkedHashMap<>();
        for (AnnotatedDocument d : members) {
            for (Mention m : d.annotation().mentions()) {
                if (!"PERSON".equals(m.type())) {
                    continue;
                }
                String[] parts = m.text().strip().split("\\s+");
                String surname = surname(parts);
                if (surname.length() < 5 || !Character.isUpperCase(surname.charAt(0))) {
                    continue;
                }
                Sentence s = d.annotation().sentenceAt(m.start());
                Span where = s == null ? new Span(d.id(), m.start(), m.end()) : new Span(d.id(), s.start(), s.end());
                Written w = bySurname.computeIfAbsent(surname, k -> new Written());
                w.sentences.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(where);
                String given = given(parts);
                if (given != null) {
                    w.withGiven.putIfAbsent(given, where);
                }
                w.roles.addAll(org.concord.resolve.Names.roles(d, m.start(), m.end()));
            }
        }
        List<Set<String>> people = people(entities);
        List<String> names = new ArrayList<>(bySurname.keySet());
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                String a = names.get(i);
                String b = names.get(j);
                if (!nearSpelling(a, b)) {
                    continue;
                }
                Written wa = bySurname.get(a);
                Written wb = bySurname.get(b);
                boolean onePerson = people.stream().anyMatch(p -> p.contains(key(a)) && p.contains(key(b)));
                if (!onePerson && java.util.Collections.disjoint(wa.roles, wb.roles)) {
                    continue;
                }
                String given = wa.withGiven.keySet().stream().filter(wb.withGiven::containsKey).findFirst().orElse(null);
                boolean bare = wa.withGiven.isEmpty() || wb.withGiven.isEmpty();
                if (given == null && !bare) {
                    continue; // "Mikhail Gorbachev" / "Pavel Grachev": two given names, two people
                }
                // a bare surname is one person only when no other person of the story bears either spelling
                if (given == null && people.stream().filter(p -> p.contains(key(a)) || p.contains(key(b))).count()
                        != 1) {
                    continue;
                }
                Set<String> all = new LinkedHashSet<>(wa.sentences.keySet());
                all.addAll(wb.sentences.keySet());
                Span sa = given != null ? wa.withGiven.get(given) : first(wa);
                Span sb = given != null ? wb.withGiven.get(given) : first(wb);
                Conflict c = new Conflict(ConflictAspect.NAME, List.of(
                        new ConflictValue(a, List.copyOf(wa.sentences.keySet())),
                        new ConflictValue(b, List.copyOf(wb.sentences.keySet()))));
                String text = text(members, sa);
                List<Span> sources = new ArrayList<>(List.of(sa, sb));
                for (Written w : List.of(wa, wb)) {
                    for (List<Span> spans : w.sentences.values()) {
                        if (sources.stream().noneMatch(x -> x.document().equals(spans.get(0).document()))) {
                            sources.add(spans.get(0));
                        }
                    }
                }
                out.add(new Claim(text, ClaimStatus.CONFLICTING, sources, independence.sources(all), List.of(c)));
            }
        }
        return out;
    }

    private static Span first(Written w) {
        return w.sentences.values().iterator().next().get(0);
    }

    /**
     * Surnames one edit apart (two from seven letters), with the same first letter; not a family's plural
     * ("the Buckeys") or the same name in capitals.
     */
    static boolean nearSpelling(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y) || x.equals(y + "s") || y.equals(x + "s") || x.equals(y + "es") || y.equals(x + "es")) {
            return false;
        }
        int dist = ClaimAligner.levenshtein(x, y);
        return dist > 0 && dist <= (Math.min(a.length(), b.length()) >= 7 ? 2 : 1) && a.charAt(0) == b.charAt(0);
    }

    /** The surname keys of each person the entity resolution found (its name and aliases). */
    private static List<Set<String>> people(List<Entity> entities) {
        List<Set<String>> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            Set<String> keys = new HashSet<>();
            keys.add(key(surname(e.name().strip().split("\\s+"))));
            for (String alias : e.aliases()) {
                keys.add(key(surname(alias.strip().split("\\s+"))));
            }
            out.add(keys);
        }
        return out;
    }

    private static String surname(String[] parts) {
        return parts[parts.length - 1].replaceAll("['\u2019]s$", "");
    }

    private static String key(String surname) {
        return surname.toLowerCase(Locale.ROOT);
    }

    /** The given name of a written full name: its first word when it is not a title or an initial, lower-cased. */
    private static String given(String[] parts) {
        if (parts.length < 2) {
            return null;
        }
        String first = parts[0].replace(".", "");
        if (first.length() < 2 || !Character.isUpperCase(first.charAt(0))
                || org.concord.resolve.Names.isTitle(parts[0])) {
            return null;
        }
        return first.toLowerCase(Locale.ROOT);
    }

    private static String text(List<AnnotatedDocument> members, Span s) {
        for (AnnotatedDocument d : members) {
            if (d.id().equals(s.document())) {
                return d.text().substring(s.start(), s.end()).strip().replaceAll("\\s+", " ");
            }
        }
        return "";
    }
}
