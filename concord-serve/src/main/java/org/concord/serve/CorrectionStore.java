package org.concord.serve;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Clock;
import java.util.List;
import org.concord.cluster.Corrections;

/**
 * Corrections to the story grouping (merge, split, move, pin by document id), audited: the token that made each
 * and when. Every analysis round is given all of them, in the order they were made, so each re-analysis applies
 * them again.
 */
final class CorrectionStore {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private final Database db;
    private final Clock clock;

    CorrectionStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    void add(Corrections.Op op, String by) {
        Sql.tx(db, c -> Sql.update(c, "INSERT INTO corrections (op, documents_json, created_by, created_at) "
                + "VALUES (?, ?, ?, ?)", op.op().json(), Json.write(op.documents()), by, clock.instant()));
    }

    Corrections all() {
        return Corrections.of(Sql.read(db, c -> Sql.list(c, "SELECT op, documents_json FROM corrections ORDER BY id",
                r -> new Corrections.Op(Corrections.Kind.fromJson(r.getString(1)), read(r.getString(2))))));
    }

    private static List<String> read(String json) {
        try {
            return Json.mapper().readValue(json, STRINGS);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored correction is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
