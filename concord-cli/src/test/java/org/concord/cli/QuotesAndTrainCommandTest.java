package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.quote.AttributionFilter;
import org.concord.quote.CueLexicon;
import org.concord.quote.SpeakerConfidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code concord quotes} on the sample corpus and {@code concord train quotes} on a tiny PolNeAR-layout split. */
class QuotesAndTrainCommandTest {
    @TempDir
    Path tmp;

    @Test
    void quotesTableAndJsonShowTheLedger() throws Exception {
        Path demo = Cli.root().resolve("samples").resolve("demo");
        Cli.Run table = Cli.run("quotes", demo.toString(), "-q");
        assertEquals(0, table.status(), table.err());
        assertEquals("", table.err());
        // each speaker with its confidence; withheld speakers say so
        assertTrue(table.out().matches("(?s).*\n  Marta Kowalczyk \\(0\\.\\d\\d\\): .*"), table.out());
        assertTrue(table.out().contains("(speaker withheld, confidence 0."), table.out());
        // the remark two outlets worded differently: the quote, then each occurrence with date, outlet and
        // document id, the second with its own wording
        String out = plain(table.out());
        assertTrue(out.contains("  Marta Kowalczyk: \u201CWe will not go back until the company puts a fair offer on "
                + "the table\u201D\n"
                + "      2023-03-14  Lindmouth Herald  herald-strike-begins\n"
                + "      2023-03-14  (no outlet)       northshore-strike-day-one  as \u201CWe won't go back until "
                + "there's a fair offer on the table\u201D\n"), out);
        // quotes are whole: a long one is not cut
        assertTrue(out.contains("they have been patient for longer than anyone had a right to ask.\u201D\n"), out);
        assertTrue(out.strip().endsWith("quotes in 3 stories"), out);

        Cli.Run json = Cli.run("quotes", demo.toString(), "-q", "--format", "json");
        assertEquals(0, json.status(), json.err());
        JsonNode arr = new ObjectMapper().readTree(json.out());
        assertTrue(arr.isArray() && arr.size() > 10, json.out());
        boolean multi = false;
        for (JsonNode q : arr) {
            assertTrue(q.get("text").asText().length() > 0);
            assertTrue(q.get("occurrences").size() >= 1);
            for (JsonNode o : q.get("occurrences")) {
                assertTrue(o.has("document") && o.has("outlet") && o.get("published").asText().matches("\\d{4}-.*"),
                        o.toString());
            }
            multi |= q.get("outlets").size() >= 2;
        }
        assertTrue(multi, "some quote is carried by two outlets");
        assertEquals(arr.size() + " quotes in 3 stories", out.strip().lines().reduce((a, b) -> b).orElseThrow());

        Cli.Run bad = Cli.run("quotes", demo.toString(), "--format", "xml");
        assertEquals(Main.USAGE, bad.status());
        assertTrue(bad.err().contains("--format"), bad.err());
    }

    /** {@code --report}, {@code --speaker} and {@code --width} on a report written once by analyze. */
    @Test
    void quotesFromASavedReportFilteredAndCut() throws Exception {
        Path demo = Cli.root().resolve("samples").resolve("demo");
        Path report = tmp.resolve("report.json");
        assertEquals(0, Cli.run("analyze", demo.toString(), "-q", "--out", report.toString()).status());

        Cli.Run all = Cli.run("quotes", "--report", report.toString());
        assertEquals(0, all.status(), all.err());
        assertEquals("", all.err(), "no models, no progress");
        int quotes = Integer.parseInt(all.out().strip().lines().reduce((a, b) -> b).orElseThrow().split(" ")[0]);

        Cli.Run marta = Cli.run("quotes", "--report", report.toString(), "--speaker", "KOWAL");
        assertEquals(0, marta.status(), marta.err());
        List<String> speakers = plain(marta.out()).lines().filter(l -> l.matches("  \\S.*"))
                .map(l -> l.split(":")[0])
                .distinct().toList();
        assertEquals(List.of("  Marta Kowalczyk"), speakers, marta.out());
        String last = marta.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.matches("\\d+ of " + quotes + " quotes, in 2 of 3 stories, match --speaker 'KOWAL': "
                + "Marta Kowalczyk \\(\\d+\\)"), last);

        Cli.Run json = Cli.run("quotes", "--report", report.toString(), "--speaker", "kowal", "--format", "json",
                "-q");
        assertEquals(0, json.status(), json.err());
        JsonNode arr = new ObjectMapper().readTree(json.out());
        assertTrue(last.startsWith(arr.size() + " of "), last);
        arr.forEach(q -> assertEquals("Marta Kowalczyk", q.get("speaker").asText()));
        double min = new ObjectMapper().readTree(Files.readString(report)).get("analysis").get("min_confidence")
                .asDouble();
        arr.forEach(q -> assertTrue(q.get("confidence").asDouble() >= min, q.toString()));

