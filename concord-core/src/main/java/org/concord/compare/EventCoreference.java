package org.concord.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Token;

/**
 * Cross-document event coreference: which event mentions of a collection's documents refer to the same event.
 * Documents are first grouped by the event they report ({@link DocumentGroups}); inside a group, mentions are
 * clustered by the lemma of their head.
 */
public final class EventCoreference {
    private final DocumentGroups groups;

    private EventCoreference(DocumentGroups groups) {
        this.groups = groups;
    }

    public static EventCoreference create() {
        return new EventCoreference(DocumentGroups.create());
    }

    public static EventCoreference create(DocumentGroups groups) {
        return new EventCoreference(groups);
    }

    /** The clusters of {@code mentions} (each mention in exactly one), in order of first mention. */
    public List<List<CorefMention>> cluster(List<AnnotatedDocument> docs, List<CorefMention> mentions) {
        Map<String, AnnotatedDocument> byId = new HashMap<>();
        for (AnnotatedDocument d : docs) {
            byId.put(d.id(), d);
        }
        Map<String, Integer> groupOf = groups.groupOf(docs);
        Map<String, List<CorefMention>> clusters = new LinkedHashMap<>();
        for (CorefMention m : mentions) {
            AnnotatedDocument d = byId.get(m.document());
            if (d == null) {
                throw new IllegalArgumentException("mention " + m.id() + " names unknown document " + m.document());
            }
            List<Token> toks = Heads.tokens(d, m.start(), m.end());
            String key = toks.isEmpty() ? "#" + m.id() : EventLexicon.key(toks, Heads.head(toks, true));
            clusters.computeIfAbsent(groupOf.get(m.document()) + "|" + key, k -> new ArrayList<>()).add(m);
        }
        return new ArrayList<>(clusters.values());
    }
}
