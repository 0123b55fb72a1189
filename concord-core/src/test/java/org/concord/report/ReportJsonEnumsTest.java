package org.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.concord.cluster.Corrections;
import org.concord.model.ClaimStatus;
import org.concord.model.ConflictAspect;
import org.concord.model.EntityType;
import org.concord.model.JsonEnum;
import org.concord.model.RemovalReason;
import org.concord.model.Report;
import org.concord.quote.SpeakerKind;
import org.junit.jupiter.api.Test;

/** The report's enums are written as their old strings, read back from them, and refuse unknown ones by name. */
class ReportJsonEnumsTest {
    private static final List<Class<? extends JsonEnum>> ENUMS = List.of(ClaimStatus.class, ConflictAspect.class,
            EntityType.class, RemovalReason.class, SpeakerKind.class, Corrections.Kind.class);

    private static String report(String reason, String type, String status, String aspect) {
        return """
                {"schema": "concord.report/1",
                 "documents": [{"id": "a", "source": "a.txt", "outlet": null, "title": null, "published": null,
                   "published_inferred": false, "text": "x", "removed": [{"text": "Share", "reason": "%s"}],
                   "duplicate_of": null}],
                 "stories": [{"id": "s1", "headline": "h", "documents": ["a"], "related": [], "summary": [],
                   "entities": [{"id": "e1", "name": "Ana", "type": "%s", "aliases": [], "titles": [],
                     "documents": ["a"], "mentions": 1}],
                   "quotes": [], "timeline": [],
                   "claims": [{"text": "t", "status": "%s", "sources": [], "independent_sources": 1,
                     "conflicts": [{"aspect": "%s", "values": []}]}]}],
                 "skipped": []}
                """.formatted(reason, type, status, aspect);
    }

    @Test
    void everyConstantIsWrittenAndReadAsItsString() throws IOException {
        for (Class<? extends JsonEnum> type : ENUMS) {
            for (JsonEnum e : type.getEnumConstants()) {
                assertEquals("\"" + e.json() + "\"", ReportJson.mapper().writeValueAsString(e));
                assertEquals(e, ReportJson.mapper().readValue("\"" + e.json() + "\"", type));
                assertEquals(e.json(), e.toString(), "writers print the JSON string");
            }
        }
    }

    @Test
    void oldReportsAreRead() throws IOException {
        Report r = ReportJson.read(new StringReader(report("prompt", "PERSON", "single-source", "wording")));
        assertEquals(RemovalReason.PROMPT, r.documents().get(0).removed().get(0).reason());
        assertEquals(EntityType.PERSON, r.stories().get(0).entities().get(0).type());
        assertEquals(ClaimStatus.SINGLE_SOURCE, r.stories().get(0).claims().get(0).status());
        assertEquals(ConflictAspect.WORDING, r.stories().get(0).claims().get(0).conflicts().get(0).aspect());
        String again = ReportJson.toJson(r);
        assertTrue(again.contains("\"reason\" : \"prompt\"") && again.contains("\"status\" : \"single-source\""),
                again);
    }

    @Test
    void unknownValuesAreNamedWithTheAcceptedOnes() {
        Exception status = assertThrows(ValueInstantiationException.class,
                () -> ReportJson.read(new StringReader(report("byline", "PERSON", "disputed", "name"))));
        assertTrue(status.getMessage().contains("unknown claim status 'disputed' (accepted: corroborated,"
                + " single-source, conflicting)"), status.getMessage());
        Exception type = assertThrows(ValueInstantiationException.class,
                () -> ReportJson.read(new StringReader(report("byline", "MISC", "conflicting", "name"))));
        assertTrue(type.getMessage().contains("unknown entity type 'MISC' (accepted: PERSON, ORGANIZATION,"
                + " LOCATION)"), type.getMessage());
        Exception reason = assertThrows(ValueInstantiationException.class,
                () -> ReportJson.read(new StringReader(report("banner", "PERSON", "conflicting", "name"))));
        assertTrue(reason.getMessage().contains("unknown removal reason 'banner' (accepted: advertisement, byline,"),
                reason.getMessage());
        Exception aspect = assertThrows(ValueInstantiationException.class,
                () -> ReportJson.read(new StringReader(report("byline", "PERSON", "conflicting", "place"))));
        assertTrue(aspect.getMessage().contains("unknown conflict aspect 'place' (accepted: number, date, name,"
                + " wording)"), aspect.getMessage());
    }
}
