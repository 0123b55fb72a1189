package org.concord.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.concord.annotate.AnnotatedDocument;

/**
 * One person whose name outlets spell two ways ("Marta Kowalczyk" / "Marta Kowalcyzk") told from two people with
 * similar names ("Tom Harkin" / "Tom Harken"). A near-spelling (same given name, surnames {@link Names#similarSurname
 * one or two edits apart}) is a chance likeness until something else in the story ties the two: the string-match
 * sieves of the Stanford system (Raghunathan et al. 2010; Lee et al. 2013) merge names only on an exact or
 * head match, and its relaxed sieves only with compatible attributes. The evidence read here:
 * <ul>
 * <li>a shared role (a title word or a role noun the text puts beside either spelling, {@link Roles}): one
 * person;</li>
 * <li>roles on both sides and none shared ("Sen. Tom Harkin" / "Mayor Tom Harken"): two people;</li>
 * <li>no role to compare: one person when no outlet writes both spellings, since an outlet keeps to its own
 * spelling of one person, while a text that writes both distinguishes two people (a document stands for its
 * outlet when the outlet is unknown).</li>
 * </ul>
 */
final class NameVariants {
    /** Courtesy titles: they tell nothing about who a person is. */
    private static final Set<String> COURTESY = Set.of("mr.", "mr", "mrs.", "mrs", "ms.", "ms", "the", "sir", "dame",
            "miss");
    /** Abbreviated titles and the role word each stands for. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("sen.", "senator"),
            Map.entry("sen", "senator"), Map.entry("rep.", "representative"), Map.entry("gov.", "governor"),
            Map.entry("gen.", "general"), Map.entry("col.", "colonel"), Map.entry("maj.", "major"),
            Map.entry("lt.", "lieutenant"), Map.entry("capt.", "captain"), Map.entry("sgt.", "sergeant"),
            Map.entry("sgt", "sergeant"), Map.entry("det.", "detective"), Map.entry("insp.", "inspector"),
            Map.entry("supt.", "superintendent"), Map.entry("cmdr.", "commander"), Map.entry("adm.", "admiral"),
            Map.entry("rev.", "reverend"), Map.entry("dr.", "doctor"), Map.entry("dr", "doctor"),
            Map.entry("prof.", "professor"), Map.entry("pres.", "president"), Map.entry("dets.", "detective"));

    /**
     * The shortest surnames compared: four letters ("Rait" / "Raite"); a bare surname with no evidence but its
     * spelling needs five ({@link Names#similarSurname(String, String)}).
     */
    private static final int MIN_LENGTH = 4;

    private final Map<Ref, Set<String>> roles = new HashMap<>(); // Ref hashes by identity
    private final Map<String, String> outletOf = new HashMap<>();

    NameVariants(List<AnnotatedDocument> docs) {
        for (AnnotatedDocument d : docs) {
            String outlet = d.document().outlet();
            outletOf.put(d.id(), outlet == null || outlet.isBlank() ? "document:" + d.id()
                    : "outlet:" + outlet.strip().toLowerCase(Locale.ROOT));
        }
    }

    /** Records the role words read beside a person's name: its title (or null) and the {@link Roles} nouns. */
    void read(Ref r, AnnotatedDocument d, String title) {
        Set<String> out = new TreeSet<>();
        if (title != null) {
            for (String w : title.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
                add(out, w);
            }
        }
        for (String l : Roles.of(d, r.start, r.end)) {
            add(out, l);
        }
        roles.put(r, out);
    }

    private static void add(Set<String> out, String word) {
        String w = ABBREVIATIONS.getOrDefault(word, word);
        if (w.isEmpty() || COURTESY.contains(w)) {
            return;
        }
        if (RoleWords.isRole(w) || Names.HONORIFICS.contains(w) || NounClasses.of(w) == NounClasses.Kind.PERSON) {
            out.add(w);
        }
    }

    /** Whether two people's groups, whose surnames are near-spellings, are one person. */
    boolean samePerson(Group a, Group b) {
        Set<String> ra = rolesOf(a);
        Set<String> rb = rolesOf(b);
        if (!Collections.disjoint(ra, rb)) {
            return true;
        }
        if (!ra.isEmpty() && !rb.isEmpty()) {
            return false;
        }
        return Collections.disjoint(outlets(a), outlets(b));
    }

    private Set<String> rolesOf(Group g) {
        Set<String> out = new TreeSet<>();
        for (Ref r : g.refs) {
            out.addAll(roles.getOrDefault(r, Set.of()));
        }
        return out;
    }

    private Set<String> outlets(Group g) {
        Set<String> out = new TreeSet<>();
        for (Ref r : g.refs) {
            out.add(outletOf.get(r.doc));
        }
        return out;
    }

    /**
     * Merges, in order, each group of people into an earlier one whose surname is a near-spelling of its own, whose
     * given names all agree with its own and which {@link #samePerson is the same person}.
     */
    void merge(List<Group> persons) {
        List<Group> out = new ArrayList<>();
        for (Group g : persons) {
            Group into = null;
            for (Group c : out) {
                if (!c.surname.equals(g.surname) && Names.similarSurname(c.surname, g.surname, MIN_LENGTH)
                        && compatibleGivens(c, g) && samePerson(c, g)) {
                    into = c;
                    break;
                }
            }
            if (into == null) {
                out.add(g);
                continue;
            }
            for (Ref r : g.refs) {
                into.add(r);
            }
            into.givens.addAll(g.givens);
            into.surnames.addAll(g.surnames);
        }
        persons.clear();
        persons.addAll(out);
    }

    private static boolean compatibleGivens(Group a, Group b) {
        if (a.givens.isEmpty() || b.givens.isEmpty()) {
            return false;
        }
        for (String x : a.givens) {
            for (String y : b.givens) {
                if (x.isEmpty() || y.isEmpty() || !Names.compatibleGiven(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
