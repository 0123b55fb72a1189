package org.concord.resolve;

/** Nouns that measure rather than count ("15 miles", "17 mph", "30 percent"), from WordNet ({@link NounClasses}). */
public final class Measures {
    private Measures() {
    }

    /** Whether the first sense of a noun lemma is a unit of measurement (under WordNet's unit_of_measurement or rate). */
    public static boolean isUnit(String lemma) {
        return lemma != null && NounClasses.category(lemma) == NounClasses.Category.MEASURE;
    }
}
