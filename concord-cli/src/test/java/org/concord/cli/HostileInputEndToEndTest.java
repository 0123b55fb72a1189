package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.concord.model.Report;
import org.concord.model.Skipped;
import org.concord.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code concord analyze} on a small hostile corpus through the real {@code main} (issue 23): a FIFO, a link out of
 * the inputs, an archive with path traversal and a tar link, an article past {@code --max-article-chars} and inputs
 * past {@code --max-batch-chars} are each skipped with their reason while the good articles are analysed; a limit
 * too large to hold is a one-line usage error.
 */
class HostileInputEndToEndTest {
    private static final String ARTICLE = String.join("\n",
            "Harbor council approves ferry fare freeze",
            "By Lena Ortiz | April 12, 2022 9:30am",
            "The Harbor City council voted 7-2 on Tuesday to freeze ferry fares for two years.",
            "\u201cThis keeps the ferry within reach of the people who depend on it,\u201d council member "
                    + "Rosa Delgado said after the vote.");

    @TempDir
    Path dir;

    @Test
    void badInputsAreSkippedWithTheirReasonsAndTheGoodOnesAnalysed() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), ARTICLE);
        Files.writeString(in.resolve("b.txt"), ARTICLE.replace("Tuesday", "Wednesday").replace("7-2", "6-3"));
        Files.writeString(in.resolve("long.txt"), ARTICLE + "\n" + "The vote was long. ".repeat(200));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "Secret headline\nNot for the report.\n");
        Files.createSymbolicLink(in.resolve("secret.txt"), secret);
        Path fifo = in.resolve("pipe.txt");
        boolean fifoMade = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        Path zip = in.resolve("evil.zip");
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new java.util.zip.ZipEntry("../escape.txt"));
            z.write("Escaped headline\nShould never be read.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Path last = Files.createDirectories(dir.resolve("zlast"));
        Files.writeString(last.resolve("c.txt"), ARTICLE.replace("ferry", "bus"));
        Path out = dir.resolve("report.json");

        Cli.Run r = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> Cli.run("analyze", in.toString(),
                last.toString(), "--out", out.toString(), "-q", "--max-article-chars", "1000",
                "--max-batch-chars", String.valueOf(2 * ARTICLE.length() + 10)));

        assertEquals(Main.PARTIAL, r.status(), r.err());
        Report report = ReportJson.read(out);
        assertEquals(2, report.documents().size(), () -> report.skipped().toString());
        Map<String, String> why = report.skipped().stream()
                .collect(Collectors.toMap(Skipped::source, Skipped::reason, (a, b) -> a + " | " + b));
        assertEquals("symbolic link outside the inputs (use --follow-links)", why.get(in.resolve("secret.txt")
                .toString()), why::toString);
        assertEquals("zip entry named \"../escape.txt\": an absolute path or '..' (path traversal), not read",
                why.get(zip + "!/../escape.txt"), why::toString);
        assertTrue(why.get(in.resolve("long.txt").toString()).endsWith("limit 1000 (--max-article-chars)"),
                why::toString);
        assertTrue(why.get(last.resolve("c.txt").toString()).contains("--max-batch-chars"), why::toString);
        if (fifoMade) {
            assertEquals("not a regular file: FIFO", why.get(fifo.toString()), why::toString);
        }
        assertTrue(report.documents().stream().noneMatch(d -> d.toString().contains("Secret")));
    }

    @Test
    void aLimitTooLargeToHoldIsAOneLineUsageError() {
        for (String flag : List.of("--max-file-size", "--max-decompressed-size", "--max-article-chars")) {
            Cli.Run r = Cli.run("extract", dir.toString(), flag, "3000000000");
            assertEquals(Main.USAGE, r.status(), r.err());
            assertEquals("concord: " + flag + " must be at most 2147483639 (just under 2 GiB, the most one input "
                    + "can hold in memory), got 3000000000", r.err().lines().findFirst().orElse(""));
        }
        Cli.Run huge = Cli.run("analyze", dir.toString(), "--max-batch-bytes", "99999999999999999999");
        assertEquals(Main.USAGE, huge.status(), huge.err());
    }
}
