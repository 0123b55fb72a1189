package org.concord.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.concord.annotate.Annotation;
import org.concord.annotate.Sentence;
import org.concord.annotate.TextAnnotator;
import org.concord.ingest.RawArticle;
import org.concord.model.Report;
import org.concord.model.Story;
import org.junit.jupiter.api.Test;

/** A story whose analysis fails keeps its documents, the other stories are analysed, and the failure is named. */
class StoryFailureTest {
    @Test
    void oneFailingStoryDoesNotLoseTheOthers() {
        PlainAnnotator plain = new PlainAnnotator();
        TextAnnotator broken = new TextAnnotator() {
            @Override
            public Annotation annotate(String text, LocalDate date) {
                Annotation a = plain.annotate(text, date);
                if (!text.contains("Zebra")) {
                    return a;
                }
                // an annotator bug: a sentence that runs past the end of the text
                List<Sentence> bad = new ArrayList<>(a.sentences());
                Sentence last = bad.remove(bad.size() - 1);
                bad.add(new Sentence(last.index(), last.start(), text.length() + 40, last.tokens()));
                return new Annotation(bad, a.mentions(), a.timexes());
            }

            @Override
            public String name() {
                return "broken-test";
            }
        };
        List<String> warnings = new ArrayList<>();
        Concord concord = Concord.builder().annotator(broken).threads(2).warnings(warnings::add).build();
        List<RawArticle> docs = List.of(
                new RawArticle("a", "a.txt", null, "Zebra escapes", "2024-01-02",
                        "Zebra escapes from the city zoo.\nKeepers searched the park all night for the zebra.\n"),
                new RawArticle("b", "b.txt", null, "Council votes", "2024-05-02",
                        "The council votes on the harbour budget.\n\u201cWe will fund it,\u201d said Anna Berg.\n"));
        Report r = concord.analyzeArticles(docs, List.of()).report();
        assertEquals(2, r.stories().size());
        Story zebra = r.stories().stream().filter(s -> s.documents().contains("a")).findFirst().orElseThrow();
        Story council = r.stories().stream().filter(s -> s.documents().contains("b")).findFirst().orElseThrow();
        assertTrue(zebra.summary().isEmpty() && zebra.headline().equals("Zebra escapes"), zebra.toString());
        assertTrue(!council.entities().isEmpty() && !council.quotes().isEmpty(), council.toString());
        assertEquals(List.of(zebra.id()), r.analysis().incompleteStories());
        // continuing the report analyses the incomplete story again, and keeps the other one as it was
        Analysis again = concord.update(r, List.of(), List.of());
        assertEquals(1, again.counts().storiesAnalysed());
        assertEquals(1, again.counts().storiesReused());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("story " + zebra.id() + ": analysis failed")),
                warnings.toString());
    }
}
