package org.concord.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English pronouns, from {@code pronouns.tsv}: named lists for the resolver and the quote extractor, which need
 * different sets (the resource's header says which and why), and the subject form of each object or possessive
 * pronoun.
 */
public final class Pronouns {
    private static final WordTable TABLE = WordTable.read("pronouns.tsv", List.of("not-a-name", "speaker", "form",
            "singular-person", "thing", "plural", "relative"), true);

    /** Pronouns the tagger sometimes takes for a name ("He" opening a headline): never an entity's name. */
    public static final Set<String> NOT_A_NAME = TABLE.list("not-a-name");
    /** Subject pronouns that can name a speaker; "it" only an organisation ("it said in a statement"). */
    public static final Set<String> SPEAKERS = TABLE.list("speaker");
    /** Every pronoun form a speaker mention can take: such a mention is no name. */
    public static final Set<String> FORMS = TABLE.list("form");
    /** Pronouns of one person: he, him, his, himself, she, ... */
    public static final Set<String> SINGULAR_PERSON = TABLE.list("singular-person");
    /** Pronouns of one thing: it, its, itself. */
    public static final Set<String> THING = TABLE.list("thing");
    /** Pronouns of many: they, them, their, theirs, themselves. */
    public static final Set<String> PLURAL = TABLE.list("plural");
    /** Relative pronouns: who, whom, whose. */
    public static final Set<String> RELATIVE = TABLE.list("relative");
    private static final Map<String, String> SUBJECT_FORM = TABLE.values();

    private Pronouns() {
    }

    /** The subject form of an object or possessive pronoun ("their" -> "they", "me" -> "i"), else the word. */
    public static String subjectForm(String pronoun) {
        return SUBJECT_FORM.getOrDefault(pronoun, pronoun);
    }
}
