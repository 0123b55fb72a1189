package org.concord.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.testkit.SharedData;
import org.concord.testkit.SharedDataCondition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The web UI over the seeds (five real articles in ../shared/seeds): the listing shows every story with its
 * documents and follow-up links as the API has them, each story page and each document page renders with no serious
 * accessibility violation, and screenshots of the listing and the largest story are written.
 */
@SharedData("seeds")
@ExtendWith(BrowserCondition.class)
class WebUiSeedsBrowserTest {
    @TempDir
    Path data;
    @TempDir
    Path profile;

    @Test
    void seedsAreBrowsableFromTheListToEveryDocument() {
        try (Served s = new Served(Served.config(data)); Browser b = new Browser(profile)) {
            List<String> seeds = WebUiFixture.seedLines(SharedDataCondition.path("seeds"));
            assertEquals(5, seeds.size());
            assertEquals(202, s.post("/v1/documents", String.join("\n", seeds)).status());
            s.awaitAnalysed();
            JsonNode stories = s.get("/v1/stories?limit=200&sort=size").json().get("stories");
            b.width(1400);
            b.driver.get(s.app.url() + "/");
            List<WebElement> cards = b.driver.findElements(By.cssSelector("li.story-card"));
            assertEquals(stories.size(), cards.size());
            String page = b.driver.findElement(By.id("story-list")).getText();
            for (JsonNode st : stories) {
                assertTrue(page.contains(st.get("headline").asText()), st.get("headline").asText());
            }
            b.screenshot(WebUiBrowserTest.SHOTS.resolve("seeds-stories-1400.png"));
            List<String> problems = new ArrayList<>(b.seriousViolations());
            for (JsonNode st : stories) {
                String id = st.get("id").asText();
                JsonNode full = s.get("/v1/stories/" + id).json();
                b.driver.get(s.app.url() + "/stories/" + id);
                assertEquals(st.get("headline").asText(), b.driver.findElement(By.cssSelector("main h1")).getText());
                assertEquals(full.get("related").size(), b.driver.findElements(By.cssSelector("#related li")).size());
                assertEquals(full.get("documents").size(),
                        b.driver.findElements(By.cssSelector("#coverage .outlet li")).size());
                problems.addAll(b.seriousViolations());
                if (id.equals(stories.get(0).get("id").asText())) {
                    b.screenshot(WebUiBrowserTest.SHOTS.resolve("seeds-story-1400.png"));
                    b.width(390);
                    assertFalse(b.overflowsSideways(), "the largest seed story at 390 px");
                    b.screenshot(WebUiBrowserTest.SHOTS.resolve("seeds-story-390.png"));
                    b.width(1400);
                }
                for (JsonNode doc : full.get("documents")) {
                    b.driver.get(s.app.url() + "/documents/" + doc.asText());
                    assertFalse(b.driver.findElement(By.id("doc-text")).getText().isBlank(), doc.asText());
                    problems.addAll(b.seriousViolations());
                }
            }
            assertEquals(List.of(), problems);
        }
    }
}
