package org.concord.pipeline;

import java.util.Set;
import org.concord.cluster.StoryFeatures;

/** {@code features}: the document's term counts for story clustering ({@link StoryFeatures}). */
final class FeaturesStage implements DocumentStage {
    static final String NAME = "features";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> requires() {
        return Set.of(CleanStage.NAME);
    }

    @Override
    public DocumentWork apply(DocumentWork in) {
        return in.withFeatures(StoryFeatures.counts(in.document().title(), in.document().text()));
    }
}
