package org.concord.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (SentenceSplitter.Span s : SentenceSplitter.split(text)) {
            out.add(text.substring(s.start(), s.end()));
        }
        return out;
    }

    @Test
    void splitsAtFinalPunctuationBeforeACapitalAndAtBlankLines() {
        assertEquals(List.of("Headline without a stop", "Saturday, January 8, 2005", "The ship sank.",
                        "Rescuers came!", "\"Was it safe?\" he asked.", "Nobody knew."),
                split("Headline without a stop\n\nSaturday, January 8, 2005\n\nThe ship sank.  Rescuers "
                        + "came! \"Was it safe?\" he asked. Nobody knew."));
    }

    @Test
    void keepsAbbreviationsInitialsAndDecimalsInside() {
        assertEquals(List.of("Mr. Smith met Dr. J. Jones in the U.S. capital at 3.5 p.m. on Friday.",
                        "They left."),
                split("Mr. Smith met Dr. J. Jones in the U.S. capital at 3.5 p.m. on Friday. They left."));
    }

    @Test
    void lineWrappedTextIsOneSentence() {
        assertEquals(List.of("The bill was passed\nby the Senate on a voice vote.", "It was signed."),
                split("The bill was passed\nby the Senate on a voice vote. It was signed."));
    }
}
