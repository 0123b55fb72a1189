package org.concord.lang;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Offline language identification of a text, from its writing system and its character n-grams.
 *
 * <p>Two steps. First the writing system: the letters of each Unicode script are counted and the script with the
 * most letters is the text's (Han and kana together count as Japanese when kana are at least a tenth of them, else
 * Han alone is Chinese). Where one language of the profiles writes that script (Greek, Korean, Thai, Chinese,
 * Japanese ...) it is the answer. Where several do (Latin, Cyrillic, Arabic, Devanagari, Hebrew), the second step
 * ranks them with a naive Bayes classifier over the character bigrams and trigrams of the text's words in that
 * script ({@link NgramText}),
 * each n-gram's probability in a language read from its profile ({@link LanguageProfiles}): the model of
 * N. Shuyo, "Language Detection Library for Java" (2010), itself in the line of W. B. Cavnar and J. M. Trenkle,
 * "N-Gram-Based Text Categorization" (SDAIR 1994). Unlike that library, which averages random samples of the
 * n-grams, every n-gram is scored once, so the result is deterministic. An n-gram no profile of the script holds
 * says nothing and is passed over; one that a language's profile lacks costs it half its rarest kept count.
 *
 * <p>What is read: the whole text up to {@link #MAX_CHARS} characters, else {@link #WINDOWS} windows spread from
 * its start to its end ({@link #sample}), so that a page whose first screen is boilerplate in another language is
 * still judged by its body, and the time per text is bounded. The text is read in chunks of about
 * {@link #CHUNK_LETTERS} letters, each classified on its own; a chunk's vote is its posterior times its letters.
 * The language with the most votes is the answer, and its confidence is its share of the votes (times the share of
 * the text's letters in its script): a page half German, half Spanish comes out near 0.5, unsettled, rather than
 * given wholly to the one with a few more letters. Within a chunk, log likelihoods are summed over overlapping
 * n-grams (each letter takes part in about three), which makes naive Bayes overconfident; the posterior is
 * therefore taken from the summed log likelihoods divided by {@link #DEPENDENCE}.
 *
 * <p>Measured with {@code concord eval language} (docs/benchmarks.md). Immutable and thread-safe; the profiles are
 * read once per JVM, on first use.
 */
public final class LanguageDetector {
    /** How much of a text is read at most (UTF-16 units): all of a shorter text, windows of a longer one. */
    public static final int MAX_CHARS = 3_000;
    /** How many windows of a long text are read ({@link #sample}). */
    static final int WINDOWS = 4;
    /** The letters of one chunk of a text, each chunk voting on its own ({@link #detect}). */
    static final int CHUNK_LETTERS = 300;
    /** The divisor of the summed log likelihoods: about how many n-grams each letter takes part in. */
    static final double DEPENDENCE = 3.0;
    /** The most a text's bigrams and trigrams may cost over its language's own, in nats ({@link #fits}). */
    static final double MAX_EXCESS = 1.1;
    /** Kana from this share of the Han and kana letters on make a text Japanese. */
    static final double KANA_SHARE = 0.1;
    /** Scripts no profile covers, each written by one main language. */
    private static final Map<Character.UnicodeScript, String> SCRIPT_ONLY = new EnumMap<>(Map.of(
            Character.UnicodeScript.ARMENIAN, "hy", Character.UnicodeScript.GEORGIAN, "ka",
            Character.UnicodeScript.SINHALA, "si", Character.UnicodeScript.MYANMAR, "my",
            Character.UnicodeScript.LAO, "lo", Character.UnicodeScript.ETHIOPIC, "am",
            Character.UnicodeScript.TIBETAN, "bo", Character.UnicodeScript.ORIYA, "or"));

    private static final class Holder {
        static final LanguageDetector SHARED = new LanguageDetector(LanguageProfiles.load());
    }

    private final LanguageProfiles profiles;
    /** Per script, the indexes of the profile languages written in it. */
    private final Map<Character.UnicodeScript, int[]> byScript = new EnumMap<>(Character.UnicodeScript.class);

    private LanguageDetector(LanguageProfiles profiles) {
        this.profiles = profiles;
        Map<Character.UnicodeScript, List<Integer>> lists = new EnumMap<>(Character.UnicodeScript.class);
        for (int i = 0; i < profiles.languages().size(); i++) {
            lists.computeIfAbsent(profiles.languages().get(i).script(), k -> new ArrayList<>()).add(i);
        }
        lists.forEach((s, l) -> byScript.put(s, l.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The detector over every profile (read once per JVM, on first use: about 3 MB of JSON). */
    public static LanguageDetector shared() {
        return Holder.SHARED;
    }

    /** The languages the detector can name (ISO 639-1 codes, sorted). */
    public Set<String> languages() {
        Set<String> out = new TreeSet<>(SCRIPT_ONLY.values());
        profiles.languages().forEach(l -> out.add(l.code()));
        return out;
    }

    /** The language of {@code text} (null is taken as empty). */
    public Detection detect(CharSequence text) {
        CharSequence t = sample(text == null ? "" : text);
        Map<Character.UnicodeScript, Integer> letters = NgramText.letters(t, t.length());
        int all = 0;
        for (int n : letters.values()) {
            all += n;
        }
        Character.UnicodeScript script = NgramText.script(letters);
        if (script == null) {
            return new Detection(Detection.UNDETERMINED, 0, 0, "none", null);
        }
        int most = (int) NgramText.letters(letters, script);
        double share = most / (double) all;
        int[] candidates = byScript.getOrDefault(script, new int[0]);
        if (candidates.length == 0) {
            String only = SCRIPT_ONLY.get(script);
            return only == null ? new Detection(Detection.UNDETERMINED, 0, most, script.name(), null)
                    : new Detection(only, share, most, script.name(), null);
        }
        Set<String> codes = new TreeSet<>();
        for (int c : candidates) {
            codes.add(profiles.languages().get(c).code());
        }
        if (codes.size() == 1) {
            return new Detection(codes.iterator().next(), share, most, script.name(), null);
        }
        return rank(t, script, candidates, share, most);
    }

    /**
     * Naive Bayes over the n-grams of the words in {@code script}, among {@code candidates}, chunk by chunk
     * ({@link #CHUNK_LETTERS}): each chunk's posterior, weighted by its letters, is its vote, so that a page in two
     * languages is seen as such rather than given wholly to the one with more text. The answer is unsettled
     * (confidence 0) when the language it names does not fit the text as a whole ({@link #fits}).
     */
    private Detection rank(CharSequence text, Character.UnicodeScript script, int[] candidates, double share,
                           int letters) {
        int languages = profiles.languages().size();
        boolean[] isCandidate = new boolean[languages];
        for (int c : candidates) {
            isCandidate[c] = true;
        }
        double[] perLanguage = new double[languages];
        double[] weight = new double[1];
        // the whole text's log likelihoods and n-gram counts, per language and length (index 4 * language + n)
        double[] whole = new double[4 * languages];
        int[] wholeCounted = new int[4];
        NgramText.grams(text, text.length(), script, CHUNK_LETTERS, new NgramText.Sink() {
            /** Per language and n-gram length (index 4 * language + n): the summed gains over the floor. */
            final double[] score = new double[4 * languages];
            final int[] counted = new int[4];

            @Override
            public void gram(long key) {
                int row = profiles.row(key);
                if (row < 0) {
                    return;
                }
                boolean known = false;
                int n = NgramText.length(key);
                for (int e = profiles.start(row), end = profiles.end(row); e < end; e++) {
                    int l = profiles.language(e);
                    if (isCandidate[l]) {
                        score[4 * l + n] += profiles.gain(e);
                        known = true;
                    }
                }
                if (known) {
                    counted[n]++;
                }
            }

            @Override
            public void endChunk(int chunkLetters) {
                if (counted[2] + counted[3] > 0) {
                    vote(candidates, score, counted, chunkLetters, perLanguage);
                    weight[0] += chunkLetters;
                    for (int c : candidates) {
                        for (int n = 2; n <= 3; n++) {
                            whole[4 * c + n] += logLikelihood(c, n, score, counted);
                        }
                    }
                    for (int n = 2; n <= 3; n++) {
                        wholeCounted[n] += counted[n];
                    }
                }
                java.util.Arrays.fill(score, 0);
                java.util.Arrays.fill(counted, 0);
            }
        });
        if (weight[0] == 0) {
            return new Detection(Detection.UNDETERMINED, 0, letters, script.name(), null);
        }
        Map<String, Double> votes = new TreeMap<>(); // by code: the two Chinese profiles are one language
        for (int c : candidates) {
            votes.merge(profiles.languages().get(c).code(), perLanguage[c], Double::sum);
        }
        String top = null;
        String runnerUp = null;
        for (Map.Entry<String, Double> e : votes.entrySet()) { // TreeMap: a tie goes to the first code, every time
            if (top == null || e.getValue() > votes.get(top)) {
                runnerUp = top;
                top = e.getKey();
            } else if (runnerUp == null || e.getValue() > votes.get(runnerUp)) {
                runnerUp = e.getKey();
            }
        }
        double confidence = fits(top, candidates, whole, wholeCounted) ? votes.get(top) / weight[0] * share : 0;
        return new Detection(top, confidence, letters, script.name(), runnerUp);
    }

    /**
     * Adds one chunk's vote: every candidate language's posterior, from the summed log likelihoods damped by
     * {@link #DEPENDENCE}, times the chunk's letters.
     */
    private void vote(int[] candidates, double[] score, int[] counted, int chunkLetters, double[] votes) {
        // every counted n-gram first costs each candidate its floor; gram() added back what its profile holds
        double[] total = new double[candidates.length];
        int best = 0;
        for (int k = 0; k < candidates.length; k++) {
            for (int n = 2; n <= 3; n++) {
                total[k] += logLikelihood(candidates[k], n, score, counted);
            }
            if (total[k] > total[best]) {
                best = k;
            }
        }
        double sum = 0;
        double[] p = new double[candidates.length];
        for (int k = 0; k < candidates.length; k++) {
            p[k] = Math.exp((total[k] - total[best]) / DEPENDENCE);
            sum += p[k];
        }
        for (int k = 0; k < candidates.length; k++) {
            votes[candidates[k]] += chunkLetters * p[k] / sum;
        }
    }

    /** A language's log likelihood of a chunk's n-grams of length {@code n} ({@code score}: gains over the floor). */
    private double logLikelihood(int language, int n, double[] score, int[] counted) {
        return score[4 * language + n] + counted[n] * profiles.floor(language, n);
    }

    /**
     * Whether the text reads as real text of {@code code} (its best-fitting profile of that code): its bigrams and
     * trigrams cost, on average, at most {@link #MAX_EXCESS} nats more than the language's own n-grams do (the
     * entropy of its profile), summed over the two lengths. Text in the language sits well below (half the web pages
     * of the development set under 0.5, 95% under 0.9); made-up words cost more (from 1.3 on the synthetic
     * corpus of the tests) even where one language ranks first, and so may a page in two languages.
     */
    private boolean fits(String code, int[] candidates, double[] whole, int[] counted) {
        double best = Double.POSITIVE_INFINITY;
        for (int c : candidates) {
            if (!profiles.languages().get(c).code().equals(code)) {
                continue;
            }
            double excess = 0;
            for (int n = 2; n <= 3; n++) {
                if (counted[n] > 0) {
                    excess += -whole[4 * c + n] / counted[n] - profiles.entropy(c, n);
                }
            }
            best = Math.min(best, excess);
        }
        return best <= MAX_EXCESS;
    }

    /**
     * The part of a text that is read: all of it up to {@link #MAX_CHARS}; else {@link #WINDOWS} windows of equal
     * length spread evenly from its start to its end (each cut at white space, joined by line breaks), so that a
     * page whose first screens are boilerplate in another language is still judged by its body.
     */
    static CharSequence sample(CharSequence text) {
        int len = text.length();
        if (len <= MAX_CHARS) {
            return text;
        }
        int w = MAX_CHARS / WINDOWS;
        StringBuilder out = new StringBuilder(MAX_CHARS + WINDOWS);
        for (int k = 0; k < WINDOWS; k++) {
            int start = (int) ((long) k * (len - w) / (WINDOWS - 1));
            int end = start + w;
            if (k > 0) {
                while (start < end && !Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
            if (k < WINDOWS - 1) {
                while (end > start && !Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
            }
            out.append(text, start, end).append('\n');
        }
        return out;
    }
}
