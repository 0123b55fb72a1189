package org.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.model.Claim;
import org.concord.model.ClaimStatus;
import org.concord.model.Document;
import org.concord.model.Entity;
import org.concord.model.EntityType;
import org.concord.model.Occurrence;
import org.concord.model.Quote;
import org.concord.model.Related;
import org.concord.model.Report;
import org.concord.model.Skipped;
import org.concord.model.Speaker;
import org.concord.model.Span;
import org.concord.model.Story;
import org.concord.model.SummarySentence;
import org.concord.model.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * The HTML report as a reader meets it (issue 20): landmarks, a story index with anchors, follow-ups linked both
 * ways, folding sections, tables that scroll on a phone, sources named by outlet and title, nothing fetched from
 * elsewhere, and markup in any record shown as text.
 */
class HtmlReportTest {
    private static final String XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
    private static final String TEXT = "The mayor said \u201cwe will talk " + XSS + "\u201d on Tuesday.\nA second line.";

    /** Two stories, the second a follow-up of the first named on its side only; every string carries markup. */
    static Report hostile() {
        Document d1 = new Document("d1", "d1.txt", "Herald" + XSS, "Title " + XSS, "2023-03-14", false, TEXT,
                List.of(), null);
        Document d2 = new Document("d 2/\"x\"", "d2.txt", null, null, null, false, TEXT, List.of(), "d1");
        Document d3 = new Document("d3", "d3.txt", "Ledger", "Later " + XSS, "2023-04-04", true, TEXT, List.of(),
                null);
        int qs = TEXT.indexOf("we will");
        int qe = TEXT.indexOf('\u201d');
        Occurrence o1 = new Occurrence("d1", qs, qe, TEXT.substring(qs, qe), "said", true);
        Occurrence o2 = new Occurrence("d 2/\"x\"", qs, qs + 12, TEXT.substring(qs, qs + 12), "said", true);
        Quote q = new Quote("q1", TEXT.substring(qs, qe), new Speaker("Mayor " + XSS, null), List.of(o1, o2), 0.9);
        Span all = new Span("d1", 0, TEXT.indexOf('\n'));
        Story s1 = new Story("s-1", "Headline " + XSS, List.of("d1", "d 2/\"x\""), List.of(),
                List.of(new SummarySentence("Summary " + XSS, List.of(all, new Span("d 2/\"x\"", 0, 10)))),
                List.of(new Entity("e1", "Name " + XSS, EntityType.PERSON, List.of("Alias " + XSS),
                        List.of("Mayor " + XSS), List.of("d1"), 2)),
                List.of(q), List.of(new TimelineEntry("2023-03-14", "Event " + XSS, List.of(all))),
                List.of(new Claim("Claim " + XSS, ClaimStatus.SINGLE_SOURCE, List.of(all), 1, List.of())));
        Story s2 = new Story("s-2", "Follow-up " + XSS, List.of("d3"), List.of(new Related("s-1", "follow-up-of")),
                List.of(new SummarySentence("Later.", List.of(new Span("d3", 0, 5)))), List.of(), List.of(),
                List.of(), List.of());
        return new Report(List.of(d1, d2, d3), List.of(s1, s2), List.of(new Skipped("bad " + XSS, "why " + XSS)));
    }

    private static String html() throws IOException {
        return ReportWritersTest.render(ReportWriters.html(), hostile());
    }

