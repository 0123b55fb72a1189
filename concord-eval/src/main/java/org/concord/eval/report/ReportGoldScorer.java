package org.concord.eval.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.concord.model.Claim;
import org.concord.model.Conflict;
import org.concord.model.ConflictValue;
import org.concord.model.Document;
import org.concord.model.Entity;
import org.concord.model.Occurrence;
import org.concord.model.Quote;
import org.concord.model.Removed;
import org.concord.model.Report;
import org.concord.model.Span;
import org.concord.model.Story;
import org.concord.model.TimelineEntry;

/**
 * A whole report checked against a hand-written gold file (the layout of {@code samples/demo-gold.json}): each
 * aspect a reader of the report cares about, counted item by item, with every miss named. What the docs claim for
 * the sample corpus ("81 of 83 speakers", "10 of 10 timeline dates") is what this counts, and the regression
 * {@code eval/regressions/report-samples.json} pins those counts exactly.
 *
 * <p>Aspects: {@code published} (each document's publication date), {@code inferred} (a date the text does not
 * give is marked inferred), {@code titles}, {@code stories} (each gold story is exactly one report story),
 * {@code follow_ups}, {@code copies} (wire copies marked {@code duplicate_of}), {@code speakers_not_wrong} (as
 * {@code speakers}, a speaker withheld for want of confidence counting as not wrong), {@code speakers} (a quote holding
 * the gold words in that document, credited to the gold speaker: same last word of the name; "anonymous" means no
 * resolved entity), {@code same_utterance} (differently worded remarks are one quote), {@code timeline} (the
 * story of the evidence has an entry of that date citing one of the evidence documents), {@code conflicts} (a
 * conflict of that aspect holding every gold value), {@code entities_merged} (all names of a group are one entity),
 * {@code entities_apart} (both names are entities and they differ: a missing entity is a miss, not a pass),
 * {@code boilerplate} (the line is gone from the text and recorded as removed).
 */
public final class ReportGoldScorer {
    /** One aspect: items right out of the gold items, and a line per miss. */
    public record Aspect(String name, int right, int total, List<String> misses) {
        public Aspect {
            misses = List.copyOf(misses);
        }

        public double fraction() {
            return total == 0 ? 1.0 : (double) right / total;
        }
    }

    private final Report report;
    private final Map<String, Document> docs = new LinkedHashMap<>();

    private ReportGoldScorer(Report report) {
        this.report = Objects.requireNonNull(report, "report");
        report.documents().forEach(d -> docs.put(d.id(), d));
    }

    /** Every aspect of {@code report} against {@code gold}, in a fixed order. */
    public static List<Aspect> score(Report report, JsonNode gold) {
        Objects.requireNonNull(gold, "gold");
        ReportGoldScorer s = new ReportGoldScorer(report);
        List<Aspect> out = new ArrayList<>();
        s.documents(gold, out);
        out.add(s.stories(gold));
        out.add(s.followUps(gold));
        out.add(s.copies(gold));
        out.add(s.speakers(gold));
        out.add(s.speakersNotWrong(gold));
        out.add(s.sameUtterance(gold));
        out.add(s.timeline(gold));
        out.add(s.conflicts(gold));
        out.add(s.entitiesMerged(gold));
        out.add(s.entitiesApart(gold));
        out.add(s.boilerplate(gold));
        return out;
    }

