package org.concord.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * POST /v1/corrections (merge, split, move, pin, speaker: audited, applied by a re-analysis, and applied again by
 * every later one) and the entity routes, on the sample corpus.
 */
abstract class ServeCorrectionsTest extends StoreBackedTest {
    private Served demo() {
        Served s = new Served(store.config(data));
        assertEquals(202, s.post("/v1/documents", String.join("\n", Served.demoLines())).status());
        s.awaitAnalysed();
        return s;
    }

    private static String storyOf(Served s, String doc) {
        return s.get("/v1/documents/" + Served.encode(doc)).json().get("story").asText();
    }

    private static List<String> members(Served s, String story) {
        List<String> out = new ArrayList<>();
        s.get("/v1/stories/" + story).json().get("documents").forEach(d -> out.add(d.asText()));
        return out;
    }

    /** Stories with their documents, largest first. */
    private static List<List<String>> stories(Served s) {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode st : s.get("/v1/stories?sort=size&limit=200").json().get("stories")) {
            out.add(members(s, st.get("id").asText()));
        }
        return out;
    }

    private static Served.Response correct(Served s, String json) {
        return s.post("/v1/corrections", json, "application/json", s.token);
    }

    @Test
    void splitMergeAndMoveHoldAfterEveryReanalysis() {
        try (Served s = demo()) {
            List<List<String>> before = stories(s);
            assertTrue(before.size() >= 3 && before.get(0).size() >= 3, before.toString());
            List<String> big = before.get(0);
            String alone = big.get(big.size() - 1);
            String small = before.get(before.size() - 1).get(0);
            String other = before.get(1).get(0);

            Served.Response r = correct(s, "[{\"op\": \"split\", \"documents\": [\"" + alone + "\"]}, "
                    + "{\"op\": \"merge\", \"documents\": [\"" + small + "\", \"" + other + "\"]}]");
            assertEquals(202, r.status(), r.body());
            JsonNode made = r.json().get("corrections");
            assertEquals(2, made.size());
            assertEquals("test", made.get(0).get("created_by").asText(), "audited with the token's name");
            assertTrue(made.get(0).get("created_at").asText().endsWith("Z"));
            s.awaitAnalysed();
            assertEquals(List.of(alone), members(s, storyOf(s, alone)), "split: the document is a story of its own");
            assertFalse(members(s, storyOf(s, big.get(0))).contains(alone));
            assertEquals(storyOf(s, small), storyOf(s, other), "merge: one story");

            // a new version of the split document would join its old story again; the correction is re-applied
            String text = s.get("/v1/documents/" + Served.encode(alone)).json().get("document").get("text").asText();
            String again = Served.JSON.createObjectNode().put("id", alone).put("text", text + " More followed.")
                    .toString();
            assertEquals("queued", s.post("/v1/documents", again).json().get("documents").get(0).get("state").asText());
            s.awaitAnalysed();
            assertEquals(List.of(alone), members(s, storyOf(s, alone)), "still split after a re-analysis");
            assertEquals(storyOf(s, small), storyOf(s, other), "still merged after a re-analysis");

            String mover = big.get(0);
            assertEquals(202, correct(s, "{\"op\": \"move\", \"document\": \"" + mover + "\", \"to\": \"" + alone
                    + "\"}").status());
            s.awaitAnalysed();
            assertEquals(storyOf(s, alone), storyOf(s, mover), "move: the document joined the other story");

            JsonNode audit = s.get("/v1/corrections").json().get("corrections");
            assertEquals(List.of("split", "merge", "move"), List.of(audit.get(0).get("op").asText(),
                    audit.get(1).get("op").asText(), audit.get(2).get("op").asText()));
            assertEquals(List.of(mover, alone), List.of(audit.get(2).get("documents").get(0).asText(),
                    audit.get(2).get("documents").get(1).asText()));
            JsonNode page = s.get("/v1/corrections?limit=2").json();
            assertEquals(2, page.get("corrections").size());
            JsonNode rest = s.get("/v1/corrections?limit=2&cursor=" + Served.encode(page.get("next_cursor").asText()))
                    .json();
            assertEquals(1, rest.get("corrections").size());
            assertEquals("move", rest.get("corrections").get(0).get("op").asText());
            assertTrue(rest.get("next_cursor").isNull());
        }
    }

    @Test
    void pinKeepsExactlyTheseDocumentsTogether() {
        try (Served s = demo()) {
            List<List<String>> before = stories(s);
            String a = before.get(0).get(0);
            String b = before.get(1).get(0);
            assertEquals(202, correct(s, "{\"op\": \"pin\", \"documents\": [\"" + a + "\", \"" + b + "\"]}").status());
            s.awaitAnalysed();
            List<String> pinned = new ArrayList<>(members(s, storyOf(s, a)));
            pinned.sort(null);
            List<String> expected = new ArrayList<>(List.of(a, b));
            expected.sort(null);
            assertEquals(expected, pinned);
        }
    }

    @Test
    void aSpeakerFixIsAppliedAndHoldsAfterAReanalysis() {
        try (Served s = demo()) {
            JsonNode quotes = s.get("/v1/quotes?limit=200").json().get("quotes");
            assertFalse(quotes.isEmpty(), "the sample corpus has quotes");
            JsonNode first = quotes.get(0);
            String quote = first.get("quote").get("id").asText();
            String story = first.get("story").asText();
            assertEquals(202, correct(s, "{\"op\": \"speaker\", \"quote\": \"" + quote + "\", "
                    + "\"speaker\": \"Jane Example\"}").status());
            s.awaitAnalysed();
            JsonNode found = s.get("/v1/quotes?speaker=jane+example").json().get("quotes");
            assertEquals(1, found.size(), found.toString());
            assertEquals(quote, found.get(0).get("quote").get("id").asText());
            JsonNode inStory = quoteIn(s.get("/v1/stories/" + story).json(), quote);
            assertEquals("Jane Example", inStory.get("speaker").get("name").asText());

            assertEquals(202, s.post("/v1/documents", "{\"id\": \"late\", \"text\": \"Ferry crews met again on "
                    + "Friday. Nothing was agreed.\"}").status());
            s.awaitAnalysed();
            assertEquals(1, s.get("/v1/quotes?speaker=jane+example").json().get("quotes").size(),
                    "the fix holds after a re-analysis");

            assertEquals(202, correct(s, "{\"op\": \"speaker\", \"quote\": \"" + quote + "\", \"speaker\": null}")
                    .status());
            s.awaitAnalysed();
            assertTrue(s.get("/v1/quotes?speaker=jane+example").json().get("quotes").isEmpty());
            JsonNode speaker = quoteIn(s.get("/v1/stories/" + story).json(), quote).get("speaker");
            assertTrue(speaker == null || speaker.isNull(), "the last fix holds: no speaker");
        }
    }

    @Test
    void aWithdrawnCorrectionIsUndoneAndStaysInTheAuditTrail() {
        try (Served s = demo()) {
            List<List<String>> before = stories(s);
            List<String> big = before.get(0);
            String alone = big.get(big.size() - 1);
            JsonNode first = s.get("/v1/quotes?limit=200").json().get("quotes").get(0);
            String quote = first.get("quote").get("id").asText();
            String foundName = speakerOf(s, quote);
            assertNotEquals("Jane Example", foundName);

            JsonNode made = correct(s, "[{\"op\": \"split\", \"documents\": [\"" + alone + "\"]}, {\"op\": "
                    + "\"speaker\", \"quote\": \"" + quote + "\", \"speaker\": \"Jane Example\"}]").json()
                    .get("corrections");
            long split = made.get(0).get("id").asLong();
            long speaker = made.get(1).get("id").asLong();
            s.awaitAnalysed();
            assertEquals(List.of(alone), members(s, storyOf(s, alone)));
            assertEquals("Jane Example", speakerOf(s, quote));

            assertEquals(401, s.delete("/v1/corrections/" + split, null).status(), "withdrawing needs a token");
            Served.Response w = s.delete("/v1/corrections/" + split, s.token);
            assertEquals(200, w.status(), w.body());
            assertEquals("test", w.json().get("withdrawn_by").asText());
            assertTrue(w.json().get("withdrawn_at").asText().endsWith("Z"));
            assertEquals("split", w.json().get("op").asText());
            s.awaitAnalysed();
            assertEquals(storyOf(s, big.get(0)), storyOf(s, alone), "the split is undone: back in its story");
            assertEquals("Jane Example", speakerOf(s, quote), "the speaker fix still holds");

            assertEquals(200, s.delete("/v1/corrections/" + speaker, s.token).status());
            s.awaitAnalysed();
            assertEquals(foundName, speakerOf(s, quote), "the quote has the speaker the analysis found again");
            assertTrue(s.get("/v1/quotes?speaker=jane+example").json().get("quotes").isEmpty());

            Served.Response again = s.delete("/v1/corrections/" + split, s.token);
            assertEquals(409, again.status(), again.body());
            assertTrue(again.body().contains("withdrawn by test"), again.body());
            assertEquals(404, s.delete("/v1/corrections/999999", s.token).status());
            Served.Response bad = s.delete("/v1/corrections/abc", s.token);
            assertEquals(400, bad.status());
            assertTrue(bad.body().contains("id"), bad.body());

            JsonNode audit = s.get("/v1/corrections").json().get("corrections");
            assertEquals(2, audit.size(), "both stay in the audit trail");
            for (JsonNode k : audit) {
                assertEquals("test", k.get("withdrawn_by").asText());
            }
        }
    }

    /** The speaker's name the stored story holding {@code quote} gives it (null for none). */
    private static String speakerOf(Served s, String quote) {
        for (JsonNode q : s.get("/v1/quotes?limit=200").json().get("quotes")) {
            if (q.get("quote").get("id").asText().equals(quote)) {
                JsonNode sp = quoteIn(s.get("/v1/stories/" + q.get("story").asText()).json(), quote).get("speaker");
                return sp == null || sp.isNull() ? null : sp.get("name").asText();
            }
        }
        throw new AssertionError("no quote " + quote + " in the store");
    }

    private static JsonNode quoteIn(JsonNode story, String id) {
        for (JsonNode q : story.get("quotes")) {
            if (q.get("id").asText().equals(id)) {
                return q;
            }
        }
        throw new AssertionError("no quote " + id + " in " + story.get("id"));
    }

    @Test
    void badCorrectionsAreProblemsAndStoreNothing() {
        try (Served s = new Served(store.config(data).withWorker(false))) {
            assertEquals(202, s.post("/v1/documents", "{\"id\": \"a\", \"text\": \"One.\"}\n"
                    + "{\"id\": \"b\", \"text\": \"Two.\"}").status());
            for (String bad : List.of("{\"op\": \"shuffle\"}", "{\"op\": \"merge\", \"documents\": [\"a\"]}",
                    "{\"op\": \"merge\", \"documents\": [\"a\", \"a\"]}", "{\"op\": \"move\", \"document\": \"a\"}",
                    "{\"op\": \"split\", \"documents\": \"a\"}", "{\"op\": \"speaker\", \"quote\": \"q-1\"}",
                    "[{\"op\": \"split\", \"documents\": [\"a\"]}, {\"op\": \"merge\", \"documents\": [\"a\", \"nobody\"]}]",
                    "{\"op\": \"speaker\", \"quote\": \"q-none\", \"speaker\": \"X\"}", "[]", "not json", "42")) {
                Served.Response r = correct(s, bad);
                assertEquals(400, r.status(), bad + ": " + r.body());
                assertEquals(Problem.MEDIA_TYPE, r.contentType());
                assertFalse(r.json().get("detail").asText().isEmpty());
            }
            JsonNode unknown = correct(s, "{\"op\": \"merge\", \"documents\": [\"a\", \"nobody\"]}").json();
            assertTrue(unknown.get("errors").toString().contains("no document nobody"), unknown.toString());
            assertEquals(401, s.post("/v1/corrections", "{\"op\": \"split\", \"documents\": [\"a\"]}",
                    "application/json", null).status());
            assertEquals(415, s.post("/v1/corrections", "op=split", "application/x-www-form-urlencoded", s.token)
                    .status());
            assertTrue(s.get("/v1/corrections").json().get("corrections").isEmpty(), "nothing was stored");
            long queued = Sql.read(s.app.database(), c -> Sql.count(c,
                    "SELECT COUNT(*) FROM work_queue WHERE correction_id IS NOT NULL"));
            assertEquals(0, queued, "and nothing queued");
            assertEquals(202, correct(s, "{\"op\": \"merge\", \"documents\": [\"a\", \"b\"]}").status());
            assertEquals(1, s.get("/v1/corrections").json().get("corrections").size());
        }
    }

    @Test
    void entitiesAcrossStoriesWithTheirStoriesAndQuotes() {
        try (Served s = demo()) {
            // what the stories say: entity id to the stories naming it, and to the quotes it is the speaker of
            Map<String, List<String>> storiesOf = new TreeMap<>();
            Map<String, List<String>> quotesOf = new TreeMap<>();
            for (JsonNode item : s.get("/v1/stories?limit=200").json().get("stories")) {
                JsonNode st = s.get("/v1/stories/" + item.get("id").asText()).json();
                st.get("entities").forEach(e -> storiesOf.computeIfAbsent(e.get("id").asText(), k -> new ArrayList<>())
                        .add(st.get("id").asText()));
                for (JsonNode q : st.get("quotes")) {
                    JsonNode sp = q.get("speaker");
                    if (sp != null && !sp.isNull() && sp.hasNonNull("entity")) {
                        quotesOf.computeIfAbsent(sp.get("entity").asText(), k -> new ArrayList<>())
                                .add(q.get("id").asText());
                    }
                }
            }
            assertFalse(storiesOf.isEmpty(), "the sample corpus names people");
            List<String> listed = new ArrayList<>();
            String cursor = null;
            long previous = Long.MAX_VALUE;
            do {
                JsonNode page = s.get("/v1/entities?limit=3" + (cursor == null ? "" : "&cursor="
                        + Served.encode(cursor))).json();
                for (JsonNode e : page.get("entities")) {
                    String id = e.get("id").asText();
                    listed.add(id);
                    assertEquals(storiesOf.get(id).size(), e.get("stories").asLong(), id);
                    assertTrue(e.get("stories").asLong() <= previous, "most stories first");
                    previous = e.get("stories").asLong();
                    assertTrue(e.get("mentions").asLong() >= 1);
                }
                cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
            } while (cursor != null);
            assertEquals(new java.util.TreeSet<>(storiesOf.keySet()), new java.util.TreeSet<>(listed));
            assertEquals(listed.size(), new java.util.HashSet<>(listed).size(), "each once across pages");

            String top = listed.get(0);
            JsonNode one = s.get("/v1/entities/" + top).json();
            assertEquals(top, one.get("id").asText());
            assertEquals(storiesOf.get(top).size(), one.get("stories_total").asInt());
            List<String> stories = new ArrayList<>();
            one.get("stories").forEach(st -> {
                stories.add(st.get("id").asText());
                assertEquals(top, st.get("entity").get("id").asText());
            });
            stories.sort(null);
            List<String> expected = new ArrayList<>(storiesOf.get(top));
            expected.sort(null);
            assertEquals(expected, stories);
            for (String id : listed) {
                JsonNode e = s.get("/v1/entities/" + id).json();
                List<String> qs = new ArrayList<>();
                e.get("quotes").forEach(q -> qs.add(q.get("quote").get("id").asText()));
                qs.sort(null);
                List<String> want = new ArrayList<>(quotesOf.getOrDefault(id, List.of()));
                want.sort(null);
                assertEquals(want, qs, "the quotes of " + id);
            }

            String name = one.get("name").asText();
            JsonNode byName = s.get("/v1/entities?q=" + Served.encode(name.toUpperCase(java.util.Locale.ROOT)))
                    .json().get("entities");
            assertTrue(byName.toString().contains("\"" + top + "\""), byName.toString());
            String type = one.get("type").asText();
            s.get("/v1/entities?limit=200&type=" + type.toLowerCase(java.util.Locale.ROOT)).json().get("entities")
                    .forEach(e -> assertEquals(type, e.get("type").asText()));
            assertEquals(400, s.get("/v1/entities?type=planet").status());
            assertEquals(400, s.get("/v1/entities?cursor=bogus").status());
            Served.Response missing = s.get("/v1/entities/e-nobody-at-all");
            assertEquals(404, missing.status());
            assertEquals(Problem.MEDIA_TYPE, missing.contentType());
            assertTrue(s.get("/v1/entities?q=" + Served.encode("' OR 1=1 --")).json().get("entities").isEmpty());
            assertNotNull(one.get("aliases"));
            assertNotEquals(0, one.get("stories").size());
        }
    }

    @Test
    void theEntitiesOfAStoreMadeBeforeTheyWereListedAreFilledInAtStart() {
        String listed;
        try (Served s = demo()) {
            listed = s.get("/v1/entities?limit=200").json().get("entities").toString();
            Sql.tx(s.app.database(), c -> Sql.update(c, "DELETE FROM entities"));
            assertTrue(s.get("/v1/entities").json().get("entities").isEmpty());
        }
        try (Served s = new Served(store.config(data))) {
            assertTrue(s.log.stream().anyMatch(l -> l.contains("entities of the stored stories")), s.log.toString());
            assertEquals(listed, s.get("/v1/entities?limit=200").json().get("entities").toString());
        }
    }
}