    @Test
    void markupInAnyRecordIsShownAsText() throws IOException {
        String html = html();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("onerror=alert(2)>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;"
                + "&amp;"), html);
        // every place a record's text goes: headline, index, summary, quote, speaker, entity, claim, timeline,
        // document titles and texts, skipped inputs
        for (String label : List.of("Headline ", "Follow-up ", "Summary ", "Mayor ", "Name ", "Alias ", "Claim ",
                "Event ", "Title ", "Later ", "bad ", "why ", "we will talk ")) {
            assertTrue(html.contains(label + "&lt;script&gt;"), label);
        }
        // an id with quotes and spaces cannot leave its attribute
        assertTrue(html.contains("id=\"doc-d_20_2_2f__22_x_22_\""), html);
        assertFalse(html.contains("\"x\""), html);
    }

    @Test
    void thePageHasLandmarksALanguageAViewportAndNothingFromElsewhere() throws IOException {
        String html = html();
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), html);
        for (String tag : List.of("<header>", "</header>", "<nav id=\"stories\" aria-label=\"Stories\">", "</nav>",
                "<main id=\"main\">", "</main>", "<article id=\"story-s-1\">")) {
            assertTrue(html.contains(tag), tag);
        }
        assertTrue(html.indexOf("<nav") < html.indexOf("<main"), "the index comes first");
        // no scripts, no external style sheets, fonts or images; every link stays in the page
        Set<String> tags = new HashSet<>();
        Matcher tag = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[a-zA-Z-]+(?:=\"[^\"]*\")?)*)\\s*>").matcher(html);
        while (tag.find()) {
            tags.add(tag.group(1));
            Matcher attr = Pattern.compile("\\s+([a-zA-Z-]+)(?:=\"[^\"]*\")?").matcher(tag.group(2));
            while (attr.find()) {
                String name = attr.group(1);
                assertFalse(name.startsWith("on") || List.of("src", "srcset", "data", "action", "style").contains(name),
                        tag.group());
            }
        }
        assertEquals(Set.of(), tags.stream().filter(t -> List.of("script", "link", "img", "iframe", "object", "embed",
                "svg", "form", "base").contains(t)).collect(java.util.stream.Collectors.toSet()));
        assertFalse(html.contains("url("), html);
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            assertTrue(href.group(1).startsWith("#"), href.group());
        }
    }

    @Test
    void everyLinkInThePageHasItsTarget() throws IOException {
        String html = html();
        Set<String> ids = new HashSet<>();
        Matcher id = Pattern.compile(" id=\"([^\"]*)\"").matcher(html);
        while (id.find()) {
            assertTrue(ids.add(id.group(1)), "a duplicate id " + id.group(1));
        }
        List<String> targets = new ArrayList<>();
        Matcher href = Pattern.compile("href=\"#([^\"]*)\"").matcher(html);
        while (href.find()) {
            targets.add(href.group(1));
            assertTrue(ids.contains(href.group(1)), "no target for #" + href.group(1));
        }
        assertTrue(targets.containsAll(List.of("story-s-1", "story-s-2", "doc-d1", "doc-d3", "cite-s-1-1")), targets
                .toString());
    }

    @Test
    void theIndexLinksEveryStoryAndFollowUpsAreLinkedBothWays() throws IOException {
        String html = html();
        String nav = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
        assertTrue(nav.contains("<a href=\"#story-s-1\" title=\"story s-1\">Headline &lt;script&gt;"), nav);
        assertTrue(nav.contains("<a href=\"#story-s-2\" title=\"story s-2\">Follow-up &lt;script&gt;"), nav);
        assertTrue(nav.contains("2 documents from 1 outlet, 2023-03-14"), nav);
        assertTrue(nav.startsWith("<nav id=\"stories\" aria-label=\"Stories\">\n<h2>Stories</h2>\n<ol>"), nav);
        // in the index a linked story is named by its number, its headline in the link's title
        assertTrue(nav.contains("<em>follow-up:</em> <a href=\"#story-s-2\" title=\"Follow-up &lt;script&gt;"), nav);
        assertTrue(nav.contains("<em>follow-up of:</em> <a href=\"#story-s-1\" title=\"Headline &lt;script&gt;"),
                nav);
        assertTrue(nav.contains("\">story 1</a></li>"), nav);
        String first = html.substring(html.indexOf("<article id=\"story-s-1\">"), html.indexOf("</article>"));
        String second = html.substring(html.indexOf("<article id=\"story-s-2\">"));
        // the report names the link on the follow-up's side only; the page shows it on both
        assertTrue(first.contains("<strong>Follow-up:</strong> <a href=\"#story-s-2\""), first);
        assertTrue(second.contains("<strong>Follow-up of:</strong> <a href=\"#story-s-1\""), second);
    }

    @Test
    void longPartsFoldAndTheDocumentsTextsStartFolded() throws IOException {
        String html = html();
        for (String part : List.of("Quotes (1)", "Claims (1 single-source)", "Entities (1)", "Documents (2)")) {
            assertTrue(html.contains("<details><summary><h3>" + part + "</h3></summary>"), part);
        }
        assertTrue(html.contains("<details open><summary><h3>Timeline (1)</h3></summary>"), html);
        assertTrue(html.contains("<details class=\"text\"><summary>Full text (14 words)</summary>\n"
                + "<div class=\"doctext\">\n<p>The mayor said"), html);
        assertFalse(html.contains("<details class=\"text\" open"), html);
        // every table scrolls inside its own container
        int tables = html.split("<table>", -1).length - 1;
        int wrapped = html.split("<div class=\"scroll\" role=\"region\" tabindex=\"0\"", -1).length - 1;
        assertEquals(tables, wrapped, html);
        assertEquals(4, tables, html);
    }

    @Test
    void sourcesAreNamedByOutletAndTitleWithTheIdsInTheLinkTitle() throws IOException {
        String html = html();
        // a footnote names outlet and title and links to the document; ids and offsets only in the title attribute
        assertTrue(html.contains("<li id=\"cite-s-1-1\" value=\"1\"><a href=\"#doc-d1\" title=\"Title &lt;script&gt;"),
                html);
        assertTrue(html.contains("(document d1, characters 0-"), html);
        String visible = html.replaceAll("<[^>]*>", "");
        assertFalse(visible.contains("characters 0-"), "offsets stay out of the visible text");
        assertFalse(visible.contains("[d1]"), visible);
        // a document without outlet or title is named by its id; a copy links to what it copies
        assertTrue(html.contains("<em>copy of</em> <a href=\"#doc-d1\""), html);
        // the quote lists where it appears, and the other wording links to its document
        assertTrue(html.contains("<li class=\"variant\"><em>  wording in</em> <a href=\"#doc-d_20_2_2f__22_x_22_\""),
                html);
    }

    @Test
    void renderingIsDeterministicAndAStoryCanBeRenderedAlone() throws IOException {
        assertEquals(html(), html());
        String fragment = Html.story(hostile(), "s-2");
        assertTrue(fragment.startsWith("<article id=\"story-s-2\">"), fragment);
        assertFalse(fragment.contains("<html"), fragment);
        assertTrue(Html.quoteLedger(hostile(), "s-1").contains("Mayor &lt;script&gt;"));
        assertEquals("", Html.quoteLedger(hostile(), "s-2"));
        assertEquals("&lt;a href=&quot;x&quot;&gt;&#39;&amp;", Html.escape("<a href=\"x\">'&"));
        // two ids never share an anchor
        assertEquals("doc-a_2e_b", Anchors.document("a.b"));
        assertEquals("doc-a_5f_2e_5f_b", Anchors.document("a_2e_b"));
        assertEquals("story-a.timeline", Anchors.section("a", "timeline"));
        assertEquals("story-a_2e_timeline", Anchors.story("a.timeline"));
    }
}
