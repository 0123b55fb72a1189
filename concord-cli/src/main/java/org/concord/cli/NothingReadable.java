package org.concord.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.concord.model.Skipped;

/**
 * Nothing in the inputs could be read (an empty folder, or every input skipped): the run stops before the
 * analysis, and so before any model loads, with one line naming the inputs and why they were skipped, and exit
 * status 1 ({@link ErrorHandler}). With one input skipped its reason is given whole; with more, their count and
 * how many were skipped for each kind of reason, e.g. {@code nothing readable in in/: 3 skipped (binary file: 2,
 * empty file: 1)}.
 */
final class NothingReadable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Inputs named before "and N more", and kinds of reason counted before "other: N". */
    private static final int NAMED = 3;

    NothingReadable(List<Path> inputs, List<Skipped> skipped) {
        super(message(inputs, skipped));
    }

    static String message(List<Path> inputs, List<Skipped> skipped) {
        List<String> names = inputs.stream().map(Path::toString).distinct().toList();
        String where = String.join(", ", names.subList(0, Math.min(NAMED, names.size())))
                + (names.size() > NAMED ? " and " + (names.size() - NAMED) + " more" : "");
        String why;
        if (skipped.isEmpty()) {
            why = "no articles found";
        } else if (skipped.size() == 1) {
            why = skipped.get(0).reason();
        } else {
            Map<String, Integer> kinds = new LinkedHashMap<>();
            skipped.forEach(s -> kinds.merge(kind(s), 1, Integer::sum));
            List<Map.Entry<String, Integer>> byCount = kinds.entrySet().stream()
                    .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue())).toList();
            String shown = byCount.stream().limit(NAMED).map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", "));
            int others = byCount.stream().skip(NAMED).mapToInt(Map.Entry::getValue).sum();
            why = skipped.size() + " skipped (" + shown + (others > 0 ? ", other: " + others : "") + ")";
        }
        return "nothing readable in " + where + ": " + why;
    }

    /** A reason without its particulars (what follows a colon, an opening parenthesis or a semicolon). */
    static String kind(Skipped s) {
        if (s.duplicate()) {
            return "duplicate";
        }
        String r = s.reason() == null ? "unknown" : s.reason();
        int cut = r.length();
        for (String mark : new String[] {":", " (", ";"}) {
            int i = r.indexOf(mark);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        return r.substring(0, cut);
    }
}
