package org.concord.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.concord.annotate.Annotation;
import org.concord.annotate.Mention;
import org.concord.annotate.Timex;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {
    @Test
    void annotatesSentencesEntitiesAndDatesWithOffsets() {
        CoreNlpAnnotator nlp = CoreNlpAnnotator.create();
        String text = "Mayor Jane Okafor met union leaders on Tuesday.\nThe talks in Portland ended without a deal.";
        Annotation a = nlp.annotate(text, LocalDate.of(2021, 3, 8));
        assertEquals(2, a.sentences().size());
        for (var s : a.sentences()) {
            for (var t : s.tokens()) {
                assertEquals(t.word(), text.substring(t.start(), t.end()));
            }
        }
        assertTrue(a.mentions().stream().anyMatch(m -> m.type().equals("PERSON") && m.text().equals("Jane Okafor")),
                a.mentions().toString());
        Mention portland = a.mentions().stream().filter(m -> m.text().equals("Portland")).findFirst().orElseThrow();
        assertEquals("Portland", text.substring(portland.start(), portland.end()));
        Timex tuesday = a.timexes().stream().filter(t -> t.text().equals("Tuesday")).findFirst().orElseThrow();
        assertEquals("2021-03-09", tuesday.value());
    }
}
