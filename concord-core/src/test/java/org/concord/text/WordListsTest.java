package org.concord.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shared word lists load, keep their distinct members, and a malformed table names its problem. */
class WordListsTest {
    @Test
    void listsKeepTheirOwnMembers() {
        assertEquals(Set.of("he", "she", "they", "i", "we", "it"), Pronouns.SPEAKERS);
        assertTrue(!Pronouns.FORMS.contains("itself") && Pronouns.THING.contains("itself"));
        assertTrue(Pronouns.NOT_A_NAME.contains("who") && !Pronouns.NOT_A_NAME.contains("theirs"));
        assertEquals("they", Pronouns.subjectForm("their"));
        assertEquals("she", Pronouns.subjectForm("her"));
        assertEquals("hers", Pronouns.subjectForm("hers"));
        assertEquals(Set.of("be", "have", "do", "get", "take", "make", "give"), Verbs.LIGHT);
        assertTrue(Verbs.SPEECH.contains("say") && Verbs.REPORT.contains("believe"));
        assertFalse(Verbs.SPEECH.contains("believe"));
        assertTrue(StopWords.STORIES.containsAll(StopWords.BASELINE));
        assertTrue(StopWords.TERMS.contains("accord") && !StopWords.SUMMARY.contains("accord"));
        assertFalse(StopWords.SUMMARY.contains("monday"));
    }

    @Test
    void numberWords() {
        assertEquals(0, NumberWords.value("zero"));
        assertEquals(19, NumberWords.value("nineteen"));
        assertEquals(90, NumberWords.value("ninety"));
        assertEquals(-1, NumberWords.value("hundred"));
        assertEquals(-1, NumberWords.value(""));
        assertEquals(28, NumberWords.values().size());
    }

    @Test
    void malformedTablesAreRefusedByLine() {
        IllegalStateException list = assertThrows(IllegalStateException.class,
                () -> WordTable.read("stop-words.tsv", List.of("summary", "terms", "stories"), false));
        assertTrue(list.getMessage().contains("unknown list 'baseline'"), list.getMessage());
        IllegalStateException shape = assertThrows(IllegalStateException.class,
                () -> WordTable.read("verbs.tsv", List.of("speech", "report", "light"), true));
        assertTrue(shape.getMessage().startsWith("verbs.tsv line "), shape.getMessage());
        assertThrows(IllegalStateException.class, () -> WordTable.read("no-such.tsv", List.of("x"), false));
    }
}
