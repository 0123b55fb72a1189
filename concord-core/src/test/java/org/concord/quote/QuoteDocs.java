package org.concord.quote;

import org.concord.annotate.AnnotatedDocument;

/** Spans and pronoun-speaker mentions in documents built by {@link HandDocs}, for the pronoun speaker tests. */
final class QuoteDocs {
    private QuoteDocs() {
    }

    /** The [start, end) of the {@code n}-th occurrence (0-based) of {@code words} in the document. */
    static int[] span(AnnotatedDocument d, String words, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = d.text().indexOf(words, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException(words + " not in the document");
            }
        }
        return new int[] {at, at + words.length()};
    }

    /**
     * A direct quotation of {@code content} said by the pronoun at its {@code n}-th occurrence, which the extractor
     * resolved to {@code speaker}.
     */
    static QuoteMention saidBy(AnnotatedDocument d, String content, String pronoun, int n, String speaker) {
        int[] c = span(d, content, 0);
        int[] p = span(d, pronoun, n);
        int[] cue = span(d, "said", 0);
        return new QuoteMention("d", c[0], c[1], content, "said", cue[0], cue[1], true, speaker, p[0], p[1],
                SpeakerKind.PRONOUN);
    }
}
