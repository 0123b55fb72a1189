package org.concord.serve;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.concord.cluster.Corrections;

/**
 * Corrections, audited: the token that made each and when. Grouping corrections (merge, split, move, pin by
 * document id) are given to every analysis round, in the order they were made, so each re-analysis applies them
 * again; speaker corrections ({@link SpeakerFixes}) are applied to every report the worker stores. Posting
 * corrections queues a re-analysis (work naming the correction), so they show without new documents.
 */
final class CorrectionStore {
    static final String SPEAKER = "speaker";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private final Database db;
    private final Clock clock;

    CorrectionStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * One correction as posted and stored: {@code op} merge, split, move, pin (with {@code documents}; move: the
     * document, then the one whose story it joins) or speaker (with {@code quote} and {@code speaker}, null for
     * none). {@code id}, {@code createdBy} and {@code createdAt} are set once stored; {@code withdrawnBy} and
     * {@code withdrawnAt} once it is withdrawn (null while it is in force).
     */
    record Correction(Long id, String op, List<String> documents, String quote, String speaker, String createdBy,
                      String createdAt, String withdrawnBy, String withdrawnAt) {
        Correction {
            documents = List.copyOf(documents);
        }

        /** A correction as parsed, not yet stored. */
        static Correction parsed(String op, List<String> documents, String quote, String speaker) {
            return new Correction(null, op, documents, quote, speaker, null, null, null, null);
        }
    }

    /** A correction that cannot be withdrawn: none has that id (404), or it was withdrawn before (409). */
    static final class NotWithdrawable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        NotWithdrawable(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /** A body that holds invalid corrections: every problem, one line each (answered 400). */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<String> errors;

        Invalid(List<String> errors) {
            super(String.join("; ", errors));
            this.errors = List.copyOf(errors);
        }

        List<String> errors() {
            return errors;
        }
    }

