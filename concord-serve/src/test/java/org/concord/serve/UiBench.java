package org.concord.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.concord.annotate.TextAnnotator;
import org.concord.pipeline.PlainAnnotator;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The web UI's speed benchmark (issue 20; not a test): how long a story page of N documents (100 by default) takes
 * to be complete in headless chromium, from navigation start to the end of the load event (the Navigation Timing
 * entry's {@code loadEventEnd}), at 1400 and 390 px. The server runs on a fresh H2 store over the first N documents
 * of a JSON Lines corpus ({id, title, text, date}: DUC 2002's stream by default, read at run time from
 * ../shared/data, never copied), analysed by CoreNLP when it is on the class path ({@code --annotator corenlp}) or
 * by the test suite's plain annotator, then pinned into one story with a correction so the page has all N. Each
 * width: two warm-up loads, then {@code --runs} loads; prints the median, the fastest and the slowest, the page's
 * size and its element count; first, the time the server takes to answer the page to a plain HTTP client
 * ({@code --save FILE} keeps that page). {@code --data DIR} keeps the store in DIR: a second run over it measures
 * again without analysing again. Run by {@code scripts/ui-bench.sh}.
 */
public final class UiBench {
    /** Held so its level stays: Selenium has no DevTools module for every chromium and says so on each start. */
    private static final java.util.logging.Logger CDP = java.util.logging.Logger.getLogger(
            "org.openqa.selenium.devtools");

    private UiBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of("../shared/data/stories/duc2002-stream/stories.jsonl");
        int docs = 100;
        int runs = 15;
        String annotatorName = "corenlp";
        String chromium = "/usr/bin/chromium";
        String chromedriver = "/usr/bin/chromedriver";
        Path save = null;
        Path data = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[i + 1]);
                case "--docs" -> docs = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--annotator" -> annotatorName = args[i + 1];
                case "--chromium" -> chromium = args[i + 1];
                case "--chromedriver" -> chromedriver = args[i + 1];
                case "--save" -> save = Path.of(args[i + 1]);
                case "--data" -> data = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<String> lines = lines(corpus, docs);
        boolean temporary = data == null;
        if (temporary) {
            data = Files.createTempDirectory("concord-ui-bench");
        }
        Path profile = Files.createTempDirectory("concord-ui-bench-profile");
        try {
            run(corpus, lines, data, profile, annotatorName, chromium, chromedriver, runs, save);
        } finally {
            delete(profile);
            if (temporary) {
                delete(data);
            }
        }
    }

    private static void run(Path corpus, List<String> lines, Path data, Path profile, String annotatorName,
                            String chromium, String chromedriver, int runs, Path save) throws Exception {
        TextAnnotator annotator = annotator(annotatorName);
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        try (ServeApp app = ServeApp.start(ServeConfig.defaults(data).withPort(0),
                SourceOptions.defaults().withBackground(false), annotator, (Consumer<String>) log::add)) {
            HttpHelper http = new HttpHelper(app);
            ArrayNode ids = Served.JSON.createArrayNode();
            lines.forEach(l -> ids.add(read(l).get("id").asText()));
            if (http.get("/v1/documents/" + ids.get(0).asText()).status() == 200) {
                System.out.println("the store in " + data + " holds the corpus already: not analysed again");
            } else {
                Served.Response posted = http.post("/v1/documents", String.join("\n", lines), "application/x-ndjson");
                if (posted.status() != 202) {
                    throw new IllegalStateException("posting the corpus: " + posted.status() + " " + posted.body());
                }
                await(app, log);
                ObjectNode pin = Served.JSON.createObjectNode().put("op", "pin");
                pin.set("documents", ids);
                Served.Response pinned = http.post("/v1/corrections", pin.toString(), "application/json");
                if (pinned.status() != 202) {
                    throw new IllegalStateException("pinning: " + pinned.status() + " " + pinned.body());
                }
            }
            await(app, log);
            String story = http.get("/v1/documents/" + ids.get(0).asText()).json().get("story").asText();
            int inStory = http.get("/v1/stories/" + story).json().get("documents").size();
            System.out.printf(Locale.ROOT, "corpus: %s, %d documents, annotator %s, analysed and pinned in %.1f s; "
                    + "story %s holds %d documents%n", corpus, lines.size(), annotatorName,
                    (System.nanoTime() - t0) / 1e9, story, inStory);
            List<Double> served = new ArrayList<>();
            String html = "";
            for (int i = 0; i < runs + 2; i++) {
                long s0 = System.nanoTime();
                html = http.get("/stories/" + story).body();
                if (i >= 2) {
                    served.add((System.nanoTime() - s0) / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "the page alone (HTTP client, no browser): median %.0f ms over %d GETs, "
                    + "%d characters%n", median(served), served.size(), html.length());
            if (save != null) {
                Files.writeString(save, html, StandardCharsets.UTF_8);
            }
            measure(app.url() + "/stories/" + story, chromium, chromedriver, profile, runs);
        }
    }

    private static void measure(String url, String chromium, String chromedriver, Path profile, int runs) {
        CDP.setLevel(java.util.logging.Level.SEVERE);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(new File(chromium));
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--disable-extensions", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, o);
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            for (int width : new int[] {1400, 390}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                long inner = ((Number) driver.executeScript("return window.innerWidth;")).longValue();
                if (inner != width) {
                    driver.manage().window().setSize(new Dimension((int) (2L * width - inner), 900));
                }
                List<Double> loads = new ArrayList<>();
                List<Double> dcl = new ArrayList<>();
                List<Double> server = new ArrayList<>();
                double bytes = 0;
                long elements = 0;
                for (int i = 0; i < runs + 2; i++) {
                    driver.get(url);
                    List<?> t = null;
                    for (int k = 0; k < 100 && t == null; k++) {
                        Object r = driver.executeScript("var n = performance.getEntriesByType('navigation')[0];"
                                + "return n && n.loadEventEnd > 0 ? [n.loadEventEnd - n.startTime, "
                                + "n.domContentLoadedEventEnd - n.startTime, n.responseEnd - n.requestStart, "
                                + "n.decodedBodySize, document.getElementsByTagName('*').length] : null;");
                        t = r instanceof List<?> l ? l : null;
                        if (t == null) {
                            sleep();
                        }
                    }
                    if (t == null) {
                        throw new IllegalStateException("no navigation timing for " + url);
                    }
                    if (i >= 2) {
                        loads.add(((Number) t.get(0)).doubleValue());
                        dcl.add(((Number) t.get(1)).doubleValue());
                        server.add(((Number) t.get(2)).doubleValue());
                    }
                    bytes = ((Number) t.get(3)).doubleValue();
                    elements = ((Number) t.get(4)).longValue();
                }
                System.out.printf(Locale.ROOT, "%d px: load event end median %.0f ms (fastest %.0f, slowest %.0f) "
                        + "over %d loads; DOMContentLoaded median %.0f ms; request to last byte median %.0f ms; "
                        + "page %.0f KB, %d elements%n", width, median(loads), Collections.min(loads),
                        Collections.max(loads), loads.size(), median(dcl), median(server), bytes / 1024, elements);
            }
        } finally {
            driver.quit();
            service.stop();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(ServeApp app, List<String> log) throws InterruptedException {
        if (!app.awaitIdle(Duration.ofMinutes(60))) {
            throw new IllegalStateException("the analysis did not finish; log: " + log);
        }
    }

    /** The first {@code n} documents of the corpus as the API's JSON lines: id, title, text, published, outlet. */
    private static List<String> lines(Path corpus, int n) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode d = read(line);
            ObjectNode o = Served.JSON.createObjectNode();
            String id = d.get("id").asText();
            o.put("id", id);
            if (d.hasNonNull("title")) {
                o.put("title", d.get("title").asText());
            }
            o.put("text", d.get("text").asText());
            if (d.hasNonNull("date")) {
                o.put("published", d.get("date").asText());
            }
            o.put("outlet", id.replaceAll("[^A-Za-z].*$", ""));
            out.add(o.toString());
            if (out.size() == n) {
                break;
            }
        }
        if (out.size() < n) {
            throw new IllegalArgumentException(corpus + " holds " + out.size() + " documents, fewer than " + n);
        }
        return out;
    }

    private static JsonNode read(String line) {
        try {
            return Served.JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + line, e);
        }
    }

    /** CoreNLP (concord-nlp's LazyAnnotator, when on the class path) or the test suite's plain annotator. */
    private static TextAnnotator annotator(String name) throws ReflectiveOperationException {
        return switch (name) {
            case "plain" -> new PlainAnnotator();
            case "corenlp" -> (TextAnnotator) Class.forName("org.concord.nlp.LazyAnnotator")
                    .getMethod("shared", Runnable.class, java.util.function.DoubleConsumer.class)
                    .invoke(null, (Runnable) () -> System.out.println("loading the CoreNLP models..."),
                            (java.util.function.DoubleConsumer) s -> System.out.printf(Locale.ROOT,
                                    "models loaded in %.1f s%n", s));
            default -> throw new IllegalArgumentException("--annotator is corenlp or plain, got " + name);
        };
    }

    /** The bench's HTTP client, with a token of its own. */
    private static final class HttpHelper {
        private final ServeApp app;
        private final String token;
        private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

        HttpHelper(ServeApp app) {
            this.app = app;
            this.token = app.tokens().create("ui-bench");
        }

        Served.Response get(String path) {
            return send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url() + path)).GET());
        }

        Served.Response post(String path, String body, String type) {
            return send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url() + path))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .header("Content-Type", type).header("Authorization", "Bearer " + token));
        }

        private Served.Response send(java.net.http.HttpRequest.Builder b) {
            try {
                java.net.http.HttpResponse<String> r = http.send(b.build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Served.Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                        r.body(), r);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
