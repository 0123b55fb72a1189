package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.concord.model.Report;
import org.concord.model.Story;
import org.concord.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code concord analyze} on the sample corpus, then {@code concord explain} on its ferry strike story. */
class ExplainEndToEndTest {
    @Test
    void explainsEveryMemberOfTheStrikeStory(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("report.json");
        Cli.Run a = Cli.run("analyze", Cli.root().resolve("samples").resolve("demo").toString(), "--format", "json",
                "--out", out.toString(), "--quiet");
        assertEquals(Main.OK, a.status(), a.err());
        Report report = ReportJson.read(out);
        Story strike = report.stories().stream().filter(s -> s.documents().contains("herald-strike-begins"))
                .findFirst().orElseThrow();
        Cli.Run r = Cli.run("explain", "--report", out.toString(), strike.id());
        assertEquals(Main.OK, r.status(), r.err());
        for (String id : strike.documents()) {
            assertTrue(r.out().contains("- " + id + " "), id + " missing:\n" + r.out());
        }
        // the wire copy is explained as a copy, the strike vocabulary is what the reports share, and the
        // follow-up (the ratification weeks later) is named
        assertTrue(r.out().contains("near-copy of cw-ferry-strike-begins"), r.out());
        assertTrue(r.out().toLowerCase(java.util.Locale.ROOT).contains("ferry"), r.out());
        assertTrue(r.out().contains("follow-up"), r.out());
        assertTrue(r.out().contains("(day 2 of the story)"), r.out());
        Cli.Run bad = Cli.run("explain", "--report", out.toString(), "s99");
        assertEquals(Main.USAGE, bad.status());
        assertTrue(bad.err().contains("s99") && bad.err().contains(strike.id()), bad.err());
    }
}
