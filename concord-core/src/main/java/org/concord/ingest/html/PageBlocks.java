package org.concord.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A page cut into text blocks, the units the extractor keeps or drops: a block is the text between two block-level
 * boundaries (a block element's start or end, or a {@code <br>}), exactly as {@link HtmlExtractor} cuts paragraphs,
 * with the text nodes it came from, the element it sits in and its linked characters. Built once on the intact tree
 * (before any pass removes anything), so that structural evidence is read from the page as published.
 */
final class PageBlocks {
    /** One block: its whitespace-normalised text, its text nodes, its nearest block element, linked characters. */
    record Block(String text, List<TextNode> nodes, Element element, int chars, int linkChars) {}

    private PageBlocks() {
    }

    static List<Block> of(Element root, Set<String> blockTags) {
        List<Block> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        List<TextNode> nodes = new ArrayList<>();
        int[] link = {0};
        Element[] first = {null};
        Runnable flush = () -> {
            String t = cur.toString().strip();
            if (!t.isEmpty()) {
                out.add(new Block(t, List.copyOf(nodes), first[0], visible(t), link[0]));
            }
            cur.setLength(0);
            nodes.clear();
            link[0] = 0;
            first[0] = null;
        };
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String w = t.getWholeText();
                    HtmlExtractor.appendNormalized(cur, w);
                    nodes.add(t);
                    if (w.isBlank()) {
                        return;
                    }
                    if (first[0] == null) {
                        first[0] = nearestBlock(t, blockTags, root);
                    }
                    if (linked(t, root)) {
                        link[0] += visible(w);
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br") || blockTags.contains(tag)) {
                        flush.run();
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && blockTags.contains(e.normalName())) {
                    flush.run();
                }
            }
        }, root);
        flush.run();
        return out;
    }

    static int visible(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0') {
                n++;
            }
        }
        return n;
    }

    private static Element nearestBlock(TextNode t, Set<String> blockTags, Element root) {
        for (Node p = t.parent(); p instanceof Element e; p = p.parent()) {
            if (blockTags.contains(e.normalName()) || e == root) {
                return e;
            }
        }
        return root;
    }

    private static boolean linked(TextNode t, Element root) {
        for (Node p = t.parent(); p instanceof Element e && e != root; p = p.parent()) {
            if (e.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    /** The text of the block's nodes in {@code kept} (whitespace nodes always), normalised as a paragraph is. */
    static String keptText(Block b, Set<TextNode> kept) {
        StringBuilder sb = new StringBuilder();
        for (TextNode t : b.nodes()) {
            if (kept.contains(t) || t.isBlank()) {
                HtmlExtractor.appendNormalized(sb, t.getWholeText());
            }
        }
        return sb.toString().strip();
    }

    /** The share of each block's visible characters that lie in {@code kept} text nodes. */
    static double[] keptShare(List<Block> blocks, Set<TextNode> kept) {
        double[] out = new double[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            int k = 0;
            int all = 0;
            for (TextNode t : b.nodes()) {
                int n = visible(t.getWholeText());
                all += n;
                if (kept.contains(t)) {
                    k += n;
                }
            }
            out[i] = all == 0 ? 0 : (double) k / all;
        }
        return out;
    }

    /** Memo of per-element ancestor evidence, read once per element. */
    static final class Ancestry {
        private final Map<Element, int[]> memo = new IdentityHashMap<>();
        private final Element root;

        Ancestry(Element root) {
            this.root = root;
        }

        /**
         * Flags over {@code e} and its ancestors up to the root: [0] an article container (article, main,
         * itemprop articleBody, role main), [1] a furniture tag (nav, aside, footer, header, form, menu), [2] a class
         * or id that names furniture, [3] a class or id of the negative pattern, [4] of the positive pattern,
         * [5] a list item, [6] a table cell, [7] a heading, [8] a figure or caption, [9] a class or id that names
         * comments (kept apart from other furniture: some extractors' gold keeps reader comments, some does not).
         */
        int[] of(Element e) {
            int[] m = memo.get(e);
            if (m != null) {
                return m;
            }
            Element parent = e == root ? null : e.parent();
            int[] up = parent == null ? new int[10] : of(parent);
            int[] f = up.clone();
            String tag = e.normalName();
            if (tag.equals("article") || tag.equals("main") || "articleBody".equals(e.attr("itemprop"))
                    || "main".equals(e.attr("role"))) {
                f[0] = 1;
            }
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer") || tag.equals("header")
                    || tag.equals("form") || tag.equals("menu")) {
                f[1] = 1;
            }
            org.concord.model.RemovalReason furniture = HtmlExtractor.furnitureReason(e);
            if (furniture == org.concord.model.RemovalReason.COMMENTS) {
                f[9] = 1;
            } else if (furniture != null) {
                f[2] = 1;
            }
            double w = HtmlExtractor.classWeight(e);
            if (w < 0) {
                f[3] = 1;
            }
            if (w > 0) {
                f[4] = 1;
            }
            if (tag.equals("li") || tag.equals("dd") || tag.equals("dt")) {
                f[5] = 1;
            }
            if (tag.equals("td") || tag.equals("th")) {
                f[6] = 1;
            }
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                f[7] = 1;
            }
            if (tag.equals("figure") || tag.equals("figcaption") || tag.equals("caption")
                    || HtmlExtractor.furnitureReason(e) == org.concord.model.RemovalReason.CAPTION) {
                f[8] = 1;
            }
            memo.put(e, f);
            return f;
        }
    }
}
