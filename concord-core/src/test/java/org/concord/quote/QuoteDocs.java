package org.concord.quote;

import java.util.ArrayList;
import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Annotation;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.Token;
import org.concord.model.Document;

/**
 * Hand-annotated documents for the quote tests, without CoreNLP: sentences of "word/POS" or "word/POS/NER" items
 * ("_" for a space inside a word); a run of one NER type is a mention of that type, and a pronoun tagged PERSON is
 * a mention too, as the tagger gives them.
 */
final class QuoteDocs {
    private QuoteDocs() {
    }

    static AnnotatedDocument doc(String... sentences) {
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
                toks.add(new Token(index++, b, text.length(), word, word.toLowerCase(java.util.Locale.ROOT), p[1],
                        p.length > 2 ? p[2] : "O"));
            }
            out.add(new Sentence(s, start, text.length(), toks));
            for (int i = 0; i < toks.size(); i++) {
                String ner = toks.get(i).ner();
                if (ner.equals("O")) {
                    continue;
                }
                int j = i;
                while (j + 1 < toks.size() && toks.get(j + 1).ner().equals(ner)
                        && !toks.get(j + 1).pos().startsWith("PRP")) {
                    j++;
                }
                mentions.add(new Mention(toks.get(i).start(), toks.get(j).end(),
                        text.substring(toks.get(i).start(), toks.get(j).end()), ner, s));
                i = j;
            }
            text.append(' ');
        }
        Document d = new Document("d", "d", "test", null, null, false, text.toString(), List.of(), null);
        return new AnnotatedDocument(d, new Annotation(out, mentions, List.of()));
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
