package org.concord.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.concord.model.EntityType;

/** The mentions of one entity while it is being resolved: its type, names, given names and titles. */
final class Group {
    final EntityType type;
    final List<Ref> refs = new ArrayList<>();
    /** Mentions that are not names (nouns, pronouns) linked to the group: found by span, not counted as names. */
    final List<Ref> descriptors = new ArrayList<>();
    final Set<String> givens = new LinkedHashSet<>();
    final Set<String> titles = new LinkedHashSet<>();
    String surname;
    /** Every spelling of the surname the group's names use (a near-spelling merged in adds its own). */
    final Set<String> surnames = new LinkedHashSet<>();

    Group(EntityType type) {
        this.type = type;
    }

    void add(Ref r) {
        refs.add(r);
        r.group = this;
    }
}
