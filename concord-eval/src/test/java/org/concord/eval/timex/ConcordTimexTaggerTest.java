package org.concord.eval.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.concord.annotate.Annotation;
import org.concord.annotate.Sentence;
import org.concord.annotate.TextAnnotator;
import org.concord.annotate.Timex;
import org.concord.annotate.Token;
import org.concord.timeline.TimexNormalizer;
import org.junit.jupiter.api.Test;

/** The {@code concord} timex system scores exactly what the core normalization gives the report's timeline. */
class ConcordTimexTaggerTest {
    // a Thursday
    static final LocalDate ANCHOR = LocalDate.of(2023, 3, 16);
    static final String[] SENTENCES = {
        "Sales/NNS rose/VBD in/IN mid-November/NNP ./.",
        "The/DT council/NN voted/VBD on/IN Friday/NNP to/TO close/VB the/DT library/NN ./.",
        "Protesters/NNS gathered/VBD the/DT following/JJ day/NN ./."};
    static final String TEXT = String.join(" ", java.util.Arrays.stream(SENTENCES)
            .map(s -> s.replaceAll("/[^ ]+", "")).toList());

    /** An annotator that always gives the same made-up annotation of {@link #TEXT}. */
    static final class FixedAnnotator implements TextAnnotator {
        @Override
        public Annotation annotate(String text, LocalDate documentDate) {
            List<Sentence> sentences = new ArrayList<>();
            int at = 0;
            int index = 0;
            for (int s = 0; s < SENTENCES.length; s++) {
                int start = at;
                List<Token> tokens = new ArrayList<>();
                for (String wp : SENTENCES[s].split(" ")) {
                    String w = wp.substring(0, wp.lastIndexOf('/'));
                    tokens.add(new Token(index++, at, at + w.length(), w, w.toLowerCase(java.util.Locale.ROOT),
                            wp.substring(wp.lastIndexOf('/') + 1), "O"));
                    at += w.length() + 1;
                }
                sentences.add(new Sentence(s, start, at - 1, tokens));
            }
            int friday = text.indexOf("Friday");
            int following = text.indexOf("the following day");
            return new Annotation(sentences, List.of(), List.of(
                    new Timex(friday, friday + 6, "Friday", "DATE", "2023-03-17", 1),
                    new Timex(following, following + 17, "the following day", "DATE", null, 2)));
        }

        @Override
        public String name() {
            return "fixed";
        }
    }

    @Test
    void theTaggerIsTheCoreNormalization() {
        TextAnnotator annotator = new FixedAnnotator();
        List<TimexSpan> expected = new ArrayList<>();
        for (Timex t : TimexNormalizer.create().normalizeDocument(TEXT, annotator.annotate(TEXT, ANCHOR), ANCHOR)) {
            expected.add(new TimexSpan(t.start(), t.end(), t.type(), t.value()));
        }
        TimexTagger.Tagged tagged = ConcordTimexTagger.create(annotator).tag(TEXT, ANCHOR);
        assertEquals(expected, tagged.timexes());
        // what that normalization is here: a part of a month the annotator left out, the past
        // Friday (not the annotator's coming one), the day after it
        List<String> got = tagged.timexes().stream().map(t -> t.textIn(TEXT) + " " + t.type() + " " + t.value())
                .toList();
        assertEquals(List.of("mid-November DATE 2022-11", "Friday DATE 2023-03-10",
                "the following day DATE 2023-03-11"), got);
        assertEquals(annotator.annotate(TEXT, ANCHOR).tokenCount(), tagged.tokens());
    }

    @Test
    void anUndatedArticleIsAnnotatedWithoutADateAndNormalizedWithOne() {
        List<LocalDate> given = new ArrayList<>();
        TextAnnotator recording = new TextAnnotator() {
            @Override
            public Annotation annotate(String text, LocalDate documentDate) {
                given.add(documentDate);
                return new FixedAnnotator().annotate(text, documentDate);
            }

            @Override
            public String name() {
                return "recording";
            }
        };
        TimexTagger.Tagged tagged = ConcordTimexTagger.undated(recording).tag(TEXT, ANCHOR);
        assertEquals(java.util.Collections.singletonList(null), given);
        assertEquals("Friday DATE 2023-03-10", tagged.timexes().get(1).textIn(TEXT) + " "
                + tagged.timexes().get(1).type() + " " + tagged.timexes().get(1).value());
        ConcordTimexTagger.create(recording).tag(TEXT, ANCHOR);
        assertEquals(ANCHOR, given.get(1));
    }
}
