package org.concord.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.concord.model.RemovalReason;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
    @Test
    void readAlsoLabelsInOtherLanguagesAreFurniture() {
        for (String line : new String[] {"Lesen Sie auch", "Das könnte Sie auch interessieren!", "Mehr zum Thema",
                "Veja Também:", "Empfohlene Beiträge", "Kommentare schreiben", "Comments are closed."}) {
            assertEquals(RemovalReason.PAGE_FURNITURE, Boilerplate.pageLine(line), line);
        }
    }

    @Test
    void readAlsoPromptsAndPictureCreditsWithTextAfterTheLabelAreDropped() {
        for (String line : new String[] {"Le puede interesar: JEP abrirá tres nuevos macrocasos",
                "Auch lesen: Diese drei Sternzeichen", "À lire aussi » Ballonnements, lourdeurs",
                "Czytaj też: Wyścig zbrojeń ruszył"}) {
            assertEquals(RemovalReason.RELATED_LINK, Boilerplate.pageLine(line), line);
        }
        assertEquals(RemovalReason.PHOTO_CREDIT, Boilerplate.pageLine("Crédits photos : Agence"));
        assertEquals(RemovalReason.PHOTO_CREDIT, Boilerplate.pageLine("Foto: Stadtarchiv"));
        assertEquals(RemovalReason.TAGS, Boilerplate.pageLine(
                "This entry was posted in Travel and tagged harbour, ferries. Bookmark the permalink."));
    }

    @Test
    void sentencesThatMerelyStartWithSuchWordsStay() {
        // no label-and-colon, and longer than a label: body text
        assertNull(Boilerplate.pageLine("Lesen Sie auch dann weiter, wenn der Anfang schwer fällt, rät die Autorin."));
        assertNull(Boilerplate.pageLine("Teilen ist für die Genossenschaft das wichtigste Prinzip ihrer Arbeit."));
        assertNull(Boilerplate.pageLine("Bilder aus dem Archiv zeigen, wie die Brücke 1950 aussah."));
    }
}
