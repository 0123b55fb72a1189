package org.concord.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrectionsTest {
    private static final List<String> ORDER = List.of("a", "b", "c", "d", "e", "f", "g");

    private static StoryGrouping grouping() {
        return new StoryGrouping(List.of(List.of("a", "b", "c"), List.of("d", "e"), List.of("f", "g")),
                List.of(new FollowUp(2, 0)));
    }

    @Test
    void mergeSplitMoveAndPin() {
        List<String> warnings = new ArrayList<>();
        Corrections c = Corrections.of(List.of(
                new Corrections.Op(Corrections.Kind.PIN, List.of("b", "e")),
                new Corrections.Op(Corrections.Kind.MERGE, List.of("a", "d", "zz")),
                new Corrections.Op(Corrections.Kind.MOVE, List.of("g", "c")),
                new Corrections.Op(Corrections.Kind.SPLIT, List.of("f"))));
        StoryGrouping g = c.apply(grouping(), ORDER, warnings::add);
        // merge: {a,c} + {d} (b and e are pinned out afterwards); move g to c's story; split f; pin {b,e} last
        assertEquals(List.of(List.of("a", "c", "d", "g"), List.of("b", "e"), List.of("f")), g.stories());
        // the follow-up of {f,g} to {a,b,c} is carried by first documents: f's story -> a's story
        assertEquals(List.of(new FollowUp(2, 0)), g.followUps());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("'zz'"), warnings.toString());
    }

    @Test
    void noCorrectionsChangeNothing() {
        assertEquals(grouping(), Corrections.none().apply(grouping(), ORDER, w -> { }));
    }

    @Test
    void readsTheFileAndNamesBadEntries(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.json");
        Files.writeString(f, "{\"corrections\": [{\"op\": \"merge\", \"documents\": [\"a\", \"b\"]},"
                + "{\"op\": \"move\", \"document\": \"c\", \"to\": \"a\"}, {\"op\": \"pin\", \"documents\": [\"d\"]}]}");
        assertEquals(3, Corrections.read(f).ops().size());
        Files.writeString(f, "{\"corrections\": [{\"op\": \"merge\", \"documents\": [\"a\", \"b\"]}, {\"op\": \"glue\"}]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corrections.read(f));
        assertTrue(e.getMessage().contains("entry 2") && e.getMessage().contains("glue"), e.getMessage());
    }
}
