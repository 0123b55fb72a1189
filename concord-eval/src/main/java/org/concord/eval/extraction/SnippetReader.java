package org.concord.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The snippet layout of {@code extraction/trafilatura-eval-dev}: {@code expectations.json} (file name to {url, with,
 * without, title, author, date, sitename, ...}) and {@code html/<file>} holding the page's raw bytes. Pages are
 * returned sorted by file name.
 */
public final class SnippetReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SnippetReader() {
    }

    /** True when {@code dir} has the snippet layout's {@code expectations.json}. */
    public static boolean isLayout(Path dir) {
        return Files.isRegularFile(dir.resolve("expectations.json"));
    }

    public static List<SnippetPage> read(Path dir, int limit) throws IOException {
        Path file = dir.resolve("expectations.json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("extraction data '" + dir + "' has no expectations.json");
        }
        JsonNode root = MAPPER.readTree(file.toFile());
        if (!root.isObject()) {
            throw new IllegalArgumentException("extraction data '" + file + "': expected an object of pages");
        }
        Map<String, JsonNode> entries = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            entries.put(e.getKey(), e.getValue());
        }
        List<SnippetPage> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
            if (limit > 0 && pages.size() >= limit) {
                break;
            }
            String name = e.getKey();
            Path html = dir.resolve("html").resolve(name);
            if (!html.normalize().startsWith(dir.resolve("html").normalize()) || !Files.isRegularFile(html)) {
                throw new IllegalArgumentException("extraction data '" + dir + "': no html/" + name
                        + " for an entry of expectations.json");
            }
            JsonNode v = e.getValue();
            pages.add(new SnippetPage(name, text(v, "url"), Files.readAllBytes(html), strings(v, "with", name),
                    strings(v, "without", name), text(v, "title"), text(v, "author"), text(v, "date"),
                    text(v, "sitename")));
        }
        return pages;
    }

    private static String text(JsonNode v, String field) {
        JsonNode n = v.get(field);
        return n == null || n.isNull() || !n.isTextual() || n.asText().isBlank() ? null : n.asText();
    }

    private static List<String> strings(JsonNode v, String field, String page) {
        JsonNode n = v.get(field);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw new IllegalArgumentException("expectations.json: '" + field + "' of " + page + " is not a list");
        }
        n.forEach(s -> out.add(s.asText()));
        return out;
    }
}
