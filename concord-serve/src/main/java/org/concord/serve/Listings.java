package org.concord.serve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.model.Quote;

/**
 * The story and quote listings: filters as bound parameters, keyset (cursor) pagination, a stable order (every
 * sort ends on the id, so a page never repeats or skips a row whatever is inserted meanwhile).
 */
final class Listings {
    static final int MAX_LIMIT = 200;
    private final Database db;

    Listings(Database db) {
        this.db = db;
    }

    /**
     * Story filters: outlet (exact), text (in the headline, summary and entity names), date range, entity (an entity
     * id or name, any case), sort ({@code latest}, {@code size}, {@code developing}); {@code windowHours} is the
     * developing sort's window (null: {@value #DEFAULT_WINDOW_HOURS}).
     */
    record StoryQuery(String outlet, String text, String from, String to, String sort, String cursor, int limit,
                      String entity, Integer windowHours) {
        StoryQuery(String outlet, String text, String from, String to, String sort, String cursor, int limit) {
            this(outlet, text, from, to, sort, cursor, limit, null, null);
        }
    }

    static final int DEFAULT_WINDOW_HOURS = 24;
    static final int MAX_WINDOW_HOURS = 24 * 366;

    /** One story in a listing; {@code recentDocuments} only in the developing sort. */
    record StoryItem(String id, String headline, int documents, List<String> outlets, String firstPublished,
                     String lastPublished,
                     @com.fasterxml.jackson.annotation.JsonInclude(
                             com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) Integer recentDocuments) {
        StoryItem(String id, String headline, int documents, List<String> outlets, String firstPublished,
                  String lastPublished) {
            this(id, headline, documents, outlets, firstPublished, lastPublished, null);
        }
    }

    record Page<T>(List<T> items, String nextCursor) {}

    /** One quote with the story it is in. */
    record QuoteItem(String story, Quote quote) {}

