package org.concord.pipeline;

import java.util.Set;

/**
 * A per-story stage: a pure function of one story ({@link StoryDraft} in, the same story with one more part out).
 * {@link StoryAnalyzer} runs a chain of them and times each by name; stages are shared between threads.
 */
public interface StoryStage {
    /** The stage's name, as timings show it ("entities", "quotes", ...). */
    String name();

    /** The names of the stages whose output this one reads. */
    Set<String> requires();

    StoryDraft apply(StoryDraft in);
}
