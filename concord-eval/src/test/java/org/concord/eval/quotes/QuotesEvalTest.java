package org.concord.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.eval.EvalOptions;
import org.concord.eval.EvalResult;
import org.junit.jupiter.api.Test;

class QuotesEvalTest {
    /** Predicts each gold content's hull, attributed to the gold source span; counts one token per character. */
    static final class Oracle implements QuoteSystem {
        private final List<PolnearDocument> docs;

        Oracle(List<PolnearDocument> docs) {
            this.docs = docs;
        }

        @Override
        public String name() {
            return "oracle";
        }

        @Override
        public Output extract(String id, String text) {
            PolnearDocument d = docs.stream().filter(x -> x.name().equals(id)).findFirst().orElseThrow();
            List<PredictedQuote> out = new ArrayList<>();
            for (GoldAttribution g : d.attributions()) {
                int s = g.content().get(0).start();
                int e = g.content().get(g.content().size() - 1).end();
                out.add(g.hasSource()
                        ? new PredictedQuote(s, e, null, g.source().get(0).start(), g.source().get(0).end())
                        : new PredictedQuote(s, e, null, -1, -1));
            }
            return new Output(out, text.length());
        }
    }

    @Test
    void runsASystemOverTheSplitAndReportsSkippedFiles() throws Exception {
        Path data = PolnearReaderTest.fixture();
        List<PolnearDocument> docs = PolnearReader.read(data, 0).documents();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        EvalOptions options = new EvalOptions(0, 2, new PrintStream(log, true, StandardCharsets.UTF_8));
        EvalResult r = new QuotesEval().run(data, "mini/split", "concord", options, System.nanoTime(),
                () -> new Oracle(docs));
        assertEquals("quotes", r.task());
        assertEquals("mini/split", r.data());
        assertEquals(1, r.n());
        assertEquals(1.0, r.metrics().get("content_f1_overlap"));
        assertEquals(0.75, r.metrics().get("content_f1_exact"), 1e-12, "the discontinuous E2 hull is not exact");
        assertEquals(1.0, r.metrics().get("speaker_accuracy"));
        assertEquals(1.0, r.metrics().get("end_to_end_f1"));
        assertEquals(1.0, r.metrics().get("direct_content_f1_overlap"));
        assertEquals(1.0, r.metrics().get("n_direct_gold"));
        assertEquals(1.0, r.metrics().get("n_skipped_files"));
        assertTrue(r.tokensPerS() > 0);
        String logged = log.toString(StandardCharsets.UTF_8);
        assertTrue(logged.contains("beta_2016-01-02_missing.txt") && logged.contains("missing .ann"), logged);
        assertTrue(logged.contains("quotes: 1/1 documents"), logged);
    }

    @Test
    void aFailingDocumentIsCountedNotScored() throws Exception {
        Path data = PolnearReaderTest.fixture();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        EvalOptions options = new EvalOptions(0, 1, new PrintStream(log, true, StandardCharsets.UTF_8));
        QuoteSystem broken = new QuoteSystem() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Output extract(String id, String text) {
                throw new IllegalStateException("boom");
            }
        };
        EvalResult r = new QuotesEval().run(data, "d", "concord", options, System.nanoTime(), () -> broken);
        assertEquals(0, r.n());
        assertEquals(1.0, r.metrics().get("n_failed_documents"));
        assertNull(r.tokensPerS());
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("alpha_2016-01-01_bridge"));
    }

    @Test
    void unknownSystemIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new QuotesEval()
                .run(Path.of("."), ".", "nope", EvalOptions.defaults()));
        assertTrue(e.getMessage().contains("nope"));
        assertEquals(List.of("concord", "corenlp"), new QuotesEval().systems());
    }
}
