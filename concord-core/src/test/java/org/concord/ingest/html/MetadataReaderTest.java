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

    @Test
    void authorNamesAreCleanedAndWhatIsNotANameIsDropped() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (String n : java.util.List.of("By Jane Roe,", "Von Jane Roe", "View all posts by Max Mustermann \u2192",
                "coastfm.example", "Coast FM", "jane@example.org", "Nicolas Gutierrez C.", "Ann Lee.")) {
            MetadataReader.addName(names, n, "Coast FM", "coastfm.example");
        }
        assertEquals(java.util.List.of("Jane Roe", "Max Mustermann", "Nicolas Gutierrez C.", "Ann Lee"),
                java.util.List.copyOf(names));
    }

    @Test
    void bylinesInSidebarsAreNotTheArticlesAuthors() {
        String html = "<html><body><article><div class=byline><span itemprop=author>Jane Roe</span> and <span "
                + "itemprop=author>Max Mustermann</span></div><p>The council met on Monday.</p></article>"
                + "<div class=related><ul><li><span itemprop=author>Other Writer</span></li></ul></div>"
                + "<ul class=list><li><div><span itemprop=author>Third Writer</span></div></li></ul></body></html>";
        HtmlMetadata m = MetadataReader.read(org.jsoup.Jsoup.parse(html), null);
        assertEquals(java.util.List.of("Jane Roe", "Max Mustermann"), m.authors());
    }

    @Test
    void theOutletIsTheSitesNameNotASectionOrTheSoftware() {
        String html = "<html><head><meta property=og:site_name content=\"U.S.\"><meta property=article:section "
                + "content=\"U.S.\"><meta name=generator content=\"escenic 5.4\"><meta property=og:title content="
                + "escenic><title>Bridge closes | Daily Example</title></head><body><p>Text.</p></body></html>";
        HtmlMetadata m = MetadataReader.read(org.jsoup.Jsoup.parse(html), "https://www.dailyexample.com/us/bridge");
        assertEquals("dailyexample.com", m.outlet());
        assertEquals("Bridge closes", m.title());
        String named = "<html><head><meta name=application-name content=\"Daily Example\"><script type="
                + "\"application/ld+json\">{\"@type\": \"NewsArticle\", \"publisher\": {\"name\": \"Daily Example "
                + "Media\"}}</script></head><body></body></html>";
        assertEquals("Daily Example Media", MetadataReader.read(org.jsoup.Jsoup.parse(named),
                "https://dailyexample.com/a").outlet());
        String app = "<html><head><meta name=application-name content=\"Daily Example\"></head><body></body></html>";
        assertEquals("Daily Example", MetadataReader.read(org.jsoup.Jsoup.parse(app), "https://dailyexample.com/a")
                .outlet());
        String cms = "<html><head><meta name=application-name content=\"Arc XP\"></head><body></body></html>";
        assertEquals("dailyexample.com", MetadataReader.read(org.jsoup.Jsoup.parse(cms), "https://dailyexample.com/a")
                .outlet());
    }
}
