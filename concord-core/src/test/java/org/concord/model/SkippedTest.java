package org.concord.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.ingest.Ingest;
import org.concord.ingest.IngestOptions;
import org.concord.ingest.IngestResult;
import org.concord.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A skipped input tells a copy read once from an input that could not be read, for both kinds of copy Ingest
 * finds, and the report's JSON of a skipped input stays {source, reason} (contract concord.report/1).
 */
class SkippedTest {
    @TempDir
    Path dir;

    @Test
    void ingestMarksBothKindsOfCopyAsDuplicatesAndNothingElse() throws IOException {
        String article = "Harbor council approves ferry fare freeze\nThe council voted on Tuesday to freeze fares.\n";
        Files.writeString(dir.resolve("a.txt"), article);
        Files.writeString(dir.resolve("b.txt"), article);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        String line = "{\"text\":\"The council froze ferry fares on Tuesday. Commuters welcomed it.\"}\n";
        Files.writeString(dir.resolve("two.jsonl"), line.replace("{", "{\"id\":\"j1\",")
                + line.replace("{", "{\"id\":\"j2\","), StandardCharsets.UTF_8);
        IngestResult r = Ingest.create(IngestOptions.defaults()).read(List.of(dir));
        assertEquals(2, r.articles().size(), r.skipped().toString());
        List<Skipped> copies = r.skipped().stream().filter(Skipped::duplicate).toList();
        assertEquals(2, copies.size(), r.skipped().toString());
        assertTrue(copies.stream().anyMatch(s -> s.source().endsWith("b.txt") && s.reason().contains("same bytes")),
                copies.toString());
        assertTrue(copies.stream().anyMatch(s -> !s.reason().contains("same bytes")), copies.toString());
        List<Skipped> others = r.skipped().stream().filter(s -> !s.duplicate()).toList();
        assertEquals(1, others.size(), r.skipped().toString());
        assertEquals("empty file", others.get(0).reason());
    }

    @Test
    void theJsonOfASkippedInputIsSourceAndReasonOnlyAndReadsBackTheSame() throws IOException {
        Skipped copy = Skipped.duplicateOf("in/b.txt", "in/a.txt", true);
        assertEquals("duplicate of in/a.txt (same bytes); read once", copy.reason());
        String json = ReportJson.mapper().writeValueAsString(copy);
        JsonNode node = ReportJson.mapper().readTree(json);
        assertEquals(List.of("source", "reason"), fieldNames(node));
        Skipped back = ReportJson.mapper().readValue(json, Skipped.class);
        assertEquals(copy, back);
        assertTrue(back.duplicate());
        assertFalse(new Skipped("in/c.txt", "empty file").duplicate());
        assertFalse(new Skipped("in/d.txt", null).duplicate());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
