package org.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.concord.model.Claim;
import org.concord.model.ClaimStatus;
import org.concord.model.Conflict;
import org.concord.model.ConflictAspect;
import org.concord.model.ConflictValue;
import org.concord.model.Document;
import org.concord.model.Report;
import org.concord.model.Span;
import org.concord.model.Story;
import org.concord.model.SummarySentence;
import org.concord.model.TimelineEntry;
import org.junit.jupiter.api.Test;

/** The Markdown and HTML reports keep their sections: cited summary with footnotes, timeline and claims table. */
class ReportWritersTest {
    private static final String HERALD = "Officer Pantaleo was not indicted on Dec. 3. The union met the mayor.";
    private static final String LEDGER = "Officer Panteleo was cleared on Dec. 3 <by a jury>.";

    static Report report() {
        Document herald = new Document("herald", "herald.txt", "Herald", "Cleared", "2014-12-04", false, HERALD,
                List.of(), null);
        Document ledger = new Document("ledger", "ledger.txt", "Ledger", "Jury", "2014-12-04", false, LEDGER,
                List.of(), null);
        Document copy = new Document("copy", "copy.txt", null, "Cleared", "2014-12-04", false, HERALD, List.of(),
                "herald");
        Span h0 = new Span("herald", 0, 44);
        Span l0 = new Span("ledger", 0, LEDGER.length());
        List<SummarySentence> summary = List.of(new SummarySentence("Officer Pantaleo was not indicted.",
                List.of(h0, l0)), new SummarySentence("The union met the mayor.", List.of(new Span("herald", 45,
                        HERALD.length()))));
        List<TimelineEntry> timeline = List.of(new TimelineEntry("2014-12-03", "The grand jury declined to indict.",
                List.of(h0, l0)));
        List<Claim> claims = List.of(
                new Claim("Officer Pantaleo was not indicted on Dec. 3.", ClaimStatus.CONFLICTING, List.of(h0, l0), 2,
                        List.of(new Conflict(ConflictAspect.NAME,
                                List.of(new ConflictValue("Pantaleo", List.of("herald")),
                                new ConflictValue("Panteleo", List.of("ledger")))))),
                new Claim("The union met the mayor.", ClaimStatus.SINGLE_SOURCE, List.of(new Span("herald", 45,
                        HERALD.length()), new Span("copy", 45, HERALD.length())), 1, List.of()));
        Story s = new Story("s1", "Officer cleared", List.of("herald", "ledger", "copy"), List.of(), summary,
                List.of(), List.of(), timeline, claims);
        return new Report(List.of(herald, ledger, copy), List.of(s), List.of());
    }

    static String render(ReportWriter w, Report r) throws IOException {
        StringWriter out = new StringWriter();
        w.write(r, out);
        return out.toString();
    }

    @Test
    void theFixtureIsAValidReport() {
        assertEquals(List.of(), ReportChecks.check(report()));
    }

