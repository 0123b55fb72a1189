package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.model.Report;
import org.concord.model.Skipped;
import org.concord.model.Story;
import org.concord.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A German web page in a batch of English articles, end to end with the real annotator: {@code extract} gives it
 * language "de" (its template's {@code lang="en"} overruled by its text), {@code analyze} keeps it, lists it, and
 * names it among the skipped inputs with the reason (exit status 3), and the English articles come out as they do
 * without it.
 */
class LanguageEndToEndTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static final String GERMAN_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Zebra aus dem Stadtzoo entlaufen</title></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Zebra aus dem Stadtzoo entlaufen</h1>
            <p>Ein Zebra ist am Freitagmorgen aus dem Stadtzoo entlaufen und hat stundenlang den Verkehr in der
            Innenstadt aufgehalten. Autofahrer filmten das Tier, wie es zwischen den Stra\u00dfenbahnen trabte.</p>
            <p>\u201eWir haben das Tier nach drei Stunden unverletzt eingefangen\u201c, sagte eine Sprecherin des
            Zoos. Die Polizei bat die Autofahrer, das Gebiet weitr\u00e4umig zu umfahren, bis die Tierpfleger das
            Zebra zur\u00fcckgebracht hatten.</p>
            <p>Wie das Zebra aus seinem Gehege gelangen konnte, ist noch unklar. Der Zoo will den Zaun nun
            erh\u00f6hen lassen.</p></article></body></html>
            """;

    private void english(Path in) throws IOException {
        Files.writeString(in.resolve("harbour-1.txt"), String.join("\n",
                "Council approves harbour budget",
                "The Lindmouth council approved the harbour budget on Thursday after a long debate.",
                "\u201cWe will fund the new pier this year,\u201d said council leader Anna Berg.",
                "The budget also pays for dredging the channel, which ferry operators had asked for."));
        Files.writeString(in.resolve("harbour-2.txt"), String.join("\n",
                "Harbour budget passes council vote",
                "Lindmouth's council passed the harbour budget on Thursday, funding a new pier.",
                "Council leader Anna Berg said the pier would be built this year.",
                "Ferry operators welcomed the money for dredging the channel."));
        Files.writeString(in.resolve("rail-1.txt"), String.join("\n",
                "Night trains return to the coast line",
                "Night trains will run again on the coast line from June, the rail operator said on Friday.",
                "The service was cut three years ago when the old sleeper carriages were retired.",
                "Tickets go on sale next week, with cabins for two or four passengers."));
    }

    @Test
    void aGermanPageIsReadAsGermanAndPassedOverByTheEnglishStages() throws IOException {
        Path mixed = Files.createDirectories(dir.resolve("in"));
        english(mixed);
        Path enOut = dir.resolve("en.json");
        Cli.Run a = Cli.run("analyze", mixed.toString(), "--format", "json", "--out", enOut.toString(), "-q");
        assertEquals(Main.OK, a.status(), a.err());

        Files.writeString(mixed.resolve("zebra.html"), GERMAN_PAGE);
        Cli.Run x = Cli.run("extract", mixed.toString(), "--format", "json");
        assertEquals(Main.OK, x.status(), x.err());
        Map<String, String> language = new HashMap<>();
        for (String line : x.out().split("\n")) {
            JsonNode n = MAPPER.readTree(line);
            language.put(n.get("id").asText(), n.get("language").asText());
        }
        assertEquals(Map.of("zebra", "de", "harbour-1", "en", "harbour-2", "en", "rail-1", "en"), language);

        Path mixedOut = dir.resolve("mixed.json");
        Cli.Run b = Cli.run("analyze", mixed.toString(), "--format", "json", "--out", mixedOut.toString(), "-q");
        assertEquals(Main.PARTIAL, b.status(), "a document not analysed is reported as such: " + b.err());

        Report without = ReportJson.read(enOut);
        Report with = ReportJson.read(mixedOut);
        assertTrue(with.documents().stream().anyMatch(d -> d.id().equals("zebra")), "the German page is listed");
        assertEquals(1, with.skipped().size(), with.skipped()::toString);
        Skipped s = with.skipped().get(0);
        assertEquals(mixed.resolve("zebra.html").toString(), s.source());
        assertTrue(s.reason().startsWith("not analysed by the English stages: the text is in German (de, "),
                s::reason);
        assertTrue(b.err().contains(s.reason()), b.err());

        Story zebra = with.stories().stream().filter(t -> t.documents().contains("zebra")).findFirst().orElseThrow();
        assertEquals(List.of("zebra"), zebra.documents());
        assertTrue(zebra.entities().isEmpty() && zebra.quotes().isEmpty() && zebra.summary().isEmpty()
                && zebra.timeline().isEmpty() && zebra.claims().isEmpty(), zebra::toString);
        assertEquals(without.stories(), with.stories().stream().filter(t -> t != zebra).toList());
        assertEquals(without.documents(), with.documents().stream().filter(d -> !d.id().equals("zebra")).toList());
    }
}
