package org.concord.text;

import java.util.List;
import java.util.Set;

/**
 * English stop words, from {@code stop-words.tsv}: one list per use, kept apart because each was tuned for its use
 * (the resource's header says which words go where and why).
 */
public final class StopWords {
    private static final WordTable TABLE = WordTable.read("stop-words.tsv",
            List.of("summary", "terms", "stories", "baseline"), false);

    /** Function words: a bigram of two of them is no summary concept (stemmed by the summarizer). */
    public static final Set<String> SUMMARY = TABLE.list("summary");
    /** Lemmas that carry no topic: function and reporting verbs, time and quantity words. */
    public static final Set<String> TERMS = TABLE.list("terms");
    /** Lower-cased words that do not tell stories apart, calendar words included. */
    public static final Set<String> STORIES = TABLE.list("stories");
    /** The function words of the TF-IDF story baseline of the evaluations. */
    public static final Set<String> BASELINE = TABLE.list("baseline");

    private StopWords() {
    }
}
