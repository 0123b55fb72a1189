package org.concord.eval.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.concord.clean.Cleaner;
import org.concord.eval.EvalContext;
import org.concord.eval.EvalResult;
import org.concord.eval.EvalTask;
import org.concord.eval.extraction.AebPage;
import org.concord.eval.extraction.AebReader;
import org.concord.ingest.Ingest;
import org.concord.ingest.RawArticle;
import org.concord.ingest.html.HtmlDecoder;
import org.concord.lang.ArticleLanguage;
import org.concord.lang.Detection;
import org.concord.lang.LanguageDetector;

/**
 * {@code concord eval language}: the language detector ({@link LanguageDetector}) on the text Concord extracts,
 * against the language each page declares. Layouts: the snippet layout of {@code extraction/trafilatura-eval-dev}
 * ({@code expectations.json} + {@code html/}) and the layout of {@code extraction/aeb} ({@code ground-truth.json}
 * + {@code html/}), each page read as ingestion reads a web page, its declared language from its metadata (HTML
 * {@code lang}, {@code Content-Language}); or a JSONL stream of {@code {id, title, text}} (a {@code .jsonl} file,
 * or a directory holding {@code stories.jsonl}), which declares nothing.
 *
 * <p>Metrics (fractions of the {@code n} pages with text): {@code declared} (a usable declaration),
 * {@code agreement} (over declared pages: the detected language is the declared one's primary language),
 * {@code confident} (the detection is settled, {@link Detection#confident()}), {@code confident_agreement} (over
 * declared pages with a settled detection), {@code overruled} (over declared pages: the text settled on another
 * language, so {@code language} is the detected one, {@link ArticleLanguage}), {@code english} (detected English),
 * {@code not_english_confident} (the cleaned text is settled on another language than English: the pages the
 * English stages would pass over), and {@code pages_per_s} (detections per second of thread CPU time inside the
 * detector, after a warm-up pass over every page; extraction excluded). Metrics over declared pages are left out
 * when no page declares a language. The log lists the declared-to-detected counts and every disagreement by page
 * id, never page text. System: {@code concord} only.
 */
public final class LanguageEval implements EvalTask {
    public static final String NAME = "language";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> systems() {
        return List.of("concord");
    }

    /** One page as read: its id, declared language (or null), extracted and cleaned text. */
    private record Page(String id, String declared, String text, String cleaned) {}

    @Override
    public void checkData(Path data) {
        if (layout(data) == null) {
            throw new IllegalArgumentException("language data '" + data + "' is in no known layout (expected "
                    + "expectations.json + html/, ground-truth.json + html/, or JSONL of {id, title, text} articles "
                    + "or of {documents: [...]} clusters: a .jsonl file or a directory of them)");
        }
    }

    private static String layout(Path data) {
        if (Files.isRegularFile(data.resolve("expectations.json")) && Files.isDirectory(data.resolve("html"))) {
            return "snippets";
        }
        if (Files.isRegularFile(data.resolve("ground-truth.json"))) {
            return "aeb";
        }
        if (Files.isRegularFile(data) && data.toString().endsWith(".jsonl") || !jsonlFiles(data).isEmpty()) {
            return "jsonl";
        }
        return null;
    }

