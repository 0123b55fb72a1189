package org.concord.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Annotation;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.Token;
import org.concord.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Hostile inputs to the quote extractor (issue 23): a run of speech verbs or of quote marks costs time linear in
 * its length. Each once took minutes (200 KB of "said": a subject regex from every cue back to the sentence start).
 */
class QuoteExtractorHostileTest {
    /** One sentence of {@code n} copies of {@code word}, tagged {@code pos} with lemma {@code lemma}, as CoreNLP does. */
    private static AnnotatedDocument repeated(String word, String lemma, String pos, String sep, int n) {
        String text = (word + sep).repeat(n);
        List<Token> tokens = new ArrayList<>();
        int step = word.length() + sep.length();
        for (int i = 0; i < n; i++) {
            tokens.add(new Token(i, i * step, i * step + word.length(), word, lemma, pos, "O"));
        }
        Annotation a = new Annotation(List.of(new Sentence(0, 0, text.length(), tokens)), List.of(), List.of());
        Document d = new Document("d", "d.txt", "o", "t", "2024-01-01", false, text, List.of(), null);
        return new AnnotatedDocument(d, a);
    }

    @Test
    void twoHundredKilobytesOfSaidFinish() {
        AnnotatedDocument doc = repeated("said", "say", "VBD", " ", 40_000); // 200 KB
        List<QuoteMention> quotes = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> QuoteExtractor.create().extract(doc));
        assertEquals(List.of(), quotes);
    }

    @Test
    void twoHundredKilobytesOfSaidFinishInTheAttributionsPath() {
        // the learned-cue path (eval and train): each cue's clause ends and subject found without a rescan
        AnnotatedDocument doc = repeated("said", "say", "VBD", " ", 40_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> QuoteExtractor.attributions().extract(doc));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> QuoteExtractor.attributions().candidates(doc));
    }

    /**
     * {@code n} copies of a phrase of {@code words} (each {word, lemma, tag} and optionally an entity type, which
     * makes the word a mention), one sentence per copy when {@code sentences}, else all in one sentence.
     */
    private static AnnotatedDocument phrases(String[][] words, int n, boolean sentences) {
        StringBuilder text = new StringBuilder();
        List<Token> all = new ArrayList<>();
        List<Token> sentence = new ArrayList<>();
        List<Sentence> out = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        int sentenceStart = 0;
        for (int i = 0; i < n; i++) {
            for (String[] w : words) {
                int s = text.length();
                text.append(w[0]).append(' ');
                Token t = new Token(all.size(), s, s + w[0].length(), w[0], w[1], w[2], w.length > 3 ? w[3] : "O");
                all.add(t);
                sentence.add(t);
                if (w.length > 3) {
                    mentions.add(new Mention(s, s + w[0].length(), w[0], w[3], out.size()));
                }
            }
            if (sentences || i == n - 1) {
                out.add(new Sentence(out.size(), sentenceStart, text.length() - 1, sentence));
                sentence = new ArrayList<>();
                sentenceStart = text.length();
            }
        }
        Annotation a = new Annotation(out, mentions, List.of());
        Document d = new Document("d", "d.txt", "o", "t", "2024-01-01", false, text.toString(), List.of(), null);
        return new AnnotatedDocument(d, a);
    }

    @Test
    void aLongRunOfCoordinatedCuesFinishes() {
        // "and calling for cuts and calling for cuts …" in one sentence: each cue once looked back over the whole
        // sentence for its main verb (40,000 copies took minutes; now about two seconds)
        AnnotatedDocument doc = phrases(new String[][] {{"and", "and", "CC"}, {"calling", "call", "VBG"},
                {"for", "for", "IN"}, {"cuts", "cut", "NNS"}}, 40_000, false);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> QuoteExtractor.attributions().candidates(doc));
    }

    @Test
    void manySentencesOfPronounCuesFinish() {
        // "he warned Smith." 60,000 times: each pronoun's antecedent once scanned every mention and every sentence
        AnnotatedDocument doc = phrases(new String[][] {{"he", "he", "PRP"}, {"warned", "warn", "VBD"},
                {"Smith", "Smith", "NNP", "PERSON"}, {".", ".", "."}}, 60_000, true);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> QuoteExtractor.create().extract(doc));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> QuoteExtractor.attributions().candidates(doc));
    }

    @Test
    void quoteMarksOnlyFinish() {
        AnnotatedDocument doc = repeated("\"", "\"", "``", "", 200_000);
        List<QuoteMention> quotes = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> QuoteExtractor.create().extract(doc));
        int length = doc.document().text().length();
        assertTrue(quotes.stream().allMatch(q -> q.end() <= length), quotes.toString());
    }
}