    /** The eval metrics of the aspects: {@code NAME} (fraction), {@code n_NAME_right} and {@code n_NAME_gold}. */
    public static Map<String, Double> metrics(List<Aspect> aspects) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Aspect a : aspects) {
            m.put(a.name(), a.fraction());
            m.put("n_" + a.name() + "_right", (double) a.right());
            m.put("n_" + a.name() + "_gold", (double) a.total());
        }
        return m;
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[\u201c\u201d\"]", "")
                .replaceAll("\\s+", " ").strip();
    }

    private static List<JsonNode> items(JsonNode gold, String field) {
        JsonNode n = gold.get(field);
        if (n == null || !n.isContainerNode()) {
            throw new IllegalArgumentException("gold file has no '" + field + "' list or object");
        }
        List<JsonNode> out = new ArrayList<>();
        n.forEach(out::add);
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("gold item " + n + " has no '" + field + "'");
        }
        return v.asText();
    }

    private void documents(JsonNode gold, List<Aspect> out) {
        JsonNode g = gold.get("documents");
        if (g == null || !g.isObject()) {
            throw new IllegalArgumentException("gold file has no 'documents' object");
        }
        List<String> published = new ArrayList<>();
        List<String> inferred = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        int nPublished = 0;
        int nInferred = 0;
        int nTitles = 0;
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) g::fields) {
            Document d = docs.get(e.getKey());
            JsonNode want = e.getValue();
            nPublished++;
            if (d == null) {
                published.add(e.getKey() + ": not in the report");
            } else if (!text(want, "published").equals(d.published())) {
                published.add(e.getKey() + ": " + d.published() + " != " + text(want, "published"));
            }
            if (want.has("published_in_text") && !want.get("published_in_text").asBoolean()) {
                nInferred++;
                if (d == null || !d.publishedInferred()) {
                    inferred.add(e.getKey() + ": date not marked inferred");
                }
            }
            if (want.hasNonNull("title")) {
                nTitles++;
                if (d == null || d.title() == null || !norm(d.title()).equals(norm(want.get("title").asText()))) {
                    titles.add(e.getKey() + ": " + (d == null ? null : d.title()));
                }
            }
        }
        out.add(new Aspect("published", nPublished - published.size(), nPublished, published));
        out.add(new Aspect("inferred", nInferred - inferred.size(), nInferred, inferred));
        out.add(new Aspect("titles", nTitles - titles.size(), nTitles, titles));
    }

    private Story storyOf(String doc) {
        return report.stories().stream().filter(s -> s.documents().contains(doc)).findFirst().orElse(null);
    }

    private Aspect stories(JsonNode gold) {
        List<String> misses = new ArrayList<>();
        List<JsonNode> stories = items(gold, "stories");
        for (JsonNode s : stories) {
            Set<String> want = new HashSet<>();
            s.get("documents").forEach(d -> want.add(d.asText()));
            String first = s.get("documents").get(0).asText();
            Story got = storyOf(first);
            if (got == null || !want.equals(new HashSet<>(got.documents()))) {
                misses.add("story of " + first + ": " + (got == null ? "none" : got.documents()));
            }
        }
        return new Aspect("stories", stories.size() - misses.size(), stories.size(), misses);
    }

    private Aspect followUps(JsonNode gold) {
        List<String> misses = new ArrayList<>();
        List<JsonNode> stories = items(gold, "stories");
        int total = 0;
        for (JsonNode s : stories) {
            JsonNode f = s.get("follow_up_of");
            if (f == null || f.isNull()) {
                continue;
            }
            total++;
            Story later = storyOf(s.get("documents").get(0).asText());
            Story earlier = storyOf(stories.get(f.asInt()).get("documents").get(0).asText());
            boolean linked = later != null && earlier != null && earlier.related().stream()
                    .anyMatch(r -> r.story().equals(later.id()) && r.relation().equals("follow-up"));
            if (!linked) {
                misses.add(s.get("documents").get(0).asText() + " is not linked as a follow-up");
            }
        }
        return new Aspect("follow_ups", total - misses.size(), total, misses);
    }

    private Aspect copies(JsonNode gold) {
        List<String> misses = new ArrayList<>();
        List<JsonNode> pairs = items(gold, "duplicates");
        for (JsonNode p : pairs) {
            Document d = docs.get(p.get(0).asText());
            if (d == null || !p.get(1).asText().equals(d.duplicateOf())) {
                misses.add(p + ": duplicate_of " + (d == null ? "(no document)" : d.duplicateOf()));
            }
        }
        return new Aspect("copies", pairs.size() - misses.size(), pairs.size(), misses);
    }

    private Quote quoteAt(String doc, String contains) {
        String want = norm(contains);
        for (Story s : report.stories()) {
            for (Quote q : s.quotes()) {
                for (Occurrence o : q.occurrences()) {
                    if (o.document().equals(doc) && norm(o.text()).contains(want)) {
                        return q;
                    }
                }
            }
        }
        return null;
    }

    private static String lastWord(String name) {
        String[] w = norm(name).split(" ");
        return w[w.length - 1];
    }

    private Aspect speakers(JsonNode gold) {
        List<String> misses = new ArrayList<>();
        List<JsonNode> quotes = items(gold, "quotes");
        for (JsonNode g : quotes) {
            Quote q = quoteAt(text(g, "document"), text(g, "contains"));
            String want = text(g, "speaker");
            String got = q == null ? "(not found)" : q.speaker() == null ? "(none)" : q.speaker().name();
            boolean ok = q != null && (want.equals("anonymous")
                    ? q.speaker() == null || q.speaker().entity() == null
                    : q.speaker() != null && lastWord(got).equals(lastWord(want)));
            if (!ok) {
                misses.add(text(g, "document") + " \"" + text(g, "contains") + "\": " + got + " != " + want);
            }
        }
        return new Aspect("speakers", quotes.size() - misses.size(), quotes.size(), misses);
    }

    /**
     * The gold quotes whose shown speaker is not wrong: right, or withheld for want of confidence (the quote is
     * there without a speaker and with its confidence). What "prefer no answer to a wrong one" promises.
     */
    private Aspect speakersNotWrong(JsonNode gold) {
        List<String> misses = new ArrayList<>();
        List<JsonNode> quotes = items(gold, "quotes");
        for (JsonNode g : quotes) {
            Quote q = quoteAt(text(g, "document"), text(g, "contains"));
            String want = text(g, "speaker");
            boolean withheld = q != null && q.speaker() == null && q.confidence() != null;
            boolean ok = q != null && (withheld || (want.equals("anonymous")
                    ? q.speaker() == null || q.speaker().entity() == null
                    : q.speaker() != null && lastWord(q.speaker().name()).equals(lastWord(want))));
            if (!ok) {
                misses.add(text(g, "document") + " \"" + text(g, "contains") + "\": "
                        + (q == null ? "(not found)" : q.speaker() == null ? "(none)" : q.speaker().name())
                        + " shown, " + want + " said it");
            }
        }
        return new Aspect("speakers_not_wrong", quotes.size() - misses.size(), quotes.size(), misses);
    }

    private Aspect sameUtterance(JsonNode gold) {
        List<String> misses = new ArrayList<>();
        List<JsonNode> groups = items(gold, "same_utterance");
        for (JsonNode group : groups) {
            Set<String> ids = new HashSet<>();
            for (JsonNode o : group) {
                Quote q = quoteAt(text(o, "document"), text(o, "contains"));
                ids.add(q == null ? "missing:" + text(o, "contains") : q.id());
            }
            if (ids.size() != 1) {
                misses.add(group + " -> " + ids);
            }
        }
        return new Aspect("same_utterance", groups.size() - misses.size(), groups.size(), misses);
    }

    private Aspect timeline(JsonNode gold) {
        List<String> misses = new ArrayList<>();
        List<JsonNode> entries = items(gold, "timeline");
        for (JsonNode t : entries) {
            String date = text(t, "date");
            Set<String> evidence = new HashSet<>();
            t.get("evidence").forEach(e -> evidence.add(text(e, "document")));
            Story story = storyOf(t.get("evidence").get(0).get("document").asText());
            boolean found = false;
            if (story != null) {
                for (TimelineEntry e : story.timeline()) {
                    if (e.date().equals(date)
                            && e.sources().stream().map(Span::document).anyMatch(evidence::contains)) {
                        found = true;
                        break;
                    }
                }
            }
            if (!found) {
                misses.add(date + " " + text(t, "event"));
            }
        }
        return new Aspect("timeline", entries.size() - misses.size(), entries.size(), misses);
    }

    private Aspect conflicts(JsonNode gold) {
        List<String> found = new ArrayList<>();
        for (Story s : report.stories()) {
            for (Claim c : s.claims()) {
                for (Conflict k : c.conflicts()) {
                    StringBuilder b = new StringBuilder(k.aspect().json()).append(':');
                    for (ConflictValue v : k.values()) {
                        b.append(norm(v.value())).append('|');
                    }
                    found.add(b.toString());
                }
            }
        }
        List<String> misses = new ArrayList<>();
        List<JsonNode> conflicts = items(gold, "conflicts");
        for (JsonNode c : conflicts) {
            String aspect = text(c, "aspect") + ":";
            boolean ok = found.stream().anyMatch(v -> {
                if (!v.startsWith(aspect)) {
                    return false;
                }
                for (JsonNode val : c.get("values")) {
                    if (!v.contains(norm(val.asText()))) {
                        return false;
                    }
                }
                return true;
            });
            if (!ok) {
                misses.add(c.toString());
            }
        }
        return new Aspect("conflicts", conflicts.size() - misses.size(), conflicts.size(), misses);
    }

    private Entity entity(String name) {
        for (Story s : report.stories()) {
            for (Entity e : s.entities()) {
                if (e.name().equals(name) || e.aliases().contains(name)) {
                    return e;
                }
            }
        }
        return null;
    }

    private Aspect entitiesMerged(JsonNode gold) {
        List<String> misses = new ArrayList<>();
        List<JsonNode> groups = items(gold, "entities_merged");
        for (JsonNode group : groups) {
            Set<String> ids = new HashSet<>();
            group.forEach(n -> {
                Entity e = entity(n.asText());
                ids.add(e == null ? "missing:" + n.asText() : e.id());
            });
            if (ids.size() != 1 || ids.iterator().next().startsWith("missing:")) {
                misses.add(group + " -> " + ids);
            }
        }
        return new Aspect("entities_merged", groups.size() - misses.size(), groups.size(), misses);
    }

    private Aspect entitiesApart(JsonNode gold) {
        List<String> misses = new ArrayList<>();
        List<JsonNode> pairs = items(gold, "entities_apart");
        for (JsonNode pair : pairs) {
            Entity a = entity(pair.get(0).asText());
            Entity b = entity(pair.get(1).asText());
            if (a == null || b == null) {
                misses.add(pair + ": " + (a == null ? pair.get(0).asText() : pair.get(1).asText())
                        + " is not an entity of the report");
            } else if (a.equals(b)) {
                misses.add(pair + ": one entity " + a.id());
            }
        }
        return new Aspect("entities_apart", pairs.size() - misses.size(), pairs.size(), misses);
    }

    private Aspect boilerplate(JsonNode gold) {
        List<String> misses = new ArrayList<>();
        List<JsonNode> lines = items(gold, "boilerplate");
        for (JsonNode b : lines) {
            Document d = docs.get(text(b, "document"));
            String line = text(b, "contains");
            if (d == null) {
                misses.add(text(b, "document") + ": not in the report");
            } else if (d.text().contains(line)) {
                misses.add(d.id() + ": still in the text: " + line);
            } else if (d.removed().stream().map(Removed::text).noneMatch(t -> t.contains(line) || line.contains(t))) {
                misses.add(d.id() + ": not recorded as removed: " + line);
            }
        }
        return new Aspect("boilerplate", lines.size() - misses.size(), lines.size(), misses);
    }
}
