package org.concord.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.concord.model.Document;

/**
 * Full-text search over the analysed documents: a Lucene index under {@code DATA/index} (BM25, English analysis,
 * title boosted over text), highlighted passages (HTML-escaped, matches in {@code <b>}), drill-down filters
 * ({@link SearchQuery}) and counts by outlet, entity, speaker and publication day or month ({@code
 * SortedSetDocValues} facets; entities and speakers come from the document's story, {@link SearchFields}). The
 * index is derived from the store: each commit records the analysis it reflects and the index layout, and an index
 * behind the store or of an older layout (or missing, or damaged) is rebuilt from it when the server starts.
 */
final class SearchIndex implements AutoCloseable {
    private static final String ANALYSIS = "concord.analysis";
    /** The layout of the index: an index committed with another (or none) is rebuilt. 2: entity, speaker, date. */
    private static final String LAYOUT = "concord.index.layout";
    /** 3: the text is indexed with its offsets, so highlighting reads them instead of analysing the text again. */
    private static final String LAYOUT_VERSION = "3";
    /** A hit's fields that the answer reads (the stored text is read only by the highlighter). */
    private static final java.util.Set<String> HIT_FIELDS = java.util.Set.of("id", "story", "outlet", "title",
            "published");
    /** The text: stored for highlighting and feeds, its postings with offsets for the highlighter. */
    private static final org.apache.lucene.document.FieldType TEXT = textWithOffsets();

    private static org.apache.lucene.document.FieldType textWithOffsets() {
        org.apache.lucene.document.FieldType t = new org.apache.lucene.document.FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }
    private static final int MAX_OFFSET = 1000;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final FacetsConfig facets = facetsConfig();
    private final FSDirectory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final java.util.concurrent.atomic.AtomicReference<FacetState> facetState =
            new java.util.concurrent.atomic.AtomicReference<>();
    /**
     * Answers of the searches made since the index last changed (as Solr's query result cache and Elasticsearch's
     * request cache keep them): the same search again is answered without searching, highlighting and counting.
     * Emptied at every commit, before the new index is searched, so an answer never predates a change.
     */
    private final ResultCache results = new ResultCache(Integer.getInteger("concord.serve.searchCache", 2048));

    /** One hit: the document, its story, and up to two highlighted passages. */
    record Hit(String id, String story, String outlet, String title, String published, float score,
               List<String> highlights) {}

    record Facet(String value, long count) {}

    record Result(long total, List<Hit> hits, Map<String, List<Facet>> facets) {
        Result {
            hits = List.copyOf(hits); // answers are kept by the cache and shared between requests
            Map<String, List<Facet>> f = new LinkedHashMap<>();
            facets.forEach((k, v) -> f.put(k, List.copyOf(v)));
            facets = java.util.Collections.unmodifiableMap(f);
        }
    }

    /** Which facets to count: dimensions from {@link SearchFields#FACETS}, date buckets by day or month. */
    record FacetRequest(List<String> dimensions, boolean byDay, int limit) {
        static final FacetRequest OUTLET = new FacetRequest(List.of("outlet"), false, 20);
    }

    /** A document for a feed: newest first, with the start of its text. */
    record FeedItem(String id, String story, String outlet, String title, String published, String excerpt) {}

