package org.concord.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.concord.annotate.Annotation;
import org.concord.annotate.Timex;
import org.junit.jupiter.api.Test;

/**
 * A document's dates do not depend on the documents annotated before it: SUTime's tense rules tag its shared weekday
 * constants, and before the isolation a past-tense "ended Monday" in one article made a later article's bare
 * "Monday" resolve backwards.
 */
class IsolatedTimeExtractorTest {
    // a Saturday: the closest Monday is two days ahead, the previous one five days back
    private static final LocalDate SATURDAY = LocalDate.of(2015, 1, 3);
    private static final String BARE = "The board meets Monday to choose a chair.";
    private static final String PAST = "The talks ended Monday without a deal.";

    private static String monday(CoreNlpAnnotator nlp, String text, LocalDate date) {
        Annotation a = nlp.annotate(text, date);
        return a.timexes().stream().filter(t -> t.text().equals("Monday")).map(Timex::value).findFirst()
                .orElseThrow(() -> new AssertionError("no Monday in " + a.timexes()));
    }

    @Test
    void aDocumentsDatesDoNotDependOnTheDocumentBefore() {
        CoreNlpAnnotator nlp = CoreNlpAnnotator.shared();
        String alone = monday(nlp, BARE, SATURDAY);
        assertEquals("2015-01-05", alone, "a bare weekday resolves to the closest one");
        assertEquals("2014-12-29", monday(nlp, PAST, SATURDAY), "a past-tense weekday resolves backwards");
        assertEquals(alone, monday(nlp, BARE, SATURDAY), "the past tense of the article before leaks into this one");
    }

    @Test
    void threadsGetTheSameDatesAsOneThread() throws Exception {
        CoreNlpAnnotator nlp = CoreNlpAnnotator.shared();
        List<String> texts = List.of(BARE, PAST, "Officials will decide on Monday.", BARE, PAST, BARE);
        List<String> sequential = new ArrayList<>();
        for (String t : texts) {
            sequential.add(monday(nlp, t, SATURDAY));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<String>> fs = new ArrayList<>();
                for (String t : texts) {
                    fs.add(pool.submit(() -> monday(nlp, t, SATURDAY)));
                }
                List<String> parallel = new ArrayList<>();
                for (Future<String> f : fs) {
                    parallel.add(f.get());
                }
                assertEquals(sequential, parallel);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
