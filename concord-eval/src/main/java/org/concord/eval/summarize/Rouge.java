package org.concord.eval.summarize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.summarize.PorterStemmer;

/**
 * ROUGE-N (Lin 2004) as ROUGE-1.5.5 computes it with {@code -n 2 -m -l WORDS -f A -p 0.5 -t 0} and no stop word
 * removal, per {@code spec/eval-v1.md}:
 * <ol>
 * <li>a summary is read as lines (empty lines dropped); with a word limit the first {@code words}
 * whitespace-separated words are kept (the peer and the references alike);</li>
 * <li>the kept text is lower-cased (ASCII), every hyphen becomes a separate token, every character that is not
 * {@code [A-Za-z0-9-]} becomes a space; tokens that do not start with {@code [a-z0-9]} (the hyphens) are
 * dropped, tokens longer than three characters are stemmed as ROUGE-1.5.5's MorphStem does: the WordNet base
 * form of an irregular inflection ({@link WordNetExceptions}), else the Porter stem ({@link PorterStemmer});</li>
 * <li>n-grams run across sentence boundaries; the hits against one reference are the clipped counts
 * {@code min(peer, reference)} per n-gram; with formula A the hits and counts of all references are summed:
 * recall = hits / reference n-grams, precision = hits / (peer n-grams x references), each rounded to five
 * decimals as ROUGE prints them, and F = PR / ((1 - alpha) P + alpha R) on the rounded figures;</li>
 * <li>with {@code jackknife} and k &gt; 1 references the score is the mean of the k scores against each set of
 * k - 1 references (the DUC practice that makes system and human scores comparable).</li>
 * </ol>
 * ROUGE-1.5.5 reads WordNet 2.0's lists; these are WordNet 3.1's, so a few rare forms may differ.
 */
public final class Rouge {
    /** Recall, precision and F of one peer summary (or a mean of them). */
    public record Score(double recall, double precision, double f) {}

    private final int words;
    private final boolean stem;
    private final boolean jackknife;
    private final double alpha;

    private Rouge(int words, boolean stem, boolean jackknife, double alpha) {
        this.words = words;
        this.stem = stem;
        this.jackknife = jackknife;
        this.alpha = alpha;
    }

    /** The spec's configuration: Porter stemming, jackknifing, alpha 0.5, {@code words} limit (0 = none). */
    public static Rouge spec(int words) {
        return new Rouge(words, true, true, 0.5);
    }

    /** Any configuration; {@code words} 0 means no length limit. */
    public static Rouge of(int words, boolean stem, boolean jackknife, double alpha) {
        if (words < 0) {
            throw new IllegalArgumentException("words must be 0 (no limit) or more, got " + words);
        }
        if (alpha < 0 || alpha > 1) {
            throw new IllegalArgumentException("alpha must be in [0, 1], got " + alpha);
        }
        return new Rouge(words, stem, jackknife, alpha);
    }

    /** ROUGE-{@code n} of {@code peer} against {@code references}. */
    public Score score(String peer, List<String> references, int n) {
        if (references.isEmpty()) {
            throw new IllegalArgumentException("ROUGE needs at least one reference summary");
        }
        Map<String, Integer> peerGrams = grams(tokens(peer), n);
        List<Map<String, Integer>> refGrams = new ArrayList<>();
        for (String r : references) {
            refGrams.add(grams(tokens(r), n));
        }
        if (!jackknife || refGrams.size() == 1) {
            return formulaA(peerGrams, refGrams);
        }
        double r = 0;
        double p = 0;
        double f = 0;
        for (int j = 0; j < refGrams.size(); j++) {
            List<Map<String, Integer>> subset = new ArrayList<>(refGrams);
            subset.remove(j);
            Score s = formulaA(peerGrams, subset);
            r += s.recall();
            p += s.precision();
            f += s.f();
        }
        int k = refGrams.size();
        return new Score(r / k, p / k, f / k);
    }

