package org.concord.eval.stories;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.cluster.FollowUp;
import org.concord.cluster.StoryBlocking;
import org.concord.cluster.StoryGrouping;
import org.concord.cluster.UnionFind;
import org.concord.eval.EvalContext;
import org.concord.eval.EvalOptions;
import org.concord.eval.EvalResult;
import org.concord.eval.EvalTask;
import org.concord.ingest.RawArticle;
import org.concord.model.Document;
import org.concord.pipeline.Concord;

/**
 * {@code concord eval stories}: documents clustered into stories, scored by B-cubed against the gold {@code cluster}
 * of a JSONL set ({@link StoriesReader}).
 * <p>System {@code concord} runs the steps {@code analyze} runs before annotation-dependent work, through the front
 * door's own stages: clean ({@link Concord#clean}: the same cleaning of headline, byline, dateline and boilerplate),
 * near-duplicates, then stories ({@link org.concord.cluster.StoryClusterer}; no CoreNLP: the clustering reads only
 * {@link org.concord.cluster.StoryFeatures}). Each line becomes the raw article a JSONL input gives {@code analyze}
 * (id, title, the date as published date, text). The primary
 * {@code bcubed_*} score its story threads (a story together with its follow-ups): the gold clusters of these sets
 * are events followed over time (a MultiLing topic holds the anniversary reports of its event, an ECB+ seminal
 * event its later developments), which Concord reports as a story and its follow-up stories. The stories
 * themselves are scored as {@code story_bcubed_*}. System {@code concord-blocked} is the same steps with the story
 * step blocked whatever the corpus size ({@link StoryBlocking#DEFAULT}, as on a corpus past its {@code exactBelow}
 * and on Spark; the system property {@code concord.stories.blocking=KEYS,WINDOW} sets other keys and window for
 * tuning). System {@code baseline} is {@link TfIdfSingleLink}.
 * {@code clustering_docs_per_s} is the documents per second of the grouping steps alone (cleaning, features,
 * near-duplicates, clustering; reading excluded; the neighbour search runs on all cores), timed on a second run
 * after a first that warms the JIT up (both runs give the same grouping); {@code clustering_docs_per_cpu_s}
 * divides by the process's CPU time instead of wall time: the rate per fully used core, which does not drop
 * when other work shares the machine. For error analysis, {@code -Dconcord.eval.stories.errors=FILE} writes each
 * document's gold cluster beside its system thread and story (TSV, input order; concord systems).
 */
public final class StoriesEval implements EvalTask {
    public static final String NAME = "stories";
    private static final List<String> SYSTEMS = List.of("concord", "concord-blocked", "baseline");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> systems() {
        return SYSTEMS;
    }

    /** A JSONL file, or a directory holding .jsonl files. */
    @Override
    public void checkData(Path data) throws IOException {
        StoriesReader.files(data);
    }

