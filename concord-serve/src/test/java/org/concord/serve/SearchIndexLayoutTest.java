package org.concord.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.concord.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index says which analysis it reflects, and that it must be rebuilt when it was made with an older layout. */
class SearchIndexLayoutTest {
    @TempDir
    Path dir;

    @Test
    void anIndexOfAnOlderLayoutAsksForARebuild() throws Exception {
        try (FSDirectory d = FSDirectory.open(dir.resolve("old"));
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            // what the first layout committed: the analysis only
            w.setLiveCommitData(Map.of("concord.analysis", "7").entrySet());
            w.commit();
        }
        try (SearchIndex index = SearchIndex.open(dir.resolve("old"))) {
            assertEquals(-1, index.analysis(), "behind any store: rebuilt at start");
            Document doc = new Document("d1", null, "Wire", "Ferry", "2023-03-14", false, "The ferry strike.",
                    List.of(), null);
            index.rebuild(sink -> sink.accept(new SearchIndex.Entry("d1", doc, "s-1")), 7);
            assertEquals(7, index.analysis());
            assertEquals(1, index.search("ferry", null, 0, 10).total());
        }
        try (SearchIndex index = SearchIndex.open(dir.resolve("new"))) {
            assertEquals(0, index.analysis(), "a new index reflects no analysis");
        }
    }
}