        // a higher threshold withholds more; every speaker withheld at 1 (unless a quote's is exactly 1.00)
        Cli.Run strict = Cli.run("quotes", "--report", report.toString(), "--min-confidence", "1", "--format",
                "json");
        assertEquals(0, strict.status(), strict.err());
        new ObjectMapper().readTree(strict.out()).forEach(q -> assertTrue(q.get("speaker").isNull()
                || q.get("confidence").asDouble() >= 1.0, q.toString()));
        Cli.Run bad = Cli.run("quotes", "--report", report.toString(), "--min-confidence", "2");
        assertEquals(Main.USAGE, bad.status());
        assertTrue(bad.err().contains("--min-confidence must be a number from 0 to 1, got 2.0"), bad.err());

        Cli.Run none = Cli.run("quotes", "--report", report.toString(), "--speaker", "Nobody Atall");
        assertEquals(0, none.status(), none.err());
        assertTrue(none.out().startsWith("no quote matches --speaker 'Nobody Atall' (" + quotes
                + " quotes in 3 stories); speakers: Marta Kowalczyk ("), none.out());
        Cli.Run noneJson = Cli.run("quotes", "--report", report.toString(), "--speaker", "Nobody", "--format",
                "json");
        assertEquals(0, noneJson.status(), noneJson.err());
        assertEquals(0, new ObjectMapper().readTree(noneJson.out()).size());
        assertTrue(noneJson.err().startsWith("concord: no quote matches --speaker 'Nobody'"), noneJson.err());

        Cli.Run cut = Cli.run("quotes", "--report", report.toString(), "--width", "20");
        assertEquals(0, cut.status(), cut.err());
        assertTrue(plain(cut.out()).contains("  Marta Kowalczyk: \u201CWe will not go back\u2026\u201D\n"), cut.out());
        assertTrue(cut.out().lines().filter(l -> l.startsWith("  ") && !l.startsWith("      "))
                .allMatch(l -> l.substring(l.indexOf(": ") + 2).replaceAll("[\u201C\u201D]", "").length() <= 20),
                cut.out());

