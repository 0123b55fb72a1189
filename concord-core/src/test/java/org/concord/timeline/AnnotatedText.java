package org.concord.timeline;

import java.util.ArrayList;
import java.util.List;
import org.concord.annotate.Annotation;
import org.concord.annotate.Sentence;
import org.concord.annotate.Timex;
import org.concord.annotate.Token;

/**
 * A made-up annotated text for tests, written as an annotator would give it: sentences of "word/POS" tokens joined by
 * single spaces, and temporal expressions with the type and value an annotator put on them.
 */
final class AnnotatedText {
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Timex> timexes = new ArrayList<>();
    private int tokenIndex;

    static AnnotatedText create() {
        return new AnnotatedText();
    }

    /** Appends a sentence written as "word/POS word/POS ..."; lemmas are the lower-cased words. */
    AnnotatedText sentence(String tagged) {
        if (text.length() > 0) {
            text.append(' ');
        }
        int start = text.length();
        List<Token> tokens = new ArrayList<>();
        for (String wp : tagged.split(" ")) {
            int slash = wp.lastIndexOf('/');
            String w = wp.substring(0, slash);
            if (!tokens.isEmpty()) {
                text.append(' ');
            }
            int s = text.length();
            text.append(w);
            tokens.add(new Token(tokenIndex++, s, text.length(), w, w.toLowerCase(java.util.Locale.ROOT),
                    wp.substring(slash + 1), "O"));
        }
        sentences.add(new Sentence(sentences.size(), start, text.length(), tokens));
        return this;
    }

    /** Marks the first occurrence of {@code expression} in the last sentence as an annotator's timex. */
    AnnotatedText timex(String expression, String type, String value) {
        Sentence s = sentences.get(sentences.size() - 1);
        int start = text.indexOf(expression, s.start());
        if (start < 0 || start + expression.length() > s.end()) {
            throw new IllegalArgumentException("'" + expression + "' is not in the last sentence");
        }
        timexes.add(new Timex(start, start + expression.length(), expression, type, value, s.index()));
        return this;
    }

    String text() {
        return text.toString();
    }

    Annotation annotation() {
        return new Annotation(sentences, List.of(), timexes);
    }
}