    /** The corrections of a body: one object, or an array of them. */
    static List<Correction> parse(JsonNode body) {
        List<JsonNode> items = new ArrayList<>();
        if (body != null && body.isArray()) {
            body.forEach(items::add);
        } else if (body != null) {
            items.add(body);
        }
        List<String> errors = new ArrayList<>();
        List<Correction> out = new ArrayList<>();
        if (items.isEmpty()) {
            errors.add("no correction in the body");
        }
        for (int i = 0; i < items.size(); i++) {
            String where = items.size() == 1 ? "the correction" : "correction " + (i + 1);
            JsonNode n = items.get(i);
            if (!n.isObject()) {
                errors.add(where + " is not a JSON object");
                continue;
            }
            String op = n.path("op").isTextual() ? n.get("op").asText() : "";
            switch (op) {
                case "merge", "split", "pin" -> {
                    List<String> docs = new ArrayList<>();
                    for (JsonNode d : n.path("documents")) {
                        if (d.isTextual() && !d.asText().isBlank()) {
                            docs.add(d.asText());
                        }
                    }
                    int least = op.equals("merge") ? 2 : 1;
                    if (!n.path("documents").isArray() || docs.size() != n.path("documents").size()
                            || new TreeSet<>(docs).size() < least) {
                        errors.add(where + ": '" + op + "' needs \"documents\", an array of at least " + least
                                + " different document ids");
                    } else {
                        out.add(Correction.parsed(op, docs, null, null));
                    }
                }
                case "move" -> {
                    String doc = text(n, "document");
                    String to = text(n, "to");
                    if (doc == null || to == null || doc.equals(to)) {
                        errors.add(where + ": 'move' needs \"document\" and \"to\", two different document ids");
                    } else {
                        out.add(Correction.parsed(op, List.of(doc, to), null, null));
                    }
                }
                case SPEAKER -> {
                    String quote = text(n, "quote");
                    JsonNode sp = n.get("speaker");
                    if (quote == null || sp == null || !(sp.isNull() || sp.isTextual() && !sp.asText().isBlank())) {
                        errors.add(where + ": 'speaker' needs \"quote\" (a quote id) and \"speaker\" (a name, or "
                                + "null for none)");
                    } else if (sp.isTextual() && sp.asText().strip().length() > 1000) {
                        errors.add(where + ": \"speaker\" is longer than 1000 characters");
                    } else {
                        out.add(Correction.parsed(op, List.of(), quote, sp.isNull() ? null : sp.asText().strip()));
                    }
                }
                default -> errors.add(where + ": \"op\" must be merge, split, move, pin or speaker, got '" + op
                        + "'");
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() && v.asText().length() <= 600 ? v.asText() : null;
    }

    /**
     * Stores {@code corrections} made by the token {@code by}, and queues one re-analysis, in one transaction: all
     * or none. Every document they name must be in the store, every quote in a stored story.
     * @throws Invalid naming what is unknown
     */
    List<Correction> add(List<Correction> corrections, String by) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        return Sql.tx(db, c -> {
            List<String> errors = new ArrayList<>();
            for (Correction k : corrections) {
                for (String d : k.documents()) {
                    if (Sql.count(c, "SELECT COUNT(*) FROM documents WHERE id = ?", d) == 0) {
                        errors.add("no document " + d + " (in '" + k.op() + "')");
                    }
                }
                if (k.quote() != null && Sql.count(c, "SELECT COUNT(*) FROM quotes WHERE quote_id = ?", k.quote()) == 0) {
                    errors.add("no quote " + k.quote() + " in the stored stories");
                }
            }
            if (!errors.isEmpty()) {
                throw new Invalid(errors);
            }
            List<Correction> out = new ArrayList<>();
            long last = 0;
            for (Correction k : corrections) {
                last = insert(c, k, by, now);
                out.add(new Correction(last, k.op(), k.documents(), k.quote(), k.speaker(), by, now.toString(), null,
                        null));
            }
            Sql.update(c, "INSERT INTO work_queue (correction_id, enqueued_at, attempts) VALUES (?, ?, 0)", last, now);
            return out;
        });
    }

    private static long insert(Connection c, Correction k, String by, Instant now) throws SQLException {
        return Sql.insert(c, "INSERT INTO corrections (op, documents_json, quote_id, speaker_name, created_by, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?)", k.op(), Json.write(k.documents()), k.quote(), k.speaker(),
                by, now);
    }

    private static final String COLUMNS = "id, op, documents_json, quote_id, speaker_name, created_by, created_at, "
            + "withdrawn_by, withdrawn_at";

    private static Correction row(java.sql.ResultSet r) throws SQLException {
        Instant withdrawn = r.getObject("withdrawn_at") == null ? null : Sql.instant(r, "withdrawn_at");
        return new Correction(r.getLong(1), r.getString(2), read(r.getString(3)), r.getString(4), r.getString(5),
                r.getString(6), Sql.instant(r, "created_at").toString(), r.getString(8),
                withdrawn == null ? null : withdrawn.toString());
    }

    /** Every correction, in the order made, from after the id {@code after} (0: from the first); at most limit. */
    List<Correction> list(long after, int limit) {
        return Sql.read(db, c -> Sql.list(c, "SELECT " + COLUMNS + " FROM corrections WHERE id > ? ORDER BY id "
                + "LIMIT ?", CorrectionStore::row, after, limit));
    }

    /**
     * Withdraws the correction {@code id} on behalf of the token {@code by} and queues a re-analysis, in one
     * transaction. It stays in the audit trail; analyses from then on leave it out, as if it had never been made
     * (the corrections after it still apply, in their order).
     * @throws NotWithdrawable when there is no such correction, or it was withdrawn before
     */
    Correction withdraw(long id, String by) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        return Sql.tx(db, c -> {
            Correction k = Sql.one(c, "SELECT " + COLUMNS + " FROM corrections WHERE id = ?", CorrectionStore::row, id);
            if (k == null) {
                throw new NotWithdrawable(404, "no correction " + id);
            }
            if (k.withdrawnAt() != null) {
                throw new NotWithdrawable(409, "correction " + id + " was withdrawn by " + k.withdrawnBy() + " at "
                        + k.withdrawnAt());
            }
            Sql.update(c, "UPDATE corrections SET withdrawn_by = ?, withdrawn_at = ? WHERE id = ?", by, now, id);
            Sql.update(c, "INSERT INTO work_queue (correction_id, enqueued_at, attempts) VALUES (?, ?, 0)", id, now);
            return new Correction(k.id(), k.op(), k.documents(), k.quote(), k.speaker(), k.createdBy(), k.createdAt(),
                    by, now.toString());
        });
    }

    /**
     * The quotes whose speaker correction among {@code ids} is withdrawn: the stories that hold them must be
     * analysed again, since a stored story carries the corrected speaker, not the one it replaced.
     */
    java.util.Set<String> withdrawnSpeakerQuotes(java.util.Collection<Long> ids) {
        java.util.Set<String> out = new TreeSet<>();
        Sql.read(db, c -> {
            for (Long id : ids) {
                String q = Sql.one(c, "SELECT quote_id FROM corrections WHERE id = ? AND op = ? AND withdrawn_at IS "
                        + "NOT NULL", r -> r.getString(1), id, SPEAKER);
                if (q != null) {
                    out.add(q);
                }
            }
            return null;
        });
        return out;
    }

    /** The grouping corrections in force, in the order made, for the engine. */
    Corrections all() {
        return Corrections.of(Sql.read(db, c -> Sql.list(c, "SELECT op, documents_json FROM corrections "
                + "WHERE op <> ? AND withdrawn_at IS NULL ORDER BY id",
                r -> new Corrections.Op(Corrections.Kind.fromJson(r.getString(1)), read(r.getString(2))), SPEAKER)));
    }

    /** The speaker corrections in force; of several for one quote, the last made holds. */
    SpeakerFixes speakers() {
        Map<String, String> out = new LinkedHashMap<>();
        Sql.read(db, c -> Sql.list(c, "SELECT quote_id, speaker_name FROM corrections WHERE op = ? AND withdrawn_at "
                + "IS NULL ORDER BY id", r -> out.put(r.getString(1), r.getString(2)), SPEAKER));
        return new SpeakerFixes(out);
    }

    private static List<String> read(String json) {
        try {
            return Json.mapper().readValue(json, STRINGS);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored correction is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
