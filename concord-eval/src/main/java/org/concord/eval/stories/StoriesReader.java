package org.concord.eval.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a story clustering set: a JSONL file, or a directory whose {@code *.jsonl} files (sorted by name) hold one
 * {@code {id, title, text, date, cluster}} object per line; other fields are ignored. A line that is not JSON or
 * lacks id, text or cluster is reported (file, line, reason), counted and skipped.
 */
public final class StoriesReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The documents read and the number of lines skipped. */
    public record Corpus(List<StoryDoc> documents, int skipped) {
        public Corpus {
            documents = List.copyOf(documents);
        }
    }

    private StoriesReader() {
    }

    /**
     * The JSONL files {@code data} names: itself, or the .jsonl files of the directory, in name order.
     * @throws IllegalArgumentException when it is neither, naming it
     */
    public static List<Path> files(Path data) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(data)) {
            try (Stream<Path> s = Files.list(data)) {
                s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().forEach(files::add);
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("stories data directory '" + data
                        + "' holds no .jsonl file (expected lines of {id, title, text, date, cluster})");
            }
        } else if (Files.isRegularFile(data)) {
            files.add(data);
        } else {
            throw new IllegalArgumentException("stories data not found: " + data);
        }
        return files;
    }

    public static Corpus read(Path data, int limit, PrintStream log) throws IOException {
        List<Path> files = files(data);
        List<StoryDoc> docs = new ArrayList<>();
        int skipped = 0;
        for (Path f : files) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                int no = 0;
                while ((line = r.readLine()) != null) {
                    no++;
                    if (line.isBlank()) {
                        continue;
                    }
                    if (limit > 0 && docs.size() >= limit) {
                        return new Corpus(docs, skipped);
                    }
                    try {
                        JsonNode n = MAPPER.readTree(line);
                        String id = text(n, "id");
                        String body = text(n, "text");
                        String cluster = text(n, "cluster");
                        if (id == null || body == null || cluster == null) {
                            throw new IllegalArgumentException("needs id, text and cluster");
                        }
                        docs.add(new StoryDoc(id, text(n, "title"), body, text(n, "date"), cluster));
                    } catch (IOException | IllegalArgumentException e) {
                        skipped++;
                        log.println(f + ":" + no + ": skipped: " + e.getMessage());
                    }
                }
            }
        }
        return new Corpus(docs, skipped);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
