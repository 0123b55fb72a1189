package org.concord.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where document ids come from, so that the same article gets the same id on every run and in every order.
 * <ul>
 *   <li>An id the input names is kept: a file's name without its extension (report-v1), the {@code id} field of a
 *       JSONL line.</li>
 *   <li>A record inside a container that names none (a JSONL line without {@code id}, a WARC record, a feed item) is
 *       {@code <container name>-<key hash>}, the key being its canonical URL when it has one, else its normalized
 *       text ({@link #contentKey}), never its position.</li>
 *   <li>Ids that several articles of one batch share ({@code story.txt} in two folders) all become
 *       {@code <id>-<hash of the normalized text>} ({@link #disambiguate}), whatever the order of the inputs.</li>
 * </ul>
 */
public final class DocumentIds {
    /** Hex digits of SHA-256 kept in a derived id: 40 bits, collision-free for any one container in practice. */
    static final int HASH_CHARS = 10;

    private DocumentIds() {
    }

    /** The id of a record with no id of its own, inside the container whose base name is {@code base}. */
    public static String derived(String base, String url, String text) {
        return base + "-" + hash(contentKey(url, text));
    }

    /**
     * What identifies an article's content: its URL (scheme and host lower-cased, fragment and trailing slash
     * dropped) when it is an http(s) URL, else its text with runs of white space collapsed and the ends trimmed.
     */
    public static String contentKey(String url, String text) {
        if (url != null && url.regionMatches(true, 0, "http", 0, 4) && url.matches("(?i)https?://\\S+")) {
            return canonicalUrl(url);
        }
        return normalizedText(text);
    }

    static String canonicalUrl(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        int schemeEnd = u.indexOf("://");
        int hostEnd = u.indexOf('/', schemeEnd + 3);
        String head = (hostEnd < 0 ? u : u.substring(0, hostEnd)).toLowerCase(Locale.ROOT);
        String path = hostEnd < 0 ? "" : u.substring(hostEnd);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return head + path;
    }

    static String normalizedText(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /** The first {@value #HASH_CHARS} hex digits of the SHA-256 of {@code key} (UTF-8). */
    public static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /**
     * The articles with ids unique in the batch: an id shared by several articles is replaced, on each of them,
     * by {@code <id>-<hash of its normalized text>} (then of its source as well, if the texts are equal too).
     * The result does not depend on the order of the articles; articles whose id is unique keep it.
     */
    public static List<RawArticle> disambiguate(List<RawArticle> articles) {
        Map<String, Integer> count = new HashMap<>();
        for (RawArticle a : articles) {
            count.merge(a.id(), 1, Integer::sum);
        }
        Map<String, Integer> derivedCount = new HashMap<>();
        List<String> first = new ArrayList<>();
        for (RawArticle a : articles) {
            String id = count.get(a.id()) == 1 ? a.id() : a.id() + "-" + hash(normalizedText(a.text()));
            first.add(id);
            derivedCount.merge(id, 1, Integer::sum);
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            RawArticle a = articles.get(i);
            String id = first.get(i);
            if (derivedCount.get(id) > 1 || (!id.equals(a.id()) && count.containsKey(id))) {
                id = id + "-" + hash(String.valueOf(a.source()));
            }
            ids.add(id);
        }
        // what is still shared (same id, text and source: inputs that did not go through Ingest's duplicate
        // check) is numbered in an order that does not depend on the input order
        Map<String, List<Integer>> holders = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            holders.computeIfAbsent(ids.get(i), k -> new ArrayList<>()).add(i);
        }
        java.util.Set<String> taken = new java.util.HashSet<>(ids);
        for (List<Integer> same : holders.values()) {
            if (same.size() < 2) {
                continue;
            }
            same.sort(java.util.Comparator.comparing((Integer i) -> articles.get(i).text())
                    .thenComparing(i -> String.valueOf(articles.get(i).source()))
                    .thenComparing(i -> String.valueOf(articles.get(i).title()))
                    .thenComparing(i -> String.valueOf(articles.get(i).published())));
            for (int k = 1; k < same.size(); k++) {
                String base = ids.get(same.get(k));
                String id = base;
                for (int n = k + 1; taken.contains(id); n++) {
                    id = base + "-" + n;
                }
                taken.add(id);
                ids.set(same.get(k), id);
            }
        }
        List<RawArticle> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            RawArticle a = articles.get(i);
            String id = ids.get(i);
            out.add(id.equals(a.id()) ? a : new RawArticle(id, a.source(), a.outlet(), a.title(), a.published(),
                    a.text(), a.removed(), a.authors(), a.language()));
        }
        return out;
    }
}
