package org.concord.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.concord.model.Document;
import org.concord.model.Quote;
import org.concord.model.Report;
import org.concord.model.Story;

/**
 * What the web UI ({@code org.concord.serve.web}) reads from the service: the same store, listings, entities and
 * search index the {@code /v1} API answers from, as public records. Read only; every parameter is bound.
 */
public final class WebData {
    private final ServeApp app;
    private final boolean openReads;

    WebData(ServeApp app, boolean openReads) {
        this.app = app;
        this.openReads = openReads;
    }

    /** A query the UI cannot answer (a bad date, cursor or search syntax): shown to the reader, status 400. */
    public static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }

    /** One line to the server's log. */
    public void log(String line) {
        app.log(line);
    }

    /** Whether a read from {@code address} is allowed without a token (loopback, or {@code --open-reads}). */
    public boolean readsAllowed(String address) {
        return openReads || Api.loopback(address);
    }

    /**
     * A story in the listing: counts by outlet (most first), independent sources, documents per day, links;
     * {@code recentDocuments}: in the developing sort, its documents received in the window (else null).
     */
    public record StoryCard(String id, String headline, int documents, int independentSources,
                            Map<String, Integer> outlets, String firstPublished, String lastPublished,
                            Map<String, Integer> perDay, List<org.concord.model.Related> related,
                            Integer recentDocuments) {}

    public record StoryList(List<StoryCard> stories, String nextCursor) {}

    /** The developing sort's window, as the API's default. */
    public static final int DEVELOPING_HOURS = Listings.DEFAULT_WINDOW_HOURS;

    /**
     * Story filters: outlet (exact), entity (an id or a name, any case), date range (YYYY-MM-DD), sort latest, size
     * or developing, cursor, limit.
     */
    public record StoryFilter(String outlet, String entity, String from, String to, String sort, String cursor,
                              int limit) {}

    /** Stories matching {@code f}, as the {@code /v1/stories} listing has them (its filters, sorts and cursors). */
    public StoryList stories(StoryFilter f) {
        Listings.Page<Listings.StoryItem> page;
        try {
            page = app.listings().stories(new Listings.StoryQuery(f.outlet(), null, f.from(), f.to(), f.sort(),
                    f.cursor(), Math.max(1, Math.min(Listings.MAX_LIMIT, f.limit())), f.entity(), null));
        } catch (Listings.BadQuery e) {
            throw new BadRequest(e.getMessage());
        }
        return Sql.read(app.database(), c -> {
            List<StoryCard> out = new ArrayList<>();
            for (Listings.StoryItem item : page.items()) {
                String storyJson = Sql.one(c, "SELECT story_json FROM stories WHERE id = ?", x -> x.getString(1),
                        item.id());
                if (storyJson == null) {
                    continue; // re-analysed between the two reads
                }
                Story s = Json.read(storyJson, Story.class);
                Map<String, Integer> outlets = new HashMap<>();
                Map<String, Integer> perDay = new TreeMap<>();
                Map<String, String> duplicateOf = new HashMap<>();
                for (String json : Sql.list(c, "SELECT analysed_json FROM documents WHERE story_id = ? "
                        + "AND analysed_json IS NOT NULL", x -> x.getString(1), s.id())) {
                    Document d = Json.read(json, Document.class);
                    outlets.merge(outletName(d), 1, Integer::sum);
                    if (d.published() != null && d.publishedDate() != null) {
                        perDay.merge(d.published(), 1, Integer::sum);
                    }
                    if (d.duplicateOf() != null) {
                        duplicateOf.put(d.id(), d.duplicateOf());
                    }
                }
                out.add(new StoryCard(s.id(), s.headline(), item.documents(), independent(s.documents(), duplicateOf),
                        byCount(outlets), item.firstPublished(), item.lastPublished(), perDay, s.related(),
                        item.recentDocuments()));
            }
            return new StoryList(out, page.nextCursor());
        });
    }

    /** The outlet a document is shown under ("unknown outlet" when it names none). */
    public static String outletName(Document d) {
        return d.outlet() == null || d.outlet().isBlank() ? "unknown outlet" : d.outlet();
    }

    /** Documents that are not near-copies of one another: each chain of {@code duplicate_of} counts once. */
    public static int independent(Collection<String> docs, Map<String, String> duplicateOf) {
        Set<String> roots = new HashSet<>();
        for (String d : docs) {
            String r = d;
            Set<String> seen = new HashSet<>();
            while (duplicateOf.containsKey(r) && seen.add(r)) {
                r = duplicateOf.get(r);
            }
            roots.add(r);
        }
        return roots.size();
    }

    private static Map<String, Integer> byCount(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Story counts per outlet, most first (the listing's outlet filter). */
    public Map<String, Long> outlets() {
        return app.listings().outlets();
    }

    /** An entity for the listing's filter. */
    public record EntityOption(String id, String name, String type, long stories) {}

    /** The entities named by the most stories, at most {@code n}. */
    public List<EntityOption> topEntities(int n) {
        List<EntityOption> out = new ArrayList<>();
        for (Entities.EntityItem e : app.entities().list(null, null, null, Math.min(n, Listings.MAX_LIMIT)).items()) {
            out.add(new EntityOption(e.id(), e.name(), e.type(), e.stories()));
        }
        return out;
    }

    /** A story with its documents (as report-v1 has them), if the store holds it. */
    public Optional<Report> storyReport(String id) {
        return app.stories().storyReport(id);
    }

    /** The headlines of these stories (those the store holds). */
    public Map<String, String> headlines(Collection<String> ids) {
        return Sql.read(app.database(), c -> {
            Map<String, String> out = new LinkedHashMap<>();
            for (String id : ids) {
                String h = Sql.one(c, "SELECT headline FROM stories WHERE id = ?", r -> r.getString(1), id);
                if (h != null) {
                    out.put(id, h);
                }
            }
            return out;
        });
    }

    /** A stored document: what was posted and, once analysed, the report-v1 document and its story. */
    public record DocumentView(String id, String state, String note, String receivedAt, String url,
                               Document document, Story story) {}

    public Optional<DocumentView> document(String id) {
        return app.documents().document(id).map(r -> {
            Document d = r.analysedJson() == null ? null : Json.read(r.analysedJson(), Document.class);
            Story s = r.storyId() == null ? null : app.stories().story(r.storyId()).orElse(null);
            if (d == null) {
                d = new Document(r.id(), null, r.outlet(), r.title(), r.published(), false, "", List.of(), null);
            }
            return new DocumentView(r.id(), r.state(), r.note(), r.receivedAt().toString(), r.url(), d, s);
        });
    }

    /** The analysed documents with these ids, by id (for outlets, titles and dates beside quotes). */
    public Map<String, Document> documents(Collection<String> ids) {
        return Sql.read(app.database(), c -> {
            Map<String, Document> out = new HashMap<>();
            for (String id : new HashSet<>(ids)) {
                String json = Sql.one(c, "SELECT analysed_json FROM documents WHERE id = ? AND analysed_json IS NOT "
                        + "NULL", r -> r.getString(1), id);
                if (json != null) {
                    out.put(id, Json.read(json, Document.class));
                }
            }
            return out;
        });
    }

    /** One search hit; {@code highlights} are Lucene passages, HTML-escaped with matches in {@code <b>}. */
    public record Hit(String id, String story, String outlet, String title, String published,
                      List<String> highlights) {}

    public record Facet(String value, long count) {}

    /**
     * A search: the words and the drill-down filters (outlet, entity id or name, speaker, publication dates), each
     * null when not set.
     */
    public record SearchAsk(String q, String outlet, String entity, String speaker, String from, String to) {}

    /** Hits, and counts over every hit by outlet, entity, speaker and date (month, or day with {@code byDay}). */
    public record SearchResult(long total, List<Hit> hits, Map<String, List<Facet>> facets) {}

    /** The facet dimensions, in the order the search page shows them. */
    public static final List<String> FACETS = SearchFields.FACETS;

    /** Full-text search over the analysed documents, as {@code /v1/search} with every facet. */
    public SearchResult search(SearchAsk a, boolean byDay, int facetLimit, int offset, int limit) {
        try {
            SearchQuery sq = new SearchQuery(a.q(), a.outlet(), a.entity(), a.speaker(), a.from(), a.to());
            SearchIndex.Result r = app.index().search(sq, new SearchIndex.FacetRequest(FACETS, byDay, facetLimit),
                    offset, limit);
            List<Hit> hits = new ArrayList<>();
            r.hits().forEach(h -> hits.add(new Hit(h.id(), h.story(), h.outlet(), h.title(), h.published(),
                    h.highlights())));
            Map<String, List<Facet>> facets = new LinkedHashMap<>();
            for (String dim : FACETS) {
                List<Facet> list = new ArrayList<>();
                r.facets().getOrDefault(dim, List.of()).forEach(x -> list.add(new Facet(x.value(), x.count())));
                facets.put(dim, list);
            }
            return new SearchResult(r.total(), hits, facets);
        } catch (Listings.BadQuery e) {
            throw new BadRequest(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A quote and the story it is in. */
    public record StoryQuote(String story, String headline, Quote quote) {}

    /** An entity across stories: its stories (newest first) and what it said. */
    public record EntityView(String id, String name, String type, List<String> aliases, long storiesTotal,
                             List<EntityStory> stories, List<StoryQuote> quotes) {}

    public record EntityStory(String id, String headline, String lastPublished, int mentions) {}

    public Optional<EntityView> entity(String id) {
        return app.entities().entity(id).map(v -> {
            List<EntityStory> stories = new ArrayList<>();
            Map<String, String> headlines = new HashMap<>();
            for (Entities.EntityStory s : v.stories()) {
                stories.add(new EntityStory(s.id(), s.headline(), s.lastPublished(), s.entity().mentions()));
                headlines.put(s.id(), s.headline());
            }
            List<StoryQuote> quotes = new ArrayList<>();
            v.quotes().forEach(q -> quotes.add(new StoryQuote(q.story(), headlines.get(q.story()), q.quote())));
            return new EntityView(v.id(), v.name(), v.type(), v.aliases(), v.storiesTotal(), stories, quotes);
        });
    }

    /** How many quotes a speaker page reads at most. */
    public static final int MAX_SPEAKER_QUOTES = 1000;

    /** Every quote whose speaker is named {@code name} (any case), in story and quote id order. */
    public List<StoryQuote> quotesBy(String name) {
        List<Listings.QuoteItem> items = new ArrayList<>();
        String cursor = null;
        String lower = name.toLowerCase(Locale.ROOT);
        do {
            Listings.Page<Listings.QuoteItem> p = app.listings().quotes(name, null, cursor, Listings.MAX_LIMIT);
            for (Listings.QuoteItem q : p.items()) {
                if (q.quote().speaker() != null && q.quote().speaker().name().toLowerCase(Locale.ROOT).equals(lower)) {
                    items.add(q);
                }
            }
            cursor = p.nextCursor();
        } while (cursor != null && items.size() < MAX_SPEAKER_QUOTES);
        Set<String> storyIds = new HashSet<>();
        items.forEach(q -> storyIds.add(q.story()));
        Map<String, String> headlines = headlines(storyIds);
        List<StoryQuote> out = new ArrayList<>();
        items.forEach(q -> out.add(new StoryQuote(q.story(), headlines.get(q.story()), q.quote())));
        return out;
    }
}
