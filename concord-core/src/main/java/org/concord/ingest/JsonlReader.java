package org.concord.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.concord.ingest.html.HtmlExtractor;
import org.concord.model.Skipped;

/**
 * JSON Lines: one article per line, {@code {id?, url?, outlet?, title?, published?, text}}, or with {@code html}
 * (a web page) instead of {@code text}: the page's article and metadata are extracted, and the line's own fields
 * win over the page's. A line that is not such an object, or whose fields are not strings (or null), is skipped
 * with its line number and reason; the other lines are read.
 */
final class JsonlReader implements ArticleReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The fields read; each must be a string (or null, or absent). */
    private static final List<String> FIELDS = List.of("id", "url", "outlet", "title", "published", "date", "text",
            "html");
    private final HtmlExtractor extractor;

    JsonlReader() {
        this(HtmlExtractor.DEFAULT_MAX_DEPTH);
    }

    JsonlReader(int maxHtmlDepth) {
        this.extractor = HtmlExtractor.create(maxHtmlDepth);
    }

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    @Override
    public List<RawArticle> read(Path file, String content, Consumer<Skipped> skipped) {
        if (content.isBlank()) {
            throw new IllegalArgumentException("empty file (no JSON lines)");
        }
        String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        List<RawArticle> out = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            try {
                JsonNode n = MAPPER.readTree(line);
                if (n == null || !n.isObject()) {
                    skipped.accept(new Skipped(where, "line " + (i + 1) + " is not a JSON object"));
                    continue;
                }
                String wrong = wrongType(n);
                if (wrong != null) {
                    skipped.accept(new Skipped(where, "line " + (i + 1) + ": " + wrong));
                    continue;
                }
                String text = str(n, "text");
                String given = str(n, "id");
                String url = str(n, "url");
                boolean named = given != null && !given.isBlank();
                String id = named ? given : base;
                if ((text == null || text.isBlank()) && str(n, "html") != null && !str(n, "html").isBlank()) {
                    try {
                        RawArticle page = HtmlReader.article(extractor, id, url != null ? url : where, str(n, "html"),
                                url, null);
                        String published = PublishedDates.isoDate(str(n, "published") != null ? str(n, "published") : str(n, "date"));
                        out.add(new RawArticle(named ? id : DocumentIds.derived(base, url, page.text()),
                                url != null ? url : page.source(),
                                str(n, "outlet") != null ? str(n, "outlet") : page.outlet(),
                                str(n, "title") != null ? str(n, "title") : page.title(),
                                published != null ? published : page.published(), page.text(), page.removed(),
                                page.authors(), page.language()));
                    } catch (IllegalArgumentException e) {
                        skipped.accept(new Skipped(where, "line " + (i + 1) + ": " + e.getMessage()));
                    }
                    continue;
                }
                if (text == null || text.isBlank()) {
                    skipped.accept(new Skipped(where, "line " + (i + 1) + " has no \"text\" or \"html\""));
                    continue;
                }
                out.add(new RawArticle(named ? id : DocumentIds.derived(base, url, text), url != null ? url : where,
                        str(n, "outlet"), str(n, "title"),
                        PublishedDates.isoDate(str(n, "published") != null ? str(n, "published") : str(n, "date")), text.replace("\r\n", "\n").replace('\r', '\n')));
            } catch (JsonProcessingException e) {
                skipped.accept(new Skipped(where, "line " + (i + 1) + " is not valid JSON: "
                        + e.getOriginalMessage()));
            }
        }
        return out;
    }

    /** Which read field of {@code n} is not a string, with its JSON type ("\"text\" is a number, not a string"), or null. */
    private static String wrongType(JsonNode n) {
        for (String f : FIELDS) {
            JsonNode v = n.get(f);
            if (v != null && !v.isNull() && !v.isTextual()) {
                return "\"" + f + "\" is " + type(v) + ", not a string";
            }
        }
        return null;
    }

    private static String type(JsonNode v) {
        if (v.isNumber()) {
            return "a number";
        }
        if (v.isBoolean()) {
            return "a boolean";
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isObject()) {
            return "an object";
        }
        return "of type " + v.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