    private static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued("entity", true);
        c.setMultiValued("speaker", true);
        return c;
    }

    private SearchIndex(FSDirectory dir, IndexWriter writer) throws IOException {
        this.dir = dir;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens the index in {@code folder}, created if missing. */
    static SearchIndex open(Path folder) {
        try {
            FSDirectory d = FSDirectory.open(folder);
            IndexWriterConfig cfg = new IndexWriterConfig(new EnglishAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            return new SearchIndex(d, new IndexWriter(d, cfg));
        } catch (IOException e) {
            throw new Database.StoreException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The analysis the last commit reflects (0 when none; -1 when the index has another layout). */
    long analysis() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        long analysis = 0;
        boolean layout = false;
        boolean any = false;
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                any = true;
                if (e.getKey().equals(ANALYSIS)) {
                    analysis = Long.parseLong(e.getValue());
                } else if (e.getKey().equals(LAYOUT)) {
                    layout = e.getValue().equals(LAYOUT_VERSION);
                }
            }
        }
        return any && !layout ? -1 : analysis;
    }

    /** Replaces the whole index with {@code all} (each analysed document and its story), as of {@code analysis}. */
    void rebuild(Consumer<Consumer<Entry>> all, long analysis) throws IOException {
        writer.deleteAll();
        all.accept(e -> {
            try {
                writer.addDocument(luceneDoc(e));
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        });
        commit(analysis);
    }

    /** A document to index (with the story it is in and what it has from it), or a removed one (document null). */
    record Entry(String id, Document document, String story, SearchFields.FromStory fromStory) {
        Entry(String id, Document document, String story) {
            this(id, document, story, SearchFields.FromStory.NONE);
        }
    }

    /** Applies one analysis: each changed document re-indexed, or removed when it is no longer analysed. */
    void update(List<Entry> changed, long analysis) throws IOException {
        for (Entry e : changed) {
            if (e.document() == null) {
                writer.deleteDocuments(new Term("id", e.id()));
            } else {
                writer.updateDocument(new Term("id", e.id()), luceneDoc(e));
            }
        }
        commit(analysis);
    }

    private void commit(long analysis) throws IOException {
        Map<String, String> data = new java.util.TreeMap<>();
        data.put(ANALYSIS, Long.toString(analysis));
        data.put(LAYOUT, LAYOUT_VERSION);
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        results.clear(); // after the refresh: a search that began before it cannot store its answer (generation)
    }

    private org.apache.lucene.document.Document luceneDoc(Entry e) throws IOException {
        Document d = e.document();
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField("id", d.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField("id_sort", new BytesRef(d.id())));
        doc.add(new StringField("story", e.story() == null ? "" : e.story(), Field.Store.YES));
        if (d.outlet() != null && !d.outlet().isBlank()) {
            doc.add(new StringField("outlet", d.outlet(), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField("outlet", d.outlet()));
        }
        doc.add(new TextField("title", d.title() == null ? "" : d.title(), Field.Store.YES));
        doc.add(new Field("text", d.text(), TEXT));
        doc.add(new StringField("published", d.published() == null ? "" : d.published(), Field.Store.YES));
        java.time.LocalDate date = d.publishedDate();
        String day = date == null ? "" : date.toString();
        doc.add(new SortedDocValuesField(SearchFields.DATE_SORT, new BytesRef(day)));
        if (date != null) {
            doc.add(new StringField(SearchFields.DATE, day, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(SearchFields.DIM_DAY, day));
            doc.add(new SortedSetDocValuesFacetField(SearchFields.DIM_MONTH, day.substring(0, 7)));
        }
        SearchFields.FromStory from = e.fromStory() == null ? SearchFields.FromStory.NONE : e.fromStory();
        for (SearchFields.Named n : from.entities()) {
            doc.add(new StringField(SearchFields.ENTITY_KEY, n.id(), Field.Store.NO));
            doc.add(new StringField(SearchFields.ENTITY_KEY, SearchFields.key(n.name()), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField("entity", n.name()));
        }
        for (String sp : from.speakers()) {
            doc.add(new StringField(SearchFields.SPEAKER_KEY, SearchFields.key(sp), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField("speaker", sp));
        }
        return facets.build(doc);
    }

    /** Searches with the outlet filter only and counts by outlet (the first API's search). */
    Result search(String q, String outlet, int offset, int limit) throws IOException {
        return search(new SearchQuery(q, outlet, null, null, null, null), FacetRequest.OUTLET, offset, limit);
    }

    /**
     * Searches title and text (Lucene's classic query syntax; a bare query is words, all optional, ranked by BM25),
     * keeps what the filters allow, ties broken by document id so equal scores come in one order; counts the
     * requested facets over every hit (not only the page).
     * @throws Listings.BadQuery when the query cannot be parsed or the page is out of range
     */
    Result search(SearchQuery sq, FacetRequest fr, int offset, int limit) throws IOException {
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new Listings.BadQuery("offset must be between 0 and " + MAX_OFFSET + ", got " + offset);
        }
        ResultCache.Key key = new ResultCache.Key(sq, fr, offset, limit);
        long generation = results.generation();
        Result cached = results.get(key);
        if (cached != null) {
            return cached;
        }
        Result r = searchUncached(sq, fr, offset, limit);
        results.put(key, r, generation);
        return r;
    }

    /** How many searches the cache answered and how many it did not, since the start. */
    ResultCache.Stats cacheStats() {
        return results.stats();
    }

    private Result searchUncached(SearchQuery sq, FacetRequest fr, int offset, int limit) throws IOException {
        Query parsed = parse(sq.q());
        Query query = filtered(parsed, sq);
        IndexSearcher searcher = searchers.acquire();
        try {
            Sort sort = new Sort(SortField.FIELD_SCORE, new SortField("id_sort", SortField.Type.STRING));
            FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(searcher, query, offset + limit,
                    sort, true, new FacetsCollectorManager());
            TopDocs top = r.topDocs();
            ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
                    top.scoreDocs.length);
            TopDocs pageDocs = new TopDocs(top.totalHits, page);
            String[] passages = new String[page.length];
            if (sq.q() != null) {
                UnifiedHighlighter hl = UnifiedHighlighter.builder(searcher, analyzer)
                        .withFormatter(new DefaultPassageFormatter("<b>", "</b>", "… ", true)).build();
                passages = hl.highlight("text", parsed, pageDocs, 2);
            }
            List<Hit> hits = new ArrayList<>();
            org.apache.lucene.index.StoredFields stored = searcher.storedFields();
            for (int i = 0; i < page.length; i++) {
                org.apache.lucene.document.Document d = stored.document(page[i].doc, HIT_FIELDS);
                String pub = d.get("published");
                hits.add(new Hit(d.get("id"), emptyToNull(d.get("story")), d.get("outlet"), d.get("title"),
                        pub == null || pub.isEmpty() ? null : pub, Float.isNaN(page[i].score) ? 0 : page[i].score,
                        passages[i] == null ? List.of() : List.of(passages[i])));
            }
            Map<String, List<Facet>> counts = new LinkedHashMap<>();
            SortedSetDocValuesFacetCounts all = fr.dimensions().isEmpty() ? null : counter(searcher, r);
            for (String dim : fr.dimensions()) {
                counts.put(dim, facetCounts(all, dim, fr));
            }
            return new Result(top.totalHits.value, hits, counts);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The documents a search finds, newest publication first (undated last), then by id: for feeds. Relevance does
     * not order them; {@code q} null finds every document the filters allow.
     */
    List<FeedItem> newest(SearchQuery sq, int limit, int excerptChars) throws IOException {
        Query query = filtered(parse(sq.q()), sq);
        IndexSearcher searcher = searchers.acquire();
        try {
            Sort sort = new Sort(new SortField(SearchFields.DATE_SORT, SortField.Type.STRING, true),
                    new SortField("id_sort", SortField.Type.STRING));
            TopDocs top = searcher.search(query, limit, sort);
            List<FeedItem> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                org.apache.lucene.document.Document d = searcher.storedFields().document(sd.doc);
                String text = d.get("text") == null ? "" : d.get("text").strip();
                String excerpt = text.length() <= excerptChars ? text
                        : text.substring(0, text.offsetByCodePoints(0, Math.min(excerptChars,
                                text.codePointCount(0, text.length())))) + "…";
                out.add(new FeedItem(d.get("id"), emptyToNull(d.get("story")), d.get("outlet"), d.get("title"),
                        emptyToNull(d.get("published")), excerpt));
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    private Query parse(String q) {
        if (q == null) {
            return new MatchAllDocsQuery();
        }
        try {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "text"}, analyzer,
                    Map.of("title", 2f, "text", 1f));
            return parser.parse(q);
        } catch (ParseException | IllegalArgumentException e) {
            throw new Listings.BadQuery("q cannot be parsed: " + e.getMessage().lines().findFirst().orElse(""));
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            throw new Listings.BadQuery("q has too many terms");
        }
    }

    private static Query filtered(Query parsed, SearchQuery sq) {
        Query filter = sq.filterQuery();
        return filter == null ? parsed : new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER).build();
    }

    /**
     * The counts of one dimension: outlet, entity and speaker the {@code limit} largest (most first, then by
     * value); date every bucket (day or month) in calendar order.
     */
    /** The facet counts of the hits; null when no document has a facet value yet. */
    private SortedSetDocValuesFacetCounts counter(IndexSearcher searcher, FacetsCollectorManager.FacetsResult r)
            throws IOException {
        try {
            return new SortedSetDocValuesFacetCounts(facetState(searcher.getIndexReader()), r.facetsCollector());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The facet ordinals of a reader, made once per reader (they cost a pass over the values), not per search. */
    private DefaultSortedSetDocValuesReaderState facetState(org.apache.lucene.index.IndexReader reader)
            throws IOException {
        FacetState cached = facetState.get();
        if (cached != null && cached.reader() == reader) {
            return cached.state();
        }
        DefaultSortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, facets);
        facetState.set(new FacetState(reader, state));
        return state;
    }

    private record FacetState(org.apache.lucene.index.IndexReader reader, DefaultSortedSetDocValuesReaderState state) {}

    private static List<Facet> facetCounts(SortedSetDocValuesFacetCounts counts, String dim, FacetRequest fr)
            throws IOException {
        boolean date = dim.equals("date");
        String indexDim = date ? (fr.byDay() ? SearchFields.DIM_DAY : SearchFields.DIM_MONTH) : dim;
        List<Facet> out = new ArrayList<>();
        if (counts == null) {
            return out;
        }
        try {
            FacetResult res = date ? counts.getAllChildren(indexDim) : counts.getTopChildren(fr.limit(), indexDim);
            if (res != null) {
                for (LabelAndValue lv : res.labelValues) {
                    if (lv.value.longValue() > 0) {
                        out.add(new Facet(lv.label, lv.value.longValue()));
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            // no document has a value of this dimension yet: no counts
        }
        if (date) {
            out.sort(java.util.Comparator.comparing(Facet::value));
        } else {
            out.sort(java.util.Comparator.comparingLong((Facet f) -> -f.count()).thenComparing(Facet::value));
        }
        return out;
    }

    /** Documents in the index. */
    int size() throws IOException {
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            return r.numDocs();
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        dir.close();
    }
}
