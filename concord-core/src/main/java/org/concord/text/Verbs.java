package org.concord.text;

import java.util.List;
import java.util.Set;

/** English verb lemmas by role, from {@code verbs.tsv}: speech, reporting, light and clause-only verbs. */
public final class Verbs {
    private static final WordTable TABLE = WordTable.read("verbs.tsv", List.of("speech", "report", "light", "clause"),
            false);

    /** Verbs that attribute a quotation to a speaker ("said", "told", "argued"). */
    public static final Set<String> SPEECH = TABLE.list("speech");
    /** Verbs that introduce reported speech without quotation marks: a narrower set, for fewer false alarms. */
    public static final Set<String> REPORT = TABLE.list("report");
    /** Light verbs ("be", "have", "make", ...): the event is the word they govern, not the verb. */
    public static final Set<String> LIGHT = TABLE.list("light");
    /**
     * Speech verbs with a sense that is the subject's own act ("charged him with murder", "promised a bonus",
     * "acknowledged the crowd"): they report speech only before "that", a colon or a quotation.
     */
    public static final Set<String> CLAUSE = TABLE.list("clause");

    private Verbs() {
    }
}
