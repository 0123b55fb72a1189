package org.concord.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.concord.pipeline.PlainAnnotator;
import org.concord.annotate.TextAnnotator;

/** A server started on a random port for a test, with an HTTP client and a token (Javalin's testing style). */
final class Served implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    final ServeApp app;
    final String token;
    final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newHttpClient();

    Served(ServeConfig config) {
        this(config, SourceOptions.defaults());
    }

    /** A server with these sources (a watched folder, the feed schedule, the clock feeds are due by). */
    Served(ServeConfig config, SourceOptions sources) {
        this(config, sources, new PlainAnnotator());
    }

    /** A server annotating with {@code annotator} (the rule-based {@link PlainAnnotator} elsewhere). */
    Served(ServeConfig config, SourceOptions sources, TextAnnotator annotator) {
        Consumer<String> sink = log::add;
        this.app = ServeApp.start(config.withPort(0).withThreads(1), sources, annotator, sink);
        this.token = app.tokens().create("test");
    }

    static ServeConfig config(Path data) {
        return ServeConfig.defaults(data);
    }

    record Response(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Response post(String path, String body, String contentType, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", contentType);
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return send(b);
    }

    Response post(String path, String body) {
        return post(path, body, "application/x-ndjson", token);
    }

    Response delete(String path, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).DELETE();
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return send(b);
    }

    URI uri(String path) {
        return URI.create(app.url() + path);
    }

    Response send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the worker to drain the queue; a generous cap only guards against a hang, it times nothing. */
    void awaitAnalysed() {
        awaitAnalysed(Duration.ofMinutes(3));
    }

    /** Waits at most {@code max} for the work queue to drain. */
    void awaitAnalysed(Duration max) {
        try {
            if (!app.awaitIdle(max)) {
                throw new AssertionError("the queue was not drained; log: " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The repository root (the build sets concord.root). */
    static Path root() {
        String p = System.getProperty("concord.root");
        return p == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(p);
    }

    /** The sample corpus of the repository (samples/demo) as JSON Lines: each text file as {id, text}, then wire.jsonl. */
    static List<String> demoLines() {
        Path dir = root().resolve("samples/demo");
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".txt")) {
                    ObjectNode o = JSON.createObjectNode();
                    o.put("id", name.substring(0, name.length() - 4));
                    o.put("text", Files.readString(f, StandardCharsets.UTF_8));
                    lines.add(o.toString());
                } else if (name.endsWith(".jsonl")) {
                    Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(lines::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    @Override
    public void close() {
        app.close();
    }
}
