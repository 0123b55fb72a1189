package org.concord.pipeline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concord.ingest.DocumentIds;
import org.concord.model.Entity;
import org.concord.model.Occurrence;
import org.concord.model.Quote;
import org.concord.model.Speaker;
import org.concord.model.Story;

/**
 * Ids within a story derived from their evidence, so that re-analysing a story whose evidence is unchanged gives
 * the same ids, and a caller can update an entity or a quote by key:
 * <ul>
 *   <li>an entity: {@code e-<its name, lower-cased, words joined by '-'>} ("e-bill-de-blasio"); when two
 *       entities of the story share a name, {@code -<hash of type and aliases>} is added to each;</li>
 *   <li>a quote: {@code q-<hash of where it first appears: document id, start and end>}.</li>
 * </ul>
 * Quote speakers are relinked to the new entity ids. Ids are unique within the story; the report's story id
 * ({@code s-<id of its earliest document>}) keeps them apart across stories.
 */
final class StableIds {
    private static final int MAX_SLUG = 48;

    private StableIds() {
    }

    static Story apply(Story s) {
        Map<String, String> entityIds = new HashMap<>();
        List<Entity> entities = new ArrayList<>();
        Map<String, Integer> nameCount = new HashMap<>();
        for (Entity e : s.entities()) {
            nameCount.merge(slug(e.name()), 1, Integer::sum);
        }
        Set<String> used = new HashSet<>();
        for (Entity e : s.entities()) {
            String base = "e-" + slug(e.name());
            String id = nameCount.get(slug(e.name())) == 1 ? base
                    : base + "-" + DocumentIds.hash(e.type() + "\u0000" + String.join("\u0000", e.aliases())).substring(0, 6);
            id = unique(id, used);
            entityIds.put(e.id(), id);
            entities.add(new Entity(id, e.name(), e.type(), e.aliases(), e.titles(), e.documents(), e.mentions()));
        }
        List<Quote> quotes = new ArrayList<>();
        Set<String> usedQuotes = new HashSet<>();
        for (Quote q : s.quotes()) {
            Occurrence o = q.occurrences().isEmpty() ? null : q.occurrences().get(0);
            String key = o == null ? q.text() : o.document() + ":" + o.start() + ":" + o.end();
            String id = unique("q-" + DocumentIds.hash(key), usedQuotes);
            Speaker sp = q.speaker();
            if (sp != null && sp.entity() != null) {
                sp = new Speaker(sp.name(), entityIds.getOrDefault(sp.entity(), sp.entity()));
            }
            quotes.add(new Quote(id, q.text(), sp, q.occurrences(), q.confidence()));
        }
        return new Story(s.id(), s.headline(), s.documents(), s.related(), s.summary(), entities, quotes,
                s.timeline(), s.claims());
    }

    /** Lower-case letters and digits of any script, runs of anything else as one '-', at most 48 characters. */
    static String slug(String name) {
        String n = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String s = n.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_SLUG) {
            s = s.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return s.isEmpty() ? DocumentIds.hash(n) : s;
    }

    private static String unique(String id, Set<String> used) {
        String out = id;
        for (int k = 2; !used.add(out); k++) {
            out = id + "-" + k;
        }
        return out;
    }
}
