package org.concord.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The isolated SUTime called directly, the way CoreNLP's number classifier calls it, across documents and init. */
class IsolatedTimeExtractorInitTest {
    private static Annotation parsed(String text, String date) {
        Annotation doc = new Annotation(text);
        doc.set(CoreAnnotations.DocDateAnnotation.class, date);
        CoreNlpAnnotator.shared().pipeline().annotate(doc);
        return doc;
    }

    private static List<String> values(IsolatedTimeExtractor ex, Annotation doc) {
        List<String> out = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            for (CoreMap t : ex.extractTimeExpressionCoreMaps(s, doc)) {
                out.add(t.get(TimeAnnotations.TimexAnnotation.class).value());
            }
        }
        ex.finalize(doc);
        return out;
    }

    @Test
    void eachDocumentStartsFromTheLoadedRulesAlsoAfterInit() {
        IsolatedTimeExtractor ex = new IsolatedTimeExtractor(new TimeExpressionExtractorImpl("sutime", new Properties()));
        Annotation bare = parsed("The board meets Monday.", "2015-01-03");
        Annotation past = parsed("The talks ended Monday.", "2015-01-03");
        List<String> alone = values(ex, bare);
        assertEquals(List.of("2015-01-05"), alone);
        assertEquals(List.of("2014-12-29"), values(ex, past));
        assertEquals(alone, values(ex, bare));
        assertEquals(1, ex.extractors());
        ex.init("sutime", new Properties());
        assertEquals(alone, values(ex, bare));
        assertEquals(2, ex.extractors(), "init builds the thread's extractor again");
    }
}
