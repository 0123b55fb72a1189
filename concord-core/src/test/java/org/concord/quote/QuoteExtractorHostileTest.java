package org.concord.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Annotation;
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
    void quoteMarksOnlyFinish() {
        AnnotatedDocument doc = repeated("\"", "\"", "``", "", 200_000);
        List<QuoteMention> quotes = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> QuoteExtractor.create().extract(doc));
        int length = doc.document().text().length();
        assertTrue(quotes.stream().allMatch(q -> q.end() <= length), quotes.toString());
    }
}
