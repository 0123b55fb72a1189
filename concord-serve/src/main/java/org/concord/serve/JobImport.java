package org.concord.serve;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.concord.annotate.TextAnnotator;
import org.concord.model.Document;
import org.concord.model.Provenance;
import org.concord.model.Report;
import org.concord.model.Story;
import org.concord.pipeline.Concord;

/**
 * {@code concord serve --import DIR}: loads the output of the Spark job ({@link JobOutput}) into an empty store as
 * its analysis, without annotating anything: the report's documents become analysed documents, its stories the
 * stored stories (with their quotes and entities), and its provenance that of the store's first analysis. The
 * worker then continues that report as it continues its own: a document posted later joins through
 * {@code Concord.update}, and only the stories it touches are analysed again.
 *
 * <ul>
 *   <li>One transaction: a failure stores nothing.</li>
 *   <li>Idempotent: the SHA-256 of the imported {@code report.json} is kept ({@code imports} table), and the same
 *       report imported again changes nothing, also after later posts have changed the stored analysis.</li>
 *   <li>Into an empty store only: a store that holds documents (posted, or another import) is refused, since two
 *       analyses merged by id could leave a document in two stories and stories that no analysis made.</li>
 * </ul>
 *
 * <p>Each document is also stored as an input ({@code input_json}: id, URL when its source is one, outlet, title,
 * the date when it was not inferred, and the cleaned text), as if posted, so the store's documents all have one.
 * The search index is rebuilt from the store after the import.
 */
public final class JobImport {
    /** The note of an imported document (GET /v1/documents/{id}) until a later analysis rewrites it. */
    static final String NOTE = "imported from the output of a Spark job";
    private static final int BATCH = 500;

    private JobImport() {
    }

    /** What an import did. */
    public enum Outcome {
        /** The report is now the store's analysis. */
        IMPORTED,
        /** The store had imported this report before: nothing changed. */
        ALREADY_IMPORTED
    }

    /** The outcome, the report's documents and stories, and the analysis the import is stored as. */
    public record Result(Outcome outcome, int documents, int stories, long analysisId, Instant importedAt) {}

    /**
     * Imports the job output in {@code dir} into the store {@code config} names (opened, migrated and closed here;
     * call it before {@link ServeApp#start}). {@code annotator} is the one the server will run: when the report was
     * made under other settings (annotator, summary length, Concord version) the log says that the first round
     * after a post analyses every story again.
     * @throws ImportException when the folder is not a job output this version can import, or the store holds
     *     other documents; the message names the file (or the store) and the reason, and the store is unchanged
     * @throws Database.StoreException when the store cannot be opened or written (nothing is stored)
     */
    public static Result run(ServeConfig config, Path dir, TextAnnotator annotator, Consumer<String> log) {
        JobOutput out = JobOutput.read(dir);
        Report report = out.report();
        Provenance here = new Provenance(Concord.ENGINE_VERSION, annotator.version(), config.summaryWords(),
                Provenance.IDS, List.of(), org.concord.quote.QuoteStep.defaultMinConfidence());
        try (Database db = config.openDatabase()) {
            Result r = store(db, out, Clock.systemUTC());
            if (r.outcome() == Outcome.ALREADY_IMPORTED) {
                log.accept(String.format(Locale.ROOT, "import: %s was imported on %s (analysis %d): nothing "
                        + "changed", dir, r.importedAt().truncatedTo(ChronoUnit.SECONDS),
                        r.analysisId()));
                return r;
            }
            log.accept(String.format(Locale.ROOT, "import: %d documents and %d stories from %s stored as analysis %d"
                    + "%s", r.documents(), r.stories(), dir, r.analysisId(), report.skipped().isEmpty() ? ""
                    : " (" + report.skipped().size() + " inputs the job skipped are listed in its skipped.jsonl, "
                    + "not stored)"));
            if (!here.sameSettings(report.analysis())) {
                log.accept("import: the report was made under other settings (" + describe(report.analysis())
                        + ") than this server's (" + describe(here) + "): the first analysis after a post "
                        + "analyses every story again");
            }
            try (SearchIndex index = SearchIndex.open(config.indexDir())) {
                index.rebuild(new DocumentStore(db, Clock.systemUTC())::forEachAnalysed, r.analysisId());
                log.accept("search index: " + r.documents() + " imported documents indexed");
            } catch (IOException | RuntimeException e) {
                // derived data: the server rebuilds an index that is behind the store when it starts
                log.accept("search index: not rebuilt after the import (" + e.getMessage()
                        + "); it is rebuilt when the server starts");
            }
            return r;
        }
    }

