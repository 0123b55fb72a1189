package org.concord.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The layout of {@code extraction/aeb}: {@code ground-truth.json} (id to {articleBody, url}) and
 * {@code html/<id>.html.gz} (or {@code .html}). Pages are returned sorted by id.
 */
public final class AebReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AebReader() {
    }

    /** IllegalArgumentException naming {@code dir} unless it has the benchmark's {@code ground-truth.json}. */
    public static void checkLayout(Path dir) {
        if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
            throw new IllegalArgumentException("extraction data '" + dir + "' has no ground-truth.json (expected the "
                    + "layout of extraction/aeb: ground-truth.json and html/<id>.html.gz)");
        }
    }

    public static List<AebPage> read(Path dir, int limit) throws IOException {
        checkLayout(dir);
        Path gt = dir.resolve("ground-truth.json");
        JsonNode root = MAPPER.readTree(gt.toFile());
        if (root.has("output") && root.get("output").isObject()) {
            root = root.get("output");
        }
        Map<String, JsonNode> entries = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            entries.put(e.getKey(), e.getValue());
        }
        List<AebPage> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
            if (limit > 0 && pages.size() >= limit) {
                break;
            }
            String id = e.getKey();
            Path gz = dir.resolve("html").resolve(id + ".html.gz");
            Path plain = dir.resolve("html").resolve(id + ".html");
            byte[] html;
            if (Files.isRegularFile(gz)) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                    html = in.readAllBytes();
                }
            } else if (Files.isRegularFile(plain)) {
                html = Files.readAllBytes(plain);
            } else {
                throw new IllegalArgumentException("extraction data '" + dir + "': no html/" + id
                        + ".html.gz for a ground-truth id");
            }
            JsonNode body = e.getValue().get("articleBody");
            JsonNode url = e.getValue().get("url");
            pages.add(new AebPage(id, url == null || url.isNull() ? null : url.asText(), html,
                    body == null || body.isNull() ? "" : body.asText()));
        }
        return pages;
    }
}
