package org.concord.quote;

import java.util.ArrayList;
import java.util.List;
import org.concord.annotate.Mention;

/**
 * A document's mentions looked up by offset range: those starting in a range are found by binary search over their
 * start offsets, so a rule that asks "which names lie between here and there" once per cue costs O(log n + k)
 * rather than a scan of every mention (quadratic over a document with many names and many cues). Mentions come in
 * text order from the annotators; when they do not, every look-up falls back to a scan, in the list's order, so the
 * answers never depend on which path ran.
 */
final class MentionRange {
    private final List<Mention> mentions;
    private final int[] starts;
    private final boolean sorted;

    MentionRange(List<Mention> mentions) {
        this.mentions = mentions;
        this.starts = new int[mentions.size()];
        boolean inOrder = true;
        for (int i = 0; i < starts.length; i++) {
            starts[i] = mentions.get(i).start();
            if (i > 0 && starts[i] < starts[i - 1]) {
                inOrder = false;
            }
        }
        this.sorted = inOrder;
    }

    /** The mentions whose start lies in [from, to], in the document's order. */
    List<Mention> startingIn(int from, int to) {
        if (to < from) {
            return List.of();
        }
        if (!sorted) {
            List<Mention> out = new ArrayList<>();
            for (Mention m : mentions) {
                if (m.start() >= from && m.start() <= to) {
                    out.add(m);
                }
            }
            return out;
        }
        return mentions.subList(firstAtOrAfter(from), firstAtOrAfter(to == Integer.MAX_VALUE ? to : to + 1));
    }

    /** The first mention (in the document's order) that starts at {@code pos}, or null. */
    Mention startingAt(int pos) {
        List<Mention> at = startingIn(pos, pos);
        return at.isEmpty() ? null : at.get(0);
    }

    private int firstAtOrAfter(int pos) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
