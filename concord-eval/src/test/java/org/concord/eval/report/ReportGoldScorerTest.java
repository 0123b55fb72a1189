package org.concord.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.concord.model.Claim;
import org.concord.model.ClaimStatus;
import org.concord.model.Conflict;
import org.concord.model.ConflictAspect;
import org.concord.model.ConflictValue;
import org.concord.model.Document;
import org.concord.model.Entity;
import org.concord.model.EntityType;
import org.concord.model.Occurrence;
import org.concord.model.Quote;
import org.concord.model.Related;
import org.concord.model.RemovalReason;
import org.concord.model.Removed;
import org.concord.model.Report;
import org.concord.model.Span;
import org.concord.model.Speaker;
import org.concord.model.Story;
import org.concord.model.TimelineEntry;
import org.junit.jupiter.api.Test;

/** The report scorer on a two-document report written by hand: each aspect counts its items and names each miss. */
class ReportGoldScorerTest {
    private static final String GOLD = """
            {"documents": {"a": {"published": "2023-03-14", "title": "Ferries halted"},
                           "b": {"published": "2023-03-15", "published_in_text": false, "title": null}},
             "stories": [{"documents": ["a", "b"], "follow_up_of": null}],
             "duplicates": [],
             "quotes": [{"document": "a", "contains": "we will not go back", "speaker": "Marta Kowalczyk"},
                        {"document": "b", "contains": "a fair offer", "speaker": "Sofia Reyes"},
                        {"document": "b", "contains": "nobody said this", "speaker": "anonymous"}],
             "same_utterance": [],
             "timeline": [{"date": "2023-03-09", "event": "ballot", "evidence": [{"document": "b", "contains": "x"}]},
                          {"date": "2023-03-10", "event": "other", "evidence": [{"document": "a", "contains": "y"}]}],
             "conflicts": [{"aspect": "number", "values": ["1,200", "1,400"]},
                           {"aspect": "name", "values": ["1,200", "1,400"]}],
             "entities_merged": [["Marta Kowalczyk", "Kowalczyk"]],
             "entities_apart": [["Marta Kowalczyk", "Sofia Reyes"], ["Marta Kowalczyk", "Garnet Island"]],
             "boilerplate": [{"document": "a", "contains": "Photo: deckhands"},
                             {"document": "b", "contains": "Subscribe now"}]}
            """;

    static Report report() {
        Document a = new Document("a", "a.txt", null, "Ferries halted", "2023-03-14", false,
                "\u201cWe will not go back,\u201d Kowalczyk said.",
                List.of(new Removed("Photo: deckhands", RemovalReason.CAPTION)),
                null);
        Document b = new Document("b", "b.txt", null, null, "2023-03-15", false,
                "Reyes asked for a fair offer. Subscribe now", List.of(), null);
        Quote q = new Quote("q1", "We will not go back", new Speaker("Marta Kowalczyk", "e1"),
                List.of(new Occurrence("a", 1, 20, "We will not go back", "said", true)));
        Quote r = new Quote("q2", "a fair offer", new Speaker("Marta Kowalczyk", "e1"),
                List.of(new Occurrence("b", 17, 29, "a fair offer", "asked", false)));
        Entity marta = new Entity("e1", "Marta Kowalczyk", EntityType.PERSON, List.of("Kowalczyk"), List.of(),
                List.of("a"), 2);
        Entity sofia = new Entity("e2", "Sofia Reyes", EntityType.PERSON, List.of(), List.of(), List.of("b"), 1);
        Claim c = new Claim("1,200 or 1,400 crew", ClaimStatus.CONFLICTING, List.of(new Span("a", 0, 5)), 2,
                List.of(new Conflict(ConflictAspect.NUMBER, List.of(new ConflictValue("1,200 members", List.of("a")),
                        new ConflictValue("1,400 members", List.of("b"))))));
        Story s = new Story("s1", "Ferries", List.of("a", "b"), List.<Related>of(), List.of(), List.of(marta, sofia),
                List.of(q, r), List.of(new TimelineEntry("2023-03-09", "ballot", List.of(new Span("b", 0, 5))),
                new TimelineEntry("2023-03-10", "other", List.of(new Span("b", 0, 5)))), List.of(c));
        return new Report(List.of(a, b), List.of(s), List.of());
    }

    private static Map<String, ReportGoldScorer.Aspect> score(Report r) throws Exception {
        JsonNode gold = new ObjectMapper().readTree(GOLD);
        return ReportGoldScorer.score(r, gold).stream()
                .collect(Collectors.toMap(ReportGoldScorer.Aspect::name, x -> x));
    }

    @Test
    void eachAspectCountsItsItemsAndNamesItsMisses() throws Exception {
        Map<String, ReportGoldScorer.Aspect> s = score(report());
        assertEquals(2, s.get("published").right());
        assertEquals(0, s.get("inferred").right(), "b's date is not marked inferred");
        assertEquals(1, s.get("inferred").total());
        assertEquals(1, s.get("titles").total(), "a null title is not scored");
        assertEquals(1, s.get("stories").right());
        ReportGoldScorer.Aspect speakers = s.get("speakers");
        assertEquals(3, speakers.total());
        assertEquals(1, speakers.right(), speakers.misses().toString());
        assertTrue(speakers.misses().get(0).contains("Marta Kowalczyk != Sofia Reyes"), speakers.misses().toString());
        assertTrue(speakers.misses().get(1).contains("(not found)"), speakers.misses().toString());
        // the 2023-03-10 entry cites b, not the evidence document a
        assertEquals(1, s.get("timeline").right(), s.get("timeline").misses().toString());
        // the values must sit in a conflict of the same aspect
        assertEquals(1, s.get("conflicts").right(), s.get("conflicts").misses().toString());
        assertEquals(1, s.get("entities_merged").right());
        ReportGoldScorer.Aspect apart = s.get("entities_apart");
        assertEquals(1, apart.right());
        assertTrue(apart.misses().get(0).contains("Garnet Island is not an entity"), apart.misses().toString());
        ReportGoldScorer.Aspect boiler = s.get("boilerplate");
        assertEquals(1, boiler.right());
        assertTrue(boiler.misses().get(0).contains("still in the text"), boiler.misses().toString());
        Map<String, Double> m = ReportGoldScorer.metrics(List.copyOf(s.values()));
        assertEquals(1.0 / 3, m.get("speakers"), 1e-12);
        assertEquals(1.0, m.get("n_speakers_right"));
        assertEquals(3.0, m.get("n_speakers_gold"));
    }

    @Test
    void aGoldFileWithoutAnAspectIsNamed() throws Exception {
        JsonNode gold = new ObjectMapper().readTree("{\"documents\": {}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportGoldScorer.score(report(), gold));
        assertTrue(e.getMessage().contains("'stories'"), e.getMessage());
    }
}
