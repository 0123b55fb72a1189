package org.concord.lang;

import java.util.EnumMap;
import java.util.Map;

/**
 * A text as the detector reads it: the letters of each writing system counted, and the character bigrams and
 * trigrams of its words, each word padded with one space on either side ({@code "the"} gives {@code " t" th he
 * "e " " th" the "he "}), as the profiles ({@link LanguageProfiles}) were counted. Single letters are not scored:
 * every profile of a script holds nearly all of them, so they cost the most time and, measured on the development
 * pages, changed no answer. A word is a run of letters
 * and combining marks; a word written all in capitals (an acronym, a shouted headline) is left out, as it says
 * little about the language. Characters are mapped to the classes the profiles were counted with: Persian yeh to
 * Arabic yeh, Romanian s and t with comma below to their cedilla forms, and every letter of the Latin Extended
 * Additional block from U+1EA0 on (the Vietnamese vowels with two diacritics) to one letter.
 */
final class NgramText {
    private NgramText() {
    }

    /** The key of an n-gram of one to three UTF-16 units: its length and its units, packed into a long. */
    static long key(CharSequence gram) {
        long k = gram.length();
        for (int i = 0; i < gram.length(); i++) {
            k = (k << 16) | gram.charAt(i);
        }
        return k;
    }

    /** The length of the n-gram a key holds (its top bits). */
    static int length(long key) {
        return key >>> 48 != 0 ? 3 : key >>> 32 != 0 ? 2 : 1;
    }

    private static long key(char a, char b) {
        return (((2L << 16) | a) << 16) | b;
    }

    private static long key(char a, char b, char c) {
        return (((((3L << 16) | a) << 16) | b) << 16) | c;
    }

