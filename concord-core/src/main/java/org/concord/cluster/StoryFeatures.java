package org.concord.cluster;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.text.StopWords;

/**
 * The light evidence story clustering reads from a document's raw title and text, with no linguistic annotation:
 * content words (lower-cased, stop words and calendar words ({@link StopWords#STORIES}) out, a plural {@code -s}
 * stripped), names (capitalised words that do not open a sentence, and acronyms: kept as extra {@code e:} terms so
 * that who and where weigh more than what) and numbers (magnitudes, tolls, years: {@code n:} terms). The lead (the
 * first two non-blank lines) counts twice, as news reports put who, what and where first (the "inverted pyramid");
 * the headline (the title, else the first line) counts once more.
 * It runs at tens of thousands of documents per second, so clustering does not wait for CoreNLP.
 */
public final class StoryFeatures {
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}'\u2019\\-]*|\\p{N}+(?:[.,]\\p{N}+)*");

    static final int LEAD_LINES = 2;

    private StoryFeatures() {
    }

    /** Term counts of one document: {@code w:} words, {@code e:} names, {@code n:} numbers. */
    public static Map<String, Integer> counts(String title, String text) {
        Map<String, Integer> out = new HashMap<>();
        String body = text == null ? "" : text;
        add(body, out, true);
        add(lead(body), out, true);
        String head = title != null && !title.isBlank() ? title : firstLine(body);
        add(head, out, false);
        return out;
    }

    /** The first {@value #LEAD_LINES} non-blank lines: the lead, where a news report states its event. */
    private static String lead(String text) {
        StringBuilder sb = new StringBuilder();
        int k = 0;
        for (String line : text.split("\n", 50)) {
            if (k == LEAD_LINES) {
                break;
            }
            if (!line.isBlank()) {
                sb.append(line).append('\n');
                k++;
            }
        }
        return sb.toString();
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n", 20)) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }

    private static void add(String text, Map<String, Integer> out, boolean names) {
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            String lw = t.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (lw.endsWith("'s")) {
                lw = lw.substring(0, lw.length() - 2);
            }
            if (lw.length() < 2 || StopWords.STORIES.contains(lw)) {
                continue;
            }
            if (Character.isDigit(t.charAt(0))) {
                if (names) {
                    out.merge("n:" + lw, 1, Integer::sum);
                }
                continue;
            }
            out.merge("w:" + stem(lw), 1, Integer::sum);
            if (!names) {
                continue;
            }
            boolean allCaps = t.length() > 1 && t.equals(t.toUpperCase(Locale.ROOT));
            if (allCaps || (Character.isUpperCase(t.charAt(0)) && !opensSentence(text, m.start()))) {
                out.merge("e:" + lw, 1, Integer::sum);
            }
        }
    }

    /** Whether the token at {@code start} is the first of its line or follows an end of sentence or a quote mark. */
    private static boolean opensSentence(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c == ' ' || c == '\t' || c == '\u00a0') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201c' || c == '\'' || c == '\u2018';
        }
        return true;
    }

    /** Plural and third-person {@code -s}: "ies" to "y", then "es", then "s", on words longer than four letters. */
    static String stem(String w) {
        if (w.length() <= 4) {
            return w;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("es")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
