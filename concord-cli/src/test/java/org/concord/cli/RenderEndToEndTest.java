package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --format json,md,html} writes the three reports in one run; {@code render} re-renders the JSON one
 * without analysing, to the same bytes; a bad report file is a usage error naming the file.
 */
class RenderEndToEndTest {
    private static final String ARTICLE_A = String.join("\n",
            "Harbor council approves ferry fare freeze",
            "By Lena Ortiz | April 12, 2022 9:30am",
            "The Harbor City council voted 7-2 on Tuesday to freeze ferry fares for two years, "
                    + "a win for commuters who had protested a planned increase.",
            "\u201cThis keeps the ferry within reach of the people who depend on it,\u201d council member "
                    + "Rosa Delgado said after the vote.",
            "Transit director Omar Haddad said the agency would cover the gap from its reserve fund.");
    private static final String ARTICLE_B = String.join("\n",
            "Ferry fares frozen after council vote <script>alert(1)</script>",
            "Harbor City ferry riders will pay the same fares until 2024 after the city council voted on Tuesday "
                    + "to freeze them.",
            "\"This keeps the ferry within reach of the people who depend on it,\" said council member Rosa Delgado.",
            "The transit agency will draw on its reserve fund to cover the cost, director Omar Haddad said.");

    @TempDir
    static Path dir;
    static Path corpus;
    static Cli.Run analysed;

    @BeforeAll
    static void analyseOnce() throws IOException {
        corpus = Files.createDirectories(dir.resolve("in"));
        Files.writeString(corpus.resolve("harbor-a.txt"), ARTICLE_A, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("harbor-b.txt"), ARTICLE_B, StandardCharsets.UTF_8);
        analysed = Cli.run("analyze", corpus.toString(), "--format", "json,md,html", "--out",
                dir.resolve("out").resolve("report").toString(), "-q");
    }

    @Test
    void oneRunWritesTheThreeFormatsNextToTheBaseName() throws IOException {
        assertEquals(Main.OK, analysed.status(), analysed.err());
        Path out = dir.resolve("out");
        assertTrue(Files.readString(out.resolve("report.json")).contains("\"schema\" : \"concord.report/1\"")
                || Files.readString(out.resolve("report.json")).contains("\"schema\":\"concord.report/1\""));
        assertTrue(Files.readString(out.resolve("report.md")).startsWith("# Concord report"));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<nav id=\"stories\""), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertEquals("", analysed.out(), "nothing on standard output when --out is given");
    }

    @Test
    void renderGivesTheSameBytesAsAnalyze() throws IOException {
        Path out = dir.resolve("out");
        Path html = dir.resolve("again.html");
        Cli.Run r = Cli.run("render", "--report", out.resolve("report.json").toString(), "--format", "html",
                "--out", html.toString());
        assertEquals(Main.OK, r.status(), r.err());
        assertEquals(Files.readString(out.resolve("report.html")), Files.readString(html));
        Cli.Run md = Cli.run("render", "--report", out.resolve("report.json").toString(), "--format", "md");
        assertEquals(Main.OK, md.status(), md.err());
        assertEquals(Files.readString(out.resolve("report.md")), md.out());
        // html is the default format
        Cli.Run byDefault = Cli.run("render", "--report", out.resolve("report.json").toString());
        assertEquals(Files.readString(out.resolve("report.html")), byDefault.out());
    }

    @Test
    void aFolderOrAnExtensionGivenWithOutIsUnderstood() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Cli.Run r = Cli.run("analyze", corpus.toString(), "--format", "md,html", "--out", folder.toString(), "-q");
        assertEquals(Main.OK, r.status(), r.err());
        assertTrue(Files.isRegularFile(folder.resolve("report.md")));
        assertTrue(Files.isRegularFile(folder.resolve("report.html")));
        assertFalse(Files.exists(folder.resolve("report.json")));
        Cli.Run ext = Cli.run("analyze", corpus.toString(), "--format", "json,html", "--out",
                dir.resolve("named.json").toString(), "-q");
        assertEquals(Main.OK, ext.status(), ext.err());
        assertTrue(Files.isRegularFile(dir.resolve("named.json")));
        assertTrue(Files.isRegularFile(dir.resolve("named.html")));
    }

    @Test
    void badFormatsAndMissingOutAreUsageErrorsBeforeAnyAnalysis() {
        Cli.Run noOut = Cli.run("analyze", corpus.toString(), "--format", "json,html");
        assertEquals(Main.USAGE, noOut.status());
        assertTrue(noOut.err().contains("--out"), noOut.err());
        Cli.Run bad = Cli.run("analyze", corpus.toString(), "--format", "json,pdf", "--out", "x");
        assertEquals(Main.USAGE, bad.status());
        assertTrue(bad.err().contains("got 'pdf'"), bad.err());
        Cli.Run empty = Cli.run("analyze", corpus.toString(), "--format", "json,,md", "--out", "x");
        assertEquals(Main.USAGE, empty.status());
        assertTrue(empty.err().contains("an empty format"), empty.err());
    }

    @Test
    void aBadReportFileIsAUsageErrorNamingTheFile() throws IOException {
        Path missing = dir.resolve("nope.json");
        Cli.Run r = Cli.run("render", "--report", missing.toString());
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("--report: no such file: " + missing), r.err());
        Path garbled = Files.writeString(dir.resolve("garbled.json"), "{\"schema\": \"concord.report/1\", \"docu");
        Cli.Run g = Cli.run("render", "--report", garbled.toString());
        assertEquals(Main.USAGE, g.status());
        assertTrue(g.err().contains(garbled.toString()) && g.err().contains("is not a Concord JSON report"), g.err());
        Path other = Files.writeString(dir.resolve("other.json"), "{\"name\": \"not a report\"}");
        Cli.Run o = Cli.run("render", "--report", other.toString());
        assertEquals(Main.USAGE, o.status());
        assertTrue(o.err().contains(other.toString()), o.err());
        Cli.Run json = Cli.run("render", "--report", dir.resolve("out").resolve("report.json").toString(),
                "--format", "json");
        assertEquals(Main.USAGE, json.status());
        assertTrue(json.err().contains("--format must be html or md"), json.err());
        Cli.Run noReport = Cli.run("render");
        assertEquals(Main.USAGE, noReport.status());
        assertTrue(noReport.err().contains("--report"), noReport.err());
    }

    @Test
    void quotesReadsTheSavedReport() {
        Cli.Run q = Cli.run("quotes", "--report", dir.resolve("out").resolve("report.json").toString());
        assertEquals(Main.OK, q.status(), q.err());
        assertTrue(q.out().contains("Rosa Delgado"), q.out());
    }
}
