package org.concord.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.concord.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Near-duplicates: copies map to their original, and the pieces a distributed run uses (band keys, the exact check,
 * grouping the copies found) give the single-machine answer whatever order the pairs arrive in.
 */
class NearDuplicatesTest {
    private static final String STORY = "The Harbor City council voted 7-2 on Tuesday to freeze ferry fares for two "
            + "years, a win for commuters who had protested a planned increase. Transit director Omar Haddad said the "
            + "agency would cover the gap from its reserve fund, which holds about 40 million dollars. Opponents said "
            + "the freeze would push the cost of repairs onto later budgets and that the fleet is already old.";

    private static Document doc(String id, String published, String text) {
        return new Document(id, id + ".txt", "Outlet " + id, "Title " + id, published, false, text, List.of(), null);
    }

    private static List<Document> corpus() {
        return List.of(
                doc("wire", "2024-03-12", STORY),
                doc("copy-a", "2024-03-13", STORY + " Subscribe to our newsletter for more local news."),
                doc("other", "2024-03-12", "The city museum reopens in May after a two-year renovation of its west "
                        + "wing, the director said on Monday, with a new gallery for maritime paintings and a cafe."),
                doc("copy-b", "2024-03-14", "Updated. " + STORY),
                doc("short", "2024-03-12", "Fares frozen."));
    }

    @Test
    void copiesMapToTheEarliestOriginal() {
        List<Document> docs = corpus();
        Map<String, String> found = NearDuplicates.create().find(docs);
        assertEquals(Map.of("copy-a", "wire", "copy-b", "wire"), found);
    }

    @Test
    void candidatePairsInAnyOrderGiveTheSameGroups() {
        NearDuplicates nd = NearDuplicates.create();
        List<Document> docs = corpus();
        List<NearDuplicates.Signature> sigs = new ArrayList<>();
        docs.forEach(d -> sigs.add(nd.signature(d.text())));
        Map<String, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            for (String k : NearDuplicates.bandKeys(sigs.get(i))) {
                buckets.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        List<int[]> copies = new ArrayList<>();
        for (List<Integer> b : buckets.values()) {
            for (int x = 0; x < b.size(); x++) {
                for (int y = x + 1; y < b.size(); y++) {
                    if (nd.similar(sigs.get(b.get(x)), sigs.get(b.get(y)))) {
                        copies.add(new int[] {b.get(y), b.get(x)}); // pairs repeated and reversed, as a shuffle may
                    }
                }
            }
        }
        Map<String, String> expected = nd.find(docs, sigs);
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(copies, random);
            assertEquals(expected, nd.originals(docs, copies));
        }
        assertEquals(List.of(), NearDuplicates.bandKeys(sigs.get(4)), "too short to be a copy: no band keys");
    }
}
