package org.concord.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpansTest {
    @Test
    void normalisedDropsSpacesAndTrimsPunctuation() {
        String t = " \u201cA b\u00A0c.\u201d ";
        BitSet b = Spans.normalised(t, 0, t.length());
        assertEquals(3, b.cardinality());
        assertTrue(b.get(t.indexOf('A')) && b.get(t.indexOf('b')) && b.get(t.indexOf('c')));
        String inner = "well-known, \u2014 fine";
        BitSet i = Spans.normalised(inner, 0, inner.length());
        assertTrue(i.get(inner.indexOf('-')), "inner punctuation stays");
        assertTrue(i.get(inner.indexOf('\u2014')), "inner dash stays");
        assertEquals(0, Spans.normalised("\u201c...\u201d", 0, 5).cardinality());
    }

    @Test
    void normalisedJoinsFragments() {
        String t = "\u201cWe win,\u201d he said. \u201cWe do.\u201d";
        int a = t.indexOf("\u201cWe do");
        BitSet b = Spans.normalised(t, List.of(new Fragment(0, 9), new Fragment(a, t.length())));
        assertEquals("Wewin,\u201d\u201cWedo".length(), b.cardinality(), "inner marks between fragments stay");
    }

    @Test
    void quotationMarksPerParagraph() {
        String t = "He said \u201cyes\u201d and \"no\" then.\n\u201cOpen to the end\nNot \"this";
        BitSet in = Spans.insideQuotationMarks(t);
        assertTrue(in.get(t.indexOf('\u201c')) && in.get(t.indexOf('y')) && in.get(t.indexOf('\u201d')));
        assertFalse(in.get(t.indexOf("and")));
        assertTrue(in.get(t.indexOf("no")));
        assertFalse(in.get(t.indexOf("then")));
        assertTrue(in.get(t.indexOf("Open")) && in.get(t.indexOf(" end") + 1), "an open quotation runs to the "
                + "end of its paragraph");
        assertFalse(in.get(t.indexOf("Not")), "and no further");
        assertTrue(in.get(t.indexOf("this")));
    }
}
