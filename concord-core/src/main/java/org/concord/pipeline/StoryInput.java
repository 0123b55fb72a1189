package org.concord.pipeline;

import java.util.List;
import java.util.Map;
import org.concord.annotate.AnnotatedDocument;
import org.concord.model.Related;

/**
 * Everything the per-story stages read about one story, and nothing else: its id, its member documents (annotated,
 * in story order: by date, then id), which of them copy which (near-duplicates of the whole corpus, restricted to
 * the members) and its links to other stories.
 */
public record StoryInput(String id, List<AnnotatedDocument> members, Map<String, String> duplicateOf,
                         List<Related> related) implements java.io.Serializable {
    public StoryInput {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("story id must not be blank");
        }
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("story " + id + " has no documents");
        }
        members = List.copyOf(members);
        duplicateOf = Map.copyOf(duplicateOf);
        related = List.copyOf(related);
    }
}
