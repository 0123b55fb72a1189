package org.concord.eval.quotes;

import java.util.List;

/**
 * One gold attribution relation (one brat E record with a non-empty content): the content fragments (Content and
 * Content2 roles joined), the source fragments (empty for an implicit source) with the source text as written,
 * the cue fragments, and the silver coreference description of the source ({@link SilverSource#NONE} if absent).
 */
public record GoldAttribution(String eventId, List<Fragment> content, List<Fragment> source, String sourceText,
                              List<Fragment> cue, SilverSource silver) {
    public GoldAttribution {
        content = List.copyOf(content);
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("attribution " + eventId + " has no content");
        }
    }

    public boolean hasSource() {
        return !source.isEmpty();
    }

    public int start() {
        return content.get(0).start();
    }

    public GoldAttribution withSilver(SilverSource s) {
        return new GoldAttribution(eventId, content, source, sourceText, cue, s);
    }
}
