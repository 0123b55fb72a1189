package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code concord token create} and {@code concord serve} through the real {@code Main}: the token printed is the
 * one the server accepts, {@code --port 0} prints the port it took, and bad values are usage errors. (The API
 * itself is tested in concord-serve.)
 */
class ServeCommandTest {
    @TempDir
    Path data;

    @Test
    void aCreatedTokenIsAcceptedByTheServerOnTheRandomPortItPrints() throws Exception {
        Cli.Run created = Cli.run("token", "create", "newsroom", "--data", data.toString());
        assertEquals(Main.OK, created.status(), created.err());
        String token = created.out().strip();
        assertTrue(token.matches("concord_[A-Za-z0-9_-]{43}"), token);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> serving = CompletableFuture.supplyAsync(() -> Main.execute(
                new String[] {"serve", "--data", data.toString(), "--port", "0", "--threads", "1", "--watch",
                        data.resolve("inbox").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true)));
        try {
            Matcher m = Pattern.compile("listening on (http://127\\.0\\.0\\.1:(\\d+))").matcher("");
            for (int i = 0; i < 1200 && !m.reset(out.toString()).find() && !serving.isDone(); i++) {
                Thread.sleep(100); // waits for the server to start; no time is asserted
            }
            assertTrue(m.reset(out.toString()).find(), () -> "out: " + out + "\nerr: " + err + "\nstatus: " + serving.handle((v, e) -> e == null ? "exit " + v : e.toString()).join());
            String url = m.group(1);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            HttpResponse<String> denied = http.send(HttpRequest.newBuilder(URI.create(url + "/v1/documents"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"x\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, denied.statusCode());
            // a body with no text is refused before anything is stored: no model needs to load
            HttpResponse<String> allowed = http.send(HttpRequest.newBuilder(URI.create(url + "/v1/documents"))
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"x\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, allowed.statusCode(), "the token is accepted; the body is then checked");
            // --watch: the folder is made and scanned; a file with no article is set aside (no model loads)
            java.nio.file.Files.write(data.resolve("inbox").resolve("empty.txt"), new byte[0]);
            Path failed = data.resolve("inbox").resolve(".failed").resolve("empty.txt");
            for (int i = 0; i < 1200 && !java.nio.file.Files.exists(failed); i++) {
                Thread.sleep(100); // waits for two scans; no time is asserted
            }
            assertTrue(java.nio.file.Files.exists(failed), err::toString);
            assertTrue(err.toString().contains("watch: empty.txt: no document read"), err::toString);
        } finally {
            ServeCommand.stopRunning();
        }
        assertEquals(Main.OK, (int) serving.get(), err.toString());
    }

    @Test
    void badValuesAreUsageErrors() {
        Cli.Run port = Cli.run("serve", "--port", "70000", "--data", data.toString());
        assertEquals(Main.USAGE, port.status());
        assertEquals("concord: --port must be between 0 and 65535, got 70000", port.err().lines().findFirst().orElse(""));
        Cli.Run failures = Cli.run("serve", "--feed-max-failures", "0", "--data", data.toString());
        assertEquals(Main.USAGE, failures.status());
        assertTrue(failures.err().startsWith("concord: --feed-max-failures must be at least 1"), failures.err());
        Path notAFolder = data.resolve("not-a-folder.txt");
        try {
            java.nio.file.Files.writeString(notAFolder, "x");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Cli.Run watchFile = Cli.run("serve", "--watch", notAFolder.toString(), "--data", data.toString());
        assertEquals(Main.USAGE, watchFile.status());
        assertTrue(watchFile.err().contains("is not a folder"), watchFile.err());
        Cli.Run noName = Cli.run("token", "create", "--data", data.toString());
        assertEquals(Main.USAGE, noName.status());
        Cli.Run noCommand = Cli.run("token");
        assertEquals(Main.USAGE, noCommand.status());
        assertTrue(noCommand.err().contains("a token command is required: create"), noCommand.err());
        Cli.Run badDb = Cli.run("token", "create", "x", "--db", "postgresql://nowhere/db", "--data", data.toString());
        assertEquals(Main.FAILED, badDb.status());
        assertTrue(badDb.err().contains("not a JDBC URL"), badDb.err());
    }
}
