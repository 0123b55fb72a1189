package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Path fixtures() {
        Path d = Cli.root().resolve("concord-core/src/test/resources/org/concord/ingest/fixtures");
        assertTrue(Files.isDirectory(d), "ingest fixtures missing at " + d);
        return d;
    }

    @Test
    void jsonFormatWritesOneObjectPerArticleAndNamesSkippedInputs() throws Exception {
        Cli.Run r = Cli.run("extract", fixtures().toString(), "--format", "json");
        assertEquals(Main.PARTIAL, r.status(), r.err()); // the link-only feed item is skipped
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            lines.add(MAPPER.readTree(line));
        }
        assertEquals(6, lines.size(), r.out());
        JsonNode page = lines.stream().filter(n -> n.get("id").asText().equals("harbour-page")).findFirst()
                .orElseThrow();
        assertEquals("The Lindmouth Herald", page.get("outlet").asText());
        assertEquals("2023-03-16", page.get("published").asText());
        assertEquals("Ada Quill", page.get("authors").get(0).asText());
        assertTrue(page.get("text").asText().startsWith("Ferry crews in Lindmouth voted"));
        assertTrue(page.get("removed").size() >= 8);
        assertTrue(r.err().contains("link only"), r.err());
    }

    @Test
    void textFormatAndUsageErrors(@TempDir Path dir) throws Exception {
        Path page = Files.copy(fixtures().resolve("harbour-page.html"), dir.resolve("p.html"));
        Cli.Run r = Cli.run("extract", page.toString());
        assertEquals(Main.OK, r.status(), r.err());
        assertTrue(r.out().startsWith("# p\nsource: https://herald.example/"), r.out());
        assertEquals(Main.USAGE, Cli.run("extract", page.toString(), "--format", "xml").status());
        assertEquals(Main.USAGE, Cli.run("extract", page.toString(), "--max-html-depth", "0").status());
        Path bad = Files.write(dir.resolve("bad.zip"), new byte[] {'P', 'K', 3, 4, 9, 9});
        Cli.Run b = Cli.run("extract", bad.toString());
        assertEquals(Main.FAILED, b.status());
        assertTrue(b.err().contains("bad.zip"), b.err());
    }
}
