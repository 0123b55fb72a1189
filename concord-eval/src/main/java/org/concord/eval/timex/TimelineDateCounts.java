package org.concord.eval.timex;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.concord.timeline.TimelineBuilder;

/**
 * How well a system's TIMEX3s would date the report's timeline: gold and system expressions that the timeline places
 * at a calendar day or month ({@link TimelineBuilder#dateOf}, applied to both sides), and aligned pairs (the
 * TempEval-3 relaxed alignment of {@link TimexScorer#pairs}) placed at the same date. Counts of several documents add
 * up. Not a TempEval-3 figure: a Concord one, reported beside them.
 */
public record TimelineDateCounts(int gold, int system, int right) {
    public static final TimelineDateCounts ZERO = new TimelineDateCounts(0, 0, 0);

    public TimelineDateCounts {
        if (gold < 0 || system < 0 || right < 0 || right > Math.min(gold, system)) {
            throw new IllegalArgumentException("inconsistent timeline date counts: gold=" + gold + " system=" + system
                    + " right=" + right);
        }
    }

    /** The counts of one document. */
    public static TimelineDateCounts score(String text, List<TimexSpan> gold, List<TimexSpan> system) {
        Objects.requireNonNull(text, "text");
        int g = 0;
        int s = 0;
        int right = 0;
        for (TimexScorer.Pair p : TimexScorer.pairs(text, gold, system)) {
            String gd = p.gold() == null ? null : TimelineBuilder.dateOf(p.gold().type(), p.gold().value());
            String sd = p.system() == null ? null : TimelineBuilder.dateOf(p.system().type(), p.system().value());
            g += gd == null ? 0 : 1;
            s += sd == null ? 0 : 1;
            right += gd != null && gd.equals(sd) ? 1 : 0;
        }
        return new TimelineDateCounts(g, s, right);
    }

    public TimelineDateCounts plus(TimelineDateCounts o) {
        return new TimelineDateCounts(gold + o.gold, system + o.system, right + o.right);
    }

    /** {@code timeline_date_precision} (right / system), {@code _recall} (right / gold) and {@code _f1}. */
    public Map<String, Double> metrics() {
        double p = system == 0 ? 0.0 : (double) right / system;
        double r = gold == 0 ? 0.0 : (double) right / gold;
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("timeline_date_precision", p);
        m.put("timeline_date_recall", r);
        m.put("timeline_date_f1", p + r == 0 ? 0.0 : 2 * p * r / (p + r));
        return m;
    }
}
