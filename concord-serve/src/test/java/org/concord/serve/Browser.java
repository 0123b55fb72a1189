package org.concord.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium driven by its chromedriver, both at the paths {@link BrowserCondition} was given (so
 * Selenium Manager has nothing to find or download), with a fresh profile; plus what the UI tests do in a page:
 * screenshots, axe-core, the width check.
 */
final class Browser implements AutoCloseable {
    /** Held so its level stays: Selenium has no DevTools module for every chromium and says so on each start. */
    private static final java.util.logging.Logger CDP = java.util.logging.Logger.getLogger(
            "org.openqa.selenium.devtools");
    final ChromeDriver driver;
    private final ChromeDriverService service;
    private final String axe;

    Browser(Path profile) {
        CDP.setLevel(java.util.logging.Level.SEVERE);
        Path chromium = BrowserCondition.path(BrowserCondition.CHROMIUM);
        Path chromedriver = BrowserCondition.path(BrowserCondition.CHROMEDRIVER);
        try {
            axe = Files.readString(BrowserCondition.path(BrowserCondition.AXE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions o = new ChromeOptions();
        o.setBinary(chromium.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--disable-extensions", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver.toString()))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** The first element of the current page that {@code css} selects (fails when there is none). */
    WebElement one(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /**
     * The text of the first element {@code css} selects, read again while the element is replaced under the
     * reader (Chrome answers "Node with given id does not belong to the document" for an element of a document
     * it has just swapped out, even after the new page's load).
     */
    String text(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                return d.findElement(By.cssSelector(css)).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        });
    }

    /** Every element of the current page that {@code css} selects. */
    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits for a page whose address holds {@code part} to be loaded whole. */
    void loaded(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains(part)
                && "complete".equals(js("return document.readyState;")));
    }

    /**
     * Clicks {@code target}, which leaves the page, and waits until the next page, whose address holds {@code part},
     * is loaded whole. The old page must be gone first: a form that posts back to its own address ("/feeds") would
     * otherwise pass the address check at once, and the test would read elements of the page being replaced.
     */
    void follow(WebElement target, String part) {
        WebElement old = driver.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(old));
        loaded(part);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The viewport's width in CSS pixels: the window is sized so the page gets {@code width}. */
    void width(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        long inner = ((Number) js("return window.innerWidth;")).longValue();
        if (inner != width) {
            driver.manage().window().setSize(new Dimension((int) (2L * width - inner), 900));
        }
    }

    /** Whether the page is wider than the viewport (it would scroll sideways). */
    boolean overflowsSideways() {
        return (Boolean) js("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    }

    /** The whole page as PNG at the current width: the window is made as tall as the page (at most 8,000 px). */
    void screenshot(Path file) {
        Dimension before = driver.manage().window().getSize();
        long height = ((Number) js("return Math.ceil(document.documentElement.scrollHeight);")).longValue();
        long chrome = before.getHeight() - ((Number) js("return window.innerHeight;")).longValue();
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(8000, height + chrome)));
        try {
            Files.createDirectories(file.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** axe-core's violations of impact serious or critical in the current page, one line each. */
    List<String> seriousViolations() {
        js(axe);
        String json = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('ERROR ' + e); });");
        if (json.startsWith("ERROR")) {
            throw new AssertionError("axe-core failed: " + json);
        }
        List<String> out = new ArrayList<>();
        try {
            for (JsonNode v : Served.JSON.readTree(json)) {
                String impact = v.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> targets = new ArrayList<>();
                    v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                    out.add(impact + " " + v.path("id").asText() + ": " + v.path("help").asText() + " at "
                            + targets);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Whether a script of the page opened an alert (closing it). */
    boolean alertOpen() {
        try {
            driver.switchTo().alert().dismiss();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
