package org.concord.eval.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BCubedTest {
    @Test
    void perfectAndAllInOne() {
        List<String> gold = List.of("a", "a", "b", "b", "b");
        BCubed.Score s = BCubed.score(List.of("x", "x", "y", "y", "y"), gold);
        assertEquals(1.0, s.f1(), 1e-12);
        BCubed.Score one = BCubed.score(List.of("z", "z", "z", "z", "z"), gold);
        // precision: 2 items see 2/5, 3 items see 3/5 -> (0.8 + 1.8) / 5 = 0.52; recall 1
        assertEquals(0.52, one.precision(), 1e-12);
        assertEquals(1.0, one.recall(), 1e-12);
    }

    @Test
    void singletonsCount() {
        // gold {1,2,3} {4}; predicted {1,2} {3,4}
        BCubed.Score s = BCubed.score(List.of("p", "p", "q", "q"), List.of("a", "a", "a", "b"));
        assertEquals((1 + 1 + 0.5 + 0.5) / 4, s.precision(), 1e-12);
        assertEquals((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, s.recall(), 1e-12);
    }
}
