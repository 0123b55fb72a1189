package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.model.Document;
import org.concord.model.Report;
import org.concord.model.Story;
import org.concord.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code concord serve --import DIR} through the real {@code Main}: a folder in the Spark job's layout is imported
 * and served; the same folder again changes nothing; a missing or broken folder, or a store that already holds
 * documents, is one line naming the file (or the store) and the reason, exit 1, before anything is served. (The
 * import itself is tested in concord-serve, ServeImportTest.)
 */
class ServeImportCommandTest {
    @TempDir
    Path work;

    /** A small job output: two documents in one story, written as AnalyzeJob writes its folder. */
    private Path jobOutput(String name, String... ids) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (String id : ids) {
            docs.add(new Document(id, "articles/" + id + ".txt", "Harbour Post", "Ferry strike day " + id,
                    "2023-03-14", false, "Ferry workers walked out on Tuesday, the union said (" + id + ").",
                    List.of(), null));
        }
        Story story = new Story("s-" + ids[0], "Ferry workers strike", List.of(ids), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        Report report = new Report(docs, List.of(story), List.of());
        Path dir = Files.createDirectories(work.resolve(name));
        ObjectWriter line = ReportJson.mapper().writer();
        Files.writeString(dir.resolve("report.json"), ReportJson.toJson(report));
        Files.writeString(dir.resolve("stories.jsonl"), line.writeValueAsString(story) + "\n");
        StringBuilder d = new StringBuilder();
        for (Document x : docs) {
            d.append(line.writeValueAsString(x)).append('\n');
        }
        Files.writeString(dir.resolve("documents.jsonl"), d.toString());
        Files.writeString(dir.resolve("skipped.jsonl"), "");
        return dir;
    }

    /** What a served run printed, and what the server answered on /v1/stories while it ran. */
    private record Served(int status, String err, String stories) {}

    private static Served serve(Path data, Path importDir) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> serving = CompletableFuture.supplyAsync(() -> Main.execute(
                new String[] {"serve", "--data", data.toString(), "--port", "0", "--threads", "1",
                        "--import", importDir.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true)));
        String stories;
        try {
            Matcher m = Pattern.compile("listening on (http://127\\.0\\.0\\.1:(\\d+))").matcher("");
            for (int i = 0; i < 1200 && !m.reset(out.toString()).find() && !serving.isDone(); i++) {
                Thread.sleep(100); // waits for the server to start; no time is asserted
            }
            assertTrue(m.reset(out.toString()).find(), () -> "out: " + out + "\nerr: " + err);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(m.group(1) + "/v1/stories")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            stories = r.body();
        } finally {
            ServeCommand.stopRunning();
        }
        return new Served(serving.get(), err.toString(), stories);
    }

    @Test
    void anImportedFolderIsServedAndImportingItAgainChangesNothing() throws Exception {
        Path data = work.resolve("data");
        Path job = jobOutput("job", "a1", "a2");
        Served first = serve(data, job);
        assertEquals(Main.OK, first.status(), first.err());
        assertTrue(first.err().contains("import: 2 documents and 1 stories from " + job), first.err());
        assertTrue(first.stories().contains("\"s-a1\""), first.stories());
        Served again = serve(data, job);
        assertEquals(Main.OK, again.status(), again.err());
        assertTrue(again.err().contains("was imported on "), again.err());
        assertTrue(again.err().contains("nothing changed"), again.err());
        assertTrue(again.stories().contains("\"s-a1\""), again.stories());

        Path other = jobOutput("other", "b1");
        Cli.Run refused = Cli.run("serve", "--data", data.toString(), "--port", "0", "--import", other.toString());
        assertEquals(Main.FAILED, refused.status());
        assertTrue(refused.err().startsWith("concord: cannot import " + other + ": the store already holds 2 "
                + "documents (from an import of another report); --import loads a job's output into an empty store "
                + "only"), refused.err());
        assertEquals("", refused.out(), "nothing is served");
    }

    @Test
    void aMissingOrBrokenFolderIsRefusedWithExitOne() throws Exception {
        Path data = work.resolve("data");
        Path missing = work.resolve("nowhere");
        Cli.Run none = Cli.run("serve", "--data", data.toString(), "--port", "0", "--import", missing.toString());
        assertEquals(Main.FAILED, none.status());
        assertEquals("concord: cannot import " + missing + ": no such folder", none.err().strip());

        Path broken = jobOutput("broken", "c1");
        Files.writeString(broken.resolve("report.json"), "{\"schema\": \"concord.report/1\", \"documents\": [");
        Cli.Run bad = Cli.run("serve", "--data", data.toString(), "--port", "0", "--import", broken.toString());
        assertEquals(Main.FAILED, bad.status());
        assertTrue(bad.err().startsWith("concord: cannot import " + broken.resolve("report.json")
                + ": not valid JSON at line 1"), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());

        Path noStories = jobOutput("no-stories", "d1");
        Files.delete(noStories.resolve("stories.jsonl"));
        Cli.Run cut = Cli.run("serve", "--data", data.toString(), "--port", "0", "--import", noStories.toString());
        assertEquals(Main.FAILED, cut.status());
        assertTrue(cut.err().startsWith("concord: cannot import " + noStories.resolve("stories.jsonl")
                + ": missing"), cut.err());

        // the store was left empty: a good folder still imports
        Served ok = serve(data, jobOutput("good", "e1"));
        assertEquals(Main.OK, ok.status(), ok.err());
        assertTrue(ok.stories().contains("\"s-e1\""), ok.stories());
    }

    @Test
    void theFlagNeedsAFolder() {
        Cli.Run run = Cli.run("serve", "--import");
        assertEquals(Main.USAGE, run.status());
        assertTrue(run.err().contains("--import"), run.err());
    }
}
