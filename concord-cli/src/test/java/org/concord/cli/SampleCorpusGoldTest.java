package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concord.eval.ReportSchema;
import org.concord.model.Claim;
import org.concord.model.Conflict;
import org.concord.model.ConflictValue;
import org.concord.model.Document;
import org.concord.model.Entity;
import org.concord.model.Occurrence;
import org.concord.model.Quote;
import org.concord.model.Removed;
import org.concord.model.Report;
import org.concord.model.Story;
import org.concord.model.TimelineEntry;
import org.concord.report.ReportChecks;
import org.concord.report.ReportJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline against the hand-written gold of the bundled sample corpus (samples/demo-gold.json), driven
 * through {@code concord demo}: stories, copies, quotes with speakers, merged wordings, timeline dates,
 * conflicts, entity merges and splits, boilerplate.
 */
class SampleCorpusGoldTest {
    @TempDir
    static Path tmp;
    static Report report;
    static JsonNode gold;
    static Map<String, Document> docs = new HashMap<>();

    @BeforeAll
    static void runDemo() throws Exception {
        Path root = Cli.root();
        gold = new ObjectMapper().readTree(root.resolve("samples").resolve("demo-gold.json").toFile());
        Cli.Run r = Cli.run("demo", "--samples", root.resolve("samples").resolve("demo").toString(), "--out-dir",
                tmp.toString(), "-q");
        assertEquals(Main.OK, r.status(), r.err());
        assertTrue(r.out().contains("Story s1"), r.out());
        for (String f : List.of("report.json", "report.md", "report.html")) {
            assertTrue(Files.size(tmp.resolve(f)) > 1000, f);
        }
        assertEquals(List.of(), ReportSchema.validate(Files.readString(tmp.resolve("report.json"))));
        report = ReportJson.read(tmp.resolve("report.json"));
        report.documents().forEach(d -> docs.put(d.id(), d));
    }

    static Story storyOf(String doc) {
        return report.stories().stream().filter(s -> s.documents().contains(doc)).findFirst().orElseThrow(
                () -> new AssertionError("document " + doc + " is in no story"));
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[\u201c\u201d\"]", "")
                .replaceAll("\\s+", " ").strip();
    }

    @Test
    void reportIsConsistent() {
        assertEquals(List.of(), ReportChecks.check(report));
        assertEquals(gold.get("documents").size(), report.documents().size());
    }

    @Test
    void documentsHaveTheirMetadata() {
        List<String> wrong = new ArrayList<>();
        gold.get("documents").fields().forEachRemaining(e -> {
            Document d = docs.get(e.getKey());
            JsonNode g = e.getValue();
            if (d == null) {
                wrong.add(e.getKey() + " missing");
                return;
            }
            if (!g.get("published").asText().equals(d.published())) {
                wrong.add(e.getKey() + " published " + d.published() + " != " + g.get("published").asText());
            }
            if (g.has("published_in_text") && !g.get("published_in_text").asBoolean() && !d.publishedInferred()
                    && d.published() != null) {
                wrong.add(e.getKey() + " date should be marked inferred");
            }
            if (g.hasNonNull("title") && (d.title() == null || !norm(d.title()).equals(norm(g.get("title").asText())))) {
                wrong.add(e.getKey() + " title " + d.title());
            }
        });
        assertTrue(wrong.size() <= 1, wrong.toString());
    }

    @Test
    void storiesCopiesAndFollowUp() {
        List<String> ids = new ArrayList<>();
        JsonNode stories = gold.get("stories");
        for (JsonNode s : stories) {
            String first = s.get("documents").get(0).asText();
            Story got = storyOf(first);
            Set<String> want = new HashSet<>();
            s.get("documents").forEach(d -> want.add(d.asText()));
            assertEquals(want, new HashSet<>(got.documents()), "story of " + first);
            ids.add(got.id());
        }
        for (int i = 0; i < stories.size(); i++) {
            JsonNode f = stories.get(i).get("follow_up_of");
            if (f != null && !f.isNull()) {
                String later = ids.get(i);
                Story earlier = report.stories().stream().filter(s -> s.id().equals(ids.get(f.asInt()))).findFirst()
                        .orElseThrow();
                assertTrue(earlier.related().stream().anyMatch(r -> r.story().equals(later)
                        && r.relation().equals("follow-up")), earlier.related().toString());
            }
        }
        for (JsonNode pair : gold.get("duplicates")) {
            assertEquals(pair.get(1).asText(), docs.get(pair.get(0).asText()).duplicateOf(), pair.toString());
        }
    }

