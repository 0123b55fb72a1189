package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.concord.model.Report;
import org.concord.model.Skipped;
import org.concord.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit status and report files of {@code concord analyze}, end to end: a byte-identical copy of an input is read
 * once and listed as skipped, but only an input that could not be read makes exit status 3; the report file is
 * replaced whole, with no temporary file left, and a write that fails leaves what was there.
 */
class ExitStatusEndToEndTest {
    private static final String ARTICLE = String.join("\n",
            "Harbor council approves ferry fare freeze",
            "By Lena Ortiz | April 12, 2022 9:30am",
            "The Harbor City council voted 7-2 on Tuesday to freeze ferry fares for two years.",
            "\u201cThis keeps the ferry within reach of the people who depend on it,\u201d council member "
                    + "Rosa Delgado said after the vote.");

    @TempDir
    Path dir;

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDuplicateInputIsListedAsSkippedButIsNoFailure() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), ARTICLE);
        Files.writeString(in.resolve("b.txt"), ARTICLE);
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path out = outDir.resolve("report.json");
        Files.writeString(out, "an earlier report\n");

        Cli.Run r = Cli.run("analyze", in.toString(), "--out", out.toString(), "-q");

        assertEquals(Main.OK, r.status(), r.err());
        Report report = ReportJson.read(out);
        assertEquals(1, report.documents().size());
        assertEquals(List.of(new Skipped(in.resolve("b.txt").toString(),
                "duplicate of " + in.resolve("a.txt") + " (same bytes); read once")), report.skipped());
        assertEquals(List.of("report.json"), names(outDir), "no temporary file is left");

        Files.write(in.resolve("c.txt"), new byte[0]);
        Cli.Run partial = Cli.run("analyze", in.toString(), "--out", out.toString(), "-q");
        assertEquals(Main.PARTIAL, partial.status(), "an input that could not be read: " + partial.err());

        Path folder = Files.createDirectories(outDir.resolve("taken.json"));
        Cli.Run blocked = Cli.run("analyze", in.resolve("a.txt").toString(), "--out", folder.toString(), "-q");
        // checked before the analysis, not after it: a usage error, and no model is loaded
        assertEquals(Main.USAGE, blocked.status(), blocked.err());
        assertEquals(List.of("concord: --out " + folder + ": is a directory",
                "Try 'concord analyze --help' for more information."), blocked.err().lines().toList());
        assertEquals(List.of("report.json", "taken.json"), names(outDir));
        assertEquals(List.of(), names(folder));
    }
}
