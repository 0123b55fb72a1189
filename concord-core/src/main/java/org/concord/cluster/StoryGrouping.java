package org.concord.cluster;

import java.util.List;

/** Documents grouped into stories (lists of document ids), and the follow-up links between stories. */
public record StoryGrouping(List<List<String>> stories, List<FollowUp> followUps) implements java.io.Serializable {
    public StoryGrouping {
        stories = stories.stream().map(List::copyOf).toList();
        followUps = List.copyOf(followUps);
    }
}
