package org.concord.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.concord.model.RemovalReason;
import org.concord.model.Removed;
import org.concord.text.Boilerplate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Concord's article extractor. Three passes over the jsoup tree:
 * <ol>
 * <li>Boilerplate elements are taken out with a reason: non-content tags (navigation, asides, footers, forms,
 * figures and captions), hidden elements, and elements whose class or id names a page furniture role (comments,
 * share bars, related links, newsletter and cookie prompts, ads), unless they hold most of the page's text.</li>
 * <li>The main container is chosen by scoring paragraph-like blocks into their ancestors, the content-scoring idea
 * of Arc90's Readability, with link density as a penalty; sibling blocks that score well join it (for bodies
 * split by ad slots).</li>
 * <li>Inside it, link-heavy lists and short prompt-like lines are dropped and the rest is read as paragraphs.</li>
 * </ol>
 * Deterministic, no network, iterative traversal (deep nesting cannot overflow the stack; nesting deeper than
 * {@code maxDepth} is refused).
 */
public final class HtmlExtractor {
    public static final int DEFAULT_MAX_DEPTH = 1_000;

    private static final Set<String> DROP_SILENT = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "link", "meta", "head", "input", "select", "textarea", "button", "option",
            "picture", "video", "audio", "source", "img", "map", "dialog");
    private static final Map<String, RemovalReason> DROP_TAG = Map.of("nav", RemovalReason.NAVIGATION,
            "aside", RemovalReason.ASIDE, "footer", RemovalReason.FOOTER, "figcaption", RemovalReason.CAPTION,
            "figure", RemovalReason.CAPTION, "menu", RemovalReason.NAVIGATION);
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody",
            "thead", "header", "hr", "address", "center", "body", "form", "fieldset", "details", "summary", "caption");
    /** class/id words naming page furniture, with the reason recorded when such an element is removed. */
    private static final Map<String, RemovalReason> FURNITURE = furniture();
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|main|page|post|text|blog|story|prose|richtext", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|meta|footer|footnote|foot|masthead|media|promo|related|scroll|shoutbox|sidebar|sponsor|shopping"
                    + "|tags|widget|share|social|nav|menu|combx|com-|contact|outbrain|taboola|banner|hidden",
            Pattern.CASE_INSENSITIVE);

    private final int maxDepth;
    /** The learned block classifier that has the last word on each block, or null: the rules alone decide. */
    private final BlockModel model;

    private HtmlExtractor(int maxDepth, BlockModel model) {
        this.maxDepth = maxDepth;
        this.model = model;
    }

    /** The extractor ingestion runs: the rules, then the shipped {@link BlockModel}. */
    public static HtmlExtractor create() {
        return create(DEFAULT_MAX_DEPTH);
    }

    public static HtmlExtractor create(int maxDepth) {
        return create(maxDepth, BlockModel.shipped());
    }

    /** With {@code model} deciding each block (null: the rule-based passes alone, as the model is trained on). */
    public static HtmlExtractor create(int maxDepth, BlockModel model) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be positive, got " + maxDepth);
        }
        return new HtmlExtractor(maxDepth, model);
    }

    private static Map<String, RemovalReason> furniture() {
        Map<String, RemovalReason> m = new HashMap<>();
        for (String w : List.of("comment", "comments", "disqus", "respond", "discussion")) {
            m.put(w, RemovalReason.COMMENTS);
        }
        for (String w : List.of("share", "sharing", "social", "sharebar", "addthis", "sociallinks", "socials")) {
            m.put(w, RemovalReason.SHARE_BAR);
        }
        for (String w : List.of("related", "recommended", "recommendations", "recirc", "outbrain", "taboola",
                "more-stories", "trending", "popular", "mostread", "most-read", "readmore", "read-more", "upnext",
                "up-next", "further-reading", "morestories")) {
            m.put(w, RemovalReason.RELATED_LINKS);
        }
        for (String w : List.of("newsletter", "subscribe", "subscription", "signup", "sign-up", "paywall",
                "registration", "regwall")) {
            m.put(w, RemovalReason.SIGN_UP_PROMPT);
        }
        for (String w : List.of("cookie", "cookies", "consent", "gdpr", "cmp", "privacy-banner")) {
            m.put(w, RemovalReason.COOKIE_PROMPT);
        }
        for (String w : List.of("ad", "ads", "advert", "advertisement", "adslot", "ad-slot", "dfp", "gpt",
                "sponsored", "sponsor", "promo", "promotion", "commercial", "adunit", "ad-unit", "adsense")) {
            m.put(w, RemovalReason.ADVERTISEMENT);
        }
        for (String w : List.of("nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "masthead",
                "topbar", "toolbar", "skiplink", "skip-link", "pagination", "pager")) {
            m.put(w, RemovalReason.NAVIGATION);
        }
        for (String w : List.of("sidebar", "rail", "right-rail", "widget", "aside")) {
            m.put(w, RemovalReason.SIDEBAR);
        }
        for (String w : List.of("footer", "copyright", "colophon")) {
            m.put(w, RemovalReason.FOOTER);
        }
        for (String w : List.of("caption", "credit", "credits", "wp-caption-text", "image-credit", "photo-credit")) {
            m.put(w, RemovalReason.CAPTION);
        }
        for (String w : List.of("modal", "popup", "overlay", "lightbox", "rollover", "tooltip", "hovercard",
                "popover")) {
            m.put(w, RemovalReason.POP_UP);
        }
        for (String w : List.of("tags", "tag-list", "taglist", "keywords", "topics")) {
            m.put(w, RemovalReason.TAGS);
        }
        return Map.copyOf(m);
    }

    /** Parses and extracts; {@code url} (may be null) resolves links and is the metadata's last resort. */
    public Extraction extract(String html, String url) {
        String stripped = withoutScriptBodies(html);
        Extraction x = extract(Jsoup.parse(stripped, url == null ? "" : url), url, true);
        if (x.text().length() < SHORT_TEXT) {
            // class names misled the first pass (a page wrapper named like furniture): once more, trusting only tags
            Extraction lenient = extract(Jsoup.parse(stripped, url == null ? "" : url), url, false);
            if (lenient.text().length() > x.text().length() * 2 && lenient.text().length() >= SHORT_TEXT) {
                return lenient;
            }
        }
        return x;
    }

    /** Below this many characters an extraction is retried without class-name furniture removal. */
    private static final int SHORT_TEXT = 250;

    /**
     * The page with the bodies of {@code <script>} (JSON-LD kept) and {@code <style>} elements emptied before
     * parsing: they are never article text, and scanning them is most of a parser's time on script-heavy pages.
     * A linear scan; an unclosed script keeps the rest of the page as it is.
     */
    static String withoutScriptBodies(String html) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = html.length();
        while (true) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 7 >= n) {
                break;
            }
            String tag = html.regionMatches(true, lt + 1, "script", 0, 6) ? "script"
                    : html.regionMatches(true, lt + 1, "style", 0, 5) ? "style" : null;
            if (tag == null) {
                i = lt + 1;
                continue;
            }
            char after = html.charAt(lt + 1 + tag.length());
            int gt = html.indexOf('>', lt);
            if (gt < 0) {
                break;
            }
            if (!(after == '>' || after == '/' || Character.isWhitespace(after))) {
                i = gt + 1;
                continue;
            }
            String open = html.substring(lt, gt + 1);
            int close = closeTag(html, gt + 1, tag);
            if (close < 0) {
                break;
            }
            if (!open.toLowerCase(Locale.ROOT).contains("ld+json") && close > gt + 1) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(html, copied, gt + 1);
                copied = close;
            }
            i = close + 1;
        }
        if (out == null) {
            return html;
        }
        out.append(html, copied, n);
        return out.toString();
    }

    private static int closeTag(String html, int from, String tag) {
        int p = from;
        while (true) {
            int c = html.indexOf("</", p);
            if (c < 0) {
                return -1;
            }
            if (html.regionMatches(true, c + 2, tag, 0, tag.length())) {
                return c;
            }
            p = c + 2;
        }
    }

    /**
     * The paragraphs of an HTML fragment that is all article (a feed item's content): scripts, styles, figures
     * and captions are dropped, no container is chosen.
     */
    public List<String> fragmentParagraphs(String html, List<Removed> removed) {
        Document doc = Jsoup.parseBodyFragment(withoutScriptBodies(html));
        int depth = depth(doc);
        if (depth > maxDepth) {
            throw new IllegalArgumentException("HTML nested " + depth + " elements deep, limit " + maxDepth
                    + " (--max-html-depth)");
        }
        Element body = doc.body();
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e == body || e.parent() == null) {
                continue;
            }
            RemovalReason reason = DROP_TAG.get(e.normalName());
            if (DROP_SILENT.contains(e.normalName())) {
                e.remove();
            } else if (reason != null) {
                record(removed, e.text(), reason);
                e.remove();
            }
        }
        return paragraphs(body, removed, null);
    }


    /**
     * Each text block of the page with its {@link BlockFeatures} (the rule-based verdict included), as the block
     * model sees them: what {@code concord train extraction} learns from.
     */
    public List<BlockFeatures.Row> blockRows(String html, String url) {
        Document doc = Jsoup.parse(withoutScriptBodies(html), url == null ? "" : url);
        List<BlockFeatures.Row> rows = new ArrayList<>();
        extract(doc, url, true, rows);
        return rows;
    }

    private Extraction extract(Document doc, String url, boolean byClassNames) {
        return extract(doc, url, byClassNames, null);
    }

    /**
     * The rule-based passes, then (with a model) the block classifier's verdict on every block of the page: the
     * blocks it keeps, in page order, are the article. {@code rows}, when not null, receives every block's features.
     */
    private Extraction extract(Document doc, String url, boolean byClassNames, List<BlockFeatures.Row> rows) {
        int depth = depth(doc);
        if (depth > maxDepth) {
            throw new IllegalArgumentException("HTML nested " + depth + " elements deep, limit " + maxDepth
                    + " (--max-html-depth)");
        }
        HtmlMetadata meta = MetadataReader.read(doc, url);
        Element body = doc.body();
        List<Removed> removed = new ArrayList<>();
        if (body == null) {
            return new Extraction(List.of(), removed, meta);
        }
        dropSilent(body);
        boolean learned = model != null || rows != null;
        List<PageBlocks.Block> blocks = learned ? PageBlocks.of(body, BLOCKS) : List.of();
        PageBlocks.Ancestry ancestry = learned ? new PageBlocks.Ancestry(body) : null;
        if (learned) {
            for (PageBlocks.Block b : blocks) {
                ancestry.of(b.element()); // read the evidence while the tree is intact
            }
        }
        String ldBody = learned ? MetadataReader.articleBody(doc) : null;
        TextStats stats = stripBoilerplate(body, removed, byClassNames);
        Candidate top = topCandidate(body, stats);
        List<Element> parts = top == null ? List.of(body)
                : withChunks(withSiblings(top.element(), top.scores(), stats), top.element(), stats);
        List<String> paragraphs = new ArrayList<>();
        Set<TextNode> kept = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element part : parts) {
            cleanContainer(part, removed, stats);
            paragraphs.addAll(paragraphs(part, removed, kept));
        }
        if (!learned) {
            dropTitleRepeat(paragraphs, meta, removed);
            return new Extraction(paragraphs, removed, meta);
        }
        double[][] features = BlockFeatures.of(blocks, ancestry, PageBlocks.keptShare(blocks, kept), meta.title(),
                ldBody);
        if (rows != null) {
            for (int i = 0; i < blocks.size(); i++) {
                rows.add(new BlockFeatures.Row(blocks.get(i).text(), features[i]));
            }
        }
        if (model == null) {
            dropTitleRepeat(paragraphs, meta, removed);
            return new Extraction(paragraphs, removed, meta);
        }
        List<String> chosen = new ArrayList<>();
        List<Removed> dropped = new ArrayList<>();
        String ruleText = String.join("\n", paragraphs);
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            if (features[i][1] == 0 && text.length() >= 20 && (ruleText.contains(text) || chosen.contains(text))) {
                continue; // a second copy of text already kept (a hidden duplicate, a teaser of the lead)
            }
            boolean keep = BlockFeatures.words(text) < BlockFeatures.MIN_MODEL_WORDS ? model.keepShort(features[i])
                    : model.keep(features[i]);
            if (keep) {
                // inline furniture the rules took out of a block they keep (a hover card in a name) stays out
                flush(new StringBuilder(features[i][1] > 0 ? PageBlocks.keptText(blocks.get(i), kept) : text), chosen,
                        dropped);
            } else if (features[i][1] > 0) {
                record(dropped, text, RemovalReason.LOW_CONTENT_SCORE); // the rules kept it, the model did not
            }
        }
        // what the rules took out and the model put back is no longer removed
        String all = String.join(" ", chosen); // an element's removed text joins its blocks with spaces
        List<Removed> out = new ArrayList<>();
        for (Removed r : removed) {
            String t = r.text().endsWith("...") ? r.text().substring(0, r.text().length() - 3) : r.text();
            if (!all.contains(t)) {
                out.add(r);
            }
        }
        out.addAll(dropped);
        dropTitleRepeat(chosen, meta, out);
        return new Extraction(chosen, out, meta);
    }

    private static void dropSilent(Element body) {
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e != body && e.parent() != null && DROP_SILENT.contains(e.normalName())) {
                if (e.normalName().equals("noscript") && noscriptProse(e)) {
                    e.unwrap();
                } else {
                    e.remove();
                }
            }
        }
    }

    /** A noscript element holding the page's text itself (a script-rendered blog's body), not a prompt or images. */
    private static boolean noscriptProse(Element e) {
        int prose = 0;
        for (Element p : e.getElementsByTag("p")) {
            prose += p.text().length();
        }
        return prose >= MIN_CANDIDATE_TEXT;
    }

    private static int depth(Document doc) {
        int[] max = {0};
        NodeTraversor.traverse((node, d) -> {
            if (d > max[0]) {
                max[0] = d;
            }
        }, doc);
        return max[0];
    }

    // ---- pass 1 -------------------------------------------------------------------------------------------------

    private static TextStats stripBoilerplate(Element body, List<Removed> removed, boolean byClassNames) {
        dropSilent(body);
        TextStats stats = TextStats.of(body, BLOCKS);
        Map<Element, Integer> prose = prose(stats);
        int totalProse = prose.getOrDefault(body, 0);
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e == body || e.parent() == null || !attached(e, body)) {
                continue; // already removed with an ancestor
            }
            RemovalReason reason = DROP_TAG.get(e.normalName());
            if (reason == null && hidden(e)) {
                reason = RemovalReason.HIDDEN;
            }
            if (reason == null) {
                reason = byClassNames ? furnitureReason(e) : null;
                if (reason != null && holdsProse(e, prose, totalProse)) {
                    reason = null;
                }
            } else if (reason != RemovalReason.HIDDEN && reason != RemovalReason.CAPTION
                    && holdsProse(e, prose, totalProse)) {
                reason = null;
            }
            if (reason != null) {
                if (stats.text(e) > 0) {
                    record(removed, e.text(), reason);
                }
                stats.remove(e);
            }
        }
        return stats;
    }

    private static boolean attached(Element e, Element root) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == root) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            return s.contains("display:none") || s.contains("visibility:hidden");
        }
        return false;
    }

    /** A furniture role named by the element's class, id, or ARIA role; null when none. */
    static RemovalReason furnitureReason(Element e) {
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("menu") || role.equals("menubar")) {
            return RemovalReason.NAVIGATION;
        }
        if (role.equals("complementary")) {
            return RemovalReason.SIDEBAR;
        }
        if (role.equals("contentinfo")) {
            return RemovalReason.FOOTER;
        }
        if (role.equals("dialog") || role.equals("alertdialog")) {
            return RemovalReason.POP_UP;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return null;
        }
        if (names.contains("article-body") || names.contains("articlebody") || names.contains("story-body")
                || names.contains("post-content") || names.contains("entry-content")) {
            return null;
        }
        for (String word : names.split("\\s+")) {
            RemovalReason r = FURNITURE.get(word);
            if (r != null) {
                return r;
            }
        }
        for (String word : names.split("[^a-z0-9]+")) {
            RemovalReason r = FURNITURE.get(word);
            if (r != null) {
                return r == RemovalReason.POP_UP && e.normalName().equals("a") ? null : r;
            }
        }
        for (Map.Entry<String, RemovalReason> en : FURNITURE_STEMS.entrySet()) {
            if (names.contains(en.getKey())) {
                return en.getValue();
            }
        }
        return null;
    }

    /** Words that name furniture even inside a longer class name ("relatedpoststitle", "socialshare"). */
    private static final Map<String, RemovalReason> FURNITURE_STEMS = new java.util.TreeMap<>(Map.of(
            "related", RemovalReason.RELATED_LINKS, "newsletter", RemovalReason.SIGN_UP_PROMPT,
            "cookie", RemovalReason.COOKIE_PROMPT, "outbrain", RemovalReason.RELATED_LINKS,
            "taboola", RemovalReason.RELATED_LINKS, "disqus", RemovalReason.COMMENTS,
            "breadcrumb", RemovalReason.NAVIGATION, "socialshare", RemovalReason.SHARE_BAR,
            "sharebar", RemovalReason.SHARE_BAR, "advertis", RemovalReason.ADVERTISEMENT));

    /**
     * Prose per element: the characters of the text blocks of 50 or more characters, less than a third linked,
     * that it contains.
     */
    private static Map<Element, Integer> prose(TextStats stats) {
        Map<Element, Integer> m = new IdentityHashMap<>();
        for (Element b : stats.blocks()) {
            TextStats.Counts c = stats.get(b);
            if (c.own < 50 || c.ownLinks * 3 > c.own) {
                continue;
            }
            for (Element a = b; a != null; a = a.parent()) {
                m.merge(a, c.own, Integer::sum);
            }
        }
        return m;
    }

    /** An element holding over 30% of the page's prose is kept whatever its name says. */
    private static boolean holdsProse(Element e, Map<Element, Integer> prose, int totalProse) {
        return totalProse > 0 && prose.getOrDefault(e, 0) * 10 > totalProse * 3;
    }

    // ---- pass 2 -------------------------------------------------------------------------------------------------

    private record Candidate(Element element, Map<Element, Double> scores) {}

    private static Candidate topCandidate(Element body, TextStats stats) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        for (Element b : stats.blocks()) {
            if (b.parent() == null || !attached(b, body)) {
                continue;
            }
            TextStats.Counts c = stats.get(b);
            int len = c.own - c.ownLinks;
            if (len < 25) {
                continue;
            }
            double score = 1 + c.ownCommas + Math.min(len / 100, 3);
            Element anc = CONTAINERS.contains(b.normalName()) ? b : b.parent();
            for (int level = 0; anc != null && level < 5; level++, anc = anc.parent()) {
                if (!scores.containsKey(anc)) {
                    scores.put(anc, initialScore(anc));
                    order.add(anc);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(anc, score / divider, Double::sum);
                if (anc == body) {
                    break;
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        // a container whose score is mostly its tag and class prior (a rating widget named "post-ratings") is not
        // the article when another holds a few sentences of unlinked text
        boolean anyLong = false;
        for (Element e : order) {
            anyLong |= unlinkedText(e, stats) >= MIN_CANDIDATE_TEXT;
        }
        for (Element e : order) {
            double s = scores.get(e) * (1 - stats.linkDensity(e));
            scores.put(e, s);
            if (anyLong && unlinkedText(e, stats) < MIN_CANDIDATE_TEXT) {
                continue;
            }
            if (best == null || s > bestScore) {
                best = e;
                bestScore = s;
            }
        }
        if (best == null) {
            return null;
        }
        return new Candidate(best, scores);
    }

    /** Characters of unlinked text (a few sentences) a container needs to be chosen, when any container has them. */
    private static final int MIN_CANDIDATE_TEXT = 300;

    private static double unlinkedText(Element e, TextStats stats) {
        return stats.text(e) * (1 - stats.linkDensity(e));
    }

    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td", "body", "form",
            "center");

    private static List<Element> withSiblings(Element top, Map<Element, Double> scores, TextStats stats) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sib.className()) ? topScore * 0.2 : 0;
            Double s = scores.get(sib);
            if (s != null && s + bonus >= threshold) {
                out.add(sib);
            } else if (sib.normalName().equals("p")) {
                int len = stats.text(sib);
                double ld = stats.linkDensity(sib);
                if (len > 80 && ld < 0.25 || len > 0 && ld == 0 && sib.text().matches("(?s).*[.!?\"\u201d]$")) {
                    out.add(sib);
                }
            }
        }
        return out;
    }

    /**
     * Bodies split into chunks each in its own wrapper (ad slots between them): elements of the top candidate's
     * tag and exact class list, under its ancestor three levels up, that hold unlinked text, join the parts. The
     * result is in document order without nesting.
     */
    private static List<Element> withChunks(List<Element> parts, Element top, TextStats stats) {
        String cls = top.className();
        if (cls.isBlank()) {
            return parts;
        }
        Element scope = top;
        for (int i = 0; i < 3 && scope.parent() != null && !scope.parent().normalName().equals("body"); i++) {
            scope = scope.parent();
        }
        if (scope == top) {
            return parts;
        }
        java.util.Set<Element> chosen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(parts);
        boolean added = false;
        for (Element e : scope.getAllElements()) {
            if (e != top && !chosen.contains(e) && e.normalName().equals(top.normalName()) && e.className().equals(cls)
                    && stats.text(e) >= 25 && stats.linkDensity(e) < 0.3 && !nested(e, chosen)) {
                chosen.add(e);
                added = true;
            }
        }
        if (!added) {
            return parts;
        }
        List<Element> ordered = new ArrayList<>();
        for (Element e : scope.getAllElements()) {
            if (chosen.contains(e)) {
                ordered.add(e);
            }
        }
        for (Element p : parts) {
            if (!ordered.contains(p)) {
                ordered.add(p); // a sibling outside the scope cannot happen; kept for safety
            }
        }
        return ordered;
    }

    private static final Set<String> BYLINE_WORDS = Set.of("byline", "dateline", "timestamp", "author", "authors",
            "postmeta", "entry-meta", "post-meta", "article-meta", "publish-date", "published-date");

    /** A small block whose class or id, or itemprop, says it holds the author or the date. */
    private static boolean bylineBlock(Element e) {
        String prop = e.attr("itemprop");
        if (prop.equals("author") || prop.equals("datePublished") || prop.equals("dateModified")) {
            return true;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        for (String w : names.split("\\s+")) {
            if (BYLINE_WORDS.contains(w)) {
                return true;
            }
        }
        for (String w : names.split("[^a-z0-9]+")) {
            if (w.equals("byline") || w.equals("dateline") || w.equals("timestamp")) {
                return true;
            }
        }
        return false;
    }

    private static boolean nested(Element e, java.util.Set<Element> chosen) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (chosen.contains(a)) {
                return true;
            }
        }
        for (Element c : chosen) {
            for (Element a = c.parent(); a != null; a = a.parent()) {
                if (a == e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + classWeight(e);
    }

    static double classWeight(Element e) {
        double w = 0;
        for (String n : new String[] {e.className(), e.id()}) {
            if (n.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(n).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(n).find()) {
                w += 25;
            }
        }
        if (e.normalName().equals("article") || "articleBody".equals(e.attr("itemprop"))) {
            w += 25;
        }
        return w;
    }

    // ---- pass 3 -------------------------------------------------------------------------------------------------

    /** Drops link-heavy lists and blocks, and blocks that are mostly not prose, inside the chosen container. */
    private static void cleanContainer(Element root, List<Removed> removed, TextStats stats) {
        for (Element h : new ArrayList<>(root.getElementsByTag("h1"))) {
            if (h != root && h.parent() != null) {
                record(removed, h.text(), RemovalReason.HEADLINE);
                stats.remove(h);
            }
        }
        for (Element e : new ArrayList<>(root.getAllElements())) {
            if (e != root && e.parent() != null && stats.text(e) < 200 && bylineBlock(e)) {
                record(removed, e.text(), RemovalReason.BYLINE);
                stats.remove(e);
            }
        }
        List<Element> all = new ArrayList<>(root.getAllElements());
        Map<Element, int[]> tally = new IdentityHashMap<>(); // descendant <p> and <li> counts
        for (Element d : all) {
            String n = d.normalName();
            int which = n.equals("p") ? 0 : n.equals("li") ? 1 : -1;
            if (which < 0) {
                continue;
            }
            for (Element a = d.parent(); a != null && a != root; a = a.parent()) {
                tally.computeIfAbsent(a, k -> new int[2])[which]++;
            }
        }
        for (int i = all.size() - 1; i >= 0; i--) { // innermost first
            Element e = all.get(i);
            if (e == root || e.parent() == null) {
                continue;
            }
            String tag = e.normalName();
            if (!(tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("section")
                    || tag.equals("table") || tag.equals("dl") || tag.equals("header") || tag.equals("form"))) {
                continue;
            }
            int len = stats.text(e);
            if (len == 0) {
                stats.remove(e);
                continue;
            }
            double ld = stats.linkDensity(e);
            int[] t = tally.getOrDefault(e, new int[2]);
            int paragraphs = t[0];
            int items = t[1];
            RemovalReason reason = null;
            if (ld > 0.5 && len < 2000) {
                reason = RemovalReason.LINK_LIST;
            } else if ((tag.equals("ul") || tag.equals("ol")) && items > 0 && ld > 0.35 && len / items < 80) {
                reason = RemovalReason.LINK_LIST;
            } else if (ld > 0.33 && paragraphs == 0 && len < 400 && classWeight(e) < 0) {
                reason = RemovalReason.RELATED_LINKS;
            } else if (classWeight(e) < 0 && len < 200 && stats.get(e).ownCommas < 2 && paragraphs < 2) {
                reason = RemovalReason.PAGE_FURNITURE;
            }
            if (reason != null) {
                record(removed, e.text(), reason);
                stats.remove(e);
            }
        }
    }

    /** The paragraphs under {@code root}; the text nodes of those kept go into {@code kept} when not null. */
    private static List<String> paragraphs(Element root, List<Removed> removed, Set<TextNode> kept) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        List<TextNode> nodes = new ArrayList<>();
        Runnable flush = () -> {
            if (flush(cur, out, removed) && kept != null) {
                kept.addAll(nodes);
            }
            nodes.clear();
        };
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendNormalized(cur, t.getWholeText());
                    nodes.add(t);
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br") || BLOCKS.contains(tag)) {
                        flush.run();
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush.run();
                }
            }
        }, root);
        flush.run();
        return out;
    }

    static void appendNormalized(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00a0';
            if (space) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
    }

    /** Adds the paragraph in {@code cur} to {@code out} unless it is empty or a boilerplate line; true if added. */
    private static boolean flush(StringBuilder cur, List<String> out, List<Removed> removed) {
        String p = cur.toString().strip();
        cur.setLength(0);
        if (p.isEmpty()) {
            return false;
        }
        RemovalReason boilerplate = Boilerplate.pageLine(p);
        if (boilerplate != null) {
            record(removed, p, boilerplate);
            return false;
        }
        out.add(p);
        return true;
    }

    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|por|von|par|di|door|av)\\s+\\p{Lu}[^.!?]{0,80}$|^(?:posted|published|updated)\\b.{0,80}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATE_BITS = Pattern.compile("\\b(?:19|20)\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b");

    /**
     * Header lines before the body are metadata, not body: the headline repeated, a byline, a line that is a date
     * or a time with a few words around it. Only the first few paragraphs are looked at.
     */
    private static void dropTitleRepeat(List<String> paragraphs, HtmlMetadata meta, List<Removed> removed) {
        int i = 0;
        while (i < paragraphs.size() && i < 4) {
            String p = paragraphs.get(i);
            RemovalReason reason = null;
            if (meta.title() != null && normalizedEquals(p, meta.title())) {
                reason = RemovalReason.HEADLINE;
            } else if (p.length() < 100 && BYLINE.matcher(p).matches()) {
                reason = RemovalReason.BYLINE;
            } else if (p.length() < 60 && DATE_BITS.matcher(p).find() && words(p) <= 8) {
                reason = RemovalReason.DATE_LINE;
            }
            if (reason == null) {
                i++;
            } else {
                record(removed, paragraphs.remove(i), reason);
            }
        }
    }

    /**
     * Equal letters and digits, case aside, in any script (a title in Bengali or Chinese is not "empty", so it does
     * not equal every paragraph); two texts without letters or digits are never equal.
     */
    static boolean normalizedEquals(String a, String b) {
        String x = lettersAndDigits(a);
        return !x.isEmpty() && x.equals(lettersAndDigits(b));
    }

    private static String lettersAndDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static void record(List<Removed> removed, String text, RemovalReason reason) {
        String t = text.strip();
        if (t.isEmpty()) {
            return;
        }
        if (t.length() > 300) {
            t = t.substring(0, 297) + "...";
        }
        removed.add(new Removed(t, reason));
    }
}
