package org.concord.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Saved searches ({@code searches} table, migration V5): a name, the words and the drill-down filters of a {@link
 * SearchQuery}, who saved it and when. They are run again on every read of their Atom feed.
 */
final class SavedSearches {
    private static final Set<String> FIELDS = Set.of("name", "q", "filters");
    private final Database db;
    private final Clock clock;

    SavedSearches(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A saved search as the API shows it. */
    record Saved(long id, String name, String q, Map<String, String> filters, String createdBy, String createdAt) {
        SearchQuery query() {
            return SearchQuery.of(q, filters);
        }
    }

    /** A body that is not a saved search: the problems, each naming its field. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    /**
     * Reads {@code {name, q?, filters?}}: name 1 to 200 characters without control characters, q a string (absent:
     * every document), filters an object of strings named as {@link SearchQuery#FILTERS}. The query is checked as
     * a search checks it (dates); the words are parsed by the caller against the index.
     */
    static SearchQuery.Named parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new Invalid("the body must be a JSON object {name, q, filters}");
        }
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new Invalid("'" + SearchQuery.shorten(f) + "' is not a field of a saved search (name, q, filters)");
            }
        }
        JsonNode name = body.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank() || name.asText().length() > 200
                || name.asText().chars().anyMatch(Character::isISOControl)) {
            throw new Invalid("name must be a string of 1 to 200 characters, without control characters");
        }
        JsonNode q = body.get("q");
        if (q != null && !q.isNull() && !q.isTextual()) {
            throw new Invalid("q must be a string (Lucene query syntax) or absent");
        }
        Map<String, String> filters = new LinkedHashMap<>();
        JsonNode fs = body.get("filters");
        if (fs != null && !fs.isNull()) {
            if (!fs.isObject()) {
                throw new Invalid("filters must be an object, e.g. {\"outlet\": \"...\", \"from\": \"2024-01-31\"}");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = fs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isTextual()) {
                    throw new Invalid("filters." + SearchQuery.shorten(e.getKey()) + " must be a string");
                }
                filters.put(e.getKey(), e.getValue().asText().strip());
            }
        }
        String words = q == null || q.isNull() || q.asText().isBlank() ? null : q.asText().strip();
        SearchQuery query;
        try {
            query = SearchQuery.of(words, filters);
        } catch (Listings.BadQuery e) {
            throw new Invalid(e.getMessage().startsWith("filters.") || e.getMessage().startsWith("q ")
                    ? e.getMessage() : "filters." + e.getMessage());
        }
        return new SearchQuery.Named(name.asText().strip(), query);
    }

    Saved add(SearchQuery.Named search, String by) {
        String created = clock.instant().toString();
        long id = Sql.tx(db, c -> Sql.insert(c, "INSERT INTO searches (name, query_text, filters_json, created_by, "
                + "created_at) VALUES (?, ?, ?, ?, ?)", search.name(), search.query().q(),
                Json.write(search.query().filters()), by, java.time.Instant.parse(created)));
        return get(id).orElseThrow();
    }

    /** Every saved search, in the order saved. */
    List<Saved> list() {
        return Sql.read(db, c -> Sql.list(c, "SELECT id, name, query_text, filters_json, created_by, created_at "
                + "FROM searches ORDER BY id", SavedSearches::row));
    }

    Optional<Saved> get(long id) {
        return Optional.ofNullable(Sql.read(db, c -> Sql.one(c, "SELECT id, name, query_text, filters_json, "
                + "created_by, created_at FROM searches WHERE id = ?", SavedSearches::row, id)));
    }

    /** Deletes a saved search; whether there was one. */
    boolean delete(long id) {
        return Sql.tx(db, c -> Sql.update(c, "DELETE FROM searches WHERE id = ?", id)) > 0;
    }

    /** When each of these documents was received (for the feed entries of undated documents). */
    Map<String, java.time.Instant> receivedAt(List<String> ids) {
        return Sql.read(db, c -> {
            Map<String, java.time.Instant> out = new LinkedHashMap<>();
            for (String id : ids) {
                java.time.Instant t = Sql.one(c, "SELECT received_at FROM documents WHERE id = ?",
                        r -> Sql.instant(r, "received_at"), id);
                if (t != null) {
                    out.put(id, t);
                }
            }
            return out;
        });
    }

    @SuppressWarnings("unchecked")
    private static Saved row(java.sql.ResultSet r) throws java.sql.SQLException {
        Map<String, String> filters = new LinkedHashMap<>(Json.read(r.getString("filters_json"), Map.class));
        return new Saved(r.getLong("id"), r.getString("name"), r.getString("query_text"), filters,
                r.getString("created_by"), Sql.instant(r, "created_at").toString());
    }
}
