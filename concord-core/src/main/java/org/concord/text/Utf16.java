package org.concord.text;

/**
 * Unpaired UTF-16 surrogates: a high surrogate not followed by a low one, or a low one not preceded by a high one.
 * Such a {@code char} is not a character; it reaches a string from an escaped JSON value ({@code "\ud800"}) and no
 * UTF-8 writer can encode it. {@link #repair} replaces each with U+FFFD, the replacement character.
 */
public final class Utf16 {
    /** What an unpaired surrogate becomes. */
    public static final char REPLACEMENT = '\uFFFD';

    private Utf16() {
    }

    /** How many unpaired surrogates {@code s} holds (0 for null). */
    public static int unpaired(String s) {
        if (s == null) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                n++;
            }
        }
        return n;
    }

    /** {@code s} with every unpaired surrogate replaced by U+FFFD; the same string when it holds none; null for null. */
    public static String repair(String s) {
        if (unpaired(s) == 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else {
                b.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return b.toString();
    }
}
