package org.concord.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueLexiconTest {
    private static CueLexicon parse(String s) throws IOException {
        return CueLexicon.read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void contextBacksOffToTheFormWhenRare() throws IOException {
        CueLexicon lex = parse("# test\ncalled\t10\t100\ncalled for\t9\t10\ncalled on\t1\t2\n");
        assertEquals(0.9, lex.probability("Called", "for"), 1e-9);
        // "called on" was seen twice: too rare, back off to "called"
        assertEquals(0.1, lex.probability("called", "on"), 1e-9);
        // a next word that is not a context word is the "_" class, unseen here: back off
        assertEquals(0.1, lex.probability("called", "Smith"), 1e-9);
        assertEquals(0.0, lex.probability("walked", null), 1e-9);
    }

    @Test
    void countsWordsInsideCueSpansAndRoundTrips() throws IOException {
        CueLexicon.Counter c = new CueLexicon.Counter();
        String text = "He said so. She said that. They said it. We said no. It rained.";
        List<int[]> cues = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 0; i < 3; i++) {
            int k = text.indexOf("said", from);
            cues.add(new int[] {k, k + 4});
            from = k + 1;
        }
        c.add(text, cues);
        CueLexicon lex = c.build(2);
        // "said _" (next word not a context word): so, it (cues), no (not) = 2 of 3
        assertEquals(2.0 / 3, lex.probability("said", "no"), 1e-9);
        StringWriter w = new StringWriter();
        lex.write(w, "provenance line");
        assertTrue(w.toString().startsWith("# provenance line\n"));
        CueLexicon back = parse(w.toString());
        assertEquals(lex.size(), back.size());
        assertEquals(2.0 / 3, back.probability("said", "no"), 1e-9);
    }

    @Test
    void malformedLinesNameTheLine() {
        IOException e = assertThrows(IOException.class, () -> parse("said\t1\n"));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void theStandardLexiconIsLoaded() {
        CueLexicon lex = CueLexicon.standard();
        assertTrue(lex.size() > 1000);
        assertTrue(lex.probability("said", "that") > 0.8);
        assertTrue(lex.probability("the", null) < 0.05);
    }
}
