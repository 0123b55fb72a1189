package org.concord.annotate;

import java.util.List;

/**
 * What an annotator found in one text. The sentences are in text order and do not overlap (checked), so the
 * sentence at an offset is found by binary search.
 */
public record Annotation(List<Sentence> sentences, List<Mention> mentions, List<Timex> timexes) implements java.io.Serializable {
    public Annotation {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        timexes = List.copyOf(timexes);
        for (int i = 1; i < sentences.size(); i++) {
            if (sentences.get(i).start() < sentences.get(i - 1).end()) {
                throw new IllegalArgumentException("sentences must be in text order and not overlap: sentence " + i
                        + " starts at " + sentences.get(i).start() + ", before the end of the one before it ("
                        + sentences.get(i - 1).end() + ")");
            }
        }
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        return n;
    }

    /** The sentence that contains offset {@code pos}, or null. */
    public Sentence sentenceAt(int pos) {
        // the last sentence starting at or before pos is the only one that can hold it (they do not overlap)
        int found = org.concord.text.Sorted.lastAtOrBefore(sentences.size(), i -> sentences.get(i).start(), pos);
        if (found < 0) {
            return null;
        }
        Sentence s = sentences.get(found);
        return pos < s.end() ? s : null;
    }
}
