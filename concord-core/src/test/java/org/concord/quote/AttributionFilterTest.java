package org.concord.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributionFilterTest {
    private static final AttributionFilter FILTER = AttributionFilter.of(
            Map.of(AttributionFilter.BIAS, -1.0, "good", 3.0, "long", 0.5, "bad", -4.0), 0.6);

    private static QuoteMention mention(int start, int end) {
        return new QuoteMention("d", start, end, "x".repeat(end - start), "said", -1, -1, false, "X", -1, -1,
                SpeakerKind.NAME);
    }

    @Test
    void probabilityIsTheLogisticOfTheSummedWeights() {
        assertEquals(1 / (1 + Math.exp(1.0)), FILTER.probability(List.of()), 1e-12);
        assertEquals(1 / (1 + Math.exp(-2.5)), FILTER.probability(List.of("good", "long", "unknown")), 1e-12);
    }

    @Test
    void selectKeepsTheBestOfAGroupAboveTheThresholdAndNoOverlappingExtra() {
        AttributionCandidate rule = new AttributionCandidate(mention(0, 10), AttributionCandidate.RULE,
                List.of("good"), 0);
        AttributionCandidate shortExtra = new AttributionCandidate(mention(20, 30), AttributionCandidate.EXTRA,
                List.of("good"), 1);
        AttributionCandidate longExtra = new AttributionCandidate(mention(20, 40), AttributionCandidate.EXTRA,
                List.of("good", "long"), 1);
        AttributionCandidate rejected = new AttributionCandidate(mention(50, 60), AttributionCandidate.RULE,
                List.of("bad"), 2);
        AttributionCandidate clashing = new AttributionCandidate(mention(5, 15), AttributionCandidate.EXTRA,
                List.of("good"), 3);
        List<QuoteMention> kept = FILTER.select(List.of(rule, shortExtra, longExtra, rejected, clashing));
        assertEquals(List.of(mention(0, 10), mention(20, 40)), kept);
    }

    @Test
    void writesAndReadsTheSameTable() throws IOException {
        StringWriter w = new StringWriter();
        FILTER.write(w, "test table\nsecond line");
        AttributionFilter back = AttributionFilter.read(new ByteArrayInputStream(
                w.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(0.6, back.threshold(), 1e-12);
        assertEquals(FILTER.size(), back.size());
        assertEquals(FILTER.probability(List.of("good", "bad")), back.probability(List.of("good", "bad")), 1e-9);
        assertTrue(w.toString().startsWith("# test table\n# second line\nthreshold\t0.6000\n"));
    }

    @Test
    void refusesATableWithoutThresholdOrWithBadWeights() {
        assertThrows(IOException.class, () -> AttributionFilter.read(new ByteArrayInputStream(
                "good\t1.0\n".getBytes(StandardCharsets.UTF_8))));
        IOException e = assertThrows(IOException.class, () -> AttributionFilter.read(new ByteArrayInputStream(
                "threshold\t0.5\ngood\tmany\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AttributionFilter.of(Map.of(), 1.5));
        IOException twice = assertThrows(IOException.class, () -> AttributionFilter.read(new ByteArrayInputStream(
                "threshold\t0.5\ngood\t1.0\ngood\t2.0\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(twice.getMessage().contains("'good' given twice"), twice.getMessage());
        IOException range = assertThrows(IOException.class, () -> AttributionFilter.read(new ByteArrayInputStream(
                "threshold\t1.5\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(range.getMessage().contains("line 1"), range.getMessage());
    }

    @Test
    void theStandardFilterLoads() {
        AttributionFilter f = AttributionFilter.standard();
        assertTrue(f.size() > 100, "weights: " + f.size());
        assertTrue(f.threshold() > 0 && f.threshold() < 1);
    }
}
