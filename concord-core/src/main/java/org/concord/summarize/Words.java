package org.concord.summarize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.text.StopWords;

/**
 * Words of plain text as the summarizer counts them: runs of letters and digits, lower-cased and Porter-stemmed
 * ({@link PorterStemmer}, words of more than three characters, as ROUGE does), so the summarizer needs no
 * annotation. {@link #STOP} holds English function words ({@link StopWords#SUMMARY}, stemmed): a bigram of two of
 * them is not a concept.
 */
final class Words {
    static final Set<String> STOP;

    static {
        Set<String> stop = new HashSet<>();
        for (String w : StopWords.SUMMARY) {
            stop.add(w.length() > 3 ? PorterStemmer.stem(w) : w);
        }
        STOP = Set.copyOf(stop);
    }

    private Words() {
    }

    /** The stemmed words of {@code text} in order. */
    static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                cur.append(Character.toLowerCase(c));
            } else if (c == '\'' || c == '\u2019') {
                // "Britain's" -> "britain": drop the clitic
                while (i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                    i++;
                }
                flush(cur, out);
            } else {
                flush(cur, out);
            }
        }
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            String w = cur.toString();
            out.add(w.length() > 3 ? PorterStemmer.stem(w.toLowerCase(Locale.ROOT)) : w);
            cur.setLength(0);
        }
    }

    static boolean isStop(String stem) {
        return STOP.contains(stem);
    }

    /** Concepts of a sentence: bigrams of adjacent stems, unless both are stop words. */
    static List<String> bigrams(List<String> stems) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < stems.size(); i++) {
            String a = stems.get(i);
            String b = stems.get(i + 1);
            if (!(isStop(a) && isStop(b))) {
                out.add(a + " " + b);
            }
        }
        return out;
    }

    /** Whitespace-separated words, as a word budget counts them. */
    static int count(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean ws = Character.isWhitespace(text.charAt(i));
            if (!ws && !in) {
                n++;
            }
            in = !ws;
        }
        return n;
    }
}
