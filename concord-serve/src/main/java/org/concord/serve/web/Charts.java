package org.concord.serve.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The small inline SVG charts: a story's coverage by outlet (one bar, a segment per outlet) and its documents over
 * time. Colours are classes of the stylesheet (no inline style, which the page's policy forbids); each chart has a
 * text alternative and each segment or bar a {@code <title>} shown on hover.
 */
final class Charts {
    /** Colours for outlets (classes o0 to o7 of the stylesheet). */
    static final int COLOURS = 8;
    /** At most this many bars over time: a longer span is grouped into equal runs of days. */
    static final int MAX_BARS = 60;

    private Charts() {
    }

    /** The colour class of the {@code i}th outlet of a bar (by coverage): neighbours never share a colour. */
    static String colour(int i) {
        return "o" + (i % COLOURS);
    }

    /** One horizontal bar, a segment per outlet in {@code counts}' order, and a legend with the counts. */
    static void coverageBar(Html h, Map<String, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return;
        }
        StringBuilder alt = new StringBuilder("Coverage by outlet: ");
        counts.forEach((o, n) -> alt.append(o).append(' ').append(n).append("; "));
        h.open("svg", "class", "coverage", "viewBox", "0 0 1000 14", "preserveAspectRatio", "none", "role", "img",
                "aria-label", alt.substring(0, alt.length() - 2));
        double x = 0;
        int i = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double w = 1000.0 * e.getValue() / total;
            h.open("rect", "class", colour(i++), "x", num(x), "y", "0", "width", num(w), "height", "14");
            h.el("title", e.getKey() + ": " + Layout.count(e.getValue(), "document", "documents"));
            h.close("rect");
            x += w;
        }
        h.close("svg");
        h.open("ul", "class", "legend");
        i = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            h.open("li").el("span", "", "class", "swatch " + colour(i++), "aria-hidden", "true");
            h.text(e.getKey() + " " + e.getValue()).close("li");
        }
        h.close("ul");
    }

    /** One bar of the chart over time: the first day it covers, the days, and the documents. */
    record Bar(LocalDate from, int days, int documents) {}

    /** Documents per day from the first to the last day, grouped into at most {@link #MAX_BARS} bars. */
    static List<Bar> bars(Map<String, Integer> perDay) {
        LocalDate first = null;
        LocalDate last = null;
        for (String d : perDay.keySet()) {
            LocalDate x = parse(d);
            if (x != null) {
                first = first == null || x.isBefore(first) ? x : first;
                last = last == null || x.isAfter(last) ? x : last;
            }
        }
        List<Bar> bars = new ArrayList<>();
        if (first == null) {
            return bars;
        }
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        int width = (int) Math.max(1, (span + MAX_BARS - 1) / MAX_BARS);
        int[] counts = new int[(int) ((span + width - 1) / width)];
        for (Map.Entry<String, Integer> e : perDay.entrySet()) {
            LocalDate x = parse(e.getKey());
            if (x != null) {
                counts[(int) (ChronoUnit.DAYS.between(first, x) / width)] += e.getValue();
            }
        }
        for (int i = 0; i < counts.length; i++) {
            bars.add(new Bar(first.plusDays((long) i * width), width, counts[i]));
        }
        return bars;
    }

    /** The documents-over-time chart; nothing when no document has a date. */
    static void overTime(Html h, Map<String, Integer> perDay) {
        List<Bar> bars = bars(perDay);
        if (bars.isEmpty()) {
            return;
        }
        int max = bars.stream().mapToInt(Bar::documents).max().orElse(1);
        int slot = 12;
        int height = 32;
        StringBuilder alt = new StringBuilder("Documents over time: ");
        for (Bar b : bars) {
            if (b.documents() > 0) {
                alt.append(label(b)).append(' ').append(b.documents()).append("; ");
            }
        }
        h.open("svg", "class", "over-time", "viewBox", "0 0 " + Math.max(bars.size() * slot, 60) + " " + height,
                "width", Integer.toString(Math.max(bars.size() * slot, 60)), "height", Integer.toString(height),
                "role", "img", "aria-label", alt.substring(0, alt.length() - 2));
        h.empty("line", "class", "axis", "x1", "0", "y1", Integer.toString(height - 1), "x2",
                Integer.toString(bars.size() * slot), "y2", Integer.toString(height - 1));
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double bh = b.documents() == 0 ? 0 : Math.max(2, (height - 2) * (double) b.documents() / max);
            h.open("rect", "class", "day", "x", Integer.toString(i * slot + 1), "y", num(height - 1 - bh), "width",
                    Integer.toString(slot - 2), "height", num(bh));
            h.el("title", label(b) + ": " + Layout.count(b.documents(), "document", "documents"));
            h.close("rect");
        }
        h.close("svg");
    }

    private static String label(Bar b) {
        return b.days() == 1 ? b.from().toString() : b.from() + " to " + b.from().plusDays(b.days() - 1L);
    }

    private static LocalDate parse(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
