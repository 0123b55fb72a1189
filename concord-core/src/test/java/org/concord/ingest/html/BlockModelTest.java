package org.concord.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.concord.model.RemovalReason;
import org.concord.model.Removed;
import org.junit.jupiter.api.Test;

class BlockModelTest {
    private static final String PAGE = "<html><head><title>Tide tables change</title></head><body>"
            + "<nav><a href=/a>Home</a> <a href=/b>World news and more</a></nav>"
            + "<div class=\"story\"><p>The harbour office published new tide tables on Monday, after a survey of the"
            + " channel found the sand bar had moved south by forty metres.</p>"
            + "<p>Skippers were told to check the tables before leaving port, the office said in a statement.</p>"
            + "<p>The survey boat will return in spring, when the winter storms have passed over the bay.</p></div>"
            + "<div class=\"related\"><ul><li><a href=/c>Ferry timetable for the winter season announced</a></li>"
            + "<li><a href=/d>Lighthouse keeper retires after forty years of service</a></li></ul></div>"
            + "</body></html>";

    private static BlockModel parse(String table) throws IOException {
        return BlockModel.parse(new BufferedReader(new StringReader(table)));
    }

    @Test
    void theTableIsParsedAndCheckedLineByLine() throws IOException {
        BlockModel m = parse("# comment\nthreshold\t0.70\ndrop_below\t0.20\nbias\t0.5\nrule\t2.0\n");
        assertEquals(0.70, m.threshold());
        assertEquals(0.20, m.dropBelow());
        double[] v = new double[BlockFeatures.NAMES.size()];
        v[0] = 1;
        assertEquals(1 / (1 + Math.exp(-0.5)), m.probability(v), 1e-12);
        // without drop_below the one threshold serves both ways
        assertEquals(0.6, parse("threshold\t0.6\n").dropBelow());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse("threshold\t0.5\n"
                + "bias 1\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> parse("threshold\t0.5\nno_such_feature\t1\n"));
        assertTrue(e.getMessage().contains("no_such_feature"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> parse("bias\t1\n"));
        assertThrows(IllegalArgumentException.class, () -> new BlockModel(Map.of(), 0.5, 0.6));
    }

    @Test
    void theModelOverrulesTheRulesOnlyPastItsThresholds() {
        BlockModel m = new BlockModel(Map.of("bias", 0.0), 0.7, 0.3); // every block at probability 0.5
        double[] kept = new double[BlockFeatures.NAMES.size()];
        kept[1] = 1;
        double[] dropped = new double[BlockFeatures.NAMES.size()];
        assertTrue(m.keep(kept));
        assertFalse(m.keep(dropped));
        BlockModel eager = new BlockModel(Map.of("bias", 0.0), 0.4, 0.4);
        assertTrue(eager.keep(dropped));
        BlockModel strict = new BlockModel(Map.of("bias", 0.0), 0.6, 0.6);
        assertFalse(strict.keep(kept));
    }

    @Test
    void aDropOnlyModelNeverAddsWhatTheRulesDrop() throws IOException {
        BlockModel m = parse("threshold\t1.0\ndrop_below\t0.3\nbias\t5.0\n"); // every block at probability ~1
        assertTrue(m.dropOnly());
        double[] dropped = new double[BlockFeatures.NAMES.size()];
        dropped[0] = 1;
        assertFalse(m.keep(dropped));
        assertFalse(m.keepShort(dropped));
        double[] partly = dropped.clone();
        partly[1] = 0.2; // the rules keep a fifth of it: it stays unless the model is sure it is furniture
        assertTrue(m.keep(partly));
        assertTrue(m.keepShort(partly));
        BlockModel low = new BlockModel(Map.of("bias", -5.0), 1.0, 0.3);
        assertFalse(low.keep(partly));
        // even a model that would keep every block gives the rules' text, and one that never drops too
        Extraction rules = HtmlExtractor.create(100, null).extract(PAGE, null);
        assertEquals(rules.paragraphs(), HtmlExtractor.create(100, m).extract(PAGE, null).paragraphs());
        assertEquals(rules.paragraphs(), HtmlExtractor.create(100, new BlockModel(Map.of(), 1.0, 0.0))
                .extract(PAGE, null).paragraphs());
    }

    @Test
    void blockRowsCarryTheRulesVerdict() {
        List<BlockFeatures.Row> rows = HtmlExtractor.create(100, null).blockRows(PAGE, null);
        assertEquals(List.of("Home World news and more", "The harbour office published new tide tables on Monday, "
                        + "after a survey of the channel found the sand bar had moved south by forty metres.",
                "Skippers were told to check the tables before leaving port, the office said in a statement.",
                "The survey boat will return in spring, when the winter storms have passed over the bay.",
                "Ferry timetable for the winter season announced", "Lighthouse keeper retires after forty years of service"),
                rows.stream().map(BlockFeatures.Row::text).toList());
        int rule = BlockFeatures.NAMES.indexOf("rule");
        int linkDensity = BlockFeatures.NAMES.indexOf("link_density");
        assertEquals(List.of(0.0, 1.0, 1.0, 1.0, 0.0, 0.0), rows.stream().map(r -> r.values()[rule]).toList());
        assertEquals(1.0, rows.get(4).values()[linkDensity]);
        for (BlockFeatures.Row r : rows) {
            assertEquals(BlockFeatures.NAMES.size(), r.values().length);
            for (double v : r.values()) {
                assertTrue(v >= 0 && v <= 1, r.text() + ": " + v);
            }
        }
    }

    @Test
    void aModelThatDefersToTheRulesGivesTheRulesText() {
        Extraction rules = HtmlExtractor.create(100, null).extract(PAGE, null);
        Extraction deferring = HtmlExtractor.create(100, new BlockModel(Map.of(), 0.99, 0.0)).extract(PAGE, null);
        assertEquals(rules.paragraphs(), deferring.paragraphs());
        assertEquals(3, rules.paragraphs().size());
    }

    @Test
    void blocksTheModelRestoresAreNoLongerListedAsRemoved() {
        // a model that keeps every block of four words or more: the related links come back
        Extraction all = HtmlExtractor.create(100, new BlockModel(Map.of("bias", 5.0), 0.5, 0.5)).extract(PAGE,
                null);
        assertTrue(all.paragraphs().contains("Ferry timetable for the winter season announced"), all.toString());
        for (Removed r : all.removed()) {
            assertFalse(r.text().contains("Ferry timetable"), r.toString());
        }
        // and one that drops every block the rules keep says why
        Extraction none = HtmlExtractor.create(100, new BlockModel(Map.of("bias", -5.0), 0.5, 0.5)).extract(PAGE,
                null);
        assertEquals(List.of(), none.paragraphs());
        assertEquals(3, none.removed().stream().filter(r -> r.reason() == RemovalReason.LOW_CONTENT_SCORE).count());
    }
}
