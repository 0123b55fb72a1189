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

class SpeakerConfidenceTest {
    private static final SpeakerConfidence MODEL = SpeakerConfidence.of(
            Map.of(SpeakerConfidence.BIAS, 0.5, "kind=name", 2.0, "kind=pronoun", -1.5), 0.7);

    @Test
    void probabilityIsTheLogisticOfTheSummedWeightsAndUnknownFeaturesCountNothing() {
        assertEquals(1 / (1 + Math.exp(-0.5)), MODEL.probability(List.of()), 1e-12);
        assertEquals(1 / (1 + Math.exp(-2.5)), MODEL.probability(List.of("kind=name", "never-seen")), 1e-12);
        assertTrue(MODEL.probability(List.of("kind=pronoun")) < MODEL.probability(List.of("kind=name")));
        assertEquals(List.of("kind=name"), MODEL.known(List.of("kind=name", "never-seen")));
    }

    @Test
    void writesAndReadsTheSameTable() throws IOException {
        StringWriter w = new StringWriter();
        MODEL.write(w, List.of("test table", "second line"));
        String text = w.toString();
        assertTrue(text.startsWith("# test table\n# second line\nthreshold\t0.70\n"), text);
        SpeakerConfidence back = SpeakerConfidence.read(new ByteArrayInputStream(
                text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0.7, back.threshold(), 1e-12);
        assertEquals(MODEL.probability(List.of("kind=name")), back.probability(List.of("kind=name")), 1e-9);
    }

    @Test
    void aBrokenTableIsRefusedWithItsLine() {
        IOException noThreshold = assertThrows(IOException.class, () -> SpeakerConfidence.read(stream("BIAS\t1\n")));
        assertTrue(noThreshold.getMessage().contains("threshold"), noThreshold.getMessage());
        IOException notNumber = assertThrows(IOException.class,
                () -> SpeakerConfidence.read(stream("threshold\t0.5\nBIAS\tx\n")));
        assertTrue(notNumber.getMessage().contains("line 2"), notNumber.getMessage());
        IOException twice = assertThrows(IOException.class,
                () -> SpeakerConfidence.read(stream("threshold\t0.5\nBIAS\t1\nBIAS\t2\n")));
        assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
        assertThrows(IOException.class, () -> SpeakerConfidence.read(stream("threshold\t1.5\nBIAS\t1\n")));
        assertThrows(IllegalArgumentException.class, () -> MODEL.withThreshold(-0.1));
    }

    @Test
    void theDefaultThresholdIsTheLowestWhosePrecisionHoldsWithConfidence() {
        // 200 speakers: 100 at 0.95 all right, 100 at 0.6 of which 80 right
        double[] p = new double[200];
        boolean[] right = new boolean[200];
        for (int i = 0; i < 200; i++) {
            p[i] = i < 100 ? 0.95 : 0.6;
            right[i] = i < 100 || i < 180;
        }
        // at 0.61..0.95: 100 of 100 right, Wilson lower bound 0.963; at 0.60: 180 of 200 (0.90)
        assertEquals(0.61, SpeakerConfidence.thresholdFor(p, right, 0.95), 1e-9);
        assertEquals(0.0, SpeakerConfidence.thresholdFor(p, right, 0.85), 1e-9);
        // 10 of 10 right is not enough evidence for 0.95 (lower bound 0.72)
        assertEquals(1.0, SpeakerConfidence.thresholdFor(new double[] {0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9,
            0.9}, new boolean[] {true, true, true, true, true, true, true, true, true, true}, 0.95), 1e-9);
        assertEquals(0.7225, SpeakerConfidence.wilsonLower(10, 10), 1e-3);
        assertThrows(IllegalArgumentException.class,
                () -> SpeakerConfidence.thresholdFor(new double[1], new boolean[2], 0.9));
    }

    @Test
    void theShippedModelLoadsWithAThresholdInRange() {
        SpeakerConfidence standard = SpeakerConfidence.standard();
        assertTrue(standard.threshold() >= 0 && standard.threshold() <= 1);
        double p = standard.probability(List.of("kind=name"));
        assertTrue(p > 0 && p < 1);
    }

    @Test
    void bucketsSayAtLeast() {
        assertEquals("0+", SpeakerEvidence.bucket(0, 0, 1, 2));
        assertEquals("1+", SpeakerEvidence.bucket(1, 0, 1, 2));
        assertEquals("2+", SpeakerEvidence.bucket(7, 0, 1, 2));
        assertEquals("<1", SpeakerEvidence.bucket(0, 1, 4));
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
