package org.concord.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.concord.ingest.DocumentIds;
import org.concord.ingest.Ingest;
import org.concord.ingest.RawArticle;
import org.concord.ingest.PublishedDates;
import org.concord.lang.ArticleLanguage;

/**
 * One posted document: the fields {@code analyze} reads from a JSONL line ({@code {id?, url?, outlet?, title?,
 * published?, text}}, or {@code html} instead of {@code text}), its id (the given one, else {@code posted-<hash of
 * the canonical URL, else of the normalized text>}, as a JSONL line without id gets), and the object as posted
 * ({@code json}, re-serialized compactly), which is what the store keeps.
 */
public record DocumentInput(String id, String url, String outlet, String title, String published, String text,
                            String html, String json) {
    /** The container name of posted documents without an id of their own. */
    static final String BASE = "posted";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> FIELDS = List.of("id", "url", "outlet", "title", "published", "date", "text",
            "html");

    /**
     * The article the engine reads (a web page goes through Concord's article extractor), with its language as
     * {@code analyze} gives it: the page's declared one when the text agrees or does not settle it, else the text's.
     */
    public RawArticle article() {
        String source = url != null ? url : BASE + "/" + id;
        RawArticle a;
        if (text == null) {
            RawArticle page = Ingest.webPage(id, html, url);
            a = new RawArticle(id, source, outlet != null ? outlet : page.outlet(),
                    title != null ? title : page.title(), published != null ? published : page.published(),
                    page.text(), page.removed(), page.authors(), page.language());
        } else {
            a = new RawArticle(id, source, outlet, title, published, text.replace("\r\n", "\n").replace('\r', '\n'));
        }
        return a.withLanguage(ArticleLanguage.of(a.language(), a.text()).language());
    }

    /** SHA-256 (hex) of the posted object: the same object posted again is no new version. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /**
     * The documents of a request body: one JSON object, a JSON array of objects, or JSON Lines (one object per
     * line). The whole body is refused (nothing is stored) when any document is invalid.
     * @throws Invalid naming every bad document by its line (JSONL) or index (array)
     */
    public static List<DocumentInput> parseBody(String body, int maxArticleChars) {
        String trimmed = body.strip();
        if (trimmed.isEmpty()) {
            throw new Invalid(List.of("the body is empty: post a JSON object, an array of them, or JSON Lines"));
        }
        List<DocumentInput> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        JsonNode whole = null;
        try {
            whole = MAPPER.readTree(trimmed);
        } catch (JsonProcessingException e) {
            // not one JSON value: JSON Lines
        }
        if (whole != null && whole.isArray()) {
            for (int i = 0; i < whole.size(); i++) {
                add(whole.get(i), "item " + i, maxArticleChars, out, errors);
            }
        } else if (whole != null && trimmed.indexOf('\n') < 0) {
            add(whole, "body", maxArticleChars, out, errors);
        } else {
            String[] lines = trimmed.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    continue;
                }
                try {
                    add(MAPPER.readTree(line), "line " + (i + 1), maxArticleChars, out, errors);
                } catch (JsonProcessingException e) {
                    errors.add("line " + (i + 1) + " is not valid JSON: " + e.getOriginalMessage());
                }
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (DocumentInput d : out) {
            if (!seen.add(d.id())) {
                errors.add("id '" + d.id() + "' is given twice in one request");
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        if (out.isEmpty()) {
            throw new Invalid(List.of("no document in the body"));
        }
        return out;
    }

    private static void add(JsonNode n, String where, int maxChars, List<DocumentInput> out, List<String> errors) {
        if (n == null || !n.isObject()) {
            errors.add(where + " is not a JSON object");
            return;
        }
        for (String f : FIELDS) {
            JsonNode v = n.get(f);
            if (v != null && !v.isNull() && !v.isTextual()) {
                errors.add(where + ": \"" + f + "\" is not a string");
                return;
            }
        }
        String text = blankToNull(str(n, "text"));
        String html = blankToNull(str(n, "html"));
        if (text == null && html == null) {
            errors.add(where + " has no \"text\" or \"html\"");
            return;
        }
        if ((text != null ? text : html).length() > maxChars) {
            errors.add(String.format(Locale.ROOT, "%s: the article is longer than %,d characters", where, maxChars));
            return;
        }
        String url = blankToNull(str(n, "url"));
        String given = blankToNull(str(n, "id"));
        if (given != null && (given.length() > 500 || given.chars().anyMatch(Character::isISOControl))) {
            errors.add(where + ": \"id\" must be at most 500 characters, without control characters");
            return;
        }
        String id = given;
        if (id == null) {
            String key = text;
            if (key == null) {
                try {
                    key = Ingest.webPage(BASE, html, url).text();
                } catch (IllegalArgumentException e) {
                    errors.add(where + ": " + e.getMessage());
                    return;
                }
            }
            id = DocumentIds.derived(BASE, url, key);
        }
        String date = str(n, "published") != null ? str(n, "published") : str(n, "date");
        ObjectNode kept = MAPPER.createObjectNode();
        for (String f : FIELDS) {
            JsonNode v = n.get(f);
            if (v != null && !v.isNull()) {
                kept.set(f, v);
            }
        }
        out.add(new DocumentInput(id, url, blankToNull(str(n, "outlet")), blankToNull(str(n, "title")),
                PublishedDates.isoDate(date), text, text == null ? html : null, kept.toString()));
    }

    /** A stored document's input, read back ({@link #json}). */
    static DocumentInput fromJson(String json) {
        List<DocumentInput> one = parseBody(json, Integer.MAX_VALUE);
        return one.get(0);
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }


    /** A request body that holds an invalid document: every problem, one line each. */
    public static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<String> errors;

        Invalid(List<String> errors) {
            super(String.join("; ", errors));
            this.errors = List.copyOf(errors);
        }

        public List<String> errors() {
            return errors;
        }
    }
}