    private static String describe(Provenance p) {
        return p == null ? "none recorded" : String.format(Locale.ROOT, "Concord %s, annotator %s, %d summary words, "
                + "ids %s", p.concord(), p.annotator(), p.summaryWords(), p.ids());
    }

    /** The import's transaction: refused, a no-op, or every row of the report written. */
    static Result store(Database db, JobOutput out, Clock clock) {
        Report report = out.report();
        Instant now = clock.instant();
        return Sql.tx(db, c -> {
            Result before = Sql.one(c, "SELECT analysis_id, document_count, story_count, imported_at FROM imports "
                    + "WHERE report_sha256 = ?", r -> new Result(Outcome.ALREADY_IMPORTED, r.getInt(2), r.getInt(3),
                    r.getLong(1), Sql.instant(r, "imported_at")), out.sha256());
            if (before != null) {
                return before;
            }
            long held = Sql.count(c, "SELECT COUNT(*) FROM documents");
            if (held > 0) {
                long imports = Sql.count(c, "SELECT COUNT(*) FROM imports");
                throw new ImportException(String.format(Locale.ROOT, "%s: the store already holds %d documents%s; "
                        + "--import loads a job's output into an empty store only (a new --data folder or "
                        + "database), so that no document ends up in stories of two analyses; nothing was imported",
                        out.dir(), held, imports > 0 ? " (from an import of another report)" : ""));
            }
            long analysisId = Sql.insert(c, "INSERT INTO analyses (finished_at, provenance_json, document_count, "
                    + "annotated, stories_analysed, stories_reused, seconds) VALUES (?, ?, ?, ?, ?, ?, ?)", now,
                    Json.write(report.analysis()), report.documents().size(), 0L, 0, 0, 0.0);
            Map<String, String> storyOf = new HashMap<>();
            for (Story s : report.stories()) {
                s.documents().forEach(d -> storyOf.put(d, s.id()));
            }
            insertDocuments(c, report.documents(), storyOf, analysisId, now);
            Map<String, Document> byId = new HashMap<>();
            report.documents().forEach(d -> byId.put(d.id(), d));
            for (int i = 0; i < report.stories().size(); i++) {
                StoryStore.insertStory(c, report.stories().get(i), i, analysisId, byId);
            }
            Sql.update(c, "INSERT INTO imports (report_sha256, source_dir, document_count, story_count, analysis_id, "
                    + "imported_at) VALUES (?, ?, ?, ?, ?, ?)", out.sha256(),
                    out.dir().toAbsolutePath().normalize().toString(), report.documents().size(),
                    report.stories().size(), analysisId, now);
            return new Result(Outcome.IMPORTED, report.documents().size(), report.stories().size(), analysisId, now);
        });
    }

    private static void insertDocuments(Connection c, List<Document> docs, Map<String, String> storyOf,
                                        long analysisId, Instant now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO documents (id, outlet, title, url, published, "
                + "input_json, input_sha256, received_at, state, note, analysed_json, story_id, analysis_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Document d : docs) {
                DocumentInput in = input(d);
                Sql.bind(p, d.id(), in.outlet(), in.title(), in.url(), in.published(), in.json(), in.sha256(), now,
                        DocumentStore.ANALYSED, NOTE, Json.write(d), storyOf.get(d.id()), analysisId);
                p.addBatch();
                if (++pending == BATCH) {
                    p.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                p.executeBatch();
            }
        }
    }

    /** The document as a posted input would be: what the store keeps of every document. */
    static DocumentInput input(Document d) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", d.id());
        if (d.source() != null && (d.source().startsWith("http://") || d.source().startsWith("https://"))) {
            o.put("url", d.source());
        }
        putIfPresent(o, "outlet", d.outlet());
        putIfPresent(o, "title", d.title());
        if (!d.publishedInferred()) {
            putIfPresent(o, "published", d.published());
        }
        o.put("text", d.text());
        return DocumentInput.parseBody(o.toString(), Integer.MAX_VALUE).get(0);
    }

    private static void putIfPresent(ObjectNode o, String field, String value) {
        if (value != null && !value.isBlank()) {
            o.put(field, value);
        }
    }

    /** A job output that cannot be imported, or a store that cannot take it: the message names which and why. */
    public static final class ImportException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ImportException(String message) {
            super(message);
        }
    }
}