    /** A bad query parameter (answered 400). */
    static final class BadQuery extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadQuery(String message) {
            super(message);
        }
    }

    Page<StoryItem> stories(StoryQuery q) {
        String sort = q.sort() == null ? "latest" : q.sort();
        if (sort.equals("developing")) {
            return developing(q);
        }
        String key = switch (sort) {
            case "latest" -> "last_published";
            case "size" -> "document_count";
            default -> throw new BadQuery("sort must be latest, size or developing, got '" + sort + "'");
        };
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        storyFilters(q, where, args);
        if (q.cursor() != null) {
            String[] c = decode(q.cursor(), sort);
            where.append(" AND (s.").append(key).append(" < ? OR (s.").append(key).append(" = ? AND s.id > ?))");
            Object k = sort.equals("size") ? (Object) parseInt(c[1]) : c[1];
            args.add(k);
            args.add(k);
            args.add(c[2]);
        }
        int limit = limit(q.limit());
        args.add(limit + 1);
        String sql = "SELECT s.id, s.headline, s.document_count, s.first_published, s.last_published FROM stories s"
                + where + " ORDER BY s." + key + " DESC, s.id ASC LIMIT ?";
        return Sql.read(db, c -> {
            List<StoryItem> rows = Sql.list(c, sql, r -> new StoryItem(r.getString(1), r.getString(2), r.getInt(3),
                    List.of(), emptyToNull(r.getString(4)), emptyToNull(r.getString(5))), args.toArray());
            String next = null;
            if (rows.size() > limit) {
                rows = new ArrayList<>(rows.subList(0, limit));
                StoryItem last = rows.get(limit - 1);
                next = encode(sort, sort.equals("size") ? Integer.toString(last.documents())
                        : last.lastPublished() == null ? "" : last.lastPublished(), last.id());
            }
            return new Page<>(withOutlets(c, rows), next);
        });
    }

    /**
     * The developing sort: stories by how many of their documents were received (posted, or posted again in a new
     * version) in the {@code windowHours} before the newest receipt of an analysed document in the store, most
     * first; then by the latest publication date, then by id. The window ends at the store's newest receipt, not
     * at the clock, so an archive that stopped growing still shows what was developing last; it is kept in the
     * cursor, so the pages of one listing share it.
     */
    private Page<StoryItem> developing(StoryQuery q) {
        int hours = q.windowHours() == null ? DEFAULT_WINDOW_HOURS : q.windowHours();
        if (hours < 1 || hours > MAX_WINDOW_HOURS) {
            throw new BadQuery("window_hours must be between 1 and " + MAX_WINDOW_HOURS + ", got " + hours);
        }
        int limit = limit(q.limit());
        return Sql.read(db, c -> {
            String[] cur = q.cursor() == null ? null : decode(q.cursor(), "developing");
            String[] key = cur == null ? null : cur[1].split("\\|", 3);
            java.time.Instant start;
            if (key != null) {
                if (key.length != 3) {
                    throw new BadQuery("cursor is not valid");
                }
                try {
                    start = java.time.Instant.parse(key[2]);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new BadQuery("cursor is not valid");
                }
            } else {
                java.time.Instant newest = Sql.one(c, "SELECT MAX(received_at) AS received_at FROM documents "
                        + "WHERE story_id IS NOT NULL", r -> Sql.instant(r, "received_at"));
                start = (newest == null ? java.time.Instant.EPOCH : newest).minus(java.time.Duration.ofHours(hours));
            }
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            List<Object> args = new ArrayList<>();
            args.add(start);
            storyFilters(q, where, args);
            StringBuilder outer = new StringBuilder();
            if (key != null) {
                outer.append(" WHERE (t.recent < ? OR (t.recent = ? AND (t.last_published < ? OR "
                        + "(t.last_published = ? AND t.id > ?))))");
                int n = parseInt(key[0]);
                args.add(n);
                args.add(n);
                args.add(key[1]);
                args.add(key[1]);
                args.add(cur[2]);
            }
            args.add(limit + 1);
            String sql = "SELECT t.id, t.headline, t.document_count, t.first_published, t.last_published, t.recent "
                    + "FROM (SELECT s.id, s.headline, s.document_count, s.first_published, s.last_published, "
                    + "(SELECT COUNT(*) FROM documents d WHERE d.story_id = s.id AND d.received_at >= ?) AS recent "
                    + "FROM stories s" + where + ") t" + outer
                    + " ORDER BY t.recent DESC, t.last_published DESC, t.id ASC LIMIT ?";
            List<StoryItem> rows = Sql.list(c, sql, r -> new StoryItem(r.getString(1), r.getString(2), r.getInt(3),
                    List.of(), emptyToNull(r.getString(4)), emptyToNull(r.getString(5)), r.getInt(6)),
                    args.toArray());
            String next = null;
            if (rows.size() > limit) {
                rows = new ArrayList<>(rows.subList(0, limit));
                StoryItem last = rows.get(limit - 1);
                next = encode("developing", last.recentDocuments() + "|"
                        + (last.lastPublished() == null ? "" : last.lastPublished()) + "|" + start, last.id());
            }
            return new Page<>(withOutlets(c, rows), next);
        });
    }

    private static List<StoryItem> withOutlets(java.sql.Connection c, List<StoryItem> rows)
            throws java.sql.SQLException {
        List<StoryItem> out = new ArrayList<>();
        for (StoryItem s : rows) {
            List<String> outlets = Sql.list(c, "SELECT outlet FROM story_outlets WHERE story_id = ? ORDER BY outlet",
                    r -> r.getString(1), s.id());
            out.add(new StoryItem(s.id(), s.headline(), s.documents(), outlets, s.firstPublished(),
                    s.lastPublished(), s.recentDocuments()));
        }
        return out;
    }

    /** The WHERE conditions of the story filters (on {@code stories s}), their values appended to {@code args}. */
    private static void storyFilters(StoryQuery q, StringBuilder where, List<Object> args) {
        if (q.entity() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM entities e WHERE e.story_id = s.id AND (e.entity_id = ? "
                    + "OR e.name_lower = ?))");
            args.add(q.entity());
            args.add(q.entity().toLowerCase(Locale.ROOT));
        }
        if (q.outlet() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM story_outlets o WHERE o.story_id = s.id AND o.outlet = ?)");
            args.add(q.outlet());
        }
        if (q.text() != null) {
            where.append(" AND s.search_text LIKE ? ESCAPE '\\'");
            args.add(Sql.contains(q.text().toLowerCase(Locale.ROOT)));
        }
        if (q.from() != null) {
            where.append(" AND s.last_published >= ?");
            args.add(date(q.from(), "from"));
        }
        if (q.to() != null) {
            where.append(" AND s.first_published <> '' AND s.first_published <= ?");
            args.add(date(q.to(), "to"));
        }
    }

    /** Quotes by speaker (part of the name, any case) and text (part of the quote), in story and quote id order. */
    Page<QuoteItem> quotes(String speaker, String text, String cursor, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (speaker != null) {
            where.append(" AND speaker_lower LIKE ? ESCAPE '\\'");
            args.add(Sql.contains(speaker.toLowerCase(Locale.ROOT)));
        }
        if (text != null) {
            where.append(" AND text_lower LIKE ? ESCAPE '\\'");
            args.add(Sql.contains(text.toLowerCase(Locale.ROOT)));
        }
        if (cursor != null) {
            String[] c = decode(cursor, "quotes");
            where.append(" AND (story_id > ? OR (story_id = ? AND quote_id > ?))");
            args.add(c[1]);
            args.add(c[1]);
            args.add(c[2]);
        }
        int n = limit(limit);
        args.add(n + 1);
        String sql = "SELECT story_id, quote_id, quote_json FROM quotes" + where
                + " ORDER BY story_id, quote_id LIMIT ?";
        return Sql.read(db, c -> {
            List<String[]> rows = Sql.list(c, sql, r -> new String[] {r.getString(1), r.getString(2), r.getString(3)},
                    args.toArray());
            String next = null;
            if (rows.size() > n) {
                rows = rows.subList(0, n);
                next = encode("quotes", rows.get(n - 1)[0], rows.get(n - 1)[1]);
            }
            List<QuoteItem> out = new ArrayList<>();
            for (String[] r : rows) {
                out.add(new QuoteItem(r[0], Json.read(r[2], Quote.class)));
            }
            return new Page<>(out, next);
        });
    }

    /** Story counts per outlet (for the listing's facets). */
    Map<String, Long> outlets() {
        return Sql.read(db, c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            for (Object[] r : Sql.list(c, "SELECT outlet, COUNT(*) FROM story_outlets GROUP BY outlet "
                    + "ORDER BY COUNT(*) DESC, outlet", r -> new Object[] {r.getString(1), r.getLong(2)})) {
                out.put((String) r[0], (Long) r[1]);
            }
            return out;
        });
    }

    static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadQuery("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        return limit;
    }

    private static String date(String s, String name) {
        if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new BadQuery(name + " must be a date (YYYY-MM-DD), got '" + s + "'");
        }
        return s;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new BadQuery("cursor is not valid");
        }
    }

    /** An opaque cursor: base64url of the listing, the last row's sort key and its id. */
    static String encode(String kind, String key, String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((kind + "\n" + key + "\n" + id)
                .getBytes(StandardCharsets.UTF_8));
    }

    static String[] decode(String cursor, String kind) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                    .split("\n", 3);
            if (parts.length == 3 && parts[0].equals(kind)) {
                return parts;
            }
        } catch (IllegalArgumentException e) {
            // fall through
        }
        throw new BadQuery("cursor is not valid for this listing (pass next_cursor from the previous page)");
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
