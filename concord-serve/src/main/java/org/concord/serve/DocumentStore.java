package org.concord.serve;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Posted documents and the durable work queue. A post is one transaction: every document of a request is stored
 * and queued, or none is; it is acknowledged only after the commit.
 */
final class DocumentStore {
    static final String QUEUED = "queued";
    static final String ANALYSED = "analysed";
    static final String SKIPPED = "skipped";
    static final String FAILED = "failed";
    /** The outcome of work that applied corrections (it names no document). */
    static final String APPLIED = "applied";
    /** A posted document identical to the stored version: nothing new to analyse. */
    static final String UNCHANGED = "unchanged";

    private final Database db;
    private final Clock clock;

    DocumentStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What became of one posted document: {@link #QUEUED} (new, or a new version) or {@link #UNCHANGED}. */
    record Posted(String id, String state) {}

    /**
     * A queued version of a document, or ({@code documentId} null) a re-analysis asked for by the correction
     * {@code correctionId} (made or withdrawn; null for a document's work).
     */
    record WorkItem(long id, String documentId, int attempts, Long correctionId) {}

    /** One stored document (the report-v1 document in {@code analysedJson} once analysed, else null). */
    record Row(String id, String outlet, String title, String url, String published, Instant receivedAt,
               String state, String note, String storyId, String analysedJson, String inputJson) {}

    List<Posted> post(List<DocumentInput> docs) {
        return post(docs, (c, posted) -> { });
    }

    /** Work done in the transaction of a post, knowing what became of each document. */
    @FunctionalInterface
    interface AlsoInTx {
        void run(java.sql.Connection c, List<Posted> posted) throws SQLException;
    }

    /**
     * Stores and queues {@code docs} as {@link #post(List)} does, and runs {@code alsoInTx} in the same transaction
     * (a source's record of what it has delivered commits with the documents, or neither does).
     */
    List<Posted> post(List<DocumentInput> docs, AlsoInTx alsoInTx) {
        Instant now = clock.instant();
        return Sql.tx(db, c -> {
            List<Posted> out = new ArrayList<>();
            for (DocumentInput d : docs) {
                String sha = d.sha256();
                String was = Sql.one(c, "SELECT input_sha256 FROM documents WHERE id = ?", r -> r.getString(1),
                        d.id());
                if (sha.equals(was)) {
                    out.add(new Posted(d.id(), UNCHANGED));
                    continue;
                }
                Object[] fields = {d.outlet(), d.title(), d.url(), d.published(), d.json(), sha, now, QUEUED};
                if (was == null) {
                    Sql.update(c, "INSERT INTO documents (outlet, title, url, published, input_json, input_sha256, "
                            + "received_at, state, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", concat(fields, d.id()));
                } else {
                    Sql.update(c, "UPDATE documents SET outlet = ?, title = ?, url = ?, published = ?, input_json = ?, "
                            + "input_sha256 = ?, received_at = ?, state = ?, note = NULL WHERE id = ?",
                            concat(fields, d.id()));
                }
                Sql.update(c, "INSERT INTO work_queue (document_id, enqueued_at, attempts) VALUES (?, ?, 0)", d.id(),
                        now);
                out.add(new Posted(d.id(), QUEUED));
            }
            alsoInTx.run(c, out);
            return out;
        });
    }

    private static Object[] concat(Object[] a, Object last) {
        Object[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = last;
        return out;
    }

    Optional<Row> document(String id) {
        return Optional.ofNullable(Sql.read(db, c -> Sql.one(c, "SELECT * FROM documents WHERE id = ?",
                DocumentStore::row, id)));
    }

    private static Row row(java.sql.ResultSet r) throws SQLException {
        return new Row(r.getString("id"), r.getString("outlet"), r.getString("title"), r.getString("url"),
                r.getString("published"), Sql.instant(r, "received_at"), r.getString("state"), r.getString("note"),
                r.getString("story_id"), r.getString("analysed_json"), r.getString("input_json"));
    }

    /** The oldest open work, at most {@code limit} items. */
    List<WorkItem> openWork(int limit) {
        return Sql.read(db, c -> Sql.list(c, "SELECT id, document_id, attempts, correction_id FROM work_queue WHERE "
                + "done_at IS NULL ORDER BY id LIMIT ?", r -> new WorkItem(r.getLong(1), r.getString(2), r.getInt(3),
                r.getObject(4) == null ? null : r.getLong(4)), limit));
    }

    /** Closes work that needed no analysis (corrections with nothing analysed yet to apply them to). */
    void closeWithoutAnalysis(List<WorkItem> items) {
        Instant now = clock.instant();
        Sql.tx(db, c -> {
            for (WorkItem w : items) {
                Sql.update(c, "UPDATE work_queue SET done_at = ?, attempts = ?, outcome = ? WHERE id = ?", now,
                        w.attempts() + 1, APPLIED, w.id());
            }
            return null;
        });
    }

    /** The posted inputs of these documents, by id (a document deleted since is absent). */
    Map<String, DocumentInput> inputs(List<String> ids) {
        return Sql.read(db, c -> {
            Map<String, DocumentInput> out = new LinkedHashMap<>();
            for (String id : ids) {
                String json = Sql.one(c, "SELECT input_json FROM documents WHERE id = ?", r -> r.getString(1), id);
                if (json != null) {
                    out.put(id, DocumentInput.fromJson(json));
                }
            }
            return out;
        });
    }

    /**
     * A failed attempt at these work items: the error is kept, and an item that failed {@code maxAttempts} times
     * is closed ({@code outcome} failed) and its document marked failed with the reason.
     */
    void failed(List<WorkItem> items, String error, int maxAttempts) {
        Instant now = clock.instant();
        Sql.tx(db, c -> {
            for (WorkItem w : items) {
                int attempts = w.attempts() + 1;
                if (attempts >= maxAttempts) {
                    Sql.update(c, "UPDATE work_queue SET attempts = ?, last_error = ?, done_at = ?, outcome = ? "
                            + "WHERE id = ?", attempts, error, now, FAILED, w.id());
                    Sql.update(c, "UPDATE documents SET state = ?, note = ? WHERE id = ? AND state = ?", FAILED,
                            "analysis failed " + attempts + " times: " + error, w.documentId(), QUEUED);
                } else {
                    Sql.update(c, "UPDATE work_queue SET attempts = ?, last_error = ? WHERE id = ?", attempts, error,
                            w.id());
                }
            }
            return null;
        });
    }

    /** Open work items (the queue's depth). */
    long queueDepth() {
        return Sql.read(db, c -> Sql.count(c, "SELECT COUNT(*) FROM work_queue WHERE done_at IS NULL"));
    }

    /** Documents by state. */
    Map<String, Long> countsByState() {
        return Sql.read(db, c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            for (String s : List.of(QUEUED, ANALYSED, SKIPPED, FAILED)) {
                out.put(s, 0L);
            }
            for (Object[] r : Sql.list(c, "SELECT state, COUNT(*) FROM documents GROUP BY state",
                    r -> new Object[] {r.getString(1), r.getLong(2)})) {
                out.put((String) r[0], (Long) r[1]);
            }
            return out;
        });
    }

    /** The search index's view of a document: the analysed document and its story, or none (not analysed). */
    SearchIndex.Entry entry(String id) {
        return Sql.read(db, c -> {
            SearchIndex.Entry e = Sql.one(c, "SELECT d.analysed_json, d.story_id, s.story_json FROM documents d "
                    + "LEFT JOIN stories s ON s.id = d.story_id WHERE d.id = ? AND d.analysed_json IS NOT NULL",
                    r -> indexEntry(id, r.getString(1), r.getString(2), r.getString(3) == null ? null
                            : Json.read(r.getString(3), org.concord.model.Story.class)), id);
            return e == null ? new SearchIndex.Entry(id, null, null) : e;
        });
    }

    /** The ids of the documents of these stories (for indexing again what a re-analysed story labels them with). */
    java.util.Set<String> documentsOf(java.util.Collection<String> stories) {
        return Sql.read(db, c -> {
            java.util.Set<String> out = new java.util.TreeSet<>();
            for (String s : stories) {
                out.addAll(Sql.list(c, "SELECT id FROM documents WHERE story_id = ?", r -> r.getString(1), s));
            }
            return out;
        });
    }

    private static SearchIndex.Entry indexEntry(String id, String analysedJson, String story,
                                                org.concord.model.Story s) {
        org.concord.model.Document d = analysedJson == null ? null
                : Json.read(analysedJson, org.concord.model.Document.class);
        return new SearchIndex.Entry(id, d, story, SearchFields.fromStory(s, id));
    }

    /** Every analysed document, by story then id, streamed (for rebuilding the search index). */
    void forEachAnalysed(java.util.function.Consumer<SearchIndex.Entry> sink) {
        Sql.read(db, c -> {
            String storyId = null;
            org.concord.model.Story story = null;
            try (java.sql.PreparedStatement p = Sql.prepare(c, "SELECT id, analysed_json, story_id FROM documents "
                    + "WHERE analysed_json IS NOT NULL ORDER BY story_id, id"); java.sql.ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String sid = r.getString(3);
                    if (sid != null && !sid.equals(storyId)) {
                        storyId = sid;
                        story = Sql.one(c, "SELECT story_json FROM stories WHERE id = ?",
                                x -> Json.read(x.getString(1), org.concord.model.Story.class), sid);
                    }
                    sink.accept(indexEntry(r.getString(1), r.getString(2), sid, sid == null ? null : story));
                }
            }
            return null;
        });
    }
}
