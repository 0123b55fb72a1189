package org.concord.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.concord.model.Entity;
import org.concord.model.Quote;

/**
 * Entities across stories. A story's entity id is made from its name ({@code e-<name>}), so the same id in several
 * stories is the same person, organization or place: the listing groups the stored entity rows by id; one entity
 * is its stories and the quotes it is the speaker of. Keyset pages and a stable order, as {@link Listings}.
 */
final class Entities {
    /** How many of an entity's stories (the latest) one answer holds at most. */
    static final int MAX_STORIES = 200;
    private final Database db;

    Entities(Database db) {
        this.db = db;
    }

    /** One entity in the listing: its name and type, the stories that name it and its mentions in them. */
    record EntityItem(String id, String name, String type, long stories, long mentions) {}

    /** One story of an entity, with the entity as that story has it. */
    record EntityStory(String id, String headline, String lastPublished, Entity entity) {}

    /** An entity: its stories (the latest {@link #MAX_STORIES}, newest first) and the quotes it said in them. */
    record EntityView(String id, String name, String type, List<String> aliases, long storiesTotal,
                      List<EntityStory> stories, List<Listings.QuoteItem> quotes) {}

    /** Entities whose name holds {@code text} (any case), of {@code type}, most stories first, then by id. */
    Listings.Page<EntityItem> list(String text, String type, String cursor, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (text != null) {
            where.append(" AND e.entity_id IN (SELECT x.entity_id FROM entities x WHERE x.name_lower LIKE ? "
                    + "ESCAPE '\\')");
            args.add(Sql.contains(text.toLowerCase(Locale.ROOT)));
        }
        String typeArg = null;
        if (type != null) {
            String t = type.toUpperCase(Locale.ROOT);
            if (!List.of("PERSON", "ORGANIZATION", "LOCATION").contains(t)) {
                throw new Listings.BadQuery("type must be PERSON, ORGANIZATION or LOCATION, got '" + type + "'");
            }
            typeArg = t;
        }
        // the type filter reads the type the listing shows (the stories may type one name differently)
        String having = typeArg == null ? "" : " HAVING MIN(e.entity_type) = ?";
        if (typeArg != null) {
            args.add(typeArg);
        }
        if (cursor != null) {
            String[] c = Listings.decode(cursor, "entities");
            long n;
            try {
                n = Long.parseLong(c[1]);
            } catch (NumberFormatException e) {
                throw new Listings.BadQuery("cursor is not valid");
            }
            having = (having.isEmpty() ? " HAVING " : having + " AND ")
                    + "(COUNT(*) < ? OR (COUNT(*) = ? AND e.entity_id > ?))";
            args.add(n);
            args.add(n);
            args.add(c[2]);
        }
        int max = Listings.limit(limit);
        args.add(max + 1);
        String sql = "SELECT e.entity_id, MIN(e.name), MIN(e.entity_type), COUNT(*), SUM(e.mentions) FROM entities e"
                + where + " GROUP BY e.entity_id" + having + " ORDER BY COUNT(*) DESC, e.entity_id ASC LIMIT ?";
        return Sql.read(db, c -> {
            List<EntityItem> rows = Sql.list(c, sql, r -> new EntityItem(r.getString(1), r.getString(2),
                    r.getString(3), r.getLong(4), r.getLong(5)), args.toArray());
            String next = null;
            if (rows.size() > max) {
                rows = new ArrayList<>(rows.subList(0, max));
                EntityItem last = rows.get(max - 1);
                next = Listings.encode("entities", Long.toString(last.stories()), last.id());
            }
            return new Listings.Page<>(rows, next);
        });
    }

    /** The entity with this id, if a stored story names it. */
    Optional<EntityView> entity(String id) {
        return Optional.ofNullable(Sql.read(db, c -> {
            long total = Sql.count(c, "SELECT COUNT(*) FROM entities WHERE entity_id = ?", id);
            if (total == 0) {
                return null;
            }
            List<EntityStory> stories = Sql.list(c, "SELECT s.id, s.headline, s.last_published, e.entity_json "
                    + "FROM entities e JOIN stories s ON s.id = e.story_id WHERE e.entity_id = ? "
                    + "ORDER BY s.last_published DESC, s.id ASC LIMIT ?", r -> new EntityStory(r.getString(1),
                    r.getString(2), r.getString(3).isEmpty() ? null : r.getString(3),
                    Json.read(r.getString(4), Entity.class)), id, MAX_STORIES);
            List<Listings.QuoteItem> quotes = new ArrayList<>();
            TreeSet<String> aliases = new TreeSet<>();
            for (EntityStory s : stories) {
                aliases.addAll(s.entity().aliases());
                for (String json : Sql.list(c, "SELECT quote_json FROM quotes WHERE story_id = ? ORDER BY quote_id",
                        r -> r.getString(1), s.id())) {
                    Quote q = Json.read(json, Quote.class);
                    if (q.speaker() != null && id.equals(q.speaker().entity())) {
                        quotes.add(new Listings.QuoteItem(s.id(), q));
                    }
                }
            }
            Entity first = stories.get(0).entity();
            return new EntityView(id, first.name(), first.type().json(), new ArrayList<>(aliases), total, stories,
                    quotes);
        }));
    }
}
