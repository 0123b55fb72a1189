package org.concord.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A light rule-based sentence splitter for plain news text, for where no annotation is at hand (the summarization
 * eval). Paragraph breaks (a blank line) always end a sentence; otherwise a sentence ends at '.', '!' or '?'
 * (with any closing quotes or brackets) followed by whitespace and an upper-case letter, a digit or an opening
 * quote, unless the word before the period is a known abbreviation or a single capital initial.
 */
public final class SentenceSplitter {
    /** A sentence: [start, end) in the text, trimmed of surrounding whitespace. */
    public record Span(int start, int end) {}

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov",
            "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "st", "jr", "sr", "rev", "hon", "pres", "inc",
            "corp", "co", "ltd", "vs", "no", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
            "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m", "ft", "mt", "ave", "blvd", "dept", "gov't", "calif",
            "fla", "mass", "wash", "ariz", "colo", "conn", "ill", "kan", "ky", "la", "md", "mich", "minn", "miss",
            "mo", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "wis", "wyo", "d.c");

    private SentenceSplitter() {
    }

    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' && blankLineAt(text, i)) {
                add(text, start, i, out);
                start = i + 1;
            } else if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < n && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')) {
                    end++;
                }
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                int next = end;
                while (next < n && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || text.charAt(next) == '\r'
                        || text.charAt(next) == '\n')) {
                    next++;
                }
                boolean spaced = next > end;
                if (spaced && (next >= n || startsSentence(text.charAt(next))) && !(c == '.' && abbreviation(text, i))) {
                    add(text, start, end, out);
                    start = end;
                    i = end;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        add(text, start, n, out);
        return out;
    }

    private static boolean blankLineAt(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '\n';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '\''
                || c == '\u2018' || c == '(' || c == '[';
    }

    /** Whether the period at {@code dot} closes an abbreviation or an initial ("Mr.", "U.S.", "J."). */
    private static boolean abbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.'
                || text.charAt(s - 1) == '\'')) {
            s--;
        }
        String word = text.substring(s, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(text.charAt(s))) {
            return true;
        }
        return ABBREVIATIONS.contains(word);
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
