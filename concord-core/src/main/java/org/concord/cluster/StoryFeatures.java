package org.concord.cluster;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.text.StopWords;

/**
 * The light evidence story clustering reads from a document's raw title and text, with no linguistic annotation:
 * content words (lower-cased, stop words and calendar words ({@link StopWords#STORIES}) out, a plural {@code -s}
 * stripped), names (capitalised words that do not open a sentence, and acronyms: kept as extra {@code e:} terms so
 * that who and where weigh more than what) and numbers (magnitudes, tolls, years: {@code n:} terms). The lead (the
 * first two sentences) counts twice, as news reports put who, what and where first (the "inverted pyramid"); the
 * headline (the title, else the first sentence) counts once more. The lead is counted in sentences, not lines, so a
 * document without paragraph breaks (a wire text flattened to one line, as many stream archives hold) has a lead
 * too, rather than its whole text counting as lead and headline.
 * It runs at tens of thousands of documents per second, so clustering does not wait for CoreNLP.
 */
public final class StoryFeatures {
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}'\u2019\\-]*|\\p{N}+(?:[.,]\\p{N}+)*");

    static final int LEAD_SENTENCES = 2;

    /**
     * A sentence end: a full stop, question or exclamation mark (closing quotes or brackets after it), blank space,
     * then a capital letter (an opening quote or bracket before it).
     */
    private static final Pattern SENTENCE_END =
            Pattern.compile("[.!?][\"'\u201d\u2019)]*\\s+(?=[\"'\u201c\u2018(]?\\p{Lu})");

    /** Abbreviations that end with a full stop before a capitalised word without ending the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep",
            "gov", "lt", "col", "sgt", "capt", "maj", "adm", "corp", "inc", "co", "ltd", "jr", "sr", "rev", "prof",
            "no", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "vs", "mt", "ft");

    private StoryFeatures() {
    }

    /** Term counts of one document: {@code w:} words, {@code e:} names, {@code n:} numbers. */
    public static Map<String, Integer> counts(String title, String text) {
        Map<String, Integer> out = new HashMap<>();
        String body = text == null ? "" : text;
        add(body, out, true);
        add(lead(body), out, true);
        String head = title != null && !title.isBlank() ? title : firstSentence(body);
        add(head, out, false);
        return out;
    }

    /**
     * The first {@value #LEAD_SENTENCES} sentences of the non-blank lines (a line break always ends a sentence): the
     * lead, where a news report states its event.
     */
    static String lead(String text) {
        StringBuilder sb = new StringBuilder();
        int left = LEAD_SENTENCES;
        for (String line : text.split("\n", 50)) {
            if (left == 0) {
                break;
            }
            if (line.isBlank()) {
                continue;
            }
            int[] taken = sentences(line, left);
            sb.append(line, 0, taken[0]).append('\n');
            left -= taken[1];
        }
        return sb.toString();
    }

    /** The headline of a document without a title: its first sentence. */
    static String firstSentence(String text) {
        for (String line : text.split("\n", 20)) {
            if (!line.isBlank()) {
                return line.substring(0, sentences(line, 1)[0]);
            }
        }
        return "";
    }

    /**
     * The end offset of the first {@code count} sentences of {@code line} and how many sentences that is (fewer when
     * the line holds fewer; at least one). A full stop after a single letter (an initial, "U.S.") or after a
     * common abbreviation ("Gen.", "Sept.") does not end a sentence.
     */
    static int[] sentences(String line, int count) {
        Matcher m = SENTENCE_END.matcher(line);
        int k = 0;
        while (m.find()) {
            int stop = m.start();
            int w = stop;
            while (w > 0 && Character.isLetter(line.charAt(w - 1))) {
                w--;
            }
            String word = line.substring(w, stop).toLowerCase(Locale.ROOT);
            if (line.charAt(stop) == '.' && (word.length() == 1 || ABBREVIATIONS.contains(word))) {
                continue;
            }
            if (++k == count) {
                return new int[] {stop + 1, k};
            }
        }
        return new int[] {line.length(), k + 1};
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
