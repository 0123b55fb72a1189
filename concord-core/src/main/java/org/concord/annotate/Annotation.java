package org.concord.annotate;

import java.util.List;

/** What an annotator found in one text. */
public record Annotation(List<Sentence> sentences, List<Mention> mentions, List<Timex> timexes) {
    public Annotation {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        timexes = List.copyOf(timexes);
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
        for (Sentence s : sentences) {
            if (pos >= s.start() && pos < s.end()) {
                return s;
            }
        }
        return null;
    }
}
