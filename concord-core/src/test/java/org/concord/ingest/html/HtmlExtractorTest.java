package org.concord.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    private final HtmlExtractor x = HtmlExtractor.create();

    private static String lines(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("<p>Short line number ").append(i).append(" of the story.</p>");
        }
        return sb.toString();
    }

    @Test
    void aPageWrapperNamedLikeFurnitureDoesNotLoseTheArticle() {
        // short lines count as no prose, so the class name alone would remove everything; the lenient retry keeps it
        String html = "<html><body><div class=\"layout has-sidebar\"><div class=\"sidebar\">" + lines(12)
                + "</div></div></body></html>";
        Extraction e = x.extract(html, null);
        assertEquals(12, e.paragraphs().size(), e.paragraphs().toString());
    }

    @Test
    void metadataFallsBackToTheUrlAndHost() {
        String html = "<html><head><title>Storm closes the bridge | Coast FM</title></head><body><div><p>"
                + "The bridge closed at noon as gusts passed ninety kilometres an hour, the council said today."
                + "</p></div></body></html>";
        HtmlMetadata m = x.extract(html, "https://www.coastfm.example/news/2021/02/03/storm-bridge").metadata();
        assertEquals("Storm closes the bridge", m.title());
        assertEquals("coastfm.example", m.outlet());
        assertEquals("2021-02-03", m.published());
        assertEquals("url", m.publishedFrom());
        assertEquals(List.of(), m.authors());
        assertNull(m.language());
    }

    @Test
    void scriptBodiesGoButJsonLdStays() {
        String html = "<html><head><script>var s = '<p>no</p></div>';</script><SCRIPT type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-05-06\"}</SCRIPT><style>p{}</style></head>"
                + "<body><p>x</p></body></html>";
        String out = HtmlExtractor.withoutScriptBodies(html);
        assertFalse(out.contains("no</p>"));
        assertTrue(out.contains("\"datePublished\""));
        assertFalse(out.contains("p{}"));
        assertEquals("2020-05-06", x.extract(html, null).metadata().published());
        // an unclosed script leaves the rest as it is
        assertEquals("<p>a</p><script>b", HtmlExtractor.withoutScriptBodies("<p>a</p><script>b"));
    }

    @Test
    void nestingPastTheLimitIsRefused() {
        String deep = "<html><body>" + "<div>".repeat(200) + "text" + "</div>".repeat(200) + "</body></html>";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HtmlExtractor.create(100).extract(deep, null));
        assertTrue(e.getMessage().contains("--max-html-depth"));
    }

    @Test
    void decoderOrder() {
        byte[] cp = "caf\u00e9 \u2013 \u201cok\u201d".getBytes(Charset.forName("windows-1252"));
        assertEquals("caf\u00e9 \u2013 \u201cok\u201d", HtmlDecoder.decode(cp, null).text());
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertEquals("hi", HtmlDecoder.decode(bom, "iso-8859-1").text());
        byte[] latin1Declared = "<meta charset=\"ISO-8859-1\"><p>\u00e9t\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(latin1Declared, null);
        assertEquals("meta", d.how());
        assertTrue(d.text().contains("\u00e9t\u00e9"));
        // the transport's charset (a WARC record's HTTP header) wins over the meta tag
        byte[] utf8 = "<meta charset=\"windows-1252\"><p>\u00e9t\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        assertTrue(HtmlDecoder.decode(utf8, "utf-8").text().contains("\u00e9t\u00e9"));
    }

    @Test
    void aTitleInAnotherScriptDropsOnlyItsOwnRepeat() {
        // Chinese and Bengali letters are letters: the headline repeat goes, the body (same script) stays
        String html = "<html><head><title>\u5e02\u8bae\u4f1a\u901a\u8fc7\u65b0\u9884\u7b97</title></head><body>"
                + "<article><h2>\u5e02\u8bae\u4f1a\u901a\u8fc7\u65b0\u9884\u7b97</h2><p>\u5e02\u8bae\u4f1a\u5468"
                + "\u4e00\u4ee5\u591a\u6570\u7968\u901a\u8fc7\u4e86\u660e\u5e74\u7684\u9884\u7b97\uff0c\u5305"
                + "\u62ec\u65b0\u7684\u6865\u6881\u548c\u5b66\u6821\u3002</p><p>\u0986\u099c \u09b6\u09a8\u09bf"
                + "\u09ac\u09be\u09b0 \u09b8\u0995\u09be\u09b2\u09c7 \u09b8\u09ad\u09be \u09b9\u09af\u09bc\u09c7"
                + "\u099b\u09c7\u0964</p></article></body></html>";
        // the rules alone (the shipped block model drops the page's one-line last paragraph: five short words)
        Extraction e = HtmlExtractor.create(HtmlExtractor.DEFAULT_MAX_DEPTH, null).extract(html,
                "https://news.example/2020/08/1/");
        assertEquals(2, e.paragraphs().size(), e.paragraphs().toString());
        assertTrue(HtmlExtractor.normalizedEquals("\u0986\u099c \u09b6\u09a8\u09bf", "\u0986\u099c, \u09b6\u09a8\u09bf!"));
        assertFalse(HtmlExtractor.normalizedEquals("\u0986\u099c", "\u09b6\u09a8\u09bf"));
        assertFalse(HtmlExtractor.normalizedEquals("...", "!!!"));
    }
    private static String prose(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("<p>The council met on Tuesday, heard from residents, and voted to keep the bridge closed ")
                    .append("until engineers finish paragraph ").append(i).append(" of their report.</p>");
        }
        return sb.toString();
    }

    @Test
    void aBodyWrittenOnlyInsideNoscriptIsRead() {
        String html = "<html><body><div class=\"post-body\"><noscript>" + prose(3) + "</noscript></div>"
                + "<div><noscript><img src=\"a.png\">Please enable JavaScript.</noscript></div></body></html>";
        Extraction e = x.extract(html, null);
        assertEquals(3, e.paragraphs().size(), e.paragraphs().toString());
        assertFalse(e.text().contains("enable JavaScript"), e.text());
    }
}
