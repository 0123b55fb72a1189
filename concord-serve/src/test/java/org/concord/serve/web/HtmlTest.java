package org.concord.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void textAndAttributesAreEscaped() {
        Html h = new Html();
        h.el("a", "<b>&\"x'</b>", "href", "/x?a=1&b=\"2\"", "title", "<script>", "data-no", null);
        assertEquals("<a href=\"/x?a=1&amp;b=&quot;2&quot;\" title=\"&lt;script&gt;\">&lt;b&gt;&amp;&quot;x&#39;"
                + "&lt;/b&gt;</a>", h.toString());
    }

    @Test
    void namesMustBeTheCodesOwn() {
        assertThrows(IllegalArgumentException.class, () -> new Html().open("a onclick=x"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("a", "on click", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("a", "href"));
    }

    @Test
    void documentTextIsCutAtEveryMarkWithOneAnchorPerSpan() {
        Html h = new Html();
        DocumentPage.text(h, "ab<cd>ef", List.of(new DocumentPage.Mark(2, 6, true), new DocumentPage.Mark(4, 8,
                false)));
        assertEquals("ab<span id=\"s-2-6\" class=\"anchor\"></span><mark class=\"quote\">&lt;c</mark>"
                + "<span id=\"s-4-8\" class=\"anchor\"></span><mark class=\"quote cited\">d&gt;</mark>"
                + "<mark class=\"cited\">ef</mark>", h.toString());
    }

    @Test
    void searchPassagesAreReadBackAndWrittenAsText() {
        Html h = new Html();
        SearchPage.passage(h, "a &lt;script&gt; <b>ferry</b> &amp;&#x27; <i>x</i>");
        assertEquals("a &lt;script&gt; <mark>ferry</mark> &amp;&#39; &lt;i&gt;x&lt;/i&gt;", h.toString());
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertEquals(true, DocumentPage.webAddress("https://example.org/a"));
        assertEquals(false, DocumentPage.webAddress("javascript:alert(1)"));
        assertEquals(false, DocumentPage.webAddress(" data:text/html,x"));
    }

    @Test
    void chartBarsGroupLongSpans() {
        java.util.Map<String, Integer> perDay = new java.util.TreeMap<>();
        perDay.put("2023-01-01", 2);
        perDay.put("2023-01-03", 1);
        assertEquals(List.of(new Charts.Bar(java.time.LocalDate.parse("2023-01-01"), 1, 2),
                new Charts.Bar(java.time.LocalDate.parse("2023-01-02"), 1, 0),
                new Charts.Bar(java.time.LocalDate.parse("2023-01-03"), 1, 1)), Charts.bars(perDay));
        perDay.put("2023-12-31", 4);
        List<Charts.Bar> bars = Charts.bars(perDay);
        assertEquals(true, bars.size() <= Charts.MAX_BARS);
        assertEquals(7, bars.stream().mapToInt(Charts.Bar::documents).sum());
    }
}