    @Test
    void claimsWithALoneConflictValueOrAnUnknownDocumentAreReported() {
        Report r = report();
        Story s = r.stories().get(0);
        Claim bad = new Claim("x", ClaimStatus.CONFLICTING, List.of(new Span("herald", 0, 5)), 1, List.of(
                new Conflict(ConflictAspect.NAME, List.of(new ConflictValue("Pantaleo", List.of("nowhere"))))));
        Story broken = new Story(s.id(), s.headline(), s.documents(), s.related(), s.summary(), s.entities(),
                s.quotes(), s.timeline(), List.of(bad));
        List<String> errors = ReportChecks.check(new Report(r.documents(), List.of(broken), List.of()));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("name conflict with 1 value"), errors.toString());
        assertTrue(errors.get(1).contains("unknown document nowhere"), errors.toString());
    }

    @Test
    void aConflictValueWhoseSentenceIsNotCitedIsReported() {
        Report r = report();
        Story s = r.stories().get(0);
        String other = r.documents().stream().map(d -> d.id()).filter(id -> !id.equals("herald")).findFirst()
                .orElseThrow();
        Claim bad = new Claim("x", ClaimStatus.CONFLICTING, List.of(new Span("herald", 0, 5)), 1, List.of(
                new Conflict(ConflictAspect.NAME, List.of(new ConflictValue("Pantaleo", List.of("herald")),
                        new ConflictValue("Panteleo", List.of(other))))));
        Story broken = new Story(s.id(), s.headline(), s.documents(), s.related(), s.summary(), s.entities(),
                s.quotes(), s.timeline(), List.of(bad));
        List<String> errors = ReportChecks.check(new Report(r.documents(), List.of(broken), List.of()));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("Panteleo cites no sentence"), errors.toString());
    }

    @Test
    void markdownCitesTheSummaryWithFootnotesNamingOutletAndTitle() throws IOException {
        String md = render(ReportWriters.markdown(), report());
        assertTrue(md.contains("### Summary"), md);
        assertTrue(md.contains("Officer Pantaleo was not indicted.[^cite-s1-1][^cite-s1-2]"), md);
        assertTrue(md.contains("The union met the mayor.[^cite-s1-3]"), md);
        assertTrue(md.contains("[^cite-s1-1]: [Herald, \u201cCleared\u201d](#doc-herald): \u201cOfficer Pantaleo was "
                + "not indicted on Dec. 3.\u201d"), md);
        assertTrue(md.contains("[^cite-s1-2]: [Ledger, \u201cJury\u201d](#doc-ledger)"), md);
        // every footnote reference has its definition
        for (String ref : List.of("cite-s1-1", "cite-s1-2", "cite-s1-3")) {
            assertTrue(md.contains("[^" + ref + "]: "), ref);
        }
        // sources are named, not given as ids and offsets
        assertFalse(md.contains("characters 0-44"), md);
    }

    @Test
    void markdownHasTheTimelineAndTheClaimsTable() throws IOException {
        String md = render(ReportWriters.markdown(), report());
        assertTrue(md.contains("### <a id=\"story-s1.timeline\"></a>Timeline (1)\n\n| date | event | sources |"), md);
        assertTrue(md.contains("| 2014-12-03 | The grand jury declined to indict. | [Herald](#doc-herald); "
                + "[Ledger](#doc-ledger) |"), md);
        assertTrue(md.contains("### <a id=\"story-s1.claims\"></a>Claims (1 conflicting, 1 single-source)\n\n"
                + "| status | claim | sources | conflicts |"), md);
        assertTrue(md.contains("| **conflicting** | Officer Pantaleo was not indicted on Dec. 3. | [Herald](#doc-herald); "
                + "[Ledger](#doc-ledger) (2 independent) | name: \u201cPantaleo\u201d ([Herald](#doc-herald)) vs "
                + "\u201cPanteleo\u201d ([Ledger](#doc-ledger)). |"), md);
        // a document without an outlet is named by its title
        assertTrue(md.contains("| **single-source** | The union met the mayor. | [Herald](#doc-herald); "
                + "[\u201cCleared\u201d](#doc-copy) (1 independent) |"), md);
    }

    @Test
    void markdownHasAnIndexAndAnAnchorPerStoryAndDocument() throws IOException {
        String md = render(ReportWriters.markdown(), report());
        assertTrue(md.contains("## Stories\n\n1. [Officer cleared](#story-s1) \u2014 3 documents from 2 outlets, "
                + "2014-12-04\n"), md);
        assertTrue(md.contains("## <a id=\"story-s1\"></a>Officer cleared\n"), md);
        assertTrue(md.contains("#### <a id=\"doc-herald\"></a>Herald, \u201cCleared\u201d\n"), md);
        assertTrue(md.contains("#### <a id=\"doc-copy\"></a>\u201cCleared\u201d\n\n2014-12-04 \u00b7 *copy of* "
                + "[Herald, \u201cCleared\u201d](#doc-herald) \u00b7 copy.txt"), md);
        // the digest leaves the whole texts out
        assertFalse(md.contains("The union met the mayor. Officer"), md);
    }

    @Test
    void htmlCitesTheSummaryOnHoverAndInFootnotes() throws IOException {
        String html = render(ReportWriters.html(), report());
        assertTrue(html.contains("<h3>Summary</h3>"), html);
        assertTrue(html.contains("<sup class=\"cite\" title=\"Herald: Officer Pantaleo was not indicted on "
                + "Dec. 3.\"><a href=\"#cite-s1-1\">[1]</a></sup>"), html);
        assertTrue(html.contains("<ol class=\"notes\">"), html);
        assertTrue(html.contains("<li id=\"cite-s1-2\" value=\"2\"><a href=\"#doc-ledger\" title=\"Jury (document "
                + "ledger, characters 0-51)\">Ledger, \u201cJury\u201d</a>: \u201cOfficer Panteleo"), html);
        // article text is escaped, in hover titles and footnotes alike
        assertTrue(html.contains("&lt;by a jury&gt;"), html);
        assertFalse(html.contains("<by a jury>"), html);
    }

    @Test
    void htmlHasTheTimelineAndTheClaimsTableInScrollingContainers() throws IOException {
        String html = render(ReportWriters.html(), report());
        assertTrue(html.contains("<section id=\"story-s1.timeline\">\n<details open><summary><h3>Timeline (1)</h3>"
                + "</summary>\n<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Timeline\">\n<table>\n"
                + "<caption>Timeline</caption>\n<thead><tr><th scope=\"col\">date</th><th scope=\"col\">event</th>"
                + "<th scope=\"col\">sources</th></tr></thead>"), html);
        assertTrue(html.contains("<td>2014-12-03</td><td>The grand jury declined to indict.</td>"), html);
        assertTrue(html.contains("<details><summary><h3>Claims (1 conflicting, 1 single-source)</h3></summary>"), html);
        assertTrue(html.contains("<td><strong>conflicting</strong></td>"), html);
        assertTrue(html.contains("name: \u201cPantaleo\u201d (<a href=\"#doc-herald\" title=\"Cleared (document "
                + "herald)\">Herald</a>) vs \u201cPanteleo\u201d (<a href=\"#doc-ledger\" title=\"Jury (document "
                + "ledger)\">Ledger</a>)."), html);
        assertTrue(html.contains(">\u201cCleared\u201d</a> (1 independent)"), html);
    }
}
