package org.concord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.ingest.RawArticle;

/**
 * A {@code concord serve} that {@link BenchServeCommand} started in a JVM of its own (this JVM's java, class path,
 * heap size and -D flags), and the HTTP calls the bench makes to it.
 */
final class BenchServer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    private final Process process;
    private final String url;
    private final Path log;
    private final double startS;
    private final HttpClient http;

    private BenchServer(Process process, String url, Path log, double startS, HttpClient http) {
        this.process = process;
        this.url = url;
        this.log = log;
        this.startS = startS;
        this.http = http;
    }

    /**
     * Starts {@code concord serve} on data folder {@code dir} with {@code threads} workers (and the test annotator
     * {@code annotatorClass} when not null), and waits at most {@code timeoutS} seconds for it to listen.
     */
    static BenchServer start(Path dir, String name, int threads, String annotatorClass, int timeoutS,
                             HttpClient http) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-D")) {
                cmd.add(a);
            }
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--data",
                dir.toString(), "--port", "0", "--threads", Integer.toString(threads)));
        if (annotatorClass != null) {
            cmd.addAll(List.of("--annotator-class", annotatorClass));
        }
        Path out = dir.resolveSibling(dir.getFileName() + "-server-" + name + ".out");
        Path log = dir.resolveSibling(dir.getFileName() + "-server-" + name + ".log");
        Files.deleteIfExists(out);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
        long end = System.nanoTime() + timeoutS * 1_000_000_000L;
        while (System.nanoTime() < end) {
            String text = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
            Matcher mt = LISTENING.matcher(text);
            if (mt.find()) {
                return new BenchServer(p, mt.group(1), log, (System.nanoTime() - t0) / 1e9, http);
            }
            if (!p.isAlive()) {
                throw new IOException("the server exited with status " + p.exitValue() + " before listening: "
                        + tail(log));
            }
            Thread.sleep(50); // polls the child's output for its address
        }
        p.destroyForcibly();
        throw new IOException("the server did not start within " + timeoutS + "s: " + tail(log));
    }

    Process process() {
        return process;
    }

    String url() {
        return url;
    }

    Path log() {
        return log;
    }

    /** Seconds from starting the JVM to the server listening. */
    double startS() {
        return startS;
    }

    /** The last lines of a server's log, for error messages. */
    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** SIGTERM (the server closes its store), then waits. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(120)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new IOException("GET " + path + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** One POST of {@code docs} as JSON Lines with the bearer {@code token}. */
    HttpResponse<String> postBatch(String token, List<RawArticle> docs) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (RawArticle a : docs) {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", a.id());
            if (a.outlet() != null) {
                o.put("outlet", a.outlet());
            }
            if (a.title() != null) {
                o.put("title", a.title());
            }
            if (a.published() != null) {
                o.put("published", a.published());
            }
            o.put("text", a.text());
            body.append(JSON.writeValueAsString(o)).append('\n');
        }
        return http.send(HttpRequest.newBuilder(URI.create(url + "/v1/documents"))
                .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
