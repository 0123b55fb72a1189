package org.concord.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.annotate.Sentence;
import org.concord.annotate.AnnotatedDocument;

/**
 * A story's headline. When its articles have titles, the title most central to the story: the one whose words the
 * most member documents share (each distinct content word counts the documents that use it, the sum divided by the
 * square root of the title's word count, so a long title does not win by length; a title with '?' or '!' loses a
 * point). Without titles, a neutral sentence from the articles' leads chosen the same way: dateline, wire tag and
 * byline taken off, never a quotation, a question, a sentence opening with a pronoun or a lower-case word; a whole
 * sentence of at most {@value #MAX_WORDS} words when there is one, else the best sentence shortened at a clause
 * boundary (a semicolon, a dash, or a comma before a conjunction or a relative pronoun) so that no fragment trails.
 * A sentence is never cut inside its words. Ties go to the earlier document, so the choice is deterministic.
 */
public final class Headline {
    /** Longest headline made from a sentence, in words. */
    static final int MAX_WORDS = 24;
    /** Shortest sentence taken as a headline, in words. */
    static final int MIN_WORDS = 6;
    /** How many sentences of each document's lead are candidates. */
    static final int LEAD_SENTENCES = 3;

    private static final Pattern WIRE_TAG = Pattern.compile(
            "^(?:\\((?:AP|Reuters|AFP|UPI|dpa|Bloomberg)\\)\\s*(?:--|_|\u2014|\u2013|-)?\\s*"
                    + "|(?:UPDATE\\s*\\d*|EXCLUSIVE|BREAKING|FLASH|URGENT)\\s*(?:-|:|\u2014|\u2013)\\s*)");
    /** A byline's opening: "By" and one to four capitalised words (the name, maybe a role after a comma). */
    private static final Pattern BYLINE = Pattern.compile("^By((?:\\s+\\p{Lu}[\\p{L}.'\\-]*,?){1,4}"
            + "(?:\\s+[\\p{L}]+){0,3}?)(?=\\s|$)");
    private static final Set<String> OPENING_PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "his",
            "her", "its", "their", "this", "these", "those", "that", "such", "but", "and", "or", "so", "also");
    private static final Set<String> SUBORDINATORS = Set.of("after", "when", "while", "although", "though", "if",
            "as", "because", "since", "despite", "before", "until", "unless", "whereas", "once", "with", "without");
    /** Clause boundaries, each as the text that follows the kept part (the kept part ends before it). */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ";\\s|\\s(?:--|\u2014|\u2013)\\s|,\\s(?=(?:but|and|while|which|who|whose|where|after|as|because|although"
                    + "|though|saying|according|before|when|since|amid|despite)\\s)");

    private Headline() {
    }

    /** One article as the headline sees it: its title (or null), its text and its sentences. */
    public record Source(String title, String text, List<SentenceSplitter.Span> sentences) {
        public Source {
            sentences = List.copyOf(sentences);
        }
    }

    /**
     * The headline of a story's annotated members; near-duplicates ({@code duplicateOf() != null}) left out, a
     * member without an annotation split by {@link SentenceSplitter}; the first member's id when nothing serves.
     */
    public static String of(List<AnnotatedDocument> members) {
        List<Source> sources = new ArrayList<>();
        for (AnnotatedDocument d : members) {
            if (d.document().duplicateOf() != null) {
                continue;
            }
            List<SentenceSplitter.Span> spans = new ArrayList<>();
            for (Sentence s : d.annotation().sentences()) {
                spans.add(new SentenceSplitter.Span(s.start(), s.end()));
            }
            if (spans.isEmpty()) {
                spans = SentenceSplitter.split(d.text()); // a document the English stages passed over
            }
            sources.add(new Source(d.document().title(), d.text(), spans));
        }
        String h = choose(sources);
        return h.isEmpty() && !members.isEmpty() ? members.get(0).id() : h;
    }

    /** The headline of plain-text articles, their sentences found by {@link SentenceSplitter}. */
    public static String ofTexts(List<String> titles, List<String> texts) {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            sources.add(new Source(titles.get(i), texts.get(i), SentenceSplitter.split(texts.get(i))));
        }
        return choose(sources);
    }

    /** The headline of {@code sources}, in the story's order; "" when none has a title or a usable sentence. */
    public static String choose(List<Source> sources) {
        Map<String, Integer> df = new HashMap<>();
        for (Source s : sources) {
            Set<String> seen = content(s.text());
            if (s.title() != null) {
                seen.addAll(content(s.title()));
            }
            seen.forEach(w -> df.merge(w, 1, Integer::sum));
        }
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        Map<String, String> casing = null;
        for (Source s : sources) {
            if (s.title() == null || s.title().isBlank()) {
                continue;
            }
            if (casing == null) {
                casing = TitleText.casing(sources.stream().map(Source::text).toList());
            }
            String title = TitleText.clean(s.title(), t -> centrality(t, df), casing);
            double score = centrality(title, df) - (title.contains("?") || title.contains("!") ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = title;
            }
        }
        if (best != null) {
            return best;
        }
        String strict = fromSentences(sources, df, false);
        // no lead sentence reads as a neutral statement: the most central whole one, quotations and all
        return strict.isEmpty() ? fromSentences(sources, df, true) : strict;
    }

    private static String fromSentences(List<Source> sources, Map<String, Integer> df, boolean relaxed) {
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        boolean bestWhole = false;
        for (Source s : sources) {
            int position = 0;
            for (SentenceSplitter.Span sp : s.sentences()) {
                if (position >= LEAD_SENTENCES) {
                    break;
                }
                String raw = s.text().substring(sp.start(), sp.end()).strip().replaceAll("\\s+", " ");
                String sentence = neutral(raw);
                if (sentence.isEmpty()) {
                    continue; // a byline or a dateline alone: not a sentence of the lead
                }
                position++;
                if (relaxed ? Words.count(sentence) < MIN_WORDS || !closed(sentence) || !quotesClosed(sentence)
                        : !usable(sentence)) {
                    continue;
                }
                String h = shorten(sentence);
                if (h == null) {
                    continue;
                }
                boolean whole = Words.count(h) <= MAX_WORDS;
                // a lead's first sentence says what happened; later ones count a little less
                double score = centrality(h, df) * (1.0 - 0.15 * (position - 1));
                if (whole && !bestWhole || whole == bestWhole && score > bestScore) {
                    best = h;
                    bestScore = score;
                    bestWhole = whole;
                }
            }
        }
        return best == null ? "" : best;
    }

    /** A sentence without its dateline ("WASHINGTON (AP) --"), wire tag ("(AP) --", "UPDATE 2-") or byline. */
    static String neutral(String sentence) {
        String s = sentence;
        for (int round = 0; round < 3; round++) {
            String before = s;
            Matcher d = Summarizer.DATELINE.matcher(s);
            if (d.find() && d.end() < s.length()) {
                s = s.substring(d.end()).strip();
            }
            Matcher w = WIRE_TAG.matcher(s);
            if (w.find() && w.end() < s.length()) {
                s = s.substring(w.end()).strip();
            }
            s = withoutByline(s);
            if (s.equals(before)) {
                break;
            }
        }
        return s;
    }

    /**
     * {@code s} without a byline that opens it: "By Ana Lindqvist" alone, or followed by a dateline ("By JOHN SMITH,
     * Associated Press Writer WASHINGTON (AP) --"); a sentence that merely starts with "By" stays as it is.
     */
    static String withoutByline(String s) {
        if (!s.startsWith("By ")) {
            return s;
        }
        String[] words = s.split(" ");
        for (int n = 2; n <= Math.min(words.length, 8); n++) {
            String head = String.join(" ", java.util.Arrays.copyOf(words, n));
            String rest = n == words.length ? "" : s.substring(head.length()).strip();
            if (BYLINE.matcher(head).matches() && (rest.isEmpty() || Summarizer.DATELINE.matcher(rest).find())) {
                return rest;
            }
        }
        return s;
    }

    /** A sentence that reads as a neutral statement of the news. */
    static boolean usable(String s) {
        int n = Words.count(s);
        if (n < MIN_WORDS || s.isEmpty()) {
            return false;
        }
        if (s.chars().anyMatch(c -> c == '"' || c == '\u201c' || c == '\u201d') || s.contains("``")
                || s.contains("''") || s.endsWith("?")) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (last != '.' && last != '!') {
            return false;
        }
        char first = s.charAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
            return false;
        }
        return !OPENING_PRONOUNS.contains(firstWord(s));
    }

    /** Whether every quotation a sentence opens is closed in it (a sentence split inside a quotation is not). */
    static boolean quotesClosed(String s) {
        int straight = 0;
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '\u201c') {
                open++;
            } else if (c == '\u201d') {
                open--;
            }
        }
        return straight % 2 == 0 && open == 0 && count(s, "``") == count(s, "''");
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    /** Whether a sentence ends as a statement: '.' or '!', maybe inside closing quotes or a bracket. */
    static boolean closed(String s) {
        int i = s.length() - 1;
        while (i >= 0 && "\"'\u201d\u2019)".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && (s.charAt(i) == '.' || s.charAt(i) == '!');
    }

    /**
     * The sentence as a headline: whole (final period dropped) when it has at most {@value #MAX_WORDS} words;
     * else its longest opening part that ends at a clause boundary and has between {@value #MIN_WORDS} and
     * {@value #MAX_WORDS} words, with no bracket or quotation left open; else the whole sentence (null when the
     * sentence opens with a subordinate clause, where a cut would leave a fragment, and is too long).
     */
    static String shorten(String sentence) {
        String s = dropFinalStop(sentence);
        if (Words.count(s) <= MAX_WORDS) {
            return s;
        }
        if (SUBORDINATORS.contains(firstWord(s))) {
            return null;
        }
        String kept = null;
        Matcher m = CLAUSE_BREAK.matcher(s);
        while (m.find()) {
            String head = s.substring(0, m.start()).strip();
            int n = Words.count(head);
            if (n > MAX_WORDS) {
                break;
            }
            if (n >= MIN_WORDS && balanced(head)) {
                kept = head;
            }
        }
        return kept != null ? kept : s;
    }

    private static String dropFinalStop(String s) {
        String t = s.strip();
        while (!t.isEmpty() && (t.endsWith(".") && !abbreviationEnd(t) || t.endsWith(",") || t.endsWith(";"))) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** Whether a final period belongs to an abbreviation ("U.S.", "Inc."), which keeps it. */
    private static boolean abbreviationEnd(String t) {
        int sp = t.lastIndexOf(' ');
        String last = t.substring(sp + 1, t.length() - 1);
        return last.indexOf('.') >= 0 || last.equals("Inc") || last.equals("Co") || last.equals("Corp")
                || last.equals("Jr") || last.equals("Sr") || last.equals("Ltd");
    }

    private static boolean balanced(String s) {
        int parens = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                parens++;
            } else if (c == ')' || c == ']') {
                parens--;
            }
        }
        return parens == 0;
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i).toLowerCase(Locale.ROOT);
    }

    /** How many member documents share the text's content words, per square root of their number. */
    private static double centrality(String text, Map<String, Integer> df) {
        Set<String> words = content(text);
        if (words.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (String w : words) {
            sum += df.getOrDefault(w, 0);
        }
        return sum / Math.sqrt(words.size());
    }

    private static Set<String> content(String text) {
        Set<String> out = new HashSet<>();
        for (String w : Words.stems(text)) {
            if (!Words.isStop(w) && w.length() > 2) {
                out.add(w);
            }
        }
        return out;
    }
}
