package org.concord.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A posted document gets its language as {@code analyze} gives a file's: declared unless the text says otherwise. */
class DocumentInputLanguageTest {
    private static final String GERMAN = "Der Stadtrat hat am Montag beschlossen, die alte Brücke über den Fluss im "
            + "kommenden Frühjahr zu sanieren. Die Arbeiten sollen etwa sechs Monate dauern, und während dieser Zeit "
            + "wird der Verkehr über die neue Umgehungsstraße geleitet, sagte die Bürgermeisterin.";

    @Test
    void postedTextAndPagesGetTheirLanguage() {
        DocumentInput text = new DocumentInput("a", null, null, "Brücke", "2020-03-02", GERMAN, null, "{}");
        assertEquals("de", text.article().language());
        // a page declaring English whose text is German is German
        DocumentInput page = new DocumentInput("b", "https://example.org/b", null, null, null, null,
                "<html lang=en><body><article><p>" + GERMAN + "</p></article></body></html>", "{}");
        assertEquals("de", page.article().language());
    }
}
