package org.concord.eval.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A generated near-duplicate benchmark (deterministic for a seed). From real articles it builds a stream of
 * {@code size} documents: every article once as an original, 0 to 4 re-posts of it with the edits syndication
 * makes (a new headline, boilerplate lines added, the last paragraphs trimmed, two paragraphs swapped, a few words
 * changed), and, to fill the stream, distinct documents made of one 20-120-word paragraph from each of four to
 * six different articles (so the same topics and wording recur without any document copying another). A source
 * article that repeats a long paragraph of an earlier one is left out (the corpus holds a few reports twice). Gold: each original with its re-posts
 * is one group; every other document is alone.
 */
public final class CopyCorpus {
    /** One generated document and its gold group (-1: no copy group, a document of its own). */
    public record Doc(String id, String text, int group) {}

    private static final String[] BOILERPLATE = {
        "Subscribe to our newsletter for the latest news.", "Share this story on Facebook and Twitter.",
        "Advertisement", "Read more: the full coverage of the campaign.", "Follow us for updates.",
        "Copyright 2016. All rights reserved.", "Sign up for breaking news alerts.", "Photo: staff photographer."};

    private CopyCorpus() {
    }

    public static List<Doc> generate(List<String> articles, int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String[]> paras = new ArrayList<>();
        java.util.Set<String> seenLong = new java.util.HashSet<>();
        for (String a : articles) {
            String[] p = Arrays.stream(a.split("\\n\\s*\\n|\\n")).map(String::strip).filter(x -> !x.isEmpty())
                    .toArray(String[]::new);
            // a source that repeats a long paragraph of an earlier one is the same report in another version
            // (the corpus holds some articles twice): it is left out, so the gold has no hidden copies
            boolean repeat = false;
            for (String x : p) {
                if (x.split("\\s+").length >= 40 && !seenLong.add(x.toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}]+", " ").strip())) {
                    repeat = true;
                }
            }
            paras.add(repeat ? new String[0] : p);
        }
        // paragraphs the filler documents are built from: 20 to 120 words (longer ones cut), so that no paragraph
        // makes up most of a filler document and two fillers never share most of their text by chance
        List<String> pool = new ArrayList<>();
        List<Integer> poolArticle = new ArrayList<>();
        for (int a = 0; a < paras.size(); a++) {
            for (String x : paras.get(a)) {
                String[] w = x.split("\\s+");
                if (w.length >= 20) {
                    pool.add(String.join(" ", Arrays.copyOf(w, Math.min(w.length, 120))));
                    poolArticle.add(a);
                }
            }
        }
        List<Doc> out = new ArrayList<>();
        for (int a = 0; a < articles.size() && out.size() < size; a++) {
            String[] p = paras.get(a);
            if (p.length < 4) {
                continue;
            }
            out.add(new Doc("orig-" + a, String.join("\n\n", p), a));
            int copies = r.nextInt(5);
            for (int c = 0; c < copies && out.size() < size; c++) {
                out.add(new Doc("copy-" + a + "-" + c, repost(p, r), a));
            }
        }
        int sources = (int) poolArticle.stream().distinct().count();
        if (out.size() < size && sources < 2) {
            throw new IllegalArgumentException("filler documents need paragraphs of 20 or more words from at least two "
                    + "articles; these articles have them in " + sources);
        }
        int mix = 0;
        while (out.size() < size) {
            int parts = Math.min(4 + r.nextInt(3), sources);
            StringBuilder sb = new StringBuilder();
            int[] used = new int[parts];
            for (int k = 0; k < parts; k++) {
                int x;
                boolean again;
                do {
                    x = r.nextInt(pool.size());
                    again = false;
                    for (int q = 0; q < k; q++) {
                        again |= poolArticle.get(used[q]).equals(poolArticle.get(x));
                    }
                } while (again);
                used[k] = x;
                if (k > 0) {
                    sb.append("\n\n");
                }
                sb.append(pool.get(x));
            }
            out.add(new Doc("mix-" + mix++, sb.toString(), -1));
        }
        return out;
    }

    /** A re-post: new headline, trimmed tail, two paragraphs swapped, words changed, boilerplate added. */
    private static String repost(String[] original, SplittableRandom r) {
        List<String> p = new ArrayList<>(Arrays.asList(original));
        p.set(0, "UPDATE: " + p.get(0).toUpperCase(Locale.ROOT));
        int trim = (int) Math.floor(p.size() * 0.25 * r.nextDouble());
        for (int i = 0; i < trim && p.size() > 3; i++) {
            p.remove(p.size() - 1);
        }
        if (p.size() > 3 && r.nextBoolean()) {
            int i = 1 + r.nextInt(p.size() - 1);
            int j = 1 + r.nextInt(p.size() - 1);
            String t = p.get(i);
            p.set(i, p.get(j));
            p.set(j, t);
        }
        for (int i = 1; i < p.size(); i++) {
            String[] w = p.get(i).split(" ");
            for (int k = 0; k < w.length; k++) {
                if (r.nextDouble() < 0.01) {
                    w[k] = "[" + w[k] + "]";
                }
            }
            p.set(i, String.join(" ", w));
        }
        int extra = 1 + r.nextInt(3);
        for (int k = 0; k < extra; k++) {
            p.add(1 + r.nextInt(p.size()), BOILERPLATE[r.nextInt(BOILERPLATE.length)]);
        }
        return String.join("\n\n", p);
    }
}
