package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.ingest.html.BlockModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code concord train extraction} on a tiny snippet-layout set written here. */
class TrainExtractionCommandTest {
    private static String page(String topic) {
        return "<html><body><nav><a href=/1>Home</a> <a href=/2>Sign up for our newsletter now</a></nav>"
                + "<article><p>The " + topic + " committee met on Monday and agreed a plan for the coming year, its"
                + " chair said after a long session.</p><p>Members asked for a report on costs before the next "
                + "meeting in March, which the chair promised.</p></article>"
                + "<div class=related><a href=/3>Read more stories about the " + topic + " committee here</a></div>"
                + "</body></html>";
    }

    @Test
    void trainsADeterministicTableFromBothLayoutsRulesAndRefusesHeldOutNames(@TempDir Path tmp) throws Exception {
        Path set = tmp.resolve("snippets");
        Files.createDirectories(set.resolve("html"));
        StringBuilder json = new StringBuilder("{");
        String[] topics = {"harbour", "library", "school", "water", "transport", "parks"};
        for (int i = 0; i < topics.length; i++) {
            Files.writeString(set.resolve("html/p" + i + ".html"), page(topics[i]), StandardCharsets.UTF_8);
            json.append(i == 0 ? "" : ",").append("\"p").append(i).append(".html\": {\"url\": null, \"with\": [\"The ")
                    .append(topics[i]).append(" committee met on Monday\", \"a report on costs\"], \"without\": "
                    + "[\"Sign up for our newsletter\", \"Read more stories\"]}");
        }
        Files.writeString(set.resolve("expectations.json"), json.append("}").toString(), StandardCharsets.UTF_8);
        Path out = tmp.resolve("model.tsv");
        Cli.Run r = Cli.run("train", "extraction", "--data", set.toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        String table = Files.readString(out);
        assertTrue(table.contains("# trained by: concord train extraction --data snippets"), table);
        try (BufferedReader in = Files.newBufferedReader(out)) {
            BlockModel m = BlockModel.parse(in);
            assertTrue(m.dropOnly());
            assertEquals(0.20, m.dropBelow());
        }
        Path again = tmp.resolve("again.tsv");
        assertEquals(0, Cli.run("train", "extraction", "--data", set.toString(), "--out", again.toString()).status());
        assertEquals(table, Files.readString(again));

        Path dev = tmp.resolve("dev");
        Files.move(set, dev);
        Cli.Run refused = Cli.run("train", "extraction", "--data", dev.toString(), "--out", out.toString());
        assertNotEquals(0, refused.status());
        assertTrue(refused.err().contains("held out"), refused.err());
        Cli.Run wrong = Cli.run("train", "extraction", "--data", tmp.toString(), "--out", out.toString());
        assertNotEquals(0, wrong.status());
        assertTrue(wrong.err().contains("expectations.json"), wrong.err());
    }
}
