package org.concord.eval.coref;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Annotation;
import org.concord.annotate.Sentence;
import org.concord.annotate.Token;
import org.concord.model.Document;

/**
 * ECB+ documents as Concord {@link AnnotatedDocument}s: the text is the corpus tokens joined by spaces, one sentence
 * a line (sentence i of the corpus is sentence i of the annotation, empty when the corpus has none of that number);
 * parts of speech and lemmas come from CoreNLP run on the given tokens (whitespace tokenization, no re-splitting).
 * Thread-safe.
 */
final class EcbAnnotator {
    private final StanfordCoreNLP pipeline;

    EcbAnnotator() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("tokenize.whitespace", "true");
        p.setProperty("ssplit.eolonly", "true");
        pipeline = new StanfordCoreNLP(p);
    }

    /** A document and the character offset of each corpus sentence's tokens. */
    record Annotated(AnnotatedDocument document, int[][] tokenStart, int[][] tokenEnd) {
        /** The start offset of token {@code token} of corpus sentence {@code s}. */
        int start(int s, int token) {
            return tokenStart[s][token];
        }

        /** The end offset (exclusive) of token {@code token} of corpus sentence {@code s}. */
        int end(int s, int token) {
            return tokenEnd[s][token];
        }
    }

    Annotated annotate(EcbDocument d) {
        StringBuilder text = new StringBuilder();
        int[][] starts = new int[d.sentences().size()][];
        int[][] ends = new int[d.sentences().size()][];
        for (int s = 0; s < d.sentences().size(); s++) {
            List<String> words = d.sentences().get(s);
            starts[s] = new int[words.size()];
            ends[s] = new int[words.size()];
            for (int i = 0; i < words.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                starts[s][i] = text.length();
                text.append(words.get(i));
                ends[s][i] = text.length();
            }
            text.append('\n');
        }
        edu.stanford.nlp.pipeline.Annotation a = new edu.stanford.nlp.pipeline.Annotation(text.toString());
        pipeline.annotate(a);
        List<CoreLabel> labels = new ArrayList<>();
        for (edu.stanford.nlp.util.CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
            labels.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        List<Sentence> sentences = new ArrayList<>();
        int next = 0;
        int index = 0;
        for (int s = 0; s < d.sentences().size(); s++) {
            List<Token> toks = new ArrayList<>();
            for (int i = 0; i < starts[s].length; i++) {
                // whitespace tokenization: labels follow the corpus tokens one to one; match by offset to be safe
                while (next < labels.size() && labels.get(next).beginPosition() < starts[s][i]) {
                    next++;
                }
                CoreLabel l = next < labels.size() && labels.get(next).beginPosition() == starts[s][i]
                        ? labels.get(next) : null;
                String word = d.sentences().get(s).get(i);
                toks.add(new Token(index++, starts[s][i], ends[s][i], word,
                        l == null || l.lemma() == null ? word.toLowerCase(Locale.ROOT) : l.lemma(),
                        l == null || l.tag() == null ? "NN" : l.tag(), "O"));
            }
            int start = starts[s].length == 0 ? (s == 0 ? 0 : sentences.get(s - 1).end() + 1) : starts[s][0];
            int end = starts[s].length == 0 ? start : ends[s][starts[s].length - 1];
            sentences.add(new Sentence(s, start, end, toks));
        }
        Document doc = new Document(d.id(), d.id() + ".xml", "ecbplus", d.id(), null, false, text.toString(),
                List.of(), null);
        return new Annotated(new AnnotatedDocument(doc, new Annotation(sentences, List.of(), List.of())), starts,
                ends);
    }
}
