package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchStageRatesTest {
    @Test
    void eachStageGetsItsRateWithEveryThreadOnItAndItsShareOfTheStageTime() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("annotate", 90.0);
        seconds.put("entities", 8.0);
        seconds.put("quotes", 2.0);
        Map<String, Map<String, Double>> rates = BenchCommand.stageRates(seconds, 100_000, 2);
        assertEquals(90.0, rates.get("annotate").get("elapsed_s"));
        assertEquals(100_000 * 2 / 90.0, rates.get("annotate").get("tokens_per_s"), 0.001);
        assertEquals(0.9, rates.get("annotate").get("share"));
        assertEquals(0.08, rates.get("entities").get("share"));
        assertEquals(100_000.0, rates.get("quotes").get("tokens_per_s"));
        assertEquals("annotate 2,222 90.0%, entities 25,000 8.0%, quotes 100,000 2.0%",
                BenchCommand.stageLine(rates));
    }
}
