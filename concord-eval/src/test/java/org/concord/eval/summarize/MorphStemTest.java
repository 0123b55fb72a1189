package org.concord.eval.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ROUGE-1.5.5's MorphStem: WordNet's irregular forms first, then Porter; words of three letters or fewer as they are. */
class MorphStemTest {
    @Test
    void irregularFormsTakeTheirWordNetBase() {
        assertTrue(WordNetExceptions.size() > 4000, "the four WordNet exception lists are loaded");
        assertEquals("say", Rouge.morphStem("said"));
        assertEquals("child", Rouge.morphStem("children"));
        assertEquals("go", Rouge.morphStem("went"));
        // regular words go through Porter
        assertEquals("station", Rouge.morphStem("stations"));
    }

    @Test
    void tokensApplyItOnlyToWordsLongerThanThree() {
        Rouge r = Rouge.of(0, true, true, 0.5);
        // "ran" has three letters: kept as written, as ROUGE-1.5.5 does
        assertEquals(List.of("say", "ran", "child"), r.tokens("Said ran children"));
    }
}
