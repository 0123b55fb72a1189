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
 * Character counts per element, computed in one walk: all text below it, the linked part of it, and the text that
 * sits directly in it as a block (text whose nearest block ancestor it is). Whitespace is not counted. Removing an
 * element with {@link #remove} updates its ancestors, so the counts stay right as a pass strips the tree.
 */
final class TextStats {
    static final class Counts {
        int text;
        int links;
        int own;
        int ownLinks;
        int ownCommas;
    }

    private final Map<Element, Counts> counts = new IdentityHashMap<>();
    private final List<Element> blockOrder = new ArrayList<>();

    private TextStats() {
    }

    static TextStats of(Element root, Set<String> blocks) {
        TextStats s = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof TextNode t)) {
                    return;
                }
                String w = t.getWholeText();
                int n = 0;
                int commas = 0;
                for (int i = 0; i < w.length(); i++) {
                    char c = w.charAt(i);
                    if (!Character.isWhitespace(c) && c != '\u00a0') {
                        n++;
                        if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
                            commas++;
                        }
                    }
                }
                if (n == 0) {
                    return;
                }
                boolean linked = false;
                Element block = null;
                for (Node p = t.parent(); p instanceof Element e; p = p.parent()) {
                    if (block == null && e.normalName().equals("a")) {
                        linked = true;
                    }
                    if (block == null && (blocks.contains(e.normalName()) || p == root)) {
                        block = e;
                    }
                    Counts c = s.counts.computeIfAbsent(e, k -> new Counts());
                    c.text += n;
                    if (linked || e.normalName().equals("a")) {
                        linked = true;
                        c.links += n;
                    }
                    if (p == root) {
                        break;
                    }
                }
                if (block != null) {
                    Counts c = s.counts.get(block);
                    if (c.own == 0) {
                        s.blockOrder.add(block);
                    }
                    c.own += n;
                    c.ownCommas += commas;
                    if (linked) {
                        c.ownLinks += n;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, root);
        return s;
    }

    private static final Counts ZERO = new Counts();

    Counts get(Element e) {
        return counts.getOrDefault(e, ZERO);
    }

    int text(Element e) {
        return get(e).text;
    }

    double linkDensity(Element e) {
        Counts c = get(e);
        return c.text == 0 ? 0 : (double) c.links / c.text;
    }

    /** The elements that hold text directly as a block, in document order. */
    List<Element> blocks() {
        return blockOrder;
    }

    /** Detaches {@code e} and takes its counts off its ancestors. */
    void remove(Element e) {
        Counts c = get(e);
        for (Element a = e.parent(); a != null; a = a.parent()) {
            Counts ac = counts.get(a);
            if (ac != null) {
                ac.text -= c.text;
                ac.links -= c.links;
            }
        }
        e.remove();
    }
}
