package org.concord.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A writer's pages in a real browser (headless chromium): signing in through the form (the token's cookie out of the
 * page's scripts' reach), the feeds page and the story page with their forms (axe-core, the width of a phone,
 * screenshots), adding, refreshing and deleting a feed, a correction from the story page, and a feed whose title
 * carries script and HTML payloads shown as text with nothing run. The tests run in order: the first signs in.
 */
@ExtendWith(BrowserCondition.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiWritesBrowserTest {
    static final String FEED_TITLE = "Quay <script>window.__pwned='feed'</script>Post <img src=x "
            + "onerror=\"window.__pwned='feed-img'\">";
    Served s;
    Browser b;
    FeedServer feeds;

    @BeforeAll
    void start(@TempDir Path data, @TempDir Path profile) throws IOException {
        s = new Served(Served.config(data), SourceOptions.defaults().withBackground(false));
        assertEquals(202, s.post("/v1/documents", String.join("\n", WebUiFixture.lines())).status());
        s.awaitAnalysed();
        feeds = new FeedServer();
        feeds.serve("/quay.rss", FeedServer.rss(FEED_TITLE, List.<String[]>of(new String[] {
            "https://news.example/quay", "Quay <b onmouseover=\"window.__pwned='item'\">works</b>",
            "<p>Work on the quay began on Monday.</p>"})), "\"q1\"", null);
        feeds.fail("/down.rss", 503);
        for (String path : List.of("/quay.rss", "/down.rss")) {
            Served.Response r = s.post("/v1/feeds", "{\"url\": \"" + feeds.url(path) + "\"}", "application/json",
                    s.token);
            assertEquals(201, r.status(), r.body());
            assertEquals(200, s.post("/v1/feeds/" + r.json().get("id").asText() + "/refresh", "", "application/json",
                    s.token).status());
        }
        b = new Browser(profile);
    }

    @AfterAll
    void stop() {
        if (b != null) {
            b.close();
        }
        if (feeds != null) {
            feeds.close();
        }
        if (s != null) {
            s.close();
        }
    }

    private void open(String path) {
        b.driver.get(s.app.url() + path);
    }

    /** Checks and photographs the current page at 1400 and 390 px. */
    private void check(String name, String path, List<String> problems) {
        for (int width : new int[] {1400, 390}) {
            b.width(width);
            open(path);
            if (width == 390 && b.overflowsSideways()) {
                problems.add(name + " scrolls sideways at 390 px");
            }
            b.screenshot(WebUiBrowserTest.SHOTS.resolve(name + "-" + width + ".png"));
            b.seriousViolations().forEach(v -> problems.add(name + " at " + width + " px: " + v));
        }
    }

    @Test
    @Order(1)
    void aWriterSignsInWithATokenThePageCannotRead() {
        b.width(1400);
        open("/feeds");
        assertTrue(b.all("form[action='/feeds']").isEmpty(), "no writer's form before signing in");
        b.follow(b.one("a[href='/signin?next=%2Ffeeds']"), "/signin");
        b.one("#token").sendKeys(s.token);
        b.follow(b.one("form.signin button[type=submit]"), "/feeds");
        assertFalse(b.all("form[action='/feeds']").isEmpty(), "the add form, signed in");
        assertEquals("", b.js("return document.cookie;"), "the cookies are HttpOnly");
        open("/signin");
        assertTrue(b.text("main").contains("You are signed in as test"), b.text("main"));
    }

    @Test
    @Order(2)
    void theWritersPagesPassAxeFitAPhoneAndArePhotographed() throws IOException {
        List<String> problems = new ArrayList<>();
        String story = s.get("/v1/stories?sort=size&limit=1").json().get("stories").get(0).get("id").asText();
        check("feeds-writer", "/feeds", problems);
        check("story-writer", "/stories/" + story, problems);
        check("signed-in", "/signin", problems);
        assertEquals(List.of(), problems);
        for (int width : new int[] {1400, 390}) {
            b.width(width);
            open("/stories/" + story + "#corrections");
            Path shot = WebUiBrowserTest.SHOTS.resolve("story-corrections-" + width + ".png");
            Files.copy(b.one("#corrections").getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(), shot,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        for (String name : List.of("feeds-writer", "story-writer", "signed-in", "story-corrections")) {
            assertTrue(Files.size(WebUiBrowserTest.SHOTS.resolve(name + "-390.png")) > 1000, name);
        }
    }

    @Test
    @Order(3)
    void aFeedsTitleWithPayloadsIsTextAndNothingRuns() {
        b.width(1400);
        open("/feeds");
        assertEquals(null, b.js("return window.__pwned === undefined ? null : String(window.__pwned);"));
        assertFalse(b.alertOpen());
        assertEquals(1L, b.js("return document.scripts.length;"), "only the page's own script");
        assertEquals(0L, b.js("return document.querySelectorAll('img, [onerror], [onload], [onmouseover], "
                + "a[href^=\"javascript\"]').length;"));
        assertTrue(b.text("ol.feeds").contains(FEED_TITLE), b.text("ol.feeds"));
        WebElement down = b.one("li.feed[data-state='failing']");
        assertTrue(down.getText().contains("HTTP 503"), down.getText());
        assertTrue(down.findElement(By.cssSelector("dd.error")).getText().length() > 0);
    }

    @Test
    @Order(4)
    void aWriterAddsRefreshesAndDeletesAFeed() {
        b.width(1400);
        feeds.serve("/pier.rss", FeedServer.rss("Pier Times", List.<String[]>of(new String[] {
            "https://news.example/pier", "Pier reopens", "<p>The pier reopened on Tuesday after repairs.</p>"})),
                "\"p1\"", null);
        open("/feeds");
        int before = b.all("li.feed").size();
        b.one("#feed-url").sendKeys(feeds.url("/pier.rss"));
        b.follow(b.one("form.add-feed button[type=submit]"), "/feeds");
        assertTrue(b.text("p.notice.done").startsWith("Added " + feeds.url("/pier.rss")),
                b.text("p.notice.done"));
        assertEquals(before + 1, b.all("li.feed").size());
        WebElement added = b.all("li.feed").get(before);
        assertEquals("new", added.getAttribute("data-state"));
        b.follow(added.findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Refresh now')]")), "/feeds");
        assertTrue(b.text("p.notice.done").contains("read 1 items, 1 new"), b.text("p.notice.done"));
        WebElement refreshed = b.all("li.feed").get(before);
        assertEquals("ok", refreshed.getAttribute("data-state"));
        assertTrue(refreshed.getText().contains("Pier Times"), refreshed.getText());
        b.follow(refreshed.findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Delete')]")), "/feeds");
        assertTrue(b.text("p.notice.done").startsWith("Deleted the feed"));
        assertEquals(before, b.all("li.feed").size());
        b.one("#feed-url").sendKeys("ftp://example.org/feed");
        b.js("document.getElementById('feed-url').type = 'text';");
        b.follow(b.one("form.add-feed button[type=submit]"), "/feeds");
        assertTrue(b.text("p.notice.error").contains("must be an http or https URL"),
                b.text("p.notice.error"));
    }

    @Test
    @Order(5)
    void aWriterMovesADocumentFromTheStoryPage() {
        b.width(1400);
        JsonNode top = s.get("/v1/stories?sort=size&limit=2").json().get("stories");
        String story = top.get(0).get("id").asText();
        String other = top.get(1).get("id").asText();
        String doc = s.get("/v1/stories/" + story).json().get("documents").get(0).asText();
        String otherDoc = s.get("/v1/stories/" + other).json().get("documents").get(0).asText();
        open("/stories/" + story);
        b.follow(b.one("#corrections button[value=split]"), "/corrections");
        assertTrue(b.text("p.notice.error").contains("Check the documents to split first."));
        b.driver.navigate().back();
        b.loaded("/stories/");
        b.one("[id='doc-" + doc + "']").click();
        new Select(b.one("#other-story")).selectByValue(other);
        b.follow(b.one("#corrections button[value=move]"), "/corrections");
        assertEquals("Correction stored", b.text("main h1"));
        assertTrue(b.text("p.notice.done").contains("to story " + other), b.text("p.notice.done"));
        JsonNode made = s.get("/v1/corrections").json().get("corrections");
        JsonNode last = made.get(made.size() - 1);
        assertEquals("move", last.get("op").asText());
        assertEquals(doc, last.get("documents").get(0).asText());
        assertEquals("test", last.get("created_by").asText());
        s.awaitAnalysed();
        b.follow(b.one("ul.stored + p + ul a"), "/documents/");
        assertEquals(s.get("/v1/documents/" + otherDoc).json().get("story").asText(),
                s.get("/v1/documents/" + doc).json().get("story").asText(), "the document moved");
    }

    @Test
    @Order(6)
    void signingOutRemovesTheWritersForms() {
        b.width(1400);
        open("/signin");
        b.follow(b.one("form[action='/signout'] button"), "/signin");
        assertFalse(b.all("#token").isEmpty(), "the sign-in form again");
        open("/feeds");
        assertTrue(b.all("form[action='/feeds']").isEmpty());
    }
}
