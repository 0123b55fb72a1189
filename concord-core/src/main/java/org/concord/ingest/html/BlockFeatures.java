package org.concord.ingest.html;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The features of each text block that the {@link BlockModel} weighs: language-independent text and link density
 * (after Kohlschütter, Fankhauser and Nejdl, "Boilerplate detection using shallow text features", WSDM 2010: a
 * block's length, link density and those of its neighbours), structural evidence read from the intact page (an
 * article container, furniture tags and class names, list items, cells, headings and figures among its ancestors; the same
 * text elsewhere on the page; the
 * JSON-LD {@code articleBody} it overlaps), and the verdict of the rule-based passes ({@code rule}: the share of the
 * block they keep, and its neighbours'). Every value lies in [0, 1]; the first feature is the bias.
 */
public final class BlockFeatures {
    /** The feature names, in the order of each row's values. */
    public static final List<String> NAMES = List.of("bias", "rule", "length", "link_density", "sentence_end",
            "commas", "digits", "tag_p", "in_list_item", "in_heading", "in_table_cell", "in_article", "in_furniture_tag",
            "class_furniture", "class_negative", "class_positive", "position", "prev_rule", "next_rule", "prev_length",
            "next_length", "prev_link_density", "next_link_density", "jsonld_present", "jsonld_overlap",
            "page_rule_share", "rule_x_link_density", "short", "rule_x_short", "no_rule_page_x_length", "title",
            "rule_distance", "in_figure", "repeated", "class_comments");

    /**
     * Blocks of fewer words than this are left to the rules: a few words say too little to weigh, and the label of a
     * short block (are its words the article's?) is too noisy to learn from.
     */
    public static final int MIN_MODEL_WORDS = 4;

    private BlockFeatures() {
    }

    /** Runs of letters and digits (a CJK clause counts as one). */
    public static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** One block of a page: its text and its feature values (in the order of {@link #NAMES}). */
    public record Row(String text, double[] values) {}

    static double[][] of(List<PageBlocks.Block> blocks, PageBlocks.Ancestry ancestry, double[] rule, String title,
                         String jsonLdBody) {
        int n = blocks.size();
        double[][] out = new double[n][];
        long pageChars = 0;
        double ruleChars = 0;
        for (int i = 0; i < n; i++) {
            pageChars += blocks.get(i).chars();
            ruleChars += rule[i] * blocks.get(i).chars();
        }
        double pageRule = pageChars == 0 ? 0 : ruleChars / pageChars;
        Set<String> ld = jsonLdBody == null ? Set.of() : tokens(jsonLdBody);
        String titleKey = title == null ? null : key(title);
        int[] ruleDistance = ruleDistance(rule);
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (PageBlocks.Block b : blocks) {
            seen.merge(b.text(), 1, Integer::sum);
        }
        for (int i = 0; i < n; i++) {
            PageBlocks.Block b = blocks.get(i);
            int[] a = ancestry.of(b.element());
            double len = length(b);
            double ldens = linkDensity(b);
            double[] v = new double[NAMES.size()];
            int k = 0;
            v[k++] = 1;
            v[k++] = rule[i];
            v[k++] = len;
            v[k++] = ldens;
            v[k++] = sentenceEnd(b.text()) ? 1 : 0;
            v[k++] = Math.min(5, 100.0 * count(b.text(), ",\uff0c\u3001\u060c") / Math.max(1, b.chars())) / 5;
            v[k++] = (double) digits(b.text()) / Math.max(1, b.chars());
            v[k++] = b.element().normalName().equals("p") ? 1 : 0;
            v[k++] = a[5];
            v[k++] = a[7];
            v[k++] = a[6];
            v[k++] = a[0];
            v[k++] = a[1];
            v[k++] = a[2];
            v[k++] = a[3];
            v[k++] = a[4];
            v[k++] = n <= 1 ? 0 : (double) i / (n - 1);
            v[k++] = i > 0 ? rule[i - 1] : 0;
            v[k++] = i + 1 < n ? rule[i + 1] : 0;
            v[k++] = i > 0 ? length(blocks.get(i - 1)) : 0;
            v[k++] = i + 1 < n ? length(blocks.get(i + 1)) : 0;
            v[k++] = i > 0 ? linkDensity(blocks.get(i - 1)) : 0;
            v[k++] = i + 1 < n ? linkDensity(blocks.get(i + 1)) : 0;
            v[k++] = ld.isEmpty() ? 0 : 1;
            v[k++] = ld.isEmpty() ? 0 : overlap(b.text(), ld);
            v[k++] = pageRule;
            v[k++] = rule[i] * ldens;
            boolean isShort = b.chars() < 40;
            v[k++] = isShort ? 1 : 0;
            v[k++] = isShort ? rule[i] : 0;
            v[k++] = pageRule < 0.05 ? len : 0;
            v[k++] = titleKey != null && titleKey.equals(key(b.text())) ? 1 : 0;
            v[k++] = Math.min(10, ruleDistance[i]) / 10.0;
            v[k++] = a[8];
            v[k++] = seen.get(b.text()) > 1 ? 1 : 0;
            v[k++] = a[9];
            out[i] = v;
        }
        return out;
    }

    /** log(1 + visible characters) scaled so that 3,000 characters give 1. */
    private static double length(PageBlocks.Block b) {
        return Math.min(1, Math.log1p(b.chars()) / Math.log1p(3000));
    }

    private static double linkDensity(PageBlocks.Block b) {
        return b.chars() == 0 ? 0 : Math.min(1, (double) b.linkChars() / b.chars());
    }

    /** Blocks to the nearest block the rules keep at least half of (0 for such a block; n when none). */
    private static int[] ruleDistance(double[] rule) {
        int n = rule.length;
        int[] d = new int[n];
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (rule[i] >= 0.5) {
                last = i;
            }
            d[i] = last < 0 ? n : i - last;
        }
        last = -1;
        for (int i = n - 1; i >= 0; i--) {
            if (rule[i] >= 0.5) {
                last = i;
            }
            if (last >= 0) {
                d[i] = Math.min(d[i], last - i);
            }
        }
        return d;
    }

    private static boolean sentenceEnd(String t) {
        int i = t.length() - 1;
        while (i >= 0 && "\"'\u201d\u2019\u00bb)".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?:;\u3002\uff01\uff1f\u061f\u2026".indexOf(t.charAt(i)) >= 0;
    }

    private static int count(String t, String chars) {
        int c = 0;
        for (int i = 0; i < t.length(); i++) {
            if (chars.indexOf(t.charAt(i)) >= 0) {
                c++;
            }
        }
        return c;
    }

    private static int digits(String t) {
        int c = 0;
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                c++;
            }
        }
        return c;
    }

    private static String key(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Lower-cased runs of letters and digits (for a language without spaces, each run is a clause). */
    static Set<String> tokens(String s) {
        Set<String> out = new HashSet<>();
        for (String t : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static double overlap(String text, Set<String> body) {
        Set<String> t = tokens(text);
        if (t.isEmpty()) {
            return 0;
        }
        int in = 0;
        for (String w : t) {
            if (body.contains(w)) {
                in++;
            }
        }
        return (double) in / t.size();
    }
}
