package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concord.model.ConflictAspect;
import org.concord.model.Entity;
import org.concord.model.Quote;
import org.concord.model.Report;
import org.concord.model.Story;
import org.concord.model.SummarySentence;
import org.concord.model.TimelineEntry;
import org.concord.report.ReportChecks;
import org.concord.report.ReportJson;
import org.concord.report.ReportWriters;
import org.concord.eval.ReportSchema;
import org.concord.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The founding example: {@code concord analyze ../shared/seeds --format json --out seeds.json}, checked against
 * what a careful reader of the five real articles expects (four outlets on one meeting, a follow-up years later).
 */
@SharedData("seeds")
class SeedsTest {
    @TempDir
    static Path tmp;
    static Report report;
    static String json;

    @BeforeAll
    static void analyzeSeeds() throws Exception {
        Path seeds = Cli.shared().resolve("seeds");
        Path out = tmp.resolve("seeds.json");
        Cli.Run r = Cli.run("analyze", seeds.toString(), "--format", "json", "--out", out.toString(), "-q",
                "--cache", tmp.resolve("annotations").toString());
        assertEquals(Main.OK, r.status(), r.err());
        json = Files.readString(out);
        report = ReportJson.read(out);
    }

    static Story storyOf(String docPrefix) {
        String id = report.documents().stream().map(d -> d.id()).filter(i -> i.startsWith(docPrefix)).findFirst()
                .orElseThrow();
        return report.stories().stream().filter(s -> s.documents().contains(id)).findFirst().orElseThrow();
    }

    @Test
    void reportIsValid() {
        assertEquals(List.of(), ReportSchema.validate(json));
        assertEquals(List.of(), ReportChecks.check(report));
        assertEquals(5, report.documents().size());
    }

    @Test
    void fourArticlesAreOneStoryAndTheLaterOneIsItsFollowUp() {
        Story main = storyOf("000");
        for (String p : List.of("001", "002", "003")) {
            assertEquals(main.id(), storyOf(p).id(), p);
        }
        Story later = storyOf("004");
        assertNotEquals(main.id(), later.id());
        boolean linked = main.related().stream().anyMatch(r -> r.story().equals(later.id())
                && r.relation().equals("follow-up"));
        assertTrue(linked, main.related().toString());
    }

    @Test
    void summaryIsCitedAndShort() {
        Story main = storyOf("000");
        assertTrue(!main.summary().isEmpty());
        int words = 0;
        for (SummarySentence s : main.summary()) {
            assertTrue(!s.sources().isEmpty(), s.text());
            words += s.text().split("\\s+").length;
        }
        assertTrue(words <= 170, "summary has " + words + " words");
    }

    @Test
    void timelineHasTheKeyDates() {
        List<String> dates = storyOf("000").timeline().stream().map(TimelineEntry::date).toList();
        for (String d : List.of("2014-12-20", "2014-12-27", "2014-12-29", "2014-12-30")) {
            assertTrue(dates.contains(d), d + " missing from " + dates);
        }
    }

    static Entity entityNamed(Story s, String name) {
        for (Entity e : s.entities()) {
            if (e.name().equals(name) || e.aliases().contains(name)) {
                return e;
            }
        }
        return null;
    }

    @Test
    void entitiesMergeAliasesButNotPeopleSharingAFirstName() {
        Story main = storyOf("000");
        Entity lynch = entityNamed(main, "Patrick Lynch");
        assertNotNull(lynch, main.entities().toString());
        assertEquals(lynch, entityNamed(main, "Pat Lynch"));
        Entity mayor = entityNamed(main, "Bill de Blasio");
        assertNotNull(mayor);
        assertEquals(mayor, entityNamed(main, "De Blasio"));
        Entity bratton = entityNamed(main, "Bill Bratton");
        assertNotNull(bratton);
        assertNotEquals(mayor, bratton);
        Entity nypd = entityNamed(main, "NYPD");
        assertNotNull(nypd);
        assertEquals(nypd, entityNamed(main, "New York Police Department"));
    }

    static Quote quoteContaining(Story s, String words) {
        for (Quote q : s.quotes()) {
            for (var o : q.occurrences()) {
                if (o.text().contains(words)) {
                    return q;
                }
            }
        }
        return null;
    }

    private static final String[][] SPEAKERS = {
        {"special kind of person", "de blasio"},
        {"We will work through it", "bratton"},
        {"If we are going to have", "palladino"},
        {"blood of these two officers", "mullins"},
        {"number of discussions", "lynch"},
        {"30-plus years", "lynch"},
        {"sense of betrayal", "richter"},
        {"remain committed to keeping crime", "walzak"},
    };

