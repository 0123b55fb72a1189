package org.concord.eval.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand-checked conflicts of a sample of docsets ({@code eval/fixtures/claims-duc2002/gold.json}): the docsets
 * judged, each in a half ({@code rules}: looked at while writing the rules; {@code check}: not), and every conflict
 * the report gave on them in some run, by {@link FoundConflict#key key}, with its verdict. No text of the data:
 * documents, sentence offsets and hashes only.
 */
record ClaimsGold(Map<String, String> halves, Map<String, Judged> conflicts) {
    /** The verdicts: a real conflict, or why it is not one. */
    static final Set<String> VERDICTS = Set.of(Judged.REAL, "different_events", "different_people", "same_value",
            "other");

    /** One judged conflict: its docset and aspect, and the verdict. */
    record Judged(String docset, String aspect, String verdict) {
        static final String REAL = "real";

        boolean real() {
            return verdict.equals(REAL);
        }
    }

    static ClaimsGold read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("claims gold not found: " + file);
        }
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<String, String> halves = new LinkedHashMap<>();
        for (JsonNode d : root.path("docsets")) {
            String half = d.path("half").asText();
            if (!half.equals("rules") && !half.equals("check")) {
                throw new IllegalArgumentException(file + ": docset " + d.path("id").asText()
                        + " has half '" + half + "', not rules or check");
            }
            halves.put(d.path("id").asText(), half);
        }
        Map<String, Judged> conflicts = new LinkedHashMap<>();
        for (JsonNode c : root.path("conflicts")) {
            String docset = c.path("docset").asText();
            String verdict = c.path("verdict").asText();
            if (!halves.containsKey(docset)) {
                throw new IllegalArgumentException(file + ": conflict " + c.path("key").asText() + " is of docset "
                        + docset + ", which is not among the docsets");
            }
            if (!VERDICTS.contains(verdict)) {
                throw new IllegalArgumentException(file + ": conflict " + c.path("key").asText() + " has verdict '"
                        + verdict + "'; known: " + VERDICTS);
            }
            if (conflicts.put(c.path("key").asText(), new Judged(docset, c.path("aspect").asText(), verdict)) != null) {
                throw new IllegalArgumentException(file + ": conflict " + c.path("key").asText() + " is judged twice");
            }
        }
        return new ClaimsGold(halves, conflicts);
    }

    List<String> docsets() {
        return new ArrayList<>(halves.keySet());
    }
}
