package org.concord.eval.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.model.Claim;
import org.concord.model.ClaimStatus;
import org.concord.model.Conflict;
import org.concord.model.ConflictAspect;
import org.concord.model.ConflictValue;
import org.concord.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsEvalTest {
    @Test
    void theOutletOfATrecDocnoIsItsCollection() {
        assertEquals("AP", ClaimsEval.outlet("AP880911-0016"));
        assertEquals("SJMN", ClaimsEval.outlet("SJMN91-06162032"));
        assertEquals("FBIS", ClaimsEval.outlet("FBIS4-42"));
        assertNull(ClaimsEval.outlet("12345"));
    }

    @Test
    void aConflictIsKeyedByItsValuesAndCitesASentencePerValue() {
        Claim c = new Claim("x", ClaimStatus.CONFLICTING, List.of(new Span("a", 0, 10), new Span("b", 5, 20),
                new Span("c", 0, 3)), 3, List.of());
        Conflict k = new Conflict(ConflictAspect.DATE, List.of(new ConflictValue("2014-12-22 (\u201cMonday\u201d)",
                List.of("b")), new ConflictValue("2014-12-23 (\u201cTuesday\u201d)", List.of("a"))));
        FoundConflict f = ClaimsEval.conflict("d1", c, k);
        assertEquals(List.of("a", "b"), f.documents());
        assertEquals(List.of(new Span("b", 5, 20), new Span("a", 0, 10)), f.sentences());
        // a date is keyed by its day, not by the words that gave it
        Conflict same = new Conflict(ConflictAspect.DATE, List.of(new ConflictValue("2014-12-22 (\u201ctoday\u201d)",
                List.of("b")), new ConflictValue("2014-12-23", List.of("a"))));
        assertEquals(f.key(), ClaimsEval.conflict("d1", c, same).key());
        assertNotEquals(f.key(), ClaimsEval.conflict("d2", c, same).key());
        assertEquals(12, f.key().length());
    }

    @Test
    void theGoldNamesItsVerdictsAndHalves(@TempDir Path dir) throws IOException {
        Path ok = dir.resolve("ok.json");
        Files.writeString(ok, "{\"docsets\":[{\"id\":\"d1\",\"half\":\"rules\"},{\"id\":\"d2\",\"half\":\"check\"}],"
                + "\"conflicts\":[{\"docset\":\"d1\",\"aspect\":\"date\",\"key\":\"k1\",\"verdict\":\"real\"},"
                + "{\"docset\":\"d2\",\"aspect\":\"name\",\"key\":\"k2\",\"verdict\":\"different_people\"}]}");
        ClaimsGold g = ClaimsGold.read(ok);
        assertEquals(List.of("d1", "d2"), g.docsets());
        assertTrue(g.conflicts().get("k1").real());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"docsets\":[{\"id\":\"d1\",\"half\":\"rules\"}],"
                + "\"conflicts\":[{\"docset\":\"d1\",\"aspect\":\"date\",\"key\":\"k1\",\"verdict\":\"maybe\"}]}");
        assertThrows(IllegalArgumentException.class, () -> ClaimsGold.read(bad));
        Path twice = dir.resolve("twice.json");
        Files.writeString(twice, "{\"docsets\":[{\"id\":\"d1\",\"half\":\"rules\"}],"
                + "\"conflicts\":[{\"docset\":\"d1\",\"aspect\":\"date\",\"key\":\"k1\",\"verdict\":\"real\"},"
                + "{\"docset\":\"d1\",\"aspect\":\"date\",\"key\":\"k1\",\"verdict\":\"other\"}]}");
        assertThrows(IllegalArgumentException.class, () -> ClaimsGold.read(twice));
    }

    @Test
    void theRepositoryFixtureReads() throws IOException {
        Path fixture = Path.of("..", "eval", "fixtures", "claims-duc2002", "gold.json");
        ClaimsGold g = ClaimsGold.read(fixture);
        assertEquals(30, g.docsets().size());
        assertTrue(g.conflicts().values().stream().filter(ClaimsGold.Judged::real).count() >= 18);
    }
}