        for (String[] args : new String[][] {{"--width", "9"}, {"--width", "0"}}) {
            Cli.Run narrow = Cli.run("quotes", "--report", report.toString(), args[0], args[1]);
            assertEquals(Main.USAGE, narrow.status());
            assertTrue(narrow.err().contains("--width must be at least 10, got " + args[1]), narrow.err());
        }
        Cli.Run both = Cli.run("quotes", demo.toString(), "--report", report.toString());
        assertEquals(Main.USAGE, both.status());
        assertTrue(both.err().contains("not both"), both.err());
        Cli.Run neither = Cli.run("quotes");
        assertEquals(Main.USAGE, neither.status());
        assertTrue(neither.err().contains("--report FILE"), neither.err());
        Cli.Run missing = Cli.run("quotes", "--report", tmp.resolve("nope.json").toString());
        assertEquals(Main.USAGE, missing.status());
        assertTrue(missing.err().contains("--report: no such file"), missing.err());
        Files.writeString(tmp.resolve("notes.json"), "{\"hello\": 1");
        Cli.Run notReport = Cli.run("quotes", "--report", tmp.resolve("notes.json").toString());
        assertEquals(Main.USAGE, notReport.status());
        assertTrue(notReport.err().contains("is not a Concord JSON report"), notReport.err());
    }

    /** A one-article split in PolNeAR's layout at {@code split}, with four attributions. */
    /** The table without each speaker's confidence ("Marta Kowalczyk (0.97): " becomes "Marta Kowalczyk: "). */
    static String plain(String table) {
        return table.replaceAll(" \\(\\d\\.\\d\\d\\): ", ": ");
    }

    static void writeSplit(Path split) throws Exception {
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        String text = "Headline\n\nThe mayor said the talks failed last night. Polls show the race is close. "
                + "The union said it would strike on Monday. Aides said nothing new at all. Reporters walked out. "
                + "Officials argued the weather was fine today.";
        Files.writeString(split.resolve("text").resolve("a.txt"), text, StandardCharsets.UTF_8);
        StringBuilder ann = new StringBuilder();
        int t = 1;
        int e = 1;
        for (String[] a : new String[][] {{"The mayor", "said", "the talks failed last night"},
                {"Polls", "show", "the race is close"}, {"The union", "said", "it would strike on Monday"},
                {"Aides", "said", "nothing new at all"}}) {
            int src = text.indexOf(a[0]);
            int cue = text.indexOf(a[1], src);
            int con = text.indexOf(a[2], cue);
            ann.append("T").append(t).append("\tSource ").append(src).append(' ').append(src + a[0].length())
                    .append('\t').append(a[0]).append('\n');
            ann.append("T").append(t + 1).append("\tCue ").append(cue).append(' ').append(cue + a[1].length())
                    .append('\t').append(a[1]).append('\n');
            ann.append("T").append(t + 2).append("\tContent ").append(con).append(' ')
                    .append(con + a[2].length()).append('\t').append(a[2]).append('\n');
            ann.append("T").append(t + 3).append("\tAttribution ").append(cue).append(' ')
                    .append(cue + a[1].length()).append('\t').append(a[1]).append('\n');
            ann.append("E").append(e).append("\tAttribution:T").append(t + 3).append(" Source:T").append(t)
                    .append(" Cue:T").append(t + 1).append(" Content:T").append(t + 2).append('\n');
            t += 4;
            e++;
        }
        Files.writeString(split.resolve("attributions").resolve("a_x1.ann"), ann.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void trainQuotesCountsCuesFromAnnotations() throws Exception {
        Path split = tmp.resolve("split");
        writeSplit(split);
        Path out = tmp.resolve("lexicon.tsv");
        Path filter = tmp.resolve("filter.tsv");
        Path confidence = tmp.resolve("confidence.tsv");
        Cli.Run r = Cli.run("train", "quotes", "--data", split.toString(), "--out", out.toString(), "--filter-out",
                filter.toString(), "--confidence-out", confidence.toString(), "--threads", "1");
        assertEquals(0, r.status(), r.err());
        // the filter: a threshold and weights, with the bias among them
        AttributionFilter f = AttributionFilter.read(new ByteArrayInputStream(Files.readAllBytes(filter)));
        assertTrue(f.threshold() > 0 && f.threshold() < 1);
        assertTrue(Files.readString(filter).contains("\nBIAS\t"), Files.readString(filter));
        // the speaker confidence: a table with a threshold in [0, 1] and a bias, even from a split this small
        SpeakerConfidence c = SpeakerConfidence.read(new ByteArrayInputStream(Files.readAllBytes(confidence)));
        assertTrue(c.threshold() >= 0 && c.threshold() <= 1);
        assertTrue(Files.readString(confidence).contains("\nBIAS\t"), Files.readString(confidence));
        CueLexicon lex = CueLexicon.read(new ByteArrayInputStream(Files.readAllBytes(out)));
        // "said" is a cue 3 times out of 3; "show" once (below the count needed to keep it); "walked" never
        assertEquals(1.0, lex.probability("said", "the"), 1e-9);
        assertEquals(0.0, lex.probability("show", "the"), 1e-9);
        assertEquals(0.0, lex.probability("walked", "out"), 1e-9);
        // the same split gives the same file, byte for byte
        Path again = tmp.resolve("again.tsv");
        Path filterAgain = tmp.resolve("filter-again.tsv");
        Path confidenceAgain = tmp.resolve("confidence-again.tsv");
        assertEquals(0, Cli.run("train", "quotes", "--data", split.toString(), "--out", again.toString(),
                "--filter-out", filterAgain.toString(), "--confidence-out", confidenceAgain.toString(), "--threads",
                "1").status());
        assertEquals(Files.readString(out), Files.readString(again));
        assertEquals(Files.readString(filter), Files.readString(filterAgain));
        assertEquals(Files.readString(confidence), Files.readString(confidenceAgain));
        // the headers name the split read and a hash of its content
        for (Path written : new Path[] {out, filter, confidence}) {
            assertTrue(Files.readString(written).lines().anyMatch(l -> l.matches("# split split, sha256 [0-9a-f]{64} "
                    + "of its 2 files .*")), Files.readString(written));
        }

        Cli.Run unknown = Cli.run("train", "stories", "--data", split.toString(), "--out", out.toString());
        assertEquals(Main.USAGE, unknown.status());
        assertTrue(unknown.err().contains("unknown train task"), unknown.err());
    }

    @Test
    void trainQuotesRefusesTheHeldOutSplitsUnlessForced() throws Exception {
        for (String name : new String[] {"dev", "test", "Dev"}) {
            Path split = tmp.resolve(name.equals("Dev") ? "upper" : "lower").resolve(name);
            writeSplit(split);
            Path out = tmp.resolve(name + "-lexicon.tsv");
            Cli.Run refused = Cli.run("train", "quotes", "--data", split.toString(), "--out", out.toString(),
                    "--filter-out", tmp.resolve(name + "-filter.tsv").toString(), "--confidence-out",
                    tmp.resolve(name + "-confidence.tsv").toString(), "--threads", "1");
            assertEquals(Main.USAGE, refused.status(), refused.err());
            assertTrue(refused.err().contains("refusing to train on the '" + name + "' split")
                    && refused.err().contains("--force"), refused.err());
            assertTrue(Files.notExists(out), "nothing is written when refused");
        }
        Path dev = tmp.resolve("lower").resolve("dev");
        Path out = tmp.resolve("forced-lexicon.tsv");
        Cli.Run forced = Cli.run("train", "quotes", "--data", dev.toString(), "--out", out.toString(), "--filter-out",
                tmp.resolve("forced-filter.tsv").toString(), "--confidence-out",
                tmp.resolve("forced-confidence.tsv").toString(), "--threads", "1", "--force");
        assertEquals(0, forced.status(), forced.err());
        assertTrue(Files.readString(out).contains("\n# split dev, sha256 "), Files.readString(out));
    }
}
