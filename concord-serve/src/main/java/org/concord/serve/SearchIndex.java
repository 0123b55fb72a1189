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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.concord.model.Document;

/**
 * Full-text search over the analysed documents: a Lucene index under {@code DATA/index} (BM25, English analysis,
 * title boosted over text), highlighted passages (HTML-escaped, matches in {@code <b>}), and counts by outlet
 * ({@code SortedSetDocValues} facets). The index is derived from the store: each commit records the analysis it
 * reflects, and an index behind the store (or missing, or damaged) is rebuilt from it when the server starts.
 */
final class SearchIndex implements AutoCloseable {
    private static final String ANALYSIS = "concord.analysis";
    private static final int MAX_OFFSET = 1000;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final FacetsConfig facets = new FacetsConfig();
    private final FSDirectory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /** One hit: the document, its story, and up to two highlighted passages. */
    record Hit(String id, String story, String outlet, String title, String published, float score,
               List<String> highlights) {}

    record Facet(String value, long count) {}

    record Result(long total, List<Hit> hits, Map<String, List<Facet>> facets) {}

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

    /** The analysis the last commit reflects (0 when none). */
    long analysis() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(ANALYSIS)) {
                    return Long.parseLong(e.getValue());
                }
            }
        }
        return 0;
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

    /** A document to index (with the story it is in), or a removed one ({@code document} null). */
    record Entry(String id, Document document, String story) {}

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
        writer.setLiveCommitData(Map.of(ANALYSIS, Long.toString(analysis)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
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
        doc.add(new TextField("text", d.text(), Field.Store.YES));
        doc.add(new StringField("published", d.published() == null ? "" : d.published(), Field.Store.YES));
        return facets.build(doc);
    }

    /**
     * Searches title and text (Lucene's classic query syntax; a bare query is words, all optional, ranked by BM25),
     * ties broken by document id so equal scores come in one order. {@code outlet} (may be null) keeps one outlet.
     * @throws Listings.BadQuery when the query cannot be parsed or the page is out of range
     */
    Result search(String q, String outlet, int offset, int limit) throws IOException {
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new Listings.BadQuery("offset must be between 0 and " + MAX_OFFSET + ", got " + offset);
        }
        Query parsed;
        try {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "text"}, analyzer,
                    Map.of("title", 2f, "text", 1f));
            parsed = parser.parse(q);
        } catch (ParseException | IllegalArgumentException e) {
            throw new Listings.BadQuery("q cannot be parsed: " + e.getMessage().lines().findFirst().orElse(""));
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            throw new Listings.BadQuery("q has too many terms");
        }
        Query query = parsed;
        if (outlet != null) {
            query = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term("outlet", outlet)), BooleanClause.Occur.FILTER).build();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            Sort sort = new Sort(SortField.FIELD_SCORE, new SortField("id_sort", SortField.Type.STRING));
            FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(searcher, query, offset + limit,
                    sort, true, new FacetsCollectorManager());
            TopDocs top = r.topDocs();
            ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
                    top.scoreDocs.length);
            TopDocs pageDocs = new TopDocs(top.totalHits, page);
            UnifiedHighlighter hl = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<b>", "</b>", "… ", true)).build();
            String[] passages = hl.highlight("text", parsed, pageDocs, 2);
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                org.apache.lucene.document.Document d = searcher.storedFields().document(page[i].doc);
                String pub = d.get("published");
                hits.add(new Hit(d.get("id"), emptyToNull(d.get("story")), d.get("outlet"), d.get("title"),
                        pub == null || pub.isEmpty() ? null : pub, Float.isNaN(page[i].score) ? 0 : page[i].score,
                        passages[i] == null ? List.of() : List.of(passages[i])));
            }
            Map<String, List<Facet>> counts = new LinkedHashMap<>();
            counts.put("outlet", outletFacets(searcher, r));
            return new Result(top.totalHits.value, hits, counts);
        } finally {
            searchers.release(searcher);
        }
    }

    private List<Facet> outletFacets(IndexSearcher searcher, FacetsCollectorManager.FacetsResult r)
            throws IOException {
        List<Facet> out = new ArrayList<>();
        try {
            DefaultSortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(
                    searcher.getIndexReader(), facets);
            FacetResult fr = new SortedSetDocValuesFacetCounts(state, r.facetsCollector()).getTopChildren(20,
                    "outlet");
            if (fr != null) {
                for (LabelAndValue lv : fr.labelValues) {
                    out.add(new Facet(lv.label, lv.value.longValue()));
                }
            }
        } catch (IllegalArgumentException e) {
            // no document has an outlet yet: no facet
        }
        out.sort(java.util.Comparator.comparingLong((Facet f) -> -f.count()).thenComparing(Facet::value));
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
