package org.concord.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concord.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The blocked story step: with candidates that hold every pair sharing a term it gives exactly the all-pairs
 * grouping; its pieces (scale, neighbourhood pairs, keys, merge) behave as documented.
 */
class StoryBlocksTest {
    private static final String[] FERRY = {
        "Harbor City ferry workers walked out on Monday after talks on pay broke down, stranding commuters.",
        "Commuters crowded buses as the Harbor City ferry strike entered its second day, union leader Dana Ruiz said.",
        "Ferry union leader Dana Ruiz and Harbor City transit officials resumed talks over pay on Wednesday.",
        "Harbor City ferry workers ratified a new contract ending the strike; Dana Ruiz called it a fair deal."};
    private static final String[] MUSEUM = {
        "Thieves took a Vermeer painting from the Lakeside Museum overnight, police said, in a daring raid.",
        "Police released images of two suspects in the Lakeside Museum Vermeer theft and asked for tips.",
        "The stolen Vermeer painting was found in a van, Lakeside police said, and returned to the museum."};
    private static final String[] BUDGET = {
        "The county board passed a budget that raises school spending and cuts road repairs, board chair Li Wei said.",
        "Li Wei defended the county budget's road repair cuts at a heated town meeting on school spending."};

    private static List<Document> corpus() {
        List<Document> docs = new ArrayList<>();
        add(docs, "ferry", FERRY, "2024-03-1");
        add(docs, "museum", MUSEUM, "2024-05-0");
        add(docs, "budget", BUDGET, "2024-03-1");
        // a later follow-up of the ferry story, weeks after: its own story, linked back
        docs.add(doc("ferry-later", "2024-06-20", "A year of Harbor City ferry service under the contract that "
                + "ended the strike: Dana Ruiz said workers and commuters came out ahead."));
        docs.add(doc("undated", null, "Harbor City ferry commuters and the strike, a look back from 2031."));
        return docs;
    }

    private static void add(List<Document> docs, String name, String[] texts, String month) {
        for (int i = 0; i < texts.length; i++) {
            docs.add(doc(name + "-" + i, month + (i + 1), texts[i]));
        }
    }

    private static Document doc(String id, String published, String text) {
        return new Document(id, id + ".txt", "Outlet", null, published, false, text, List.of(), null);
    }

    @Test
    void completeCandidatesGiveTheAllPairsGrouping() {
        List<Document> docs = corpus();
        StoryGrouping exact = StoryClusterer.create().cluster(docs, Map.of());
        StoryGrouping blocked = StoryClusterer.blocked(new StoryBlocking(10_000, 10_000, 0)).cluster(docs, Map.of());
        assertEquals(exact, blocked);
        assertNotEquals(1, exact.stories().size(), "the corpus must hold several stories for the test to mean much");
        // below exactBelow the blocked clusterer is the all-pairs one whatever its keys
        assertEquals(exact, StoryClusterer.blocked(new StoryBlocking(1, 1, 1_000)).cluster(docs, Map.of()));
    }

    @Test
    void copiesJoinTheirOriginalsStoryWhenBlocked() {
        List<Document> docs = new ArrayList<>(corpus());
        docs.add(doc("ferry-copy", "2024-03-12", FERRY[1]));
        StoryGrouping g = StoryClusterer.blocked(new StoryBlocking(10_000, 10_000, 0))
                .cluster(docs, Map.of("ferry-copy", "ferry-1"));
        List<String> ferry = g.stories().stream().filter(s -> s.contains("ferry-1")).findFirst().orElseThrow();
        assertEquals(true, ferry.contains("ferry-copy"));
    }

    @Test
    void theScaleOfCandidatesIsTheScaleOfAllCosines() {
        // seven found cosines, the rest of the 20 others 0: the 6th nearest counts
        double[] found = {0.9, 0.8, 0.7, 0.6, 0.5, 0.45, 0.4};
        assertEquals(0.45, StoryBlocks.scale(found, 20), 1e-12);
        // two near neighbours: the second nearest (the third is under NEAR times the nearest)
        assertEquals(0.6, StoryBlocks.scale(new double[] {0.8, 0.6, 0.1}, 20), 1e-12);
        // nothing found: the floor
        assertEquals(StoryClusterer.SCALE_FLOOR, StoryBlocks.scale(new double[0], 20), 1e-12);
        assertEquals(StoryClusterer.SCALE_FLOOR, StoryBlocks.scale(new double[0], 0), 1e-12);
    }

    @Test
    void eachMemberIsPairedWithItsNextNeighboursOnly() {
        List<String> pairs = new ArrayList<>();
        StoryBlocks.pairs(List.of(1, 4, 6, 9), 2, (i, j) -> pairs.add(i + "-" + j));
        assertEquals(List.of("1-4", "1-6", "4-6", "4-9", "6-9"), pairs);
    }

    @Test
    void keysAreTheHeaviestTermsTiesByName() {
        StoryBlocks.TermVector v = new StoryBlocks.TermVector(new String[] {"w:a", "w:b", "w:c", "w:d"},
                new double[] {0.2, 0.5, 0.5, 0.1});
        assertEquals(List.of("w:b", "w:c", "w:a"), StoryBlocks.keys(v, 3));
        assertEquals(0.2 * 0.2 + 0.5 * 0.5, v.cosine(new StoryBlocks.TermVector(new String[] {"w:a", "w:c", "w:z"},
                new double[] {0.2, 0.5, 0.9})), 1e-12);
    }

    @Test
    void mergePutsComponentsStoriesInCorpusOrder() {
        StoryBlocks.Parts a = new StoryBlocks.Parts(List.of(List.of(0, 3), List.of(5)), List.of(new FollowUp(1, 0)));
        StoryBlocks.Parts b = new StoryBlocks.Parts(List.of(List.of(1, 2), List.of(4)), List.of(new FollowUp(1, 0)));
        StoryBlocks.Parts merged = StoryBlocks.merge(List.of(b, a));
        assertEquals(List.of(List.of(0, 3), List.of(1, 2), List.of(4), List.of(5)), merged.stories());
        assertEquals(List.of(new FollowUp(2, 1), new FollowUp(3, 0)), merged.followUps());
    }

    @Test
    void badSettingsAreRefusedByName() {
        assertEquals("keys must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new StoryBlocking(0, 5, 0)).getMessage());
        assertEquals("window must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new StoryBlocking(5, 0, 0)).getMessage());
    }
}