    @Override
    public EvalResult run(EvalContext ctx) throws IOException {
        Path data = ctx.data();
        String system = ctx.system();
        EvalOptions options = ctx.options();
        StoriesReader.Corpus corpus = StoriesReader.read(data, options.limit(), options.log());
        List<StoryDoc> docs = corpus.documents();
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("stories data '" + data + "' holds no readable document ("
                    + corpus.skipped() + " skipped)");
        }
        List<String> gold = docs.stream().map(StoryDoc::cluster).toList();
        options.log().printf(Locale.ROOT, "stories: %d documents (%d skipped), %d gold clusters, system %s%n",
                docs.size(), corpus.skipped(), new java.util.HashSet<>(gold).size(), system);
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (system.equals("baseline")) {
            TfIdfSingleLink.create().cluster(docs); // warm-up, so the rate below is not the JIT's
            long t1 = System.nanoTime();
            long c1 = cpuNanos();
            int[] labels = TfIdfSingleLink.create().cluster(docs);
            double secs = (System.nanoTime() - t1) / 1e9;
            double cpu = (cpuNanos() - c1) / 1e9;
            List<String> pred = new ArrayList<>();
            for (int l : labels) {
                pred.add(Integer.toString(l));
            }
            BCubed.Score score = BCubed.score(pred, gold);
            put(metrics, "bcubed_", score);
            put(metrics, "story_bcubed_", score); // no follow-up links: each thread is one story
            metrics.put("clustering_docs_per_s", docs.size() / Math.max(secs, 1e-9));
            metrics.put("clustering_docs_per_cpu_s", docs.size() / Math.max(cpu, 1e-9));
        } else {
            // concord: as analyze groups (all pairs below the default's exactBelow documents, blocked from there)
            StoryBlocking blocking = system.equals("concord-blocked") ? blocking() : StoryBlocking.DEFAULT;
            if (system.equals("concord-blocked")) {
                options.log().printf(Locale.ROOT, "stories: blocked on %d keys, window %d%n", blocking.keys(),
                        blocking.window());
            }
            concord(docs, blocking); // warm-up, so the rate below is not the JIT's
            long t1 = System.nanoTime();
            long c1 = cpuNanos();
            Labels labels = concord(docs, blocking);
            double secs = (System.nanoTime() - t1) / 1e9;
            double cpu = (cpuNanos() - c1) / 1e9;
            dump(docs, labels);
            put(metrics, "bcubed_", BCubed.score(labels.threads(), gold));
            put(metrics, "story_bcubed_", BCubed.score(labels.stories(), gold));
            metrics.put("clustering_docs_per_s", docs.size() / Math.max(secs, 1e-9));
            metrics.put("clustering_docs_per_cpu_s", docs.size() / Math.max(cpu, 1e-9));
        }
        return ctx.result(docs.size(), metrics, null);
    }

    /**
     * With the system property {@code concord.eval.stories.errors=FILE}: one line per document (input order) with
     * its id, date, gold cluster, system thread and story labels and title, for error analysis.
     */
    private static void dump(List<StoryDoc> docs, Labels labels) throws IOException {
        String file = System.getProperty("concord.eval.stories.errors");
        if (file == null || file.isBlank()) {
            return;
        }
        StringBuilder sb = new StringBuilder("id\tdate\tgold\tthread\tstory\ttitle\n");
        for (int i = 0; i < docs.size(); i++) {
            StoryDoc d = docs.get(i);
            String title = d.title() == null ? "" : d.title().replaceAll("\\s+", " ");
            sb.append(d.id()).append('\t').append(d.date()).append('\t').append(d.cluster()).append('\t')
                    .append(labels.threads().get(i)).append('\t').append(labels.stories().get(i)).append('\t')
                    .append(title).append('\n');
        }
        java.nio.file.Files.writeString(Path.of(file), sb.toString());
    }

    /** CPU time of the whole process (all threads, GC included), or wall time where the JVM cannot measure it. */
    private static long cpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os && os.getProcessCpuTime() >= 0) {
            return os.getProcessCpuTime();
        }
        return System.nanoTime();
    }

    private static void put(Map<String, Double> metrics, String prefix, BCubed.Score s) {
        metrics.put(prefix + "precision", s.precision());
        metrics.put(prefix + "recall", s.recall());
        metrics.put(prefix + "f1", s.f1());
    }

    /** Per document (in input order): its story's label and its thread's label. */
    record Labels(List<String> stories, List<String> threads) {}

    /**
     * Concord's grouping of the documents, as story and thread labels in input order: the steps {@code analyze}
     * runs on a JSONL input, through the front door's own stages ({@link Concord#clean}, {@link
     * Concord#nearDuplicates}, {@link Concord#stories}) on the raw articles a JSONL line becomes (id, title, date as
     * the published date, text). A document the clean stage rejects (no text left) is a story of its own.
     */
    static Labels concord(List<StoryDoc> docs) {
        return concord(docs, StoryBlocking.DEFAULT);
    }

    /** The blocking of system {@code concord-blocked}: the default, or the tuning property's keys and window. */
    private static StoryBlocking blocking() {
        String p = System.getProperty("concord.stories.blocking");
        if (p == null || p.isBlank()) {
            return StoryBlocking.DEFAULT.always();
        }
        String[] kw = p.split(",");
        if (kw.length != 2) {
            throw new IllegalArgumentException("concord.stories.blocking must be KEYS,WINDOW, got '" + p + "'");
        }
        return new StoryBlocking(Integer.parseInt(kw[0].trim()), Integer.parseInt(kw[1].trim()), 0);
    }

    /** As {@link #concord(List)}, the story step blocked by {@code blocking} (null: all pairs). */
    static Labels concord(List<StoryDoc> docs, StoryBlocking blocking) {
        Concord concord = Concord.builder().storyBlocking(blocking).build();
        List<RawArticle> raws = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            StoryDoc d = docs.get(i);
            // the source names the input line, so each document is found again whatever id the batch gives it
            raws.add(new RawArticle(d.id(), sourceOf(i), null, d.title(), isoDate(d.date()),
                    d.text().replace("\r\n", "\n").replace('\r', '\n')));
        }
        List<Document> documents = concord.clean(raws, new ArrayList<>());
        Map<String, String> duplicateOf = concord.nearDuplicates(documents);
        StoryGrouping g = concord.stories(documents, duplicateOf);
        UnionFind threads = UnionFind.of(g.stories().size());
        for (FollowUp f : g.followUps()) {
            threads.union(f.story(), f.earlierStory());
        }
        Map<String, Integer> storyOfId = new HashMap<>();
        for (int s = 0; s < g.stories().size(); s++) {
            for (String id : g.stories().get(s)) {
                storyOfId.put(id, s);
            }
        }
        Map<String, Integer> storyOfSource = new HashMap<>();
        for (Document d : documents) {
            storyOfSource.put(d.source(), storyOfId.get(d.id()));
        }
        List<String> stories = new ArrayList<>();
        List<String> thr = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Integer s = storyOfSource.get(sourceOf(i));
            if (s == null) {
                // the clean stage left nothing of it: a story of its own, as a skipped input is in no story
                stories.add("skipped:" + i);
                thr.add("skipped:" + i);
            } else {
                stories.add(Integer.toString(s));
                thr.add(Integer.toString(threads.find(s)));
            }
        }
        return new Labels(stories, thr);
    }

    private static String sourceOf(int line) {
        return "input:" + line;
    }

    private static String isoDate(String date) {
        if (date == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