    /** The {@code .jsonl} files directly in a directory, sorted (none when it is not one). */
    private static List<Path> jsonlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jsonl") && Files.isRegularFile(p)).sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public EvalResult run(EvalContext ctx) throws IOException {
        List<Page> pages = read(ctx);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("language data '" + ctx.data() + "' has no page with text");
        }
        LanguageDetector detector = LanguageDetector.shared();
        // warm-up (profiles loaded, JIT) over every page once, not billed to the rate
        for (Page p : pages) {
            detector.detect(p.text());
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int declared = 0;
        int agree = 0;
        int confident = 0;
        int declaredConfident = 0;
        int confidentAgree = 0;
        int overruled = 0;
        int english = 0;
        int gated = 0;
        long nanos = 0;
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        Map<String, Integer> detectedCounts = new TreeMap<>();
        List<String> disagreements = new ArrayList<>();
        List<String> undeclaredMinority = new ArrayList<>();
        List<Detection> undeclared = new ArrayList<>();
        List<String> undeclaredIds = new ArrayList<>();
        for (Page p : pages) {
            long t0 = cpu.getCurrentThreadCpuTime();
            Detection d = detector.detect(p.text());
            nanos += cpu.getCurrentThreadCpuTime() - t0;
            ArticleLanguage lang = ArticleLanguage.of(p.declared(), p.text());
            if (d.confident()) {
                confident++;
            }
            if ("en".equals(d.language())) {
                english++;
            }
            if (detector.detect(p.cleaned()).confidentlyNot("en")) {
                gated++;
            }
            detectedCounts.merge(d.language(), 1, Integer::sum);
            String primary = ArticleLanguage.primary(p.declared());
            if (primary == null) {
                undeclared.add(d);
                undeclaredIds.add(p.id());
                continue;
            }
            declared++;
            confusion.computeIfAbsent(primary, k -> new TreeMap<>()).merge(d.language(), 1, Integer::sum);
            boolean same = primary.equals(d.language());
            if (same) {
                agree++;
            } else {
                disagreements.add(String.format(Locale.ROOT, "  %s: declared %s, detected %s (confidence %.3f, %d "
                        + "letters, runner-up %s) -> language %s", p.id(), p.declared(), d.language(),
                        d.confidence(), d.letters(), d.runnerUp(), lang.language()));
            }
            if (d.confident()) {
                declaredConfident++;
                if (same) {
                    confidentAgree++;
                }
            }
            if (lang.source() == ArticleLanguage.Source.DETECTED_OVER_DECLARED) {
                overruled++;
            }
        }
        int n = pages.size();
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("declared", declared / (double) n);
        if (declared > 0) { // no agreement to give on data that declares nothing
            m.put("agreement", agree / (double) declared);
            m.put("overruled", overruled / (double) declared);
        }
        if (declaredConfident > 0) {
            m.put("confident_agreement", confidentAgree / (double) declaredConfident);
        }
        m.put("confident", confident / (double) n);
        m.put("english", english / (double) n);
        m.put("not_english_confident", gated / (double) n);
        m.put("pages_per_s", nanos == 0 ? 0 : n / (nanos / 1e9));
        String usual = detectedCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        for (int i = 0; i < undeclared.size(); i++) {
            Detection d = undeclared.get(i);
            if (!d.language().equals(usual)) {
                undeclaredMinority.add(String.format(Locale.ROOT, "  %s: detected %s (confidence %.3f, %d letters, "
                        + "runner-up %s)%s", undeclaredIds.get(i), d.language(), d.confidence(), d.letters(),
                        d.runnerUp(), d.confident() ? "" : ", not settled"));
            }
        }
        ctx.log().println("detected (pages): " + detectedCounts);
        if (!undeclaredMinority.isEmpty()) {
            ctx.log().println("undeclared pages detected in another language than the most common, " + usual + " ("
                    + undeclaredMinority.size() + "):");
            undeclaredMinority.forEach(ctx.log()::println);
        }
        if (declared > 0) {
            ctx.log().println("declared -> detected (pages):");
            confusion.forEach((k, v) -> ctx.log().println("  " + k + " -> " + v));
        }
        ctx.log().println(String.format(Locale.ROOT, "declared %d of %d pages; agree %d; settled %d, of which %d "
                + "declared, %d of them agreeing", declared, n, agree, confident, declaredConfident, confidentAgree));
        if (!disagreements.isEmpty()) {
            ctx.log().println("disagreements (" + disagreements.size() + "):");
            disagreements.forEach(ctx.log()::println);
        }
        return ctx.result(n, m, null);
    }

    private static List<Page> read(EvalContext ctx) throws IOException {
        Path data = ctx.data();
        int limit = ctx.limit();
        List<Page> pages = new ArrayList<>();
        Cleaner cleaner = Cleaner.create();
        switch (layout(data)) {
            case "snippets" -> {
                JsonNode root = MAPPER.readTree(data.resolve("expectations.json").toFile());
                Map<String, JsonNode> entries = new TreeMap<>();
                for (Map.Entry<String, JsonNode> e : root.properties()) {
                    entries.put(e.getKey(), e.getValue());
                }
                for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
                    if (limit > 0 && pages.size() >= limit) {
                        break;
                    }
                    Path file = data.resolve("html").resolve(e.getKey());
                    if (!Files.isRegularFile(file)) {
                        continue;
                    }
                    JsonNode url = e.getValue().get("url");
                    page(ctx, pages, cleaner, e.getKey(), Files.readAllBytes(file),
                            url == null || url.isNull() ? null : url.asText());
                }
            }
            case "aeb" -> {
                for (AebPage p : AebReader.read(data, limit)) {
                    page(ctx, pages, cleaner, p.id(), p.html(), p.url());
                }
            }
            default -> {
                List<Path> files = Files.isRegularFile(data) ? List.of(data) : jsonlFiles(data);
                for (Path file : files) {
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        if (line.isBlank()) {
                            continue;
                        }
                        JsonNode o = MAPPER.readTree(line);
                        // a line is an article, or a cluster of them ({documents: [...]}, the summarization sets)
                        for (JsonNode a : o.has("documents") ? o.get("documents") : List.of(o)) {
                            if (limit > 0 && pages.size() >= limit) {
                                return pages;
                            }
                            JsonNode text = a.get("text");
                            if (text == null || text.asText().isBlank()) {
                                continue;
                            }
                            String id = a.path("id").asText("item " + (pages.size() + 1));
                            RawArticle raw = new RawArticle(id, id, null, a.path("title").asText(null), null,
                                    text.asText());
                            pages.add(new Page(id, null, raw.text(), cleaner.clean(raw).text()));
                        }
                    }
                }
            }
        }
        return pages;
    }

    private static void page(EvalContext ctx, List<Page> pages, Cleaner cleaner, String id, byte[] html, String url) {
        try {
            RawArticle raw = Ingest.webPage(id, HtmlDecoder.decode(html, null).text(), url);
            pages.add(new Page(id, raw.language(), raw.text(), cleaner.clean(raw).text()));
        } catch (RuntimeException e) {
            ctx.log().println("  " + id + ": no article text (" + e.getMessage() + "); not scored");
        }
    }
}
