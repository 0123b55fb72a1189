package org.concord.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real browser (headless chromium): the server on a random port over samples/demo and a hostile
 * document ({@link WebUiFixture}); each page's content, the way from the listing to a story to the sentence in its
 * document, the filters, search, axe-core (no serious or critical violation), the width of a phone, screenshots of
 * every page at 1400 and 390 px in {@code target/ui-shots/}, and no script of a stored document ever running.
 */
@ExtendWith(BrowserCondition.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiBrowserTest {
    static final Path SHOTS = Path.of("target", "ui-shots");
    Served s;
    Browser b;

    @BeforeAll
    void start(@TempDir Path data, @TempDir Path profile) {
        s = new Served(Served.config(data));
        assertEquals(202, s.post("/v1/documents", String.join("\n", WebUiFixture.lines())).status());
        s.awaitAnalysed();
        b = new Browser(profile);
    }

    @AfterAll
    void stop() {
        if (b != null) {
            b.close();
        }
        if (s != null) {
            s.close();
        }
    }

    private void open(String path) {
        b.driver.get(s.app.url() + path);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(b.driver, Duration.ofSeconds(20));
    }

    /** One page of each kind, named for its screenshots. */
    private Map<String, String> pages() {
        JsonNode largest = s.get("/v1/stories?sort=size&limit=1").json().get("stories").get(0);
        String story = largest.get("id").asText();
        JsonNode full = s.get("/v1/stories/" + story).json();
        String speaker = null;
        for (JsonNode q : full.get("quotes")) {
            if (q.hasNonNull("speaker")) {
                speaker = q.get("speaker").get("name").asText();
                break;
            }
        }
        assertNotNull(speaker, "the largest story quotes someone");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("stories", "/");
        pages.put("story", "/stories/" + story);
        pages.put("document", "/documents/" + full.get("documents").get(0).asText());
        pages.put("search", "/search?q=ferry+strike");
        pages.put("entity", "/entities/" + full.get("entities").get(0).get("id").asText());
        pages.put("speaker", "/speakers/" + Served.encode(speaker).replace("+", "%20"));
        pages.put("hostile-document", "/documents/" + WebUiFixture.XSS_ID);
        pages.put("feeds", "/feeds");
        pages.put("signin", "/signin");
        return pages;
    }

    @Test
    void everyPageHasNoSeriousAccessibilityViolationFitsAPhoneAndIsPhotographed() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> p : pages().entrySet()) {
            for (int width : new int[] {1400, 390, 360}) {
                b.width(width);
                open(p.getValue());
                assertEquals("en", b.one("html").getAttribute("lang"));
                assertFalse(b.all("main h1").isEmpty(), p.getKey() + " has a heading");
                for (String landmark : List.of("header", "nav", "main", "footer")) {
                    assertFalse(b.all(landmark).isEmpty(), p.getKey() + ": " + landmark);
                }
                if (width != 1400 && b.overflowsSideways()) {
                    problems.add(p.getKey() + " scrolls sideways at " + width + " px");
                }
                if (width != 360) {
                    b.screenshot(SHOTS.resolve(p.getKey() + "-" + width + ".png"));
                    b.seriousViolations().forEach(v -> problems.add(p.getKey() + " at " + width + " px: " + v));
                }
            }
        }
        assertEquals(List.of(), problems);
        for (String name : pages().keySet()) {
            assertTrue(Files.size(SHOTS.resolve(name + "-1400.png")) > 1000, name);
            assertTrue(Files.size(SHOTS.resolve(name + "-390.png")) > 1000, name);
        }
    }

    @Test
    void theAccessibilityCheckFindsWhatItLooksFor() {
        b.driver.get("data:text/html,<html><body><input type=text><a href='/x'></a></body></html>");
        List<String> found = b.seriousViolations();
        assertTrue(found.stream().anyMatch(v -> v.contains(" label: ")), found.toString());
        assertTrue(found.stream().anyMatch(v -> v.contains(" link-name: ")), found.toString());
    }

    @Test
    void fromTheListToAStoryToTheCitedSentenceInItsDocument() {
        b.width(1400);
        open("/");
        WebElement first = b.one("ol.stories h2 a");
        String headline = first.getText();
        b.follow(first, "/stories/");
        assertEquals(headline, b.text("main h1"));
        assertFalse(b.all("#coverage .outlet").isEmpty(), "coverage by outlet");
        assertFalse(b.all("#quotes blockquote").isEmpty(), "the quote ledger");
        WebElement cite = b.one("#summary a.cite");
        new Actions(b.driver).moveToElement(cite).perform();
        WebElement pop = waiting().until(d -> d.findElement(By.cssSelector(".cite-pop")));
        String outlet = cite.getAttribute("data-outlet");
        String sentence = pop.findElement(By.tagName("span")).getText();
        assertFalse(sentence.isBlank(), "the pop-up shows the sentence");
        assertTrue(pop.getText().startsWith(outlet), pop.getText());
        assertTrue(pop.getText().contains(sentence), pop.getText());
        String href = cite.getAttribute("href");
        b.follow(cite, "/documents/");
        String anchor = href.substring(href.indexOf('#') + 1);
        WebElement target = b.one("[id='" + anchor + "']");
        WebElement mark = target.findElement(By.xpath("following-sibling::mark[1]"));
        assertTrue(mark.getAttribute("class").contains("flash"), "the cited sentence is marked");
        String text = b.text("#doc-text").replaceAll("\\s+", " ");
        assertTrue(text.contains(sentence.replaceAll("\\s+", " ")), sentence);
        b.follow(b.one("dl.doc-meta dd a"), "/stories/");
    }

    @Test
    void keyboardReachesEverythingAndFocusShowsTheCitation() {
        b.width(1400);
        open(pages().get("story"));
        assertEquals(0L, b.js("return Array.from(document.querySelectorAll('a[href], button, input, select'))"
                + ".filter(function (e) { return e.tabIndex < 0; }).length;"));
        b.one("body").sendKeys(Keys.TAB);
        assertEquals("skip", b.driver.switchTo().activeElement().getAttribute("class"));
        for (int i = 0; i < 200; i++) {
            WebElement active = b.driver.switchTo().activeElement();
            if ("cite".equals(active.getAttribute("class"))) {
                assertFalse(b.all(".cite-pop").isEmpty(), "focus shows the source");
                return;
            }
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError("no citation reached with Tab");
    }

    @Test
    void filtersAndSortsNarrowTheListing() {
        b.width(1400);
        open("/");
        int allStories = b.all("li.story-card").size();
        String outlet = "Coastline Wire";
        new Select(b.one("#f-outlet")).selectByValue(outlet);
        b.follow(b.one("form.filters button[type=submit]"), "outlet=Coastline");
        List<WebElement> cards = b.all("li.story-card");
        assertEquals(s.get("/v1/stories?limit=200&outlet=Coastline%20Wire").json().get("stories").size(),
                cards.size());
        assertTrue(cards.size() < allStories);
        cards.forEach(c -> assertTrue(c.getAttribute("data-outlets").contains(outlet)));
        open("/");
        new Select(b.one("#f-sort")).selectByValue("size");
        b.follow(b.one("form.filters button[type=submit]"), "sort=size");
        String largest = s.get("/v1/stories?sort=size&limit=1").json().get("stories").get(0).get("headline").asText();
        assertEquals(largest, b.text("ol.stories h2 a"));
        JsonNode entity = s.get("/v1/entities?limit=1").json().get("entities").get(0);
        new Select(b.one("#f-entity")).selectByValue(entity.get("id").asText());
        b.follow(b.one("form.filters button[type=submit]"), "entity=");
        assertEquals(entity.get("stories").asInt(), b.all("li.story-card").size());
        open("/");
        new Select(b.one("#f-sort")).selectByValue("developing");
        b.follow(b.one("form.filters button[type=submit]"), "sort=developing");
        List<String> developing = new ArrayList<>();
        s.get("/v1/stories?sort=developing&limit=30").json().get("stories").forEach(x -> developing.add(
                x.get("headline").asText()));
        List<String> shown = new ArrayList<>();
        b.all("#story-list h2 a").forEach(a -> shown.add(a.getText()));
        assertEquals(new java.util.TreeSet<>(developing), new java.util.TreeSet<>(shown), "the API's stories");
        List<String> top = new ArrayList<>();
        b.all("#story-list > li.story-card > article > h2 a").forEach(a -> top.add(a.getText()));
        List<String> inApiOrder = new ArrayList<>(developing);
        inApiOrder.retainAll(top);
        assertEquals(inApiOrder, top, "the threads in the developing sort's order");
        assertFalse(b.all("li.story-card .recent").isEmpty(), "new documents in the window are counted");
        open("/");
        WebElement box = b.one("#page-filter");
        String word = largest.split(" ")[0];
        box.sendKeys(word);
        for (WebElement card : b.all("#story-list > li.story-card")) {
            assertEquals(card.getText().toLowerCase(java.util.Locale.ROOT).contains(word.toLowerCase(
                    java.util.Locale.ROOT)), card.isDisplayed(), card.getText());
        }
    }

    @Test
    void searchFromTheHeaderThenKeepOneOutlet() {
        b.width(1400);
        open("/");
        WebElement q = b.one("#site-q");
        q.sendKeys("ferry");
        q.sendKeys(Keys.ENTER);
        b.loaded("/search?q=ferry");
        assertFalse(b.all("li.hit").isEmpty());
        assertFalse(b.all("li.hit .passage mark").isEmpty(), "highlights");
        WebElement facet = b.one("nav.facets li a");
        String label = facet.getText();
        String outlet = label.substring(0, label.lastIndexOf(" ("));
        b.follow(facet, "outlet=");
        for (WebElement meta : b.all("li.hit .meta")) {
            assertTrue(meta.getText().startsWith(outlet), meta.getText());
        }
        assertEquals(Long.parseLong(label.substring(label.lastIndexOf('(') + 1, label.length() - 1)),
                b.all("li.hit").size());
    }

    @Test
    void searchDrillsDownByEntitySpeakerAndDateAndEachNarrowingCanBeRemoved() {
        b.width(1400);
        open("/search?q=ferry+OR+strike+OR+talks");
        for (String dim : List.of("outlet", "entity", "speaker", "date")) {
            assertFalse(b.all("section.facet[data-facet='" + dim + "'] li a").isEmpty(), dim + " facet");
        }
        long all = Long.parseLong(b.text("#results-h").split(" ")[0]);
        for (String dim : List.of("entity", "speaker", "date")) {
            open("/search?q=ferry+OR+strike+OR+talks");
            WebElement facet = b.one("section.facet[data-facet='" + dim + "'] li a");
            String label = facet.getText();
            long count = Long.parseLong(label.substring(label.lastIndexOf('(') + 1, label.length() - 1));
            b.follow(facet, dim.equals("date") ? "from=" : dim + "=");
            assertEquals(count, Long.parseLong(b.text("#results-h").split(" ")[0]), dim + ": " + label);
            assertTrue(count <= all);
            if (dim.equals("date")) {
                assertTrue(b.text("section.facet[data-facet='date'] h2").endsWith("(by day)"),
                        "a month narrows to its days");
            } else {
                assertEquals("true", b.one("section.facet[data-facet='" + dim + "'] a[aria-current]")
                        .getAttribute("aria-current"), "the chosen value is marked");
            }
            List<WebElement> removes = b.all("ul.narrowed li a");
            assertFalse(removes.isEmpty(), "the narrowing is shown");
            b.follow(removes.get(0), "/search");
            assertFalse(b.driver.getCurrentUrl().contains(dim.equals("date") ? "from=" : dim + "="),
                    b.driver.getCurrentUrl());
        }
        open("/search?q=ferry+OR+strike+OR+talks");
        String narrowed = b.one("section.facet[data-facet='entity'] li a").getAttribute("href");
        for (int width : new int[] {390, 1400}) {
            b.width(width);
            b.driver.get(narrowed);
            assertFalse(b.all("li.hit").isEmpty(), narrowed);
            assertFalse(b.overflowsSideways(), "narrowed search at " + width + " px");
            b.screenshot(SHOTS.resolve("search-narrowed-" + width + ".png"));
            assertEquals(List.of(), b.seriousViolations());
        }
    }

    @Test
    void storedScriptsAndMarkupAreTextAndNeverRun() {
        b.width(1400);
        JsonNode doc = s.get("/v1/documents/" + WebUiFixture.XSS_ID).json();
        String story = doc.get("story").asText();
        List<String> paths = new ArrayList<>(List.of("/documents/" + WebUiFixture.XSS_ID, "/stories/" + story, "/",
                "/search?q=sail", "/search?q=ferry&outlet=" + Served.encode(WebUiFixture.XSS_OUTLET),
                "/speakers/Ana%20Kowal"));
        for (String path : paths) {
            open(path);
            for (WebElement e : b.all("a.cite, #coverage a, .legend li")) {
                new Actions(b.driver).moveToElement(e).perform();
            }
            assertFalse(b.alertOpen(), path);
            assertEquals(null, b.js("return window.__pwned === undefined ? null : String(window.__pwned);"), path);
            assertEquals(1L, b.js("return document.scripts.length;"), path + ": only the page's own script");
            assertEquals(0L, b.js("return document.querySelectorAll('img, [onerror], [onload], [onmouseover], "
                    + "a[href^=\"javascript\"]').length;"), path);
        }
        open("/documents/" + WebUiFixture.XSS_ID);
        assertEquals(WebUiFixture.XSS_TITLE, b.text("main h1"));
        assertTrue(b.text("#doc-text").contains("<script>window.__pwned='text'</script>"));
        assertTrue(b.text("dl.doc-meta").contains(WebUiFixture.XSS_OUTLET));
        open("/stories/" + story);
        assertTrue(b.text("#quotes").contains(WebUiFixture.XSS_QUOTE), b.text("#quotes"));
    }

    /**
     * The static report (the writer {@code analyze --format html} uses, served per story) on a phone and a wide
     * screen: the viewport meta, landmarks, no sideways scrolling, no serious accessibility violation, every link
     * inside the page lands on an element of the page, and following the first section link scrolls to it.
     */
    @Test
    void theStaticReportOfEveryStoryIsNavigableOnAPhone() throws Exception {
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (JsonNode story : s.get("/v1/stories?sort=size&limit=50").json().get("stories")) {
            String id = story.get("id").asText();
            String path = "/v1/stories/" + Served.encode(id) + "/report.html";
            for (int width : new int[] {390, 1400}) {
                b.width(width);
                open(path);
                assertEquals(1L, b.js("return document.querySelectorAll('meta[name=viewport]').length;"), path);
                for (String landmark : List.of("header", "nav", "main")) {
                    assertFalse(b.all(landmark).isEmpty(), path + ": " + landmark);
                }
                if (b.overflowsSideways()) {
                    problems.add(id + " scrolls sideways at " + width + " px");
                }
                Object dangling = b.js("var out = [];"
                        + "document.querySelectorAll('a[href^=\"#\"]').forEach(function (a) {"
                        + "  var t = decodeURIComponent(a.getAttribute('href').substring(1));"
                        + "  if (t && !document.getElementById(t)) { out.push(t); } });"
                        + "return out.join(' ');");
                if (!"".equals(dangling)) {
                    problems.add(id + ": links without a target: " + dangling);
                }
                b.seriousViolations().forEach(v -> problems.add(id + " at " + width + " px: " + v));
                if (n == 0) {
                    b.screenshot(SHOTS.resolve("static-report-" + width + ".png"));
                }
            }
            // the first link of the page's navigation leads somewhere on the page
            WebElement link = b.all("nav a[href^='#']").isEmpty() ? null : b.all("nav a[href^='#']").get(0);
            if (link != null) {
                String target = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
                link.click();
                waiting().until(d -> d.getCurrentUrl().endsWith("#" + target));
            }
            n++;
        }
        assertTrue(n >= 2, "the fixture has several stories");
        assertEquals(List.of(), problems);
        assertTrue(Files.size(SHOTS.resolve("static-report-390.png")) > 1000);
    }
}
