package org.concord.compare;

import java.util.ArrayList;
import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Annotation;
import org.concord.annotate.Sentence;
import org.concord.annotate.Token;
import org.concord.model.Document;

/** Hand-annotated documents for the coreference tests: sentences of "word/lemma/POS" items. */
final class CorefTestDocs {
    private CorefTestDocs() {
    }

    static AnnotatedDocument doc(String id, String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        int index = 0;
        for (int s = 0; s < sentences.length; s++) {
            List<Token> toks = new ArrayList<>();
            int start = text.length();
            for (String item : sentences[s].split(" ")) {
                String[] p = item.split("/");
                if (text.length() > start) {
                    text.append(' ');
                }
                int b = text.length();
                text.append(p[0].replace('_', ' '));
                toks.add(new Token(index++, b, text.length(), p[0].replace('_', ' '), p[1], p[2], "O"));
            }
            out.add(new Sentence(s, start, text.length(), toks));
            text.append('\n');
        }
        Document d = new Document(id, id, "test", id, null, false, text.toString(), List.of(), null);
        return new AnnotatedDocument(d, new Annotation(out, List.of(), List.of()));
    }

    /** The mention over the {@code n}-th occurrence (0-based) of {@code words} in the document. */
    static CorefMention mention(AnnotatedDocument d, String words, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = d.text().indexOf(words, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException(words + " not in " + d.id());
            }
        }
        return new CorefMention(d.id() + ":" + words + ":" + n, d.id(), at, at + words.length());
    }
}
