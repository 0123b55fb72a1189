package org.concord.eval.quotes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a predicted speaker names the gold source of an attribution. It is right when
 * <ol>
 * <li>the predicted speaker span shares a non-space character with the gold source span; or</li>
 * <li>the normalised predicted name equals the normalised gold source text, the name that opens it before an
 * apposition or clause ({@link #leadingName}: "Patrick McGinley" of "Patrick McGinley, a law professor at …"), its
 * silver head, or a silver name or proper mention of its coreference chain; or</li>
 * <li>the last word of the predicted name (its surname: "Trump" of "Donald J. Trump", ignoring "Jr.", "Sr.",
 * "II", "III", "IV") equals, ignoring case, the last capitalised word of the gold source text or of any of those
 * silver names and mentions, or of the leading name ("Mr. Trump", "Donald Trump", "the Trump campaign" all end in "Trump";
 * pronouns and determiners such as "His" or "The" are not names and never count).</li>
 * </ol>
 * Names are normalised as PolNeAR's SOURCE notes propose: NFKC, case-folded, U+2019 as an apostrophe, a final
 * "'s" or "'" dropped, a leading "the", "a" or "an" dropped, punctuation other than an inner "-" or "." dropped,
 * spaces collapsed. The coreference names come from the silver (CoreNLP dcoref) table when the corpus has one, so
 * rules 2 and 3 under-credit resolutions CoreNLP missed and may over-credit a shared surname: treat speaker figures
 * as approximate.
 */
public final class SpeakerMatcher {
    /** Lower-case words a name may hold: "Citizenship and Immigration Services", "Charles de Gaulle". */
    private static final Set<String> PARTICLES = Set.of("and", "of", "de", "del", "der", "van", "von", "bin", "al",
            "la", "le", "du", "da", "di", "dos");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Set<String> NOT_NAMES = Set.of("i", "he", "she", "it", "we", "they", "you", "his", "her",
            "hers", "its", "our", "their", "my", "your", "him", "them", "us", "the", "a", "an", "this", "that",
            "these", "those", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "pres", "president");

    private SpeakerMatcher() {
    }

    /** Whether {@code p}'s speaker names {@code g}'s source in {@code text}; false when either has none. */
    public static boolean right(String text, GoldAttribution g, PredictedQuote p) {
        if (!g.hasSource() || !p.hasSpeaker()) {
            return false;
        }
        if (p.hasSpeakerSpan()) {
            for (Fragment f : g.source()) {
                int s = Math.max(f.start(), p.speakerStart());
                int e = Math.min(Math.min(f.end(), p.speakerEnd()), text.length());
                for (int i = s; i < e; i++) {
                    if (!Spans.isSpace(text.charAt(i))) {
                        return true;
                    }
                }
            }
        }
        if (p.speaker() == null) {
            return false;
        }
        String n = normalise(p.speaker());
        if (n.isEmpty()) {
            return false;
        }
        List<String> candidates = candidates(g);
        for (String c : candidates) {
            if (n.equals(normalise(c))) {
                return true;
            }
        }
        String surname = surname(p.speaker());
        if (surname == null) {
            return false;
        }
        for (String c : candidates) {
            if (surname.equalsIgnoreCase(lastCapitalisedWord(c))) {
                return true;
            }
        }
        return false;
    }

    /** The texts that name the gold source: as written, its silver head, and its silver coreference names. */
    static List<String> candidates(GoldAttribution g) {
        List<String> c = new ArrayList<>();
        c.add(g.sourceText());
        String lead = leadingName(g.sourceText());
        if (lead != null) {
            c.add(lead);
        }
        SilverSource s = g.silver();
        for (String x : List.of(s.headText(), s.sourceName(), s.chainRepresentative())) {
            if (!x.isBlank()) {
                c.add(x);
            }
        }
        c.addAll(s.chainNames());
        c.addAll(s.chainProperMentions());
        return c;
    }

    /**
     * The name that opens a source described by an apposition or a clause: "Patrick McGinley" of "Patrick McGinley,
     * a law professor at West Virginia University", "Mr. Morgan" of "Mr. Morgan of the Sierra Club". It is the text
     * before the first comma, parenthesis, dash, " who ", " of the " or " at ", when that text is a name: every
     * word capitalised but for name particles and "and"/"of" inside it. Null when the source has no such part
     * ("A spokesman for Clinton, Brian Fallon" opens with no name) or is the name itself.
     */
    static String leadingName(String source) {
        String s = source.strip();
        int cut = s.length();
        for (String sep : List.of(",", "(", "\u2014", "\u2013", " -- ", " who ", " of the ", " at ")) {
            int i = s.indexOf(sep);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        String lead = s.substring(0, cut).strip();
        if (lead.isEmpty() || lead.length() == s.length()) {
            return null;
        }
        List<String> w = words(lead);
        if (w.isEmpty() || w.size() > 8 || !Character.isUpperCase(w.get(0).charAt(0))
                || NOT_NAMES.contains(w.get(0).toLowerCase(Locale.ROOT))
                && w.size() == 1) {
            return null;
        }
        for (String t : w) {
            if (!Character.isUpperCase(t.charAt(0)) && !PARTICLES.contains(t)) {
                return null;
            }
        }
        return lead;
    }

    /** The normalisation N(x) described in the class comment. */
    public static String normalise(String x) {
        String s = Normalizer.normalize(x, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replace('\u2018', '\'').strip();
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Spans.isSpace(c)) {
                sb.append(' ');
            } else if (!Spans.isPunctuation(c)) {
                sb.append(c);
            } else if ((c == '-' || c == '.') && i > 0 && i + 1 < s.length()
                    && Character.isLetterOrDigit(s.charAt(i - 1)) && Character.isLetterOrDigit(s.charAt(i + 1))) {
                sb.append(c);
            }
        }
        String out = sb.toString().strip().replaceAll(" +", " ");
        for (String article : List.of("the ", "a ", "an ")) {
            if (out.startsWith(article)) {
                out = out.substring(article.length());
                break;
            }
        }
        return out;
    }

    /** The words of {@code x} without surrounding punctuation or a possessive, parenthesised parts removed. */
    static List<String> words(String x) {
        String s = Normalizer.normalize(x, Normalizer.Form.NFKC).replace('\u2019', '\'').replace('\u2018', '\'')
                .replaceAll("\\([^)]*\\)", " ");
        List<String> out = new ArrayList<>();
        for (String w : s.split("[\\s\u00A0]+")) {
            int a = 0;
            int b = w.length();
            while (a < b && !Character.isLetterOrDigit(w.charAt(a))) {
                a++;
            }
            while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) {
                b--;
            }
            String t = w.substring(a, b);
            if (t.endsWith("'s") || t.endsWith("'S")) {
                t = t.substring(0, t.length() - 2);
            }
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The last word of a predicted name, skipping generational suffixes; null if it has no word. */
    static String surname(String name) {
        List<String> w = words(name);
        for (int i = w.size() - 1; i >= 0; i--) {
            String lc = w.get(i).toLowerCase(Locale.ROOT);
            if (!SUFFIXES.contains(lc) && !NOT_NAMES.contains(lc)) {
                return w.get(i);
            }
        }
        return null;
    }

    /** The last word of {@code x} that starts with an upper-case letter and is not a pronoun or determiner. */
    static String lastCapitalisedWord(String x) {
        List<String> w = words(x);
        for (int i = w.size() - 1; i >= 0; i--) {
            String t = w.get(i);
            String lc = t.toLowerCase(Locale.ROOT);
            if (Character.isUpperCase(t.charAt(0)) && !SUFFIXES.contains(lc) && !NOT_NAMES.contains(lc)) {
                return t;
            }
        }
        return null;
    }
}
