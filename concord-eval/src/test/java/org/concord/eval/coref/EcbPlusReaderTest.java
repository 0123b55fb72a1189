package org.concord.eval.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.concord.testkit.SharedData;
import org.concord.testkit.SharedDataCondition;

/** The reader on ../shared/data/events/ecbplus: the counts its SOURCE.txt publishes for the dev topics. */
@SharedData("data/events/ecbplus/ECB+")
class EcbPlusReaderTest {
    private static Path ecbplus() {
        return SharedDataCondition.path("data/events/ecbplus");
    }

    @Test
    void devTopicsHoldThePublishedMentionCounts() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        EcbPlusReader.Corpus c = EcbPlusReader.create().read(ecbplus(), "dev"::equals,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals(0, c.skipped(), log.toString(StandardCharsets.UTF_8));
        assertEquals(197, c.documents().size());
        int events = 0;
        int entities = 0;
        Set<String> topics = new HashSet<>();
        Map<String, Set<String>> topicsOfEventCluster = new HashMap<>();
        for (EcbDocument d : c.documents()) {
            topics.add(d.topic());
            for (GoldMention m : d.mentions()) {
                if (m.isEvent()) {
                    events++;
                    topicsOfEventCluster.computeIfAbsent(m.cluster(), k -> new HashSet<>()).add(d.topic());
                } else {
                    entities++;
                }
                assertTrue(m.tokens().stream().allMatch(t -> t < d.sentences().get(m.sentence()).size()));
            }
        }
        // SOURCE.txt and Barhom et al. 2019: dev 1,245 event and 1,476 entity mentions in the annotated sentences
        assertEquals(1245, events);
        assertEquals(1476, entities);
        assertEquals(Set.of("2", "5", "12", "18", "21", "23", "34", "35"), topics);
        assertTrue(topicsOfEventCluster.values().stream().allMatch(s -> s.size() == 1),
                "event instances are topic-internal");
    }
}
