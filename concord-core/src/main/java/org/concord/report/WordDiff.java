package org.concord.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-level difference of a variant against a canonical wording, from the longest common subsequence of their
 * words (the classic dynamic programme). Used to show how outlets worded one quote.
 */
public final class WordDiff {
    /** One run of words: kept, removed (in the canonical only) or added (in the variant only). */
    public record Part(Kind kind, String text) {}

    public enum Kind { SAME, REMOVED, ADDED }

    private WordDiff() {
    }

    public static List<Part> diff(String canonical, String variant) {
        String[] a = canonical.strip().split("\\s+");
        String[] b = variant.strip().split("\\s+");
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = key(a[i]).equals(key(b[j])) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && key(a[i]).equals(key(b[j]))) {
                add(parts, Kind.SAME, b[j]);
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(parts, Kind.ADDED, b[j]);
                j++;
            } else {
                add(parts, Kind.REMOVED, a[i]);
                i++;
            }
        }
        return parts;
    }

    /** Words compare without case and surrounding punctuation. */
    private static String key(String w) {
        return w.toLowerCase(java.util.Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    private static void add(List<Part> parts, Kind kind, String word) {
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
            Part last = parts.remove(parts.size() - 1);
            parts.add(new Part(kind, last.text() + " " + word));
        } else {
            parts.add(new Part(kind, word));
        }
    }

    public static boolean identical(List<Part> parts) {
        return parts.stream().allMatch(p -> p.kind() == Kind.SAME);
    }
}
