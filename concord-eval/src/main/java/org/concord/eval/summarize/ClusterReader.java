package org.concord.eval.summarize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code clusters.jsonl} (spec/eval-v1.md): {@code {id, documents: [{id, title, date, text}], summaries:
 * [text], peers: {name: text}}} per line. {@code --data} may name the file or a directory holding it. A line that
 * is not such an object (no documents with text, no summary) is reported with its line number and skipped.
 */
public final class ClusterReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ClusterReader() {
    }

    /** The clusters file a --data path names: the path itself, or clusters.jsonl inside it. */
    public static Path resolve(Path data) {
        if (Files.isDirectory(data)) {
            Path f = data.resolve("clusters.jsonl");
            if (!Files.isRegularFile(f)) {
                throw new IllegalArgumentException("summarize data directory '" + data
                        + "' has no clusters.jsonl (the layout of spec/eval-v1.md)");
            }
            return f;
        }
        if (!Files.isRegularFile(data)) {
            throw new IllegalArgumentException("summarize data '" + data + "' is neither clusters.jsonl nor a "
                    + "directory holding it");
        }
        return data;
    }

    /** Clusters in file order; at most {@code limit} (0 = all). Skipped lines are reported on {@code log}. */
    public static List<Cluster> read(Path data, int limit, PrintStream log) throws IOException {
        Path file = resolve(data);
        List<Cluster> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size() && (limit == 0 || out.size() < limit); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                out.add(parse(MAPPER.readTree(line), i + 1));
            } catch (IOException | IllegalArgumentException e) {
                log.printf("summarize: skipped %s:%d: %s%n", file, i + 1, e.getMessage());
            }
        }
        return out;
    }

    static Cluster parse(JsonNode n, int lineNo) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String id = text(n, "id");
        if (id == null || id.isBlank()) {
            id = "line" + lineNo;
        }
        List<Cluster.ClusterDocument> docs = new ArrayList<>();
        JsonNode ds = n.get("documents");
        if (ds != null && ds.isArray()) {
            int k = 0;
            for (JsonNode d : ds) {
                String t = text(d, "text");
                if (t != null && !t.isBlank()) {
                    String did = text(d, "id");
                    docs.add(new Cluster.ClusterDocument(did == null ? id + "-" + k : did, text(d, "title"),
                            text(d, "date"), t));
                }
                k++;
            }
        }
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("cluster " + id + " has no document with \"text\"");
        }
        List<String> summaries = new ArrayList<>();
        JsonNode ss = n.get("summaries");
        if (ss != null && ss.isArray()) {
            for (JsonNode s : ss) {
                if (s.isTextual() && !s.asText().isBlank()) {
                    summaries.add(s.asText());
                }
            }
        }
        if (summaries.isEmpty()) {
            throw new IllegalArgumentException("cluster " + id + " has no reference \"summaries\"");
        }
        Map<String, String> peers = new LinkedHashMap<>();
        JsonNode ps = n.get("peers");
        if (ps != null && ps.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = ps.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isTextual()) {
                    peers.put(e.getKey(), e.getValue().asText());
                }
            }
        }
        return new Cluster(id, docs, summaries, peers);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
