package org.concord.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.concord.annotate.Mention;
import org.junit.jupiter.api.Test;

/** The binary-search look-ups answer exactly as the scans they replace, on random spans and mentions. */
class SpanLookupTest {
    @Test
    void aUnionHoldsWhatSomeSpanHolds() {
        Random random = new Random(23);
        for (int round = 0; round < 200; round++) {
            List<int[]> spans = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                int s = random.nextInt(100);
                spans.add(new int[] {s, s + random.nextInt(15) - 2}); // some empty or reversed
            }
            SpanUnion union = SpanUnion.of(spans);
            for (int pos = -2; pos < 120; pos++) {
                boolean scan = false;
                for (int[] s : spans) {
                    scan |= s[0] <= pos && pos < s[1];
                }
                assertEquals(scan, union.holds(pos), "round " + round + " pos " + pos);
            }
        }
    }

    @Test
    void mentionsStartingInARangeAreTheScansInTheListsOrder() {
        Random random = new Random(17);
        for (int round = 0; round < 200; round++) {
            List<Mention> ms = new ArrayList<>();
            int at = 0;
            boolean shuffled = round % 4 == 0;
            for (int i = random.nextInt(10); i > 0; i--) {
                at += random.nextInt(6);
                int s = shuffled ? random.nextInt(60) : at;
                ms.add(new Mention(s, s + 1 + random.nextInt(4), "m" + i, "PERSON", 0));
            }
            MentionRange range = new MentionRange(ms);
            for (int from = -1; from < 65; from++) {
                for (int to = from - 1; to < 66; to += 3) {
                    List<Mention> scan = new ArrayList<>();
                    for (Mention m : ms) {
                        if (m.start() >= from && m.start() <= to) {
                            scan.add(m);
                        }
                    }
                    assertEquals(scan, range.startingIn(from, to), "round " + round + " [" + from + ", " + to + "]");
                }
                int pos = from;
                Mention first = ms.stream().filter(m -> m.start() == pos).findFirst().orElse(null);
                assertEquals(first, range.startingAt(from));
            }
        }
    }
}