    /** The expected quotes whose speaker is wrong in {@code r}; a withheld speaker is wrong unless {@code withheldOk}. */
    private static List<String> wrongSpeakers(Report r, boolean withheldOk) {
        Report saved = report;
        report = r;
        try {
            Story main = storyOf("000");
            List<String> wrong = new ArrayList<>();
            for (String[] e : SPEAKERS) {
                Quote q = quoteContaining(main, e[0]);
                if (withheldOk && q != null && q.speaker() == null && q.confidence() != null) {
                    continue;
                }
                String speaker = q == null || q.speaker() == null ? null
                        : q.speaker().name().toLowerCase(Locale.ROOT);
                if (speaker == null || !speaker.contains(e[1])) {
                    wrong.add(e[0] + " -> " + speaker);
                }
            }
            return wrong;
        } finally {
            report = saved;
        }
    }

    @Test
    void noShownSpeakerIsWrongAndEverySpeakerFoundIsRightButOne() throws Exception {
        // at the default minimum confidence a speaker may be withheld, never wrong
        assertEquals(List.of(), wrongSpeakers(report, true));
        for (Story s : report.stories()) {
            for (Quote q : s.quotes()) {
                assertTrue(q.confidence() == null || q.confidence() >= 0 && q.confidence() <= 1, q.toString());
                if (q.speaker() != null && q.confidence() != null) {
                    assertTrue(q.confidence() >= report.analysis().minConfidence(), q.toString());
                }
            }
        }
        // every speaker found, shown at --min-confidence 0: what the attribution itself gets right
        Path all = tmp.resolve("seeds-all.json");
        Cli.Run r = Cli.run("analyze", Cli.shared().resolve("seeds").toString(), "--format", "json", "--out",
                all.toString(), "-q", "--cache", tmp.resolve("annotations").toString(), "--min-confidence", "0");
        assertEquals(Main.OK, r.status(), r.err());
        Report every = ReportJson.read(all);
        assertEquals(0.0, every.analysis().minConfidence());
        List<String> wrong = wrongSpeakers(every, false);
        assertTrue(wrong.size() <= 1, "wrong speakers: " + wrong);
    }

    @Test
    void theRemarkTwoOutletsWordDifferentlyIsOneQuote() {
        Story main = storyOf("000");
        // Lynch's remark (DNAinfo quotes it; Bustle gives it as an unmarked block) and the mayor's office statement
        for (String words : List.of("no resolve", "remain committed to keeping crime")) {
            Quote q = quoteContaining(main, words);
            assertNotNull(q, main.quotes().toString());
            assertTrue(q.occurrences().stream().map(o -> o.document()).distinct().count() >= 2, q.toString());
        }
    }

    @Test
    void aOneWordFragmentJoinsTheFullQuotationOfTheSameSpeaker() {
        // The Hill quotes only "blood"; TIME and DNAinfo quote "blood on his hands"
        Quote q = quoteContaining(storyOf("000"), "blood on his hands");
        assertNotNull(q);
        assertTrue(q.occurrences().stream().anyMatch(o -> o.document().startsWith("000") && o.text().equals("blood")),
                q.toString());
        assertTrue(q.occurrences().stream().map(o -> o.document()).distinct().count() >= 3, q.toString());
    }

    @Test
    void theLedgerStatesItsCanonicalRuleAndDiffsEachWordingInMarkdownAndHtml() throws Exception {
        java.io.StringWriter md = new java.io.StringWriter();
        ReportWriters.markdown().write(report, md);
        java.io.StringWriter html = new java.io.StringWriter();
        ReportWriters.html().write(report, html);
        for (String out : List.of(md.toString(), html.toString())) {
            assertTrue(out.contains("canonical wording: the wording carried most often"), out);
            assertTrue(out.contains("wording in"), out);
        }
        assertTrue(md.toString().contains("~~"), md.toString()); // a removed word struck through
        assertTrue(md.toString().contains("*wording in* ["), md.toString()); // the outlet linked to its document
        assertTrue(html.toString().contains("<del>"), html.toString());
        assertTrue(html.toString().contains("<em>  wording in</em> <a href=\"#doc-"), html.toString());
    }

    @Test
    void theOfficerSpelledTwoWaysIsANameConflict() {
        Story main = storyOf("000");
        boolean found = main.claims().stream().flatMap(c -> c.conflicts().stream())
                .filter(k -> k.aspect() == ConflictAspect.NAME)
                .anyMatch(k -> k.values().stream().map(v -> v.value()).toList().containsAll(
                        List.of("Pantaleo", "Panteleo")));
        assertTrue(found, main.claims().toString());
    }

    @Test
    void theUnionPresidentsRemarkWordedTwoWaysIsAWordingConflict() {
        Story main = storyOf("000");
        boolean found = main.claims().stream().flatMap(c -> c.conflicts().stream())
                .filter(k -> k.aspect() == ConflictAspect.WORDING)
                .anyMatch(k -> k.values().size() >= 2
                        && k.values().stream().allMatch(v -> v.value().contains("no resolve"))
                        && k.values().stream().flatMap(v -> v.documents().stream()).distinct().count() >= 2);
        assertTrue(found, main.claims().toString());
    }
}
