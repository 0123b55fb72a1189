package org.concord.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Token;

/**
 * Cross-document event coreference: which event mentions of a story's documents refer to the same event. The
 * documents are taken to report one event (a story: {@link org.concord.cluster.StoryClusterer} grouped them first,
 * which is what lets same-lemma mentions of two similar events stay apart; Barhom et al. 2019, ACL); mentions are
 * clustered by their predicate key ({@link EventLexicon}: the head's stem, multi-word predicates, a small class list).
 */
public final class EventCoreference {
    private EventCoreference() {
    }

    public static EventCoreference create() {
        return new EventCoreference();
    }

    /** The clusters of {@code mentions} (each mention in exactly one), in order of first mention. */
    public List<List<CorefMention>> cluster(List<AnnotatedDocument> docs, List<CorefMention> mentions) {
        Map<String, AnnotatedDocument> byId = new HashMap<>();
        for (AnnotatedDocument d : docs) {
            byId.put(d.id(), d);
        }
        Map<String, List<CorefMention>> clusters = new LinkedHashMap<>();
        for (CorefMention m : mentions) {
            AnnotatedDocument d = byId.get(m.document());
            if (d == null) {
                throw new IllegalArgumentException("mention " + m.id() + " names unknown document " + m.document());
            }
            List<Token> toks = Heads.tokens(d, m.start(), m.end());
            String key = toks.isEmpty() ? "#" + m.id() : EventLexicon.key(toks, Heads.head(toks, true));
            clusters.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        return new ArrayList<>(clusters.values());
    }
}
