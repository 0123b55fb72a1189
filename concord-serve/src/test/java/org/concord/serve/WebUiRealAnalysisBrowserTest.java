package org.concord.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.concord.nlp.CoreNlpAnnotator;
import org.concord.testkit.SharedData;
import org.concord.testkit.SharedDataCondition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The web UI over a real analysis: the server annotates the sample corpus and the seeds with CoreNLP (the
 * annotator {@code concord serve} runs), not the rule-based test annotator of the other browser tests. Every
 * story is listed; every story page shows each speaker the API gives its quotes, fits a phone and has no serious
 * accessibility violation; the listing and the largest story are photographed at both widths.
 */
@SharedData("seeds")
@ExtendWith(BrowserCondition.class)
class WebUiRealAnalysisBrowserTest {
    @TempDir
    Path data;
    @TempDir
    Path profile;

    @Test
    void theSampleCorpusAndTheSeedsAnalysedByCoreNlpAreReadableInTheBrowser() {
        try (Served s = new Served(Served.config(data), SourceOptions.defaults(), CoreNlpAnnotator.shared());
             Browser b = new Browser(profile)) {
            List<String> lines = new ArrayList<>(Served.demoLines());
            lines.addAll(WebUiFixture.seedLines(SharedDataCondition.path("seeds")));
            assertEquals(202, s.post("/v1/documents", String.join("\n", lines)).status());
            s.awaitAnalysed(Duration.ofMinutes(10));
            JsonNode stories = s.get("/v1/stories?limit=200&sort=size").json().get("stories");
            assertTrue(stories.size() >= 4, "the demo's stories and the seeds' are apart: " + stories.size());
            List<String> problems = new ArrayList<>();
            Set<String> speakersShown = new TreeSet<>();
            for (int width : new int[] {1400, 390}) {
                b.width(width);
                b.driver.get(s.app.url() + "/");
                assertEquals(stories.size(), b.driver.findElements(By.cssSelector("li.story-card")).size());
                b.screenshot(WebUiBrowserTest.SHOTS.resolve("real-stories-" + width + ".png"));
                problems.addAll(b.seriousViolations());
                for (JsonNode st : stories) {
                    String id = st.get("id").asText();
                    b.driver.get(s.app.url() + "/stories/" + id);
                    String quotes = b.driver.findElement(By.id("quotes")).getText();
                    for (JsonNode q : s.get("/v1/stories/" + id).json().get("quotes")) {
                        if (q.hasNonNull("speaker")) {
                            String name = q.get("speaker").get("name").asText();
                            speakersShown.add(name);
                            if (!quotes.contains(name)) {
                                problems.add(id + ": the ledger does not show " + name);
                            }
                        }
                    }
                    if (width == 390 && b.overflowsSideways()) {
                        problems.add(id + " scrolls sideways at 390 px");
                    }
                    b.seriousViolations().forEach(v -> problems.add(id + " at " + width + " px: " + v));
                    if (id.equals(stories.get(0).get("id").asText())) {
                        b.screenshot(WebUiBrowserTest.SHOTS.resolve("real-story-" + width + ".png"));
                    }
                }
            }
            assertEquals(List.of(), problems);
            // a real analysis names speakers (the rule-based annotator leaves most quotes unattributed)
            assertTrue(speakersShown.contains("Marta Kowalczyk"), speakersShown.toString());
            assertFalse(speakersShown.size() < 5, speakersShown.toString());
        }
    }
}
