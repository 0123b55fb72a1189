package org.concord.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MetadataReaderTest {
    @Test
    void aTitlePartThatNamesTheSiteIsDropped() {
        assertEquals("Storm closes the bridge", MetadataReader.headline("Storm closes the bridge | Coast FM",
                "Coast FM", "coastfm.example"));
        // the host's name, with or without its suffix, spaces and case aside
        assertEquals("La voix des nuls", MetadataReader.headline("La voix des nuls | ARTE Radio", null,
                "arteradio.com"));
        assertEquals("Rally stage in Rheinfelden", MetadataReader.headline("Rally stage in Rheinfelden - AutoSprintCH",
                null, "autosprint.ch"));
        assertEquals("New rules for vaccination records", MetadataReader.headline("BMAS - New rules for vaccination "
                + "records", null, "bmas.de"));
        // a part that does not name the site stays, and so does a colon
        assertEquals("Paris 2024 - Drinks by boat to the centre", MetadataReader.headline("Paris 2024 - Drinks by "
                + "boat to the centre", "Daily Example", "daily.example"));
        assertEquals("Chronicle: a writer dies", MetadataReader.headline("Chronicle: a writer dies", null, null));
    }

    @Test
    void entitiesAreDecodedAndPlaceholdersRefused() {
        assertEquals("Spas & thermal springs", MetadataReader.headline("Spas &#038; thermal  springs", null, null));
        assertNull(MetadataReader.headline("null", null, null));
        assertNull(MetadataReader.headline(" undefined ", null, null));
        assertNull(MetadataReader.headline("  ", null, null));
    }
}