    private Score formulaA(Map<String, Integer> peer, List<Map<String, Integer>> refs) {
        long hits = 0;
        long refCount = 0;
        long peerCount = 0;
        int peerTotal = peer.getOrDefault(COUNT, 0);
        for (Map<String, Integer> ref : refs) {
            for (Map.Entry<String, Integer> e : ref.entrySet()) {
                if (!e.getKey().equals(COUNT)) {
                    Integer pc = peer.get(e.getKey());
                    if (pc != null) {
                        hits += Math.min(pc, e.getValue());
                    }
                }
            }
            refCount += ref.getOrDefault(COUNT, 0);
            peerCount += peerTotal;
        }
        double r = refCount == 0 ? 0 : round5((double) hits / refCount);
        double p = peerCount == 0 ? 0 : round5((double) hits / peerCount);
        double denominator = (1 - alpha) * p + alpha * r;
        double f = denominator > 0 ? round5(p * r / denominator) : 0;
        return new Score(r, p, f);
    }

    /** The count key: a string no n-gram can equal (n-grams hold only [a-z0-9] and spaces). */
    private static final String COUNT = "_";

    private static Map<String, Integer> grams(List<String> tokens, int n) {
        Map<String, Integer> out = new HashMap<>();
        int count = 0;
        for (int i = 0; i + n <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
            count++;
        }
        out.put(COUNT, count);
        return out;
    }

    /** ROUGE-1.5.5's MorphStem: WordNet's base form of an irregular inflection, else the Porter stem. */
    static String morphStem(String t) {
        String base = WordNetExceptions.base(t);
        return base != null ? base : PorterStemmer.stem(t);
    }

    /** The tokens ROUGE counts in {@code text}: cut to the word limit, normalized, stemmed. */
    public List<String> tokens(String text) {
        String kept = truncate(text, words);
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= kept.length(); i++) {
            char c = i < kept.length() ? kept.charAt(i) : ' ';
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                cur.append(c);
            } else if (cur.length() > 0) {
                // hyphens and everything else end a token; hyphen tokens are dropped by ROUGE
                String t = cur.toString();
                out.add(stem && t.length() > 3 ? morphStem(t) : t);
                cur.setLength(0);
            }
        }
        return out;
    }

    /**
     * The first {@code limit} words of {@code text} as ROUGE-1.5.5's readText keeps them (0 = all): the text is
     * read line by line, empty lines skipped, each line split at whitespace the way Perl's {@code split(/\s+/)}
     * does (a line that starts with whitespace yields an empty first word).
     */
    static String truncate(String text, int limit) {
        if (text == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        if (limit == 0) {
            return String.join(" ", lines);
        }
        StringBuilder out = new StringBuilder();
        int len = 0;
        for (String line : lines) {
            List<String> ws = perlSplit(line);
            if (len + ws.size() < limit) {
                if (len != 0) {
                    out.append(' ');
                }
                out.append(line);
                len += ws.size();
            } else {
                if (len > 0) {
                    out.append(' ');
                }
                out.append(String.join(" ", ws.subList(0, Math.min(ws.size(), limit - len))));
                break;
            }
        }
        return out.toString();
    }

    private static boolean perlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** Perl's split(/\s+/, line): a leading empty field is kept, trailing empty fields are dropped. */
    private static List<String> perlSplit(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        if (n > 0 && perlSpace(line.charAt(0))) {
            out.add("");
            while (i < n && perlSpace(line.charAt(i))) {
                i++;
            }
        }
        while (i < n) {
            int start = i;
            while (i < n && !perlSpace(line.charAt(i))) {
                i++;
            }
            out.add(line.substring(start, i));
            while (i < n && perlSpace(line.charAt(i))) {
                i++;
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** sprintf("%7.5f") as C rounds it: the exact binary value, ties to even. */
    public static double round5(double x) {
        return new BigDecimal(x).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
    }
}