    static Quote quoteAt(String doc, String contains) {
        for (Story s : report.stories()) {
            for (Quote q : s.quotes()) {
                for (Occurrence o : q.occurrences()) {
                    if (o.document().equals(doc) && norm(o.text()).contains(norm(contains))) {
                        return q;
                    }
                }
            }
        }
        return null;
    }

    @Test
    void quotesWithTheirSpeakers() {
        int total = 0;
        List<String> wrong = new ArrayList<>();
        for (JsonNode g : gold.get("quotes")) {
            total++;
            Quote q = quoteAt(g.get("document").asText(), g.get("contains").asText());
            String want = g.get("speaker").asText();
            String got = q == null ? "(not found)" : q.speaker() == null ? "(none)" : q.speaker().name();
            boolean ok = q != null && (want.equals("anonymous")
                    ? q.speaker() == null || q.speaker().entity() == null
                    : q.speaker() != null && lastWord(got).equals(lastWord(want)));
            if (!ok) {
                wrong.add(g.get("contains").asText() + ": " + got + " != " + want);
            }
        }
        int right = total - wrong.size();
        System.err.println("sample corpus quotes: " + right + "/" + total + " right; wrong: " + wrong);
        assertTrue(right * 4 >= total * 3, right + "/" + total + " quotes right: " + wrong);
    }

    static String lastWord(String name) {
        String[] w = norm(name).split(" ");
        return w[w.length - 1];
    }

    @Test
    void differentlyWordedRemarksAreOneQuote() {
        for (JsonNode group : gold.get("same_utterance")) {
            Set<String> ids = new HashSet<>();
            for (JsonNode o : group) {
                Quote q = quoteAt(o.get("document").asText(), o.get("contains").asText());
                ids.add(q == null ? "missing:" + o : q.id());
            }
            assertEquals(1, ids.size(), group + " -> " + ids);
        }
    }

    @Test
    void timelineDates() {
        List<String> missing = new ArrayList<>();
        for (JsonNode t : gold.get("timeline")) {
            String doc = t.get("evidence").get(0).get("document").asText();
            boolean found = false;
            for (TimelineEntry e : storyOf(doc).timeline()) {
                if (e.date().equals(t.get("date").asText())) {
                    found = true;
                }
            }
            if (!found) {
                missing.add(t.get("date").asText() + " " + t.get("event").asText());
            }
        }
        assertTrue(missing.size() * 4 <= gold.get("timeline").size(), "missing: " + missing);
    }

    @Test
    void conflictsAreFound() {
        List<String> values = new ArrayList<>();
        for (Story s : report.stories()) {
            for (Claim c : s.claims()) {
                for (Conflict k : c.conflicts()) {
                    StringBuilder b = new StringBuilder(k.aspect()).append(':');
                    for (ConflictValue v : k.values()) {
                        b.append(norm(v.value())).append('|');
                    }
                    values.add(b.toString());
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (JsonNode c : gold.get("conflicts")) {
            boolean found = values.stream().anyMatch(v -> {
                for (JsonNode val : c.get("values")) {
                    if (!v.contains(norm(val.asText()))) {
                        return false;
                    }
                }
                return true;
            });
            if (!found) {
                missing.add(c.toString());
            }
        }
        assertTrue(missing.size() <= 1, "missing conflicts " + missing + " in " + values);
    }

    static Entity entity(String name) {
        for (Story s : report.stories()) {
            for (Entity e : s.entities()) {
                if (e.name().equals(name) || e.aliases().contains(name)) {
                    return e;
                }
            }
        }
        return null;
    }

    @Test
    void entitiesMergedAndApart() {
        for (JsonNode group : gold.get("entities_merged")) {
            Set<String> ids = new HashSet<>();
            group.forEach(n -> {
                Entity e = entity(n.asText());
                ids.add(e == null ? "missing:" + n.asText() : e.id());
            });
            assertEquals(1, ids.size(), group + " -> " + ids);
        }
        for (JsonNode pair : gold.get("entities_apart")) {
            Entity a = entity(pair.get(0).asText());
            Entity b = entity(pair.get(1).asText());
            assertTrue(a == null || b == null || !a.equals(b), pair.toString());
        }
    }

    @Test
    void boilerplateRemoved() {
        for (JsonNode b : gold.get("boilerplate")) {
            Document d = docs.get(b.get("document").asText());
            String line = b.get("contains").asText();
            assertTrue(!d.text().contains(line), "still in " + d.id() + ": " + line);
            assertTrue(d.removed().stream().map(Removed::text).anyMatch(t -> t.contains(line) || line.contains(t)),
                    "not recorded as removed: " + line);
        }
    }
}
