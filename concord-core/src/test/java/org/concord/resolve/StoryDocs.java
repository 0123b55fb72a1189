package org.concord.resolve;

import java.util.ArrayList;
import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Annotation;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.Token;
import org.concord.model.Document;

/**
 * Hand-annotated documents for the resolver tests: sentences of "word/lemma/POS" or "word/lemma/POS/NER" items
 * ("_" for a space inside a word); a run of one NER type is a mention of that type.
 */
final class StoryDocs {
    private StoryDocs() {
    }

    static AnnotatedDocument doc(String id, String... sentences) {
        return docIn(id, "test", sentences);
    }

    /** A document of {@code outlet}. */
    static AnnotatedDocument docIn(String id, String outlet, String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
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
                String word = p[0].replace('_', ' ');
                text.append(word);
                toks.add(new Token(index++, b, text.length(), word, p[1], p[2], p.length > 3 ? p[3] : "O"));
            }
            out.add(new Sentence(s, start, text.length(), toks));
            for (int i = 0; i < toks.size(); i++) {
                String ner = toks.get(i).ner();
                if (ner.equals("O")) {
                    continue;
                }
                int j = i;
                while (j + 1 < toks.size() && toks.get(j + 1).ner().equals(ner)) {
                    j++;
                }
                mentions.add(new Mention(toks.get(i).start(), toks.get(j).end(),
                        text.substring(toks.get(i).start(), toks.get(j).end()), ner, s));
                i = j;
            }
            text.append(' ');
        }
        Document d = new Document(id, id, outlet, null, null, false, text.toString(), List.of(), null);
        return new AnnotatedDocument(d, new Annotation(out, mentions, List.of()));
    }

    /** The [start, end) of the {@code n}-th occurrence (0-based) of {@code words} in the document. */
    static int[] span(AnnotatedDocument d, String words, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = d.text().indexOf(words, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException(words + " not in " + d.id());
            }
        }
        return new int[] {at, at + words.length()};
    }
}
