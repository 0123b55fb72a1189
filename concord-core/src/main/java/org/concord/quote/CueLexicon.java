package org.concord.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a word introduces an attribution, learned from annotated news (PolNeAR's train split, by
 * {@code concord train quotes}): for a word form, and for the form with the class of the word after it ("called"
 * vs "called for"), the number of times it lay inside a gold attribution cue and the number of times it occurred.
 * The maximum-likelihood cue probability, backed off from the form-with-context to the bare form when the context
 * was seen too rarely, decides whether a verb can carry reported speech. The model is a plain count table so that
 * it can be read, diffed and retrained; {@link #standard()} loads the one committed with Concord.
 *
 * <p>Counting words in annotated attribution cues follows the cue-lexicon features of Pareti et al. (2013,
 * "Automatically Detecting and Attributing Indirect Quotations", EMNLP), who found the cue verb the strongest
 * single signal for indirect and mixed attributions.
 */
public final class CueLexicon {
    /** The resource the standard lexicon is read from. */
    public static final String RESOURCE = "cue-lexicon.tsv";
    /** Counts below this are not trusted: the lookup backs off (context) or answers 0 (form). */
    public static final int MIN_COUNT = 3;
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['’][a-z]+)?|[^\\sA-Za-z0-9]");
    /** Words after a cue that change what it means ("called" a name vs "called for" a policy). */
    private static final Set<String> CONTEXT_WORDS = Set.of("that", "to", "for", "on", "about", "of", "with", "in",
            "by", "as", "at", "from", "up", "out", "into", "against", "over", "if", "whether", ":", ",");
    private static final ModelResource<CueLexicon> STANDARD = new ModelResource<>(RESOURCE, CueLexicon::read);

    private final Map<String, int[]> counts;

    private CueLexicon(Map<String, int[]> counts) {
        this.counts = counts;
    }

    /** The lexicon shipped with Concord (trained on PolNeAR train); loaded once. */
    public static CueLexicon standard() {
        return STANDARD.get();
    }

    /** Reads a lexicon written by {@link #write}: {@code key TAB cue TAB total} lines, {@code #} comments. */
    public static CueLexicon read(InputStream in) throws IOException {
        Map<String, int[]> m = new HashMap<>();
        for (TsvRows.Row row : TsvRows.read(in, "cue lexicon", 3, "key, cue count, total")) {
            int n = row.line();
            String line = row.text();
            String[] f = row.fields();
            try {
                m.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
            } catch (NumberFormatException e) {
                throw new IOException("cue lexicon line " + n + ": counts must be integers: '" + line + "'");
            }
        }
        return new CueLexicon(m);
    }

    /** The probability that {@code word} (any case) followed by {@code next} is part of an attribution cue. */
    public double probability(String word, String next) {
        String w = word.toLowerCase(Locale.ROOT);
        int[] c = counts.get(w + " " + contextOf(next));
        if (c == null || c[1] < MIN_COUNT) {
            c = counts.get(w);
        }
        return c == null || c[1] < MIN_COUNT ? 0 : (double) c[0] / c[1];
    }

    /** The number of entries (for provenance and tests). */
    public int size() {
        return counts.size();
    }

    /** The context class of the word after a cue: a function word that changes the cue's sense, or "_". */
    static String contextOf(String next) {
        if (next == null) {
            return "_";
        }
        String n = next.toLowerCase(Locale.ROOT);
        return CONTEXT_WORDS.contains(n) ? n : "_";
    }

    /** Counts cue words in annotated texts, to build a lexicon with {@link #build}. */
    public static final class Counter {
        private final Map<String, int[]> counts = new HashMap<>();

        /** Adds one text whose attribution cues occupy {@code cueSpans} ([start, end) character ranges). */
        public void add(String text, List<int[]> cueSpans) {
            Objects.requireNonNull(text, "text");
            List<int[]> words = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                words.add(new int[] {m.start(), m.end()});
            }
            for (int i = 0; i < words.size(); i++) {
                int[] w = words.get(i);
                String form = text.substring(w[0], w[1]).toLowerCase(Locale.ROOT).replace('’', '\'');
                String next = i + 1 < words.size() ? text.substring(words.get(i + 1)[0], words.get(i + 1)[1]) : null;
                boolean cue = false;
                for (int[] c : cueSpans) {
                    if (c[0] <= w[0] && w[1] <= c[1]) {
                        cue = true;
                        break;
                    }
                }
                for (String key : new String[] {form, form + " " + contextOf(next)}) {
                    int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                    c[1]++;
                    if (cue) {
                        c[0]++;
                    }
                }
            }
        }

        /** The lexicon, keeping the entries seen at least {@code minCue} times in a cue (the others answer 0). */
        public CueLexicon build(int minCue) {
            Map<String, int[]> kept = new HashMap<>();
            counts.forEach((k, v) -> {
                if (v[0] >= minCue && v[1] >= MIN_COUNT) {
                    kept.put(k, v.clone());
                }
            });
            return new CueLexicon(kept);
        }
    }

    /** Writes the lexicon as sorted {@code key TAB cue TAB total} lines after a comment header. */
    public void write(Writer out, String provenance) throws IOException {
        for (String line : provenance.split("\n")) {
            out.write("# " + line + "\n");
        }
        for (Map.Entry<String, int[]> e : new TreeMap<>(counts).entrySet()) {
            out.write(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\n");
        }
        out.flush();
    }
}
