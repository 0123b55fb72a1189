package org.concord.summarize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Light sentence compression that keeps a summary sentence citable: words are only left out, never added or
 * reordered (the first letter may become a capital), so the shorter sentence is still said by the source span it
 * cites. Three rules, after the sentence trimming of the ICSI summarizer (Gillick, Favre et al. 2009, "The ICSI/UTD
 * summarization system at TAC 2009") and of CLASSY (Conroy et al. 2006): a connective opening the sentence ("But",
 * "However,"), a parenthesis, and an attribution closing it (", officials said Monday.", ", said the spokesman
 * Kevin Simmons.", ", according to the ministry."). The words saved go to more content under the word budget.
 */
final class Compression {
    /** Fewer words than this left, the sentence stays whole. */
    static final int MIN_LEFT = 5;
    private static final Pattern CONNECTIVE = Pattern.compile(
            "^(?:(?:But|And)\\s+|(?:However|Meanwhile|Also|In addition|Moreover|Still|Nevertheless|Furthermore),\\s+)");
    private static final Pattern PAREN = Pattern.compile("\\s*\\([^()]{1,80}\\)");
    private static final String WHEN = "(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|today|yesterday|tonight|last\\s+(?:week|month|night|year)|this\\s+(?:week|month)))?";
    private static final Pattern ATTRIBUTION = Pattern.compile(
            ",\\s+(?:according\\s+to\\s+[^,]{1,60}"
                    + "|said\\s+(?:[A-Z]|the\\s|a\\s|an\\s)[^,]{0,60}"
                    + "|((?:[A-Za-z.'\\-]+\\s+){1,6}?)(?:said|says|reported|added|announced|told\\s+reporters)" + WHEN + ")"
                    + "\\s*([.!])$");
    /** Words that make what comes before "said" a clause ("but no deaths were reported") rather than a speaker. */
    private static final Set<String> NOT_SPEAKER = Set.of("but", "and", "or", "which", "who", "that", "while",
            "when", "as", "because", "was", "were", "is", "are", "be", "been", "has", "have", "had", "not", "no", "if");

    private Compression() {
    }

    /** The sentence with the rules' words left out; the sentence itself when fewer than {@link #MIN_LEFT} words stay. */
    static String apply(String text) {
        String t = text;
        Matcher c = CONNECTIVE.matcher(t);
        if (c.find() && c.end() < t.length()) {
            String rest = t.substring(c.end());
            t = rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1);
        }
        t = PAREN.matcher(t).replaceAll("");
        Matcher m = ATTRIBUTION.matcher(t);
        if (m.find() && m.start() > 0 && speaker(m.group(1))) {
            t = t.substring(0, m.start()) + m.group(2);
        }
        t = t.strip();
        return Words.count(t) < MIN_LEFT ? text : t;
    }

    private static boolean speaker(String words) {
        if (words == null) {
            return true;
        }
        for (String w : words.strip().split("\\s+")) {
            if (NOT_SPEAKER.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
