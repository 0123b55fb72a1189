package org.concord.serve.web;

/**
 * A small HTML builder: every text and attribute value goes through {@link #escape}; tag and attribute names are
 * the code's own constants (checked). There is no way to append unescaped text from outside this class, so a
 * stored string (a title, a quote, an outlet, a URL) can only ever become text.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(16_384);

    /** Text safe in element content and in double- or single-quoted attribute values. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            String rep = switch (ch) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (rep != null) {
                    b.append(rep);
                } else {
                    b.append(ch);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    private static String name(String n) {
        if (!isName(n)) {
            throw new IllegalArgumentException("not a tag or attribute name: " + n);
        }
        return n;
    }

    /** {@code [a-zA-Z][a-zA-Z0-9-]*}, checked without a regular expression (it runs for every tag and attribute). */
    private static boolean isName(String n) {
        if (n.isEmpty()) {
            return false;
        }
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!(letter || i > 0 && (c >= '0' && c <= '9' || c == '-'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Opens {@code tag} with attributes given as name, value pairs; a null value leaves the attribute out, an empty
     * name-only value ("") writes the attribute without a value (boolean attributes).
     */
    Html open(String tag, String... attrs) {
        out.append('<').append(name(tag));
        attributes(attrs);
        out.append('>');
        return this;
    }

    private void attributes(String... attrs) {
        if (attrs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attrs.length; i += 2) {
            if (attrs[i + 1] == null) {
                continue;
            }
            out.append(' ').append(name(attrs[i]));
            if (!attrs[i + 1].isEmpty() || !BOOLEAN.contains(attrs[i])) {
                out.append("=\"").append(escape(attrs[i + 1])).append('"');
            }
        }
    }

    private static final java.util.Set<String> BOOLEAN = java.util.Set.of("selected", "open", "hidden", "defer",
            "required", "checked", "disabled");

    /** A void element ({@code <meta>}, {@code <input>}, {@code <rect>} written as {@code <rect/>}). */
    Html empty(String tag, String... attrs) {
        out.append('<').append(name(tag));
        attributes(attrs);
        out.append(tag.equals("rect") || tag.equals("line") ? "/>" : ">");
        return this;
    }

    Html close(String tag) {
        out.append("</").append(name(tag)).append('>');
        return this;
    }

    Html text(String s) {
        out.append(escape(s));
        return this;
    }

    /** {@code <tag attrs>text</tag>}. */
    Html el(String tag, String text, String... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    /** The doctype, the only markup written literally. */
    Html doctype() {
        out.append("<!DOCTYPE html>\n");
        return this;
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
