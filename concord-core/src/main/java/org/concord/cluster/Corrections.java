package org.concord.cluster;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.concord.model.JsonEnum;
import org.concord.text.Utf16;

/**
 * A user's corrections to the story grouping, applied after clustering on every analysis. They name documents, not
 * stories (story ids are renumbered when documents arrive), so they keep holding as the corpus grows; a
 * correction naming a document that is not in the run is applied to the ones that are, and the rest is reported.
 * File format (JSON): {@code {"corrections": [op, ...]}} with, in the order given:
 * <ul>
 * <li>{@code {"op": "merge", "documents": [a, b, ...]}}: the stories of these documents become one;</li>
 * <li>{@code {"op": "split", "documents": [a, b, ...]}}: these documents leave their stories and form one of
 * their own;</li>
 * <li>{@code {"op": "move", "document": a, "to": b}}: a leaves its story and joins b's;</li>
 * <li>{@code {"op": "pin", "documents": [a, b, ...]}}: these documents are one story and nothing else is in it
 * (applied after all other operations, so later ones cannot undo it).</li>
 * </ul>
 */
public final class Corrections {
    /** What an operation does, written in the file's {@code "op"} field. */
    public enum Kind implements JsonEnum {
        MERGE("merge"),
        SPLIT("split"),
        MOVE("move"),
        PIN("pin");

        private final String json;

        Kind(String json) {
            this.json = json;
        }

        @JsonValue
        @Override
        public String json() {
            return json;
        }

        /** The operation written as {@code s}; IllegalArgumentException naming it and the accepted ones otherwise. */
        @JsonCreator
        public static Kind fromJson(String s) {
            return JsonEnum.parse(Kind.class, "op", s);
        }

        @Override
        public String toString() {
            return json;
        }
    }

    /** One operation; {@code documents} holds the named documents ({@code move}: the document, then its target). */
    public record Op(Kind op, List<String> documents) implements java.io.Serializable {
        public Op {
            documents = List.copyOf(documents);
        }
    }

    private final List<Op> ops;

    private Corrections(List<Op> ops) {
        this.ops = List.copyOf(ops);
    }

    public static Corrections none() {
        return new Corrections(List.of());
    }

    public static Corrections of(List<Op> ops) {
        return new Corrections(ops);
    }

    public List<Op> ops() {
        return ops;
    }

    /** Reads a corrections file; IllegalArgumentException naming the file and the bad entry otherwise. */
    public static Corrections read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("corrections file " + file + " is not valid JSON: " + e.getMessage(), e);
        }
        JsonNode list = root == null ? null : root.get("corrections");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("corrections file " + file + ": expected {\"corrections\": [...]}");
        }
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String name = Utf16.repair(n.path("op").asText(""));
            Kind op;
            try {
                op = Kind.fromJson(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("corrections file " + file + ", entry " + (i + 1)
                        + ": unknown op '" + name + "' (" + JsonEnum.accepted(Kind.class) + ")", e);
            }
            List<String> docs = new ArrayList<>();
            switch (op) {
                case MERGE, SPLIT, PIN -> {
                    for (JsonNode d : n.path("documents")) {
                        docs.add(Utf16.repair(d.asText()));
                    }
                    if (docs.isEmpty() || (op == Kind.MERGE && docs.size() < 2)) {
                        throw new IllegalArgumentException("corrections file " + file + ", entry " + (i + 1) + ": '"
                                + op.json() + "' needs \"documents\"" + (op == Kind.MERGE ? " (at least two)" : ""));
                    }
                }
                case MOVE -> {
                    if (!n.hasNonNull("document") || !n.hasNonNull("to")) {
                        throw new IllegalArgumentException("corrections file " + file + ", entry " + (i + 1)
                                + ": 'move' needs \"document\" and \"to\"");
                    }
                    docs.add(Utf16.repair(n.get("document").asText()));
                    docs.add(Utf16.repair(n.get("to").asText()));
                }
            }
            ops.add(new Op(op, docs));
        }
        return new Corrections(ops);
    }

    /**
     * The grouping with the corrections applied. Follow-up links are carried over by the stories' first documents;
     * members and stories are ordered by {@code order} (all document ids, in the order the clusterer uses: date,
     * then id).
     */
    public StoryGrouping apply(StoryGrouping g, List<String> order, Consumer<String> warnings) {
        if (ops.isEmpty()) {
            return g;
        }
        Map<String, Integer> storyOf = new HashMap<>();
        List<Set<String>> stories = new ArrayList<>();
        for (List<String> s : g.stories()) {
            Set<String> members = new LinkedHashSet<>(s);
            for (String id : s) {
                storyOf.put(id, stories.size());
            }
            stories.add(members);
        }
        List<Op> sorted = new ArrayList<>(ops.stream().filter(o -> o.op() != Kind.PIN).toList());
        sorted.addAll(ops.stream().filter(o -> o.op() == Kind.PIN).toList());
        for (Op o : sorted) {
            List<String> present = new ArrayList<>();
            for (String id : o.documents()) {
                if (storyOf.containsKey(id)) {
                    present.add(id);
                } else {
                    warnings.accept("correction " + o.op().json() + " " + o.documents() + ": document '" + id
                            + "' is not in this analysis");
                }
            }
            switch (o.op()) {
                case MERGE -> {
                    if (present.size() < 2) {
                        continue;
                    }
                    int into = storyOf.get(present.get(0));
                    for (String id : present) {
                        int from = storyOf.get(id);
                        if (from != into) {
                            for (String m : stories.get(from)) {
                                storyOf.put(m, into);
                            }
                            stories.get(into).addAll(stories.get(from));
                            stories.get(from).clear();
                        }
                    }
                }
                case SPLIT, PIN -> {
                    if (present.isEmpty()) {
                        continue;
                    }
                    Set<String> fresh = new LinkedHashSet<>();
                    for (String id : present) {
                        stories.get(storyOf.get(id)).remove(id);
                        fresh.add(id);
                        storyOf.put(id, stories.size());
                    }
                    stories.add(fresh);
                }
                case MOVE -> {
                    if (present.size() < 2 || !present.get(0).equals(o.documents().get(0))) {
                        continue;
                    }
                    String doc = present.get(0);
                    int to = storyOf.get(present.get(1));
                    stories.get(storyOf.get(doc)).remove(doc);
                    stories.get(to).add(doc);
                    storyOf.put(doc, to);
                }
            }
        }
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.putIfAbsent(order.get(i), i);
        }
        List<List<String>> out = new ArrayList<>();
        for (Set<String> s : stories) {
            if (!s.isEmpty()) {
                List<String> m = new ArrayList<>(s);
                m.sort((a, b) -> Integer.compare(rank.getOrDefault(a, Integer.MAX_VALUE),
                        rank.getOrDefault(b, Integer.MAX_VALUE)));
                out.add(m);
            }
        }
        out.sort((a, b) -> Integer.compare(rank.getOrDefault(a.get(0), Integer.MAX_VALUE),
                rank.getOrDefault(b.get(0), Integer.MAX_VALUE)));
        Map<String, Integer> newStory = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            for (String id : out.get(i)) {
                newStory.put(id, i);
            }
        }
        List<FollowUp> links = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (FollowUp f : g.followUps()) {
            int later = newStory.get(g.stories().get(f.story()).get(0));
            int earlier = newStory.get(g.stories().get(f.earlierStory()).get(0));
            if (later != earlier && seen.add(((long) later << 32) | earlier)) {
                links.add(new FollowUp(later, earlier));
            }
        }
        return new StoryGrouping(out, links);
    }
}