    /** Whether a code point is part of a word: a letter, or a mark that combines with one. */
    static boolean wordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Letters per writing system in the first {@code limit} UTF-16 units of {@code text} (marks not counted). */
    static Map<Character.UnicodeScript, Integer> letters(CharSequence text, int limit) {
        Character.UnicodeScript[] scripts = Character.UnicodeScript.values();
        int[] counts = new int[scripts.length];
        int end = Math.min(text.length(), limit);
        for (int i = 0; i < end; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                counts[(cp < 0x80 ? Character.UnicodeScript.LATIN : Character.UnicodeScript.of(cp)).ordinal()]++;
            }
        }
        Map<Character.UnicodeScript, Integer> out = new EnumMap<>(Character.UnicodeScript.class);
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] > 0) {
                out.put(scripts[k], counts[k]);
            }
        }
        return out;
    }

    /**
     * The writing system with the most letters, or null when there are none. Han and kana count together: as
     * Japanese (HIRAGANA) when the kana are at least {@link LanguageDetector#KANA_SHARE} of them, else as Chinese
     * (HAN). A tie goes to the script first in Unicode's list.
     */
    static Character.UnicodeScript script(Map<Character.UnicodeScript, ? extends Number> letters) {
        long han = count(letters, Character.UnicodeScript.HAN);
        long kana = count(letters, Character.UnicodeScript.HIRAGANA) + count(letters, Character.UnicodeScript.KATAKANA);
        Character.UnicodeScript best = null;
        long most = 0;
        for (Character.UnicodeScript s : Character.UnicodeScript.values()) {
            long n = count(letters, s);
            if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA) {
                n = han + kana;
                s = kana >= LanguageDetector.KANA_SHARE * (han + kana) ? Character.UnicodeScript.HIRAGANA
                        : Character.UnicodeScript.HAN;
            }
            if (n > most) {
                most = n;
                best = s;
            }
        }
        return best;
    }

    /** The letters of {@code script}, Han and kana together when it is one of them ({@link #script}). */
    static long letters(Map<Character.UnicodeScript, ? extends Number> letters, Character.UnicodeScript script) {
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA) {
            return count(letters, Character.UnicodeScript.HAN) + count(letters, Character.UnicodeScript.HIRAGANA)
                    + count(letters, Character.UnicodeScript.KATAKANA);
        }
        return count(letters, script);
    }

    private static long count(Map<Character.UnicodeScript, ? extends Number> letters, Character.UnicodeScript s) {
        Number n = letters.get(s);
        return n == null ? 0 : n.longValue();
    }

    /** Receives the n-grams of a text, chunk by chunk ({@link #grams}). */
    interface Sink {
        /** One n-gram, by its {@link #key}. */
        void gram(long key);

        /** The end of a chunk that held {@code letters} letters of the words read. */
        void endChunk(int letters);
    }

    /**
     * Gives {@code out} the key of every bigram and trigram of the words, in the first {@code limit} UTF-16 units, whose first
     * letter is in {@code script} (Han and kana together when it is one of them), in chunks: a chunk ends at the
     * first line break after {@code chunkLetters} letters, or at the first word end after three times as many (a
     * text without line breaks), and at the end of the text.
     */
    static void grams(CharSequence text, int limit, Character.UnicodeScript script, int chunkLetters, Sink out) {
        int end = Math.min(text.length(), limit);
        StringBuilder word = new StringBuilder(32);
        int chunk = 0;
        int i = 0;
        while (i < end) {
            int cp = Character.codePointAt(text, i);
            if (!wordChar(cp)) {
                i += Character.charCount(cp);
                if (chunk >= chunkLetters && (cp == '\n' || chunk >= 3 * chunkLetters)) {
                    out.endChunk(chunk);
                    chunk = 0;
                }
                continue;
            }
            word.setLength(0);
            boolean allCaps = true;
            int letters = 0;
            Character.UnicodeScript first = null;
            while (i < end) {
                cp = Character.codePointAt(text, i);
                if (!wordChar(cp)) {
                    break;
                }
                i += Character.charCount(cp);
                if (Character.isLetter(cp)) {
                    letters++;
                    allCaps &= Character.isUpperCase(cp);
                    if (first == null) {
                        first = cp < 0x80 ? Character.UnicodeScript.LATIN : Character.UnicodeScript.of(cp);
                    }
                }
                if (Character.isBmpCodePoint(cp)) {
                    word.append(normalise((char) cp));
                } else {
                    word.append(' '); // the profiles hold no unit outside the BMP: it splits the word
                }
            }
            if (first == null || !sameScript(first, script) || (allCaps && letters >= 2)) {
                continue;
            }
            chunk += letters;
            emit(word, out);
        }
        if (chunk > 0) {
            out.endChunk(chunk);
        }
    }

    private static boolean sameScript(Character.UnicodeScript s, Character.UnicodeScript script) {
        if (s == script) {
            return true;
        }
        boolean cjk = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
        return cjk && (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA);
    }

    /** The bigrams and trigrams of one word between spaces ({@code " w "}); a space inside (split word) ends a part. */
    private static void emit(CharSequence word, Sink out) {
        char p2 = ' ';
        char p1 = ' ';
        for (int k = 0; k <= word.length(); k++) {
            char c = k < word.length() ? word.charAt(k) : ' ';
            if (!(p1 == ' ' && c == ' ')) {
                out.gram(key(p1, c));
            }
            if (p1 != ' ') {
                // a trigram has a letter in the middle: " th", "the", "he "
                out.gram(key(p2, p1, c));
            }
            p2 = p1;
            p1 = c;
        }
    }

    /** The character class the profiles were counted with. */
    static char normalise(char c) {
        if (c == '\u06cc') {
            return '\u064a'; // Persian yeh: counted as Arabic yeh
        }
        if (c == '\u0219') {
            return '\u015f'; // s with comma below: counted as s with cedilla
        }
        if (c == '\u021b') {
            return '\u0163'; // t with comma below: counted as t with cedilla
        }
        if (c == '\u0218') {
            return '\u015e';
        }
        if (c == '\u021a') {
            return '\u0162';
        }
        if (c >= '\u1ea0' && c <= '\u1eff') {
            return '\u1ec3'; // Vietnamese vowels with two diacritics: one class
        }
        return c;
    }
}
