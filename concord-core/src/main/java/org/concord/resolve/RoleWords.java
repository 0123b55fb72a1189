package org.concord.resolve;

import java.util.Locale;
import java.util.Set;

/**
 * Nouns that name a role or office ("spokeswoman", "head", "commissioner"): one lexicon for the entity resolver,
 * which reads titles from appositions and title words before names, and for the quote extractor, which reads
 * speakers such as "the head of the union, …, said".
 */
public final class RoleWords {
    private static final Set<String> ROLES = Set.of("head", "president", "leader", "chief", "spokesman",
            "spokeswoman", "spokesperson", "director", "chairman", "chairwoman", "chair", "member", "commissioner",
            "secretary", "mayor", "governor", "senator", "founder", "ceo", "executive", "minister", "officer",
            "manager", "representative", "attorney", "judge", "editor", "captain", "sergeant", "detective",
            "lieutenant", "superintendent", "owner", "organizer", "professor", "analyst", "adviser", "advisor");

    private RoleWords() {
    }

    /** Whether {@code word} (any case) is a role noun. */
    public static boolean isRole(String word) {
        return word != null && ROLES.contains(word.toLowerCase(Locale.ROOT));
    }
}
