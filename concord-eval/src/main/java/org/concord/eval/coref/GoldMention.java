package org.concord.eval.coref;

import java.util.List;

/**
 * A gold ECB+ mention: document, m_id, tag (ACTION_OCCURRENCE, HUMAN_PART_PER, ...), its sentence, its token
 * positions inside that sentence (ascending, possibly discontinuous) and its gold cluster: the cross-document
 * instance id, else "document#r_id" of a within-document chain, else a singleton id "document#m_id".
 */
public record GoldMention(String document, int mId, String tag, int sentence, List<Integer> tokens, String cluster) {
    public GoldMention {
        tokens = List.copyOf(tokens);
    }

    /** An event mention: tag ACTION_* or NEG_ACTION_*; every other mention is an entity mention. */
    public boolean isEvent() {
        return isEventTag(tag);
    }

    static boolean isEventTag(String tag) {
        return tag.startsWith("ACTION_") || tag.startsWith("NEG_ACTION_");
    }

    /** A key unique in the corpus. */
    public String key() {
        return document + "#m" + mId;
    }
}
