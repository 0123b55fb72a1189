package org.concord.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import org.concord.model.Entity;
import org.concord.model.Occurrence;
import org.concord.model.Quote;
import org.concord.model.Story;

/**
 * The fields of the search index beyond the text, and what a document gets from its story: the entities the story
 * finds in that document (its {@code documents} name it) and the speakers of the quotes that occur in it. Both
 * depend on the story, so a story that is analysed again has all its documents indexed again.
 */
final class SearchFields {
    static final String OUTLET = "outlet";
    /** An entity's id and its lower-cased name (the drill-down matches either). */
    static final String ENTITY_KEY = "entity_key";
    /** A speaker's lower-cased name. */
    static final String SPEAKER_KEY = "speaker_key";
    /** The publication date, YYYY-MM-DD, indexed only when the document has one. */
    static final String DATE = "date";
    /** The date for sorting, newest first ("" when unknown, so those come last). */
    static final String DATE_SORT = "date_sort";

    /** The facet dimensions (the values {@code facet=} takes) and the index dimension each reads. */
    static final List<String> FACETS = List.of("outlet", "entity", "speaker", "date");
    static final String DIM_DAY = "day";
    static final String DIM_MONTH = "month";

    private SearchFields() {
    }

    /** An entity as a document is labelled with it. */
    record Named(String id, String name) {}

    /** What a document gets from its story: entities (by name, then id) and speakers (by name), each once. */
    record FromStory(List<Named> entities, List<String> speakers) {
        static final FromStory NONE = new FromStory(List.of(), List.of());
    }

    static FromStory fromStory(Story story, String documentId) {
        if (story == null) {
            return FromStory.NONE;
        }
        TreeMap<String, Named> entities = new TreeMap<>();
        for (Entity e : story.entities()) {
            if (e.documents() != null && e.documents().contains(documentId) && e.name() != null
                    && !e.name().isBlank()) {
                entities.put(e.name() + "\n" + e.id(), new Named(e.id(), e.name()));
            }
        }
        TreeSet<String> speakers = new TreeSet<>();
        for (Quote q : story.quotes()) {
            if (q.speaker() == null || q.speaker().name() == null || q.speaker().name().isBlank()) {
                continue;
            }
            for (Occurrence o : q.occurrences()) {
                if (documentId.equals(o.document())) {
                    speakers.add(q.speaker().name());
                    break;
                }
            }
        }
        return new FromStory(new ArrayList<>(entities.values()), new ArrayList<>(speakers));
    }

    static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
