package org.concord.serve;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.concord.model.Document;
import org.concord.model.Entity;
import org.concord.model.Provenance;
import org.concord.model.Quote;
import org.concord.model.Report;
import org.concord.model.Skipped;
import org.concord.model.Story;
import org.concord.model.SummarySentence;
import org.concord.pipeline.Analysis;

/**
 * Analyses, stories and quotes: the current report, kept as rows (one report-v1 story JSON per story), written
 * back by the worker in the same transaction that closes the work it analysed.
 */
final class StoryStore {
    private final Database db;
    private final Clock clock;

    StoryStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What one commit changed: the documents whose analysis or story changed, and the stories written or removed. */
    record Committed(long analysisId, Set<String> documents, Set<String> stories, Set<String> removedStories) {}

    /** The report the store holds (documents analysed so far, stories in report order), or null when empty. */
    Report currentReport() {
        return Sql.read(db, c -> {
            List<Document> docs = new ArrayList<>(Sql.list(c, "SELECT analysed_json FROM documents WHERE "
                    + "analysed_json IS NOT NULL ORDER BY id", r -> Json.read(r.getString(1), Document.class)));
            if (docs.isEmpty()) {
                return null;
            }
            docs.sort(java.util.Comparator.comparing(Document::id)); // by id as Java orders it, whatever the collation
            List<Story> stories = Sql.list(c, "SELECT story_json FROM stories ORDER BY rank_in_report, id",
                    r -> Json.read(r.getString(1), Story.class));
            String prov = Sql.one(c, "SELECT provenance_json FROM analyses ORDER BY id DESC LIMIT 1",
                    r -> r.getString(1));
            return new Report(docs, stories, List.of(), prov == null ? null : Json.read(prov, Provenance.class));
        });
    }

    /**
     * The report {@link #currentReport()} reads back once {@code report} is committed (documents by id, stories in
     * report order, no skipped entries), or null when it has no document: what the worker keeps between rounds.
     */
    static Report asStored(Report report) {
        if (report.documents().isEmpty()) {
            return null;
        }
        List<Document> docs = new ArrayList<>(report.documents());
        docs.sort(java.util.Comparator.comparing(Document::id));
        return new Report(docs, report.stories(), List.of(), report.analysis());
    }

    /** The id of the latest analysis in the store (0 when none). */
    long lastAnalysis() {
        return Sql.read(db, c -> Sql.count(c, "SELECT COALESCE(MAX(id), 0) FROM analyses"));
    }

