package org.concord.pipeline;

import java.util.List;
import org.concord.model.Claim;
import org.concord.model.Quote;
import org.concord.model.Story;
import org.concord.model.SummarySentence;
import org.concord.model.TimelineEntry;
import org.concord.resolve.EntityIndex;

/**
 * A story on its way through the per-story stages ({@link StoryStage}): its input and what each stage has added so
 * far (null until made). Immutable.
 */
public record StoryDraft(StoryInput input, EntityIndex entities, List<Quote> quotes, List<TimelineEntry> timeline,
                         List<Claim> claims, List<SummarySentence> summary, String headline) {
    static StoryDraft of(StoryInput input) {
        return new StoryDraft(input, null, null, null, null, null, null);
    }

    public StoryDraft withEntities(EntityIndex e) {
        return new StoryDraft(input, e, quotes, timeline, claims, summary, headline);
    }

    public StoryDraft withQuotes(List<Quote> q) {
        return new StoryDraft(input, entities, List.copyOf(q), timeline, claims, summary, headline);
    }

    public StoryDraft withTimeline(List<TimelineEntry> t) {
        return new StoryDraft(input, entities, quotes, List.copyOf(t), claims, summary, headline);
    }

    public StoryDraft withClaims(List<Claim> c) {
        return new StoryDraft(input, entities, quotes, timeline, List.copyOf(c), summary, headline);
    }

    public StoryDraft withSummary(List<SummarySentence> s, String h) {
        return new StoryDraft(input, entities, quotes, timeline, claims, List.copyOf(s), h);
    }

    /** The story as the report holds it. */
    Story story() {
        List<String> ids = input.members().stream().map(d -> d.id()).toList();
        return new Story(input.id(), headline, ids, input.related(), summary, entities.entities(), quotes, timeline,
                claims);
    }
}
