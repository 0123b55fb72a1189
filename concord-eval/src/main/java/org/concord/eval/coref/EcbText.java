package org.concord.eval.coref;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text of an ECB+ document as a reader would see it, rebuilt from the corpus tokens (the corpus keeps no
 * character offsets and no whitespace), and where each corpus token lies in it.
 * <ul>
 * <li>Tokens are joined the way the Penn Treebank tokenization they come from separates them (in the manner of a
 * PTB detokenizer such as Moses' detokenizer.perl; written for this layout): no space before closing punctuation
 * and clitics ({@code , . ; : ! ? % ) ] 's n't 're}), none after opening brackets and {@code $}; the corpus'
 * {@code ``} and {@code ''} become typographic quotes and a straight double quote opens or closes by turns;
 * {@code world ’ s} becomes {@code world’s}. A document whose tokenizer split every hyphenated word (no token of
 * it holds an inner hyphen, the *ecbplus.xml files) gets its {@code 86 - yard}, {@code 4 : 31} and {@code 13 , 000} back as {@code 86-yard}, {@code 4:31}, {@code 13,000}.</li>
 * <li>Sentences follow one another in a paragraph. A corpus sentence that ends without terminal punctuation (a
 * headline, a dateline, "First Published : June 13 , 2013") ends its line: in the published text such a break can
 * only have been a line break. Nothing else of the corpus sentence split reaches the text: where sentences end is
 * the annotator's to find.</li>
 * <li>A sentence that is a tokenised URL (sentence 0 of the *ecbplus.xml files, "http : / / www ...") is left
 * out, as in {@code ../shared/data/stories/ecbplus-stories}: it is where the text was found, not part of it. No
 * annotated sentence is such a line.</li>
 * </ul>
 * Token offsets: {@code start[s][i]}, {@code end[s][i]} for token i of corpus sentence s; a token left out has
 * start = end = -1.
 */
final class EcbText {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "!", "?", "%", ")", "]", "}",
            "...", "\u2026", "''", "\u201d", "n't", "N'T", "'s", "'S", "'re", "'ve", "'m", "'d", "'ll", "'RE", "'VE",
            "'M", "'D", "'LL");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "#", "``", "\u201c", "\u2018");
    private static final Set<String> CLITIC_AFTER_APOSTROPHE = Set.of("s", "ll", "re", "ve", "d", "m", "t");
    private static final Pattern URL_START = Pattern.compile("(?i)https?|www");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern WORDISH = Pattern.compile("[\\p{L}\\p{N}]+");

    private EcbText() {
    }

    /** The text and the [start, end) offsets of every corpus token in it. */
    record Built(String text, int[][] start, int[][] end) {
    }

    static Built build(EcbDocument d) {
        List<List<String>> sentences = d.sentences();
        boolean hyphensSplit = hyphensSplit(sentences);
        StringBuilder text = new StringBuilder();
        int[][] starts = new int[sentences.size()][];
        int[][] ends = new int[sentences.size()][];
        boolean doubleOpen = false;
        String previous = null; // the last token written on the line, null at the start of a line
        boolean glueNext = true; // the next token follows without a space (line start, after an opener)
        for (int s = 0; s < sentences.size(); s++) {
            List<String> words = sentences.get(s);
            starts[s] = new int[words.size()];
            ends[s] = new int[words.size()];
            if (words.isEmpty() || isUrl(words)) {
                java.util.Arrays.fill(starts[s], -1);
                java.util.Arrays.fill(ends[s], -1);
                continue;
            }
            for (int i = 0; i < words.size(); i++) {
                String raw = words.get(i);
                String w = raw;
                boolean attachLeft = NO_SPACE_BEFORE.contains(raw);
                boolean opens = NO_SPACE_AFTER.contains(raw);
                if (raw.equals("``")) {
                    w = "\u201c";
                } else if (raw.equals("''")) {
                    w = "\u201d";
                } else if (raw.equals("\"")) {
                    opens = !doubleOpen;
                    w = opens ? "\u201c" : "\u201d";
                    attachLeft = !opens;
                } else if (raw.equals("\u2019")) {
                    attachLeft = true; // an apostrophe or a closing single quote
                } else if (raw.equals("'")) {
                    // a closing single quote or a plural possessive ("Chargers '"), unless it opens a line or quote
                    attachLeft = !glueNext;
                    opens = glueNext;
                } else if (hyphensSplit && previous != null && i + 1 < words.size()
                        && infix(previous, raw, words.get(i + 1))) {
                    attachLeft = true;
                    opens = true; // 86 - yard -> 86-yard, 4 : 31 -> 4:31, 13 , 000 -> 13,000
                } else if (previous != null && previous.equals("\u2019")
                        && CLITIC_AFTER_APOSTROPHE.contains(raw.toLowerCase(Locale.ROOT)) && text.length() >= 2
                        && Character.isLetter(text.charAt(text.length() - 2))) {
                    attachLeft = true; // world ’ s -> world’s
                }
                if (raw.indexOf('"') >= 0) {
                    doubleOpen = quoteState(raw, doubleOpen);
                }
                if (!glueNext && !attachLeft) {
                    text.append(' ');
                }
                starts[s][i] = text.length();
                text.append(w);
                ends[s][i] = text.length();
                previous = raw;
                glueNext = opens;
            }
            if (!endsSentence(words)) {
                text.append('\n');
                previous = null;
                glueNext = true;
            }
        }
        // no trailing separator
        int n = text.length();
        while (n > 0 && Character.isWhitespace(text.charAt(n - 1))) {
            n--;
        }
        text.setLength(n);
        return new Built(text.toString(), starts, ends);
    }

    /** The state of the straight double quote after {@code token} (a lone quote or one glued to a word). */
    private static boolean quoteState(String token, boolean open) {
        boolean state = open;
        for (int k = 0; k < token.length(); k++) {
            if (token.charAt(k) == '"') {
                state = !state;
            }
        }
        return state;
    }





    /**
     * Punctuation inside a word or number that a splitting tokenizer took apart: a hyphen between two words of
     * one case ("86 - yard", "Winston - Shell"; not "California - the", a dash), a colon or a point between digits
     * ("4 : 31", "0 . 41") and a thousands comma ("13 , 000"; not "June 8 , 2013").
     */
    private static boolean infix(String before, String mark, String after) {
        switch (mark) {
            case "-":
                return WORDISH.matcher(before).matches() && WORDISH.matcher(after).matches()
                        && Character.isUpperCase(before.charAt(0)) == Character.isUpperCase(after.charAt(0));
            case ":":
                return DIGITS.matcher(before).matches() && after.length() == 2 && DIGITS.matcher(after).matches();
            case ".":
                return DIGITS.matcher(before).matches() && DIGITS.matcher(after).matches();
            case ",":
                return before.length() <= 3 && DIGITS.matcher(before).matches() && after.length() == 3
                        && DIGITS.matcher(after).matches();
            default:
                return false;
        }
    }

    /** A sentence that ends as a sentence of running text does: . ! ? or … , perhaps inside quotes or brackets. */
    private static boolean endsSentence(List<String> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = words.get(i);
            if (w.equals("''") || w.equals("\"") || w.equals("\u201d") || w.equals("'") || w.equals("\u2019")
                    || w.equals(")") || w.equals("]")) {
                continue;
            }
            char c = w.charAt(w.length() - 1);
            return c == '.' || c == '!' || c == '?' || c == '\u2026';
        }
        return false;
    }

    /** A sentence that is a tokenised web address: "http : / / www . example . com / ...". */
    private static boolean isUrl(List<String> words) {
        return URL_START.matcher(words.get(0)).matches() && words.size() >= 3
                && (words.get(1).equals(":") || words.get(1).equals("."));
    }

    /** Whether the document's tokenizer split hyphenated words: "-" tokens between words, no token with an inner hyphen. */
    private static boolean hyphensSplit(List<List<String>> sentences) {
        boolean loneHyphen = false;
        for (List<String> words : sentences) {
            if (!words.isEmpty() && isUrl(words)) {
                continue;
            }
            for (String w : words) {
                if (w.equals("-")) {
                    loneHyphen = true;
                } else if (w.length() > 2 && w.indexOf('-', 1) > 0 && w.indexOf('-', 1) < w.length() - 1) {
                    return false;
                }
            }
        }
        return loneHyphen;
    }
}