    /**
     * Stores the result of one analysis and closes the work it covered, in one transaction. {@code previous} is
     * the report the analysis continued (null if none); only what differs from it is written.
     */
    Committed commit(Report previous, Analysis analysis, double seconds, List<DocumentStore.WorkItem> work) {
        Report report = analysis.report();
        Instant now = clock.instant();
        return Sql.tx(db, c -> {
            long analysisId;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO analyses (finished_at, provenance_json, "
                    + "document_count, annotated, stories_analysed, stories_reused, seconds) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                p.setTimestamp(1, java.sql.Timestamp.from(now));
                p.setString(2, Sql.storable(Json.write(report.analysis())));
                p.setInt(3, report.documents().size());
                p.setLong(4, analysis.counts().annotated());
                p.setInt(5, analysis.counts().storiesAnalysed());
                p.setInt(6, analysis.counts().storiesReused());
                p.setDouble(7, seconds);
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    analysisId = keys.getLong(1);
                }
            }
            Map<String, String> storyOf = new HashMap<>();
            for (Story s : report.stories()) {
                s.documents().forEach(d -> storyOf.put(d, s.id()));
            }
            Map<String, Document> before = new HashMap<>();
            Map<String, String> storyBefore = new HashMap<>();
            Map<String, Story> storiesBefore = new HashMap<>();
            Map<String, Integer> rankBefore = new HashMap<>();
            if (previous != null) {
                previous.documents().forEach(d -> before.put(d.id(), d));
                for (int i = 0; i < previous.stories().size(); i++) {
                    Story s = previous.stories().get(i);
                    storiesBefore.put(s.id(), s);
                    rankBefore.put(s.id(), i);
                    s.documents().forEach(d -> storyBefore.put(d, s.id()));
                }
            }
            Set<String> batch = new HashSet<>();
            work.stream().filter(w -> w.documentId() != null).forEach(w -> batch.add(w.documentId()));
            Set<String> changedDocs = new TreeSet<>();
            Map<String, Document> byId = new HashMap<>();
            for (Document d : report.documents()) {
                byId.put(d.id(), d);
                String story = storyOf.get(d.id());
                if (batch.contains(d.id()) || !d.equals(before.get(d.id()))
                        || !java.util.Objects.equals(story, storyBefore.get(d.id()))) {
                    Sql.update(c, "UPDATE documents SET analysed_json = ?, story_id = ?, state = ?, note = NULL, "
                            + "analysis_id = ? WHERE id = ?", Json.write(d), story, DocumentStore.ANALYSED,
                            analysisId, d.id());
                    changedDocs.add(d.id());
                }
            }
            Map<String, String> reasons = new HashMap<>();
            for (Skipped s : report.skipped()) {
                reasons.putIfAbsent(s.source(), s.reason());
            }
            for (String id : batch) {
                if (!byId.containsKey(id)) {
                    String reason = reasons.getOrDefault(DocumentInput.BASE + "/" + id, reasonFor(id, reasons));
                    Sql.update(c, "UPDATE documents SET state = ?, note = ?, analysis_id = ? WHERE id = ?",
                            DocumentStore.SKIPPED, reason, analysisId, id);
                    changedDocs.add(id);
                }
            }
            Set<String> written = new TreeSet<>();
            Set<String> removed = new TreeSet<>(storiesBefore.keySet());
            for (int i = 0; i < report.stories().size(); i++) {
                Story s = report.stories().get(i);
                removed.remove(s.id());
                if (s.equals(storiesBefore.get(s.id()))) {
                    // unchanged; a story made or grown before it moves its place in the report: only the rank is
                    // written, and the story is not one the search index reads again
                    if (!Integer.valueOf(i).equals(rankBefore.get(s.id()))) {
                        Sql.update(c, "UPDATE stories SET rank_in_report = ? WHERE id = ?", i, s.id());
                    }
                    continue;
                }
                deleteStory(c, s.id());
                insertStory(c, s, i, analysisId, byId);
                written.add(s.id());
            }
            for (String id : removed) {
                deleteStory(c, id);
            }
            for (DocumentStore.WorkItem w : work) {
                Sql.update(c, "UPDATE work_queue SET done_at = ?, attempts = ?, outcome = ? WHERE id = ?", now,
                        w.attempts() + 1, w.documentId() == null ? DocumentStore.APPLIED
                                : byId.containsKey(w.documentId()) ? DocumentStore.ANALYSED : DocumentStore.SKIPPED,
                        w.id());
            }
            // a newer version posted while this one was analysed is queued again (only the documents whose state
            // this commit wrote can have been marked analysed over open work; one indexed look-up each)
            for (String id : changedDocs) {
                Sql.update(c, "UPDATE documents SET state = ? WHERE id = ? AND EXISTS (SELECT 1 FROM work_queue "
                        + "WHERE document_id = ? AND done_at IS NULL)", DocumentStore.QUEUED, id, id);
            }
            return new Committed(analysisId, changedDocs, written, removed);
        });
    }

    /** The reason a document of the batch was left out: the skipped entry whose source names it, if any. */
    private static String reasonFor(String id, Map<String, String> reasons) {
        for (Map.Entry<String, String> e : reasons.entrySet()) {
            if (e.getKey().equals(id) || e.getKey().endsWith("/" + id)) {
                return e.getValue();
            }
        }
        return "not analysed (no text left after cleaning, or a budget was spent)";
    }

    private static void deleteStory(Connection c, String id) throws SQLException {
        Sql.update(c, "DELETE FROM stories WHERE id = ?", id);
        Sql.update(c, "DELETE FROM story_outlets WHERE story_id = ?", id);
        Sql.update(c, "DELETE FROM quotes WHERE story_id = ?", id);
        Sql.update(c, "DELETE FROM entities WHERE story_id = ?", id);
    }

    private static void insertEntities(Connection c, Story s) throws SQLException {
        for (Entity e : s.entities()) {
            Sql.update(c, "INSERT INTO entities (story_id, entity_id, name, name_lower, entity_type, mentions, "
                    + "entity_json) VALUES (?, ?, ?, ?, ?, ?, ?)", s.id(), e.id(), e.name(),
                    e.name().toLowerCase(Locale.ROOT), e.type().json(), e.mentions(), Json.write(e));
        }
    }

    /**
     * Fills the entity rows of stories stored before the store had them (version 1): when there are stories but no
     * entity row at all. Whether it did.
     */
    boolean backfillEntities() {
        return Sql.tx(db, c -> {
            if (Sql.count(c, "SELECT COUNT(*) FROM entities") > 0
                    || Sql.count(c, "SELECT COUNT(*) FROM stories") == 0) {
                return false;
            }
            for (Story s : Sql.list(c, "SELECT story_json FROM stories ORDER BY id",
                    r -> Json.read(r.getString(1), Story.class))) {
                insertEntities(c, s);
            }
            return true;
        });
    }

    static void insertStory(Connection c, Story s, int rank, long analysisId, Map<String, Document> docs)
            throws SQLException {
        String first = "";
        String last = "";
        Set<String> outlets = new TreeSet<>();
        for (String id : s.documents()) {
            Document d = docs.get(id);
            if (d == null) {
                continue;
            }
            if (d.outlet() != null && !d.outlet().isBlank()) {
                outlets.add(d.outlet());
            }
            String p = d.published() == null ? "" : d.published();
            if (!p.isEmpty() && (first.isEmpty() || p.compareTo(first) < 0)) {
                first = p;
            }
            if (p.compareTo(last) > 0) {
                last = p;
            }
        }
        StringBuilder search = new StringBuilder(s.headline() == null ? "" : s.headline());
        for (SummarySentence x : s.summary()) {
            search.append('\n').append(x.text());
        }
        for (Entity e : s.entities()) {
            search.append('\n').append(e.name());
        }
        Sql.update(c, "INSERT INTO stories (id, headline, story_json, search_text, document_count, first_published, "
                + "last_published, rank_in_report, analysis_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", s.id(),
                s.headline(), Json.write(s), search.toString().toLowerCase(Locale.ROOT), s.documents().size(), first,
                last, rank, analysisId);
        for (String o : outlets) {
            Sql.update(c, "INSERT INTO story_outlets (story_id, outlet) VALUES (?, ?)", s.id(), o);
        }
        insertEntities(c, s);
        for (Quote q : s.quotes()) {
            String speaker = q.speaker() == null ? null : q.speaker().name();
            Sql.update(c, "INSERT INTO quotes (story_id, quote_id, speaker, speaker_lower, text_lower, quote_json) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", s.id(), q.id(), speaker,
                    speaker == null ? null : speaker.toLowerCase(Locale.ROOT), q.text().toLowerCase(Locale.ROOT),
                    Json.write(q));
        }
    }

    /** A story's report-v1 JSON text as stored, if the store holds that story. */
    Optional<String> storyJson(String id) {
        return Optional.ofNullable(Sql.read(db, c -> Sql.one(c, "SELECT story_json FROM stories WHERE id = ?",
                r -> r.getString(1), id)));
    }

    /** A story's report-v1 JSON, if the store holds that story. */
    Optional<Story> story(String id) {
        return Optional.ofNullable(Sql.read(db, c -> Sql.one(c, "SELECT story_json FROM stories WHERE id = ?",
                r -> Json.read(r.getString(1), Story.class), id)));
    }

    /** The report of one story: its documents, the story, and how it was made. */
    Optional<Report> storyReport(String id) {
        return story(id).map(s -> Sql.read(db, c -> {
            List<Document> docs = new ArrayList<>();
            for (String d : s.documents()) {
                String json = Sql.one(c, "SELECT analysed_json FROM documents WHERE id = ?", r -> r.getString(1), d);
                if (json != null) {
                    docs.add(Json.read(json, Document.class));
                }
            }
            String prov = Sql.one(c, "SELECT a.provenance_json FROM analyses a JOIN stories s ON s.analysis_id = a.id "
                    + "WHERE s.id = ?", r -> r.getString(1), id);
            return new Report(docs, List.of(s), List.of(), prov == null ? null : Json.read(prov, Provenance.class));
        }));
    }

    /** Stories, analyses and the latest analysis id, for /health and /metrics. */
    record Totals(long stories, long quotes, long analyses, long lastAnalysis, double analysisSeconds) {}

    Totals totals() {
        return Sql.read(db, c -> new Totals(Sql.count(c, "SELECT COUNT(*) FROM stories"),
                Sql.count(c, "SELECT COUNT(*) FROM quotes"), Sql.count(c, "SELECT COUNT(*) FROM analyses"),
                Sql.count(c, "SELECT COALESCE(MAX(id), 0) FROM analyses"),
                Sql.one(c, "SELECT COALESCE(SUM(seconds), 0) FROM analyses", r -> r.getDouble(1))));
    }
}
