package org.concord.report;

/**
 * Anchor ids of a rendered report: {@code story-ID}, {@code story-ID.PART}, {@code doc-ID}, {@code cite-STORY-N}. An id keeps its ASCII
 * letters, digits and '-' and writes any other character as {@code _hex_} (so two different ids never share an
 * anchor, and an anchor needs no escaping in HTML attributes, URL fragments or Markdown).
 */
public final class Anchors {
    private Anchors() {
    }

    /** The anchor of a story. */
    public static String story(String id) {
        return "story-" + encode(id);
    }

    /** The anchor of a document. */
    public static String document(String id) {
        return "doc-" + encode(id);
    }

    /**
     * The anchor of a part of a story ("timeline", "quotes", ...): {@code story-ID.PART}; '.' never comes out of
     * {@link #encode}, so no story or document anchor can take it.
     */
    public static String section(String storyId, String part) {
        return story(storyId) + "." + part;
    }

    /** The anchor of a story's {@code n}-th citation note. */
    public static String citation(String storyId, int n) {
        return "cite-" + encode(storyId) + "-" + n;
    }

    /** {@code id} with only [A-Za-z0-9-] kept as they are; any other code point as {@code _hex_}. */
    static String encode(String id) {
        StringBuilder b = new StringBuilder(id.length() + 8);
        id.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-')) {
                b.append((char) c);
            } else {
                b.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return b.toString();
    }
}
