package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.eval.ReportSchema;
import org.concord.model.Document;
import org.concord.model.RemovalReason;
import org.concord.model.Report;
import org.concord.report.ReportChecks;
import org.concord.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23 end to end through the real {@code main}: a JSONL record with lone surrogates beside an existing report.
 * The run ends, the report replaces the old one whole (valid UTF-8, valid against the schema, the surrogates
 * replaced and counted), a wrong-typed line is a skipped line, and a run that fails leaves the old report as it was.
 */
class HostileDecodeEndToEndTest {
    private static final String BODY = "The Harbor City council voted 7-2 on Tuesday to freeze ferry fares for two "
            + "years, a win for commuters who had protested a planned increase. Transit director Omar Haddad said "
            + "the agency would cover the gap from its reserve fund.";

    @TempDir
    Path dir;

    @Test
    void aLoneSurrogateBesideAnExistingReportGivesAWholeValidReport() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        // the escapes as written in the file: \ud800 and \udfff are unpaired
        Files.writeString(in.resolve("wire.jsonl"), "{\"id\":\"lone\",\"outlet\":\"Harbor \\udfff Wire\","
                + "\"title\":\"Fares \\ud800 frozen\",\"published\":\"2022-04-12\",\"text\":\"" + BODY
                + " Riders called it \\ud800 good news.\"}\n{\"id\":\"typed\",\"text\":12345}\n");
        Path out = Files.createDirectories(dir.resolve("out")).resolve("report.json");
        byte[] old = ("{\"schema\": \"concord.report/1\", \"old\": \"" + "x".repeat(50_000) + "\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        Files.write(out, old);

        Cli.Run r = Cli.run("analyze", in.toString(), "--format", "json", "--out", out.toString(), "-q");

        assertEquals(Main.PARTIAL, r.status(), r.err());
        assertTrue(r.err().contains("\"text\" is a number, not a string"), r.err());
        String json = strictUtf8(Files.readAllBytes(out));
        assertEquals(List.of(), ReportSchema.validate(json));
        Report report = ReportJson.read(out);
        assertEquals(List.of(), ReportChecks.check(report));
        assertEquals(1, report.documents().size(), json);
        Document d = report.documents().get(0);
        assertEquals("Fares \uFFFD frozen", d.title());
        assertEquals("Harbor \uFFFD Wire", d.outlet());
        assertTrue(d.text().contains("called it \uFFFD good news"), d.text());
        assertEquals(3, d.removed().stream().filter(x -> x.reason() == RemovalReason.INVALID_CHARACTER).count(),
                d.removed().toString());
        assertTrue(report.skipped().stream().anyMatch(s -> s.source().endsWith("wire.jsonl:2")),
                report.skipped().toString());
        assertFalse(Files.list(out.getParent()).anyMatch(p -> !p.equals(out)), "no temporary file left behind");

        // Markdown over an existing report.md: written whole, valid UTF-8
        Path md = out.resolveSibling("report.md");
        Files.write(md, old);
        Cli.Run m = Cli.run("analyze", in.toString(), "--format", "md", "--out", md.toString(), "-q");
        assertEquals(Main.PARTIAL, m.status(), m.err());
        assertTrue(strictUtf8(Files.readAllBytes(md)).contains("Fares \uFFFD frozen"));

        // a run that fails (nothing to analyse) leaves the report it would have replaced byte for byte
        byte[] before = Files.readAllBytes(out);
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("typed.jsonl"), "{\"text\": 12345}\n");
        Cli.Run f = Cli.run("analyze", empty.toString(), "--format", "json", "--out", out.toString(), "-q");
        assertEquals(Main.FAILED, f.status(), f.err());
        assertArrayEquals(before, Files.readAllBytes(out));
    }

    @Test
    void aLoneSurrogateInAnEarlierReportOrACorrectionsFileIsReplaced() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Fares frozen\n\n" + BODY + "\n");
        Path first = dir.resolve("first.json");
        Cli.Run r0 = Cli.run("analyze", in.toString(), "--format", "json", "--out", first.toString(), "-q");
        assertEquals(Main.OK, r0.status(), r0.err());
        // an earlier report edited by hand (or by a tool) to hold escaped unpaired surrogates
        String edited = Files.readString(first).replace("Fares frozen", "Fares \\ud800 frozen");
        assertTrue(edited.contains("\\ud800"), "the title was edited");
        Path previous = dir.resolve("previous.json");
        Files.writeString(previous, edited);
        Path corrections = dir.resolve("corrections.json");
        Files.writeString(corrections, "{\"corrections\": [{\"op\": \"split\", \"documents\": [\"gone-\\udc00\"]}]}");
        Files.createDirectories(dir.resolve("more"));
        Files.writeString(dir.resolve("more/b.txt"), "Ferry riders react\n\nRiders on the Harbor City ferry said the "
                + "fare freeze approved on Tuesday was a relief after months of protests.\n");
        Path out = dir.resolve("report.json");

        Cli.Run r = Cli.run("analyze", dir.resolve("more").toString(), "--previous", previous.toString(),
                "--corrections", corrections.toString(), "--format", "json", "--out", out.toString(), "-q");

        assertEquals(Main.OK, r.status(), r.err());
        String json = strictUtf8(Files.readAllBytes(out));
        assertEquals(List.of(), ReportSchema.validate(json));
        assertTrue(json.contains("Fares \uFFFD frozen"), json);
        assertFalse(json.contains("\\ud800") || json.contains("\\udc00"), json);
    }

    private static String strictUtf8(byte[] b) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
    }
}
