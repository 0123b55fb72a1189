package org.concord.lang;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The character n-gram profiles the detector scores against: for each language, how often each character 1-, 2-
 * and 3-gram occurs in a large sample of its text (words padded with one space, as in {@code " the "}), and the
 * total count of n-grams of each length. The detector scores the bigrams and trigrams; the single letters tell each
 * profile's writing system.
 *
 * <p>The data are the 70 profiles of the language-detector library (com.optimaize.languagedetector 0.6, Apache
 * License 2.0; most of them made by Nakatani Shuyo for his language-detection library from Wikipedia text), read
 * as plain data from its jar ({@code languages/<code>}, one JSON object: {@code freq}, {@code n_words},
 * {@code name}); none of its code runs. The profiles were counted on normalised text, and the detector's
 * {@link NgramText} applies the same character classes so that the counts can be looked up.
 *
 * <p>Held in memory as one open-addressing table from bigram or trigram (packed into a long, {@link NgramText#key}) to a
 * row: the languages whose profile has it, each with {@code log(count / total) - floor}, where the floor is what an
 * n-gram a language lacks costs it ({@link #floor}: half its rarest kept count of that length, as the profiles keep
 * only the frequent n-grams). Scoring a text then costs one probe and one short loop per n-gram. Immutable once
 * built.
 */
final class LanguageProfiles {
    /** Every profile the jar holds, by file name. */
    static final List<String> FILES = List.of("af", "an", "ar", "ast", "be", "bg", "bn", "br", "ca", "cs", "cy",
            "da", "de", "el", "en", "es", "et", "eu", "fa", "fi", "fr", "ga", "gl", "gu", "he", "hi", "hr", "ht", "hu",
            "id", "is", "it", "ja", "km", "kn", "ko", "lt", "lv", "mk", "ml", "mr", "ms", "mt", "ne", "nl", "no", "oc",
            "pa", "pl", "pt", "ro", "ru", "sk", "sl", "so", "sq", "sr", "sv", "sw", "ta", "te", "th", "tl", "tr", "uk",
            "ur", "vi", "yi", "zh-CN", "zh-TW");
    private static final String DIR = "languages/";

    /** One profile language: its ISO 639-1 code (639-3 where there is none: "ast") and its writing system. */
    record Language(String code, Character.UnicodeScript script) {}

    private final List<Language> languages;
    /** Per language and n-gram length (index n - 1): the log probability charged for an n-gram it lacks. */
    private final double[][] floor;
    /** Per language and n-gram length (index n - 1): the entropy of its profile's n-grams, in nats. */
    private final double[][] entropy;
    /** Open addressing: keys (0 = empty) and their rows. */
    private final long[] keys;
    private final int[] slotRow;
    /** Row r holds entries rowStart[r] to rowStart[r + 1] - 1 of entryLanguage and entryGain. */
    private final int[] rowStart;
    private final int[] entryLanguage;
    private final double[] entryGain;

    private LanguageProfiles(List<Language> languages, double[][] floor, double[][] entropy,
                             Map<Long, List<double[]>> rows) {
        this.languages = List.copyOf(languages);
        this.floor = floor;
        this.entropy = entropy;
        int capacity = Integer.highestOneBit(Math.max(16, rows.size() * 3)) << 1;
        keys = new long[capacity];
        slotRow = new int[capacity];
        rowStart = new int[rows.size() + 1];
        int entries = 0;
        for (List<double[]> l : rows.values()) {
            entries += l.size();
        }
        entryLanguage = new int[entries];
        entryGain = new double[entries];
        int r = 0;
        int e = 0;
        for (Map.Entry<Long, List<double[]>> row : rows.entrySet()) {
            long key = row.getKey();
            int n = NgramText.length(key);
            rowStart[r] = e;
            for (double[] x : row.getValue()) {
                int l = (int) x[0];
                entryLanguage[e] = l;
                entryGain[e] = x[1] - floor[l][n - 1];
                e++;
            }
            int slot = slot(key);
            keys[slot] = key;
            slotRow[slot] = r;
            r++;
        }
        rowStart[r] = e;
    }

    /** The slot of {@code key}: where it is, or the empty slot where it would go (linear probing). */
    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (mix(key) & mask);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    /** Reads every profile from the class path; fails when one is missing or malformed. */
    static LanguageProfiles load() {
        ObjectMapper mapper = new ObjectMapper();
        List<Language> languages = new ArrayList<>();
        List<double[]> floors = new ArrayList<>();
        List<double[]> entropies = new ArrayList<>();
        // TreeMap while building: the rows' language order must not depend on hashing
        Map<Long, List<double[]>> build = new TreeMap<>();
        for (String file : FILES) {
            JsonNode profile = read(mapper, file);
            int index = languages.size();
            JsonNode totals = profile.get("n_words");
            JsonNode freq = profile.get("freq");
            if (totals == null || freq == null || totals.size() != 3) {
                throw new IllegalStateException("language profile " + file + " lacks freq or n_words");
            }
            double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
            double[] h = new double[3];
            Map<Character.UnicodeScript, Long> scriptCounts = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : freq.properties()) {
                String gram = e.getKey();
                long count = e.getValue().asLong();
                if (gram.isEmpty() || gram.length() > 3 || count <= 0) {
                    continue;
                }
                int n = gram.length();
                double total = totals.get(n - 1).asDouble();
                min[n - 1] = Math.min(min[n - 1], count);
                h[n - 1] -= count / total * Math.log(count / total);
                if (n > 1) { // single letters only tell the profile's script: the detector scores no unigram
                    build.computeIfAbsent(NgramText.key(gram), k -> new ArrayList<>())
                            .add(new double[] {index, Math.log(count / total)});
                }
                if (n == 1 && Character.isLetter(gram.charAt(0))) {
                    scriptCounts.merge(Character.UnicodeScript.of(gram.charAt(0)), count, Long::sum);
                }
            }
            double[] f = new double[3];
            for (int n = 0; n < 3; n++) {
                f[n] = Math.log(0.5 * (min[n] == Double.MAX_VALUE ? 1 : min[n]) / totals.get(n).asDouble());
            }
            floors.add(f);
            entropies.add(h);
            languages.add(new Language(code(file), dominant(scriptCounts, file)));
        }
        return new LanguageProfiles(languages, floors.toArray(new double[0][]), entropies.toArray(new double[0][]),
                build);
    }

    private static JsonNode read(ObjectMapper mapper, String file) {
        try (InputStream in = LanguageProfiles.class.getClassLoader().getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("language profile " + DIR + file + " is not on the class path "
                        + "(com.optimaize.languagedetector:language-detector)");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language profile " + file, e);
        }
    }

    /** The ISO code of a profile file: "zh-CN" and "zh-TW" are both Chinese ("zh"). */
    private static String code(String file) {
        int dash = file.indexOf('-');
        return (dash < 0 ? file : file.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** The script with the most letters in a profile's unigrams, judged as a text's is ({@link NgramText#script}). */
    private static Character.UnicodeScript dominant(Map<Character.UnicodeScript, Long> counts, String file) {
        Character.UnicodeScript best = NgramText.script(counts);
        if (best == null) {
            throw new IllegalStateException("language profile " + file + " has no letters");
        }
        return best;
    }

    List<Language> languages() {
        return languages;
    }

    /** The log probability {@code language} gives an n-gram of length {@code n} that its profile lacks. */
    double floor(int language, int n) {
        return floor[language][n - 1];
    }

    /**
     * The entropy of a language's n-grams of length {@code n} as its profile counts them ({@code -sum p log p} over
     * the kept n-grams, in nats): what an n-gram of its own text costs on average.
     */
    double entropy(int language, int n) {
        return entropy[language][n - 1];
    }

    /** The row of an n-gram key ({@link NgramText#key}), or -1 when no profile holds it. */
    int row(long key) {
        int s = slot(key);
        return keys[s] == 0 ? -1 : slotRow[s];
    }

    /** The first entry of a row. */
    int start(int row) {
        return rowStart[row];
    }

    /** One past the last entry of a row. */
    int end(int row) {
        return rowStart[row + 1];
    }

    /** The language of an entry. */
    int language(int entry) {
        return entryLanguage[entry];
    }

    /** What an entry's language gains over its floor on that n-gram (a log probability ratio, usually positive). */
    double gain(int entry) {
        return entryGain[entry];
    }
}
