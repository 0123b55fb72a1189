package org.concord.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Page metadata from, in order of trust: JSON-LD (schema.org NewsArticle and kin), Open Graph and other
 * {@code <meta>} tags, {@code <time datetime>}, then the URL path (a /2019/05/12/ date) and the host; a date written
 * in the page's date or byline elements when nothing else gives one ({@link PageDates}).
 */
final class MetadataReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|[^\\d]|$)");
    private static final Pattern URL_COMPACT_DATE = Pattern.compile("/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])/");
    private static final Pattern ISO_PREFIX = Pattern.compile("((?:19|20)\\d{2})-(\\d{2})-(\\d{2})");
    private static final List<String> DATE_METAS = List.of("article:published_time", "og:published_time",
            "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
            "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
            "article.published", "published-date", "release_date", "originalpublicationdate");

    private MetadataReader() {
    }

    static HtmlMetadata read(Document doc, String url) {
        List<JsonNode> ld = jsonLd(doc);
        JsonNode article = null;
        JsonNode any = null;
        for (JsonNode n : ld) {
            String type = type(n);
            if (any == null && (n.has("headline") || n.has("datePublished"))) {
                any = n;
            }
            if (type.contains("article") || type.contains("posting") || type.contains("report")
                    || type.contains("blog")) {
                article = n;
                break;
            }
        }
        if (article == null) {
            article = any;
        }
        String site = host(url);
        // the site's name, never a section ("U.S.") or the software that made the page ("escenic", "WordPress")
        Set<String> notNames = new java.util.HashSet<>();
        for (String v : new String[] {meta(doc, "article:section"), text(article, "articleSection"),
                meta(doc, "generator")}) {
            if (v != null) {
                notNames.add(key(v));
                notNames.add(key(v.split("\\s+")[0]));
            }
        }
        String appName = meta(doc, "application-name");
        String outlet = firstNonBlank(siteName(meta(doc, "og:site_name"), notNames),
                siteName(publisher(article, ld), notNames),
                appName != null && names(appName, null, site) ? siteName(appName, notNames) : null, site);
        String title = firstNonBlank(headline(text(article, "headline"), outlet, site, notNames),
                headline(meta(doc, "og:title"), outlet, site, notNames),
                headline(meta(doc, "twitter:title"), outlet, site, notNames),
                headline(h1(doc), outlet, site, notNames), headline(titleTag(doc), outlet, site, notNames));
        String published = null;
        String from = null;
        if (article != null) {
            published = isoDate(text(article, "datePublished"));
            if (published == null) {
                published = isoDate(text(article, "dateCreated"));
            }
            from = published == null ? null : "json-ld";
        }
        if (published == null) {
            for (String name : DATE_METAS) {
                published = isoDate(meta(doc, name));
                if (published != null) {
                    from = "meta";
                    break;
                }
            }
        }
        if (published == null) {
            Element ip = doc.selectFirst("[itemprop=datePublished]");
            if (ip != null) {
                published = isoDate(ip.hasAttr("content") ? ip.attr("content") : ip.attr("datetime"));
                from = published == null ? null : "meta";
            }
        }
        if (published == null) {
            for (Element t : doc.select("time[datetime]")) {
                published = isoDate(t.attr("datetime"));
                if (published != null) {
                    from = "time";
                    break;
                }
            }
        }
        String canonical = null;
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null && !link.absUrl("href").isBlank()) {
            canonical = link.absUrl("href");
        }
        if (canonical == null) {
            canonical = firstNonBlank(meta(doc, "og:url"), url);
        }
        if (published == null) {
            published = urlDate(canonical);
            if (published == null) {
                published = urlDate(url);
            }
            from = published == null ? null : "url";
        }
        if (published == null) {
            published = PageDates.find(doc);
            from = published == null ? null : "text";
        }
        String lang = firstNonBlank(attr(doc.selectFirst("html[lang]"), "lang"), meta(doc, "content-language"),
                text(article, "inLanguage"), meta(doc, "og:locale"));
        if (lang != null) {
            lang = lang.strip().replace('_', '-');
            int semi = lang.indexOf(',');
            if (semi > 0) {
                lang = lang.substring(0, semi);
            }
            lang = lang.isBlank() || lang.length() > 20 ? null : lang;
        }
        return new HtmlMetadata(clean(title), clean(outlet), published, from, authors(doc, article, outlet, site), canonical, lang);
    }

    /** The longest JSON-LD {@code articleBody} of the page, or null when it has none. */
    static String articleBody(Document doc) {
        String best = null;
        for (JsonNode n : jsonLd(doc)) {
            JsonNode b = n.get("articleBody");
            if (b != null && b.isTextual() && (best == null || b.asText().length() > best.length())) {
                best = b.asText();
            }
        }
        return best == null || best.isBlank() ? null : best;
    }

    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode n = MAPPER.readTree(s.data().strip());
                flatten(n, out, 0);
            } catch (Exception e) {
                // a broken JSON-LD block is ignored: the page's other metadata still counts
            }
        }
        return out;
    }

    private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 4) {
            return;
        }
        if (n.isArray()) {
            n.forEach(c -> flatten(c, out, depth + 1));
        } else if (n.isObject()) {
            out.add(n);
            if (n.has("@graph")) {
                flatten(n.get("@graph"), out, depth + 1);
            }
            if (n.has("mainEntity")) {
                flatten(n.get("mainEntity"), out, depth + 1);
            }
        }
    }

    private static String type(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) {
            return "";
        }
        return (t.isArray() ? t.toString() : t.asText()).toLowerCase(Locale.ROOT);
    }

    private static String publisher(JsonNode article, List<JsonNode> all) {
        if (article != null && article.has("publisher")) {
            JsonNode p = article.get("publisher");
            if (p.isArray() && !p.isEmpty()) {
                p = p.get(0);
            }
            String name = p.isTextual() ? p.asText() : text(p, "name");
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        for (JsonNode n : all) {
            String t = type(n);
            if (t.contains("newsmediaorganization") || t.equals("organization")) {
                String name = text(n, "name");
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * The article's own authors: JSON-LD {@code author}, else the author meta tags, else the page's byline elements
     * ({@code rel=author}, {@code itemprop=author}) outside page furniture (sidebars, related links, footers), and
     * of those only the ones in the first byline (elements sharing its grandparent): a list of other articles'
     * authors further down is not this article's. A name is cleaned of its "By"/"Von" prefix and trailing
     * punctuation; what is not a person's or a desk's name (the outlet itself, a domain, a "view all posts" link,
     * a URL or an e-mail address) is dropped.
     */
    private static List<String> authors(Document doc, JsonNode article, String outlet, String host) {
        Set<String> names = new LinkedHashSet<>();
        if (article != null && article.has("author")) {
            JsonNode a = article.get("author");
            List<JsonNode> list = new ArrayList<>();
            if (a.isArray()) {
                a.forEach(list::add);
            } else {
                list.add(a);
            }
            for (JsonNode x : list) {
                String name = x.isTextual() ? x.asText() : text(x, "name");
                addName(names, name, outlet, host);
            }
        }
        if (names.isEmpty()) {
            for (Element m : doc.select("meta[name=author], meta[property=article:author], meta[name=byl]")) {
                addName(names, m.attr("content"), outlet, host);
            }
        }
        if (names.isEmpty()) {
            Element first = null;
            for (Element e : doc.select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")) {
                if (inFurniture(e)) {
                    continue;
                }
                if (first == null) {
                    first = e;
                } else if (!sameByline(first, e)) {
                    continue;
                }
                addName(names, e.text(), outlet, host);
                if (names.size() >= 5) {
                    break;
                }
            }
        }
        return List.copyOf(names);
    }

    private static boolean inFurniture(Element e) {
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            String tag = a.normalName();
            // a wrapper holding much of the page is not furniture whatever its class says ("has-sidebar")
            if (tag.equals("aside") || tag.equals("nav") || tag.equals("footer")
                    || HtmlExtractor.furnitureReason(a) != null && a.text().length() < 2000) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameByline(Element first, Element e) {
        Element scope = first.parent() == null ? first : first.parent();
        if (scope.parent() != null) {
            scope = scope.parent();
        }
        for (Element a = e; a != null; a = a.parent()) {
            if (a == scope) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern BY_PREFIX = Pattern.compile(
            "^(?:(?:written|posted|reported)\\s+)?(?:by|von|par|por|di|door|av|de|da|przez)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ALL_POSTS = Pattern.compile(
            "(?i)^(?:zeige alle beitr\u00e4ge von|alle beitr\u00e4ge von|view all posts by|all posts by|more by|"
                    + "voir tous les articles de)\\s+");
    private static final Pattern DOMAIN = Pattern.compile("(?i)^[\\w.-]+\\.[a-z]{2,12}$");

    static void addName(Set<String> names, String name, String outlet, String host) {
        if (name == null) {
            return;
        }
        String n = clean(org.jsoup.parser.Parser.unescapeEntities(name, false));
        n = ALL_POSTS.matcher(n).replaceFirst("");
        n = BY_PREFIX.matcher(n).replaceFirst("");
        n = n.replaceAll("[\\s\u2192\u00bb>]+$", "").replaceAll("[,;:\\s]+$", "").replaceAll("(\\p{L}{3,})\\.$", "$1").replaceAll("^['\"\u201c]+|['\"\u201d]+$", "")
                .strip();
        if (n.isEmpty() || n.length() > 80 || n.startsWith("http") || n.contains("@") || n.contains("{")
                || n.contains("[at]") || DOMAIN.matcher(n).matches()) {
            return;
        }
        if (outlet != null && key(n).equals(key(outlet))) {
            return;
        }
        for (String have : names) {
            if (key(have).equals(key(n))) {
                return;
            }
        }
        names.add(n);
    }

    private static String meta(Document doc, String name) {
        for (Element m : doc.getElementsByTag("meta")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name")
                    : m.hasAttr("itemprop") ? m.attr("itemprop") : m.attr("http-equiv");
            if (key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
                return m.attr("content");
            }
        }
        return null;
    }

    private static String h1(Document doc) {
        Element h = doc.selectFirst("article h1, h1");
        return h == null ? null : h.text();
    }

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|\u2013\u2014\u00bb\u2022\u00b7-]|::)\\s+");

    /**
     * A title as a headline: entities decoded, a placeholder ("null", "undefined") refused, and a part before or
     * after a separator ("Headline | Outlet", "Outlet - Headline") dropped when it names the site: the outlet or
     * the host's name ("TagesWoche" on tageswoche.ch, "ARTE Radio" on arteradio.com).
     */
    /** A site-name candidate, or null when it is blank or names a section or the page's software. */
    private static String siteName(String name, Set<String> notNames) {
        return name == null || name.isBlank() || notNames.contains(key(name)) ? null : name;
    }

    /** {@link #headline(String, String, String)}, refusing a title that is the page's section or software. */
    private static String headline(String title, String outlet, String host, Set<String> notNames) {
        String h = headline(title, outlet, host);
        return h == null || notNames.contains(key(h)) ? null : h;
    }

    static String headline(String title, String outlet, String host) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = clean(org.jsoup.parser.Parser.unescapeEntities(title, false));
        String k = key(t);
        if (k.isEmpty() || k.equals("null") || k.equals("undefined") || k.equals("untitled")) {
            return null;
        }
        List<String> parts = new ArrayList<>(java.util.Arrays.asList(TITLE_SEPARATOR.split(t)));
        if (parts.size() < 2) {
            return t;
        }
        Matcher sep = TITLE_SEPARATOR.matcher(t);
        if (names(parts.get(parts.size() - 1), outlet, host)) {
            int last = -1;
            while (sep.find()) {
                last = sep.start();
            }
            return t.substring(0, last).strip();
        }
        if (names(parts.get(0), outlet, host) && sep.find()) {
            return t.substring(sep.end()).strip();
        }
        return t;
    }

    /** Whether a title part names the site: equal to the outlet, or to the host's name (without its suffix). */
    private static boolean names(String part, String outlet, String host) {
        String p = key(part);
        if (p.length() < 2) {
            return false;
        }
        if (outlet != null && p.equals(key(outlet))) {
            return true;
        }
        if (host == null) {
            return false;
        }
        String h = host.contains(".") ? host.substring(0, host.lastIndexOf('.')) : host;
        String hk = key(h);
        return p.equals(hk) || p.equals(key(host)) || (p.length() >= 4 && hk.endsWith(p)) || (hk.length() >= 4
                && p.startsWith(hk));
    }

    private static String key(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static String titleTag(Document doc) {
        String t = doc.title();
        if (t == null || t.isBlank()) {
            return null;
        }
        // "Headline | Outlet", "Headline - Outlet": the last part goes when it is short (a site name)
        String[] parts = t.strip().split("\\s+[|\u2013\u2014\u00bb-]\\s+");
        if (parts.length >= 2 && parts[parts.length - 1].split("\\s+").length <= 4) {
            return String.join(" - ", java.util.Arrays.asList(parts).subList(0, parts.length - 1));
        }
        return t.strip();
    }

    private static String attr(Element e, String a) {
        return e == null ? null : e.attr(a);
    }

    private static String text(JsonNode n, String field) {
        if (n == null) {
            return null;
        }
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            return v.isEmpty() ? null : v.get(0).asText();
        }
        return v.isValueNode() ? v.asText() : null;
    }

    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (h == null) {
                return null;
            }
            return h.toLowerCase(Locale.ROOT).replaceFirst("^(?:www\\d?|m|amp|mobile)\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String urlDate(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            m = URL_COMPACT_DATE.matcher(url);
            if (!m.find()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** An ISO date from the usual machine-readable forms (ISO 8601, RFC 1123), or null. */
    static String isoDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        Matcher m = ISO_PREFIX.matcher(t);
        if (m.lookingAt()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toString();
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(t).toLocalDate().toString();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String firstNonBlank(String... xs) {
        for (String x : xs) {
            if (x != null && !x.isBlank()) {
                return x;
            }
        }
        return null;
    }

    private static String clean(String s) {
        return s == null ? null : s.strip().replaceAll("\\s+", " ");
    }
}
