package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.model.Report;
import org.concord.report.ReportChecks;
import org.concord.report.ReportJson;
import org.concord.eval.ReportSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives {@code concord analyze} end to end on a tiny corpus written here, with every kind of bad input. */
class AnalyzeEndToEndTest {
    private static final String ARTICLE_A = String.join("\n",
            "Harbor council approves ferry fare freeze",
            "By Lena Ortiz | April 12, 2022 9:30am",
            "The Harbor City council voted 7-2 on Tuesday to freeze ferry fares for two years, "
                    + "a win for commuters who had protested a planned increase.",
            "\u201cThis keeps the ferry within reach of the people who depend on it,\u201d council member "
                    + "Rosa Delgado said after the vote.",
            "Transit director Omar Haddad said the agency would cover the gap from its reserve fund.",
            "Subscribe to our newsletter for the latest city news.");
    private static final String ARTICLE_B = String.join("\n",
            "Ferry fares frozen after council vote",
            "Harbor City ferry riders will pay the same fares until 2024 after the city council voted on Tuesday "
                    + "to freeze them.",
            "\"This keeps the ferry within reach of the people who depend on it,\" said council member Rosa Delgado.",
            "The transit agency will draw on its reserve fund to cover the cost, director Omar Haddad said.");

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void analyzesGoodInputsAndSkipsEachBadOneWithAReason() throws IOException {
        write("harbor-a.txt", ARTICLE_A.getBytes(StandardCharsets.UTF_8));
        write("harbor-b.txt", ARTICLE_B.getBytes(StandardCharsets.UTF_8));
        write("empty.txt", new byte[0]);
        write("junk.txt", new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 17, 99, 0, 0, 0, 5, 6, 7, 8});
        write("feed.jsonl", ("{\"id\":\"j1\",\"outlet\":\"Harbor Wire\",\"title\":\"Ferry fares\",\"published\":"
                + "\"2022-04-12\",\"text\":\"The council froze ferry fares on Tuesday. Commuters welcomed the vote.\"}\n"
                + "{this is not json\n").getBytes(StandardCharsets.UTF_8));
        write("big.txt", ("Harbor news. ".repeat(400)).getBytes(StandardCharsets.UTF_8));
        // not UTF-8: a Latin-1 file is decoded, not lost
        write("latin.txt", ("Caf\u00e9 owners by the harbor welcome the fare freeze\nThe owner of the Caf\u00e9 "
                + "Marin said the ferry brings most of her customers.").getBytes(StandardCharsets.ISO_8859_1));
        // an unreadable path: a link to nothing
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        Path out = dir.resolve("out").resolve("report.json");

        Cli.Run r = Cli.run("analyze", dir.toString(), "--format", "json", "--out", out.toString(),
                "--max-file-size", "4000", "--quiet");

        assertEquals(Main.PARTIAL, r.status(), r.err());
        String json = Files.readString(out);
        assertEquals(List.of(), ReportSchema.validate(json));
        Report report = ReportJson.read(out);
        assertEquals(List.of(), ReportChecks.check(report));
        List<String> ids = report.documents().stream().map(d -> d.id()).sorted().toList();
        assertEquals(List.of("harbor-a", "harbor-b", "j1", "latin"), ids);
        assertTrue(report.documents().stream().anyMatch(d -> d.text().contains("Caf\u00e9 Marin")));
        List<String> skipped = new ArrayList<>();
        report.skipped().forEach(s -> skipped.add(Path.of(s.source()).getFileName() + " " + s.reason()));
        assertTrue(skipped.stream().anyMatch(s -> s.startsWith("empty.txt")), skipped.toString());
        assertTrue(skipped.stream().anyMatch(s -> s.startsWith("junk.txt")), skipped.toString());
        assertTrue(skipped.stream().anyMatch(s -> s.startsWith("big.txt")), skipped.toString());
        assertTrue(skipped.stream().anyMatch(s -> s.startsWith("feed.jsonl") && s.contains("2")), skipped.toString());
        assertTrue(skipped.stream().anyMatch(s -> s.startsWith("gone.txt")), skipped.toString());
        for (String name : List.of("empty.txt", "junk.txt", "big.txt", "feed.jsonl", "gone.txt")) {
            assertTrue(r.err().contains(name), "stderr names " + name + ":\n" + r.err());
        }
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("concord.report/1", root.get("schema").asText());
        // the two outlets' versions of the ferry vote are one story, and the quote is one ledger entry
        JsonNode story = null;
        for (JsonNode s : root.get("stories")) {
            if (s.get("documents").toString().contains("harbor-a")) {
                story = s;
            }
        }
        assertTrue(story != null && story.get("documents").toString().contains("harbor-b"), root.toString());
        boolean merged = false;
        for (JsonNode q : story.get("quotes")) {
            if (q.get("text").asText().contains("within reach") && q.get("occurrences").size() == 2) {
                merged = true;
                assertEquals("Rosa Delgado", q.get("speaker").get("name").asText());
            }
        }
        assertTrue(merged, story.get("quotes").toString());
    }

    @Test
    void writesMarkdownAndHtml() throws IOException {
        write("harbor-a.txt", ARTICLE_A.getBytes(StandardCharsets.UTF_8));
        Path md = dir.resolve("r.md");
        Path html = dir.resolve("r.html");
        assertEquals(Main.OK, Cli.run("analyze", dir.resolve("harbor-a.txt").toString(), "--format", "md",
                "--out", md.toString(), "-q").status());
        assertEquals(Main.OK, Cli.run("analyze", dir.resolve("harbor-a.txt").toString(), "--format", "html",
                "--out", html.toString(), "-q").status());
        assertTrue(Files.readString(md).contains("Rosa Delgado"));
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void usageErrorsExitTwoAndNameTheProblem() {
        Cli.Run badFormat = Cli.run("analyze", dir.toString(), "--format", "pdf");
        assertEquals(Main.USAGE, badFormat.status());
        assertTrue(badFormat.err().contains("--format"), badFormat.err());
        Cli.Run missing = Cli.run("analyze", dir.resolve("nope").toString());
        assertEquals(Main.USAGE, missing.status());
        assertTrue(missing.err().contains("nope"), missing.err());
        Cli.Run badFlag = Cli.run("analyze", "--frobnicate", dir.toString());
        assertEquals(Main.USAGE, badFlag.status());
        assertTrue(badFlag.err().contains("--frobnicate"), badFlag.err());
    }

    @Test
    void aFolderWithNoArticlesIsNothingAnalysed() throws IOException {
        Files.createDirectories(dir.resolve("nothing"));
        Cli.Run r = Cli.run("analyze", dir.resolve("nothing").toString(), "-q", "--out",
                dir.resolve("r.json").toString());
        assertEquals(Main.FAILED, r.status(), r.err());
        assertTrue(r.err().contains("nothing"), r.err());
    }

    @Test
    void versionAndHelp() {
        assertTrue(Cli.run("--version").out().startsWith("concord "));
        assertTrue(Cli.run("analyze", "--help").out().contains("--format"));
    }
}
