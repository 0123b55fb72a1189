package org.concord.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.concord.annotate.Annotation;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.TextAnnotator;
import org.concord.cluster.Corrections;
import org.concord.cluster.FollowUp;
import org.concord.cluster.NearDuplicates;
import org.concord.cluster.StoryBlocking;
import org.concord.cluster.StoryClusterer;
import org.concord.cluster.StoryGrouping;
import org.concord.ingest.DocumentIds;
import org.concord.ingest.Ingest;
import org.concord.ingest.IngestOptions;
import org.concord.ingest.IngestResult;
import org.concord.ingest.RawArticle;
import org.concord.model.Document;
import org.concord.model.Related;
import org.concord.model.Provenance;
import org.concord.quote.QuoteStep;
import org.concord.model.Report;
import org.concord.model.Skipped;
import org.concord.model.Story;
import org.concord.timeline.TimexNormalizer;

/**
 * Concord's front door: articles in, a {@link Report} of stories out.
 *
 * <pre>{@code
 * Concord concord = Concord.builder().annotator(CoreNlpAnnotator.shared()).build();
 * Report report = concord.analyze(List.of(Path.of("articles/"))).report();
 * }</pre>
 *
 * The stages run in pipeline order: ingest, clean (with metadata), annotate (in parallel), near-duplicates,
 * stories, date inference, then per story: entities, quotes and their ledger, timeline, claims, summary.
 * An instance is immutable and may be shared; each call to {@code analyze} is independent. The stages that need no
 * annotation ({@link #clean}, {@link #nearDuplicates}, {@link #stories}) are public, so that an evaluation scores
 * the very steps {@code analyze} runs; an instance built without an annotator can run those only.
 */
public final class Concord {
    /**
     * The engine's version, as reports record it ({@link Provenance#concord()}): the jar's Implementation-Version,
     * else "dev" (classes not run from a built jar).
     */
    public static final String ENGINE_VERSION = java.util.Objects.requireNonNullElse(
            Concord.class.getPackage().getImplementationVersion(), "dev");

    private final TextAnnotator annotator;
    private final IngestOptions ingestOptions;
    private final int threads;
    private final int summaryWords;
    private final double minConfidence;
    private final ProgressListener progress;
    private final Consumer<String> warnings;
    private final Corrections corrections;
    private final AnnotationCache annotationCache;
    private final DocumentBudget documentBudget;
    private final StageRunner runner;
    private final StoryBlocking storyBlocking;
    private final DocumentOutputs documentOutputs;

    private Concord(Builder b) {
        this.documentOutputs = b.documentOutputs;
        this.storyBlocking = b.storyBlocking;
        this.runner = b.runner != null ? b.runner : StageRunner.threads(b.threads);
        this.annotationCache = b.annotationCache;
        this.documentBudget = b.documentBudget;
        this.corrections = b.corrections;
        this.annotator = b.annotator;
        this.ingestOptions = b.ingestOptions;
        this.threads = b.threads;
        this.summaryWords = b.summaryWords;
        this.minConfidence = Double.isNaN(b.minConfidence) ? QuoteStep.defaultMinConfidence() : b.minConfidence;
        this.progress = b.progress;
        this.warnings = b.warnings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads every input (files and directories, recursively) and analyses what could be read. */
    public Analysis analyze(List<Path> inputs) {
        return read(inputs, null);
    }

    /** Reads every input and continues the analysis of {@code previous} with it ({@link #update(Report, List, List)}). */
    public Analysis update(Report previous, List<Path> inputs) {
        return read(inputs, Objects.requireNonNull(previous, "previous"));
    }

    /**
     * Analyses what {@link Ingest} already read: its articles, with its skipped inputs carried into the report (a
     * caller that reads first can stop before any analysis when nothing could be read). The stage times have no
     * {@code ingest} entry: the reading was the caller's.
     */
    public Analysis analyze(IngestResult read) {
        return analyzeRead(Objects.requireNonNull(read, "read"), null, -1);
    }

    /** Continues the analysis of {@code previous} with what {@link Ingest} already read ({@link #analyze(IngestResult)}). */
    public Analysis update(Report previous, IngestResult read) {
        return analyzeRead(Objects.requireNonNull(read, "read"), Objects.requireNonNull(previous, "previous"), -1);
    }

    private Analysis read(List<Path> inputs, Report previous) {
        requireAnnotator();
        long t0 = System.nanoTime();
        IngestResult in = Ingest.create(ingestOptions).read(inputs);
        return analyzeRead(in, previous, seconds(t0));
    }

    /** Analyses what was read; {@code ingestS} is the time reading took, negative when the caller read. */
    private Analysis analyzeRead(IngestResult in, Report previous, double ingestS) {
        requireAnnotator();
        for (Skipped s : in.skipped()) {
            warnings.accept(s.source() + ": skipped: " + s.reason());
        }
        progress.progress("read", in.articles().size(), in.articles().size());
        Analysis a = run(in.articles(), previous, in.skipped());
        Map<String, Double> stages = new LinkedHashMap<>();
        if (ingestS >= 0) {
            stages.put("ingest", ingestS);
        }
        stages.putAll(a.stageSeconds());
        return new Analysis(a.report(), stages, a.tokens(), a.annotator(), a.counts());
    }

    /** Analyses articles already read; {@code skipped} (inputs the caller could not read) is carried into the report. */
    public Analysis analyzeArticles(List<RawArticle> articles, List<Skipped> skipped) {
        return run(articles, null, skipped);
    }

    /**
     * Continues an earlier analysis with new articles: the earlier report's documents enter already clean (a new
     * article with the id of an earlier document replaces it, as a newer version), each earlier story is held
     * together (a {@code merge} correction before the user's own), new articles join the story they belong to or
     * start one, and a story keeps its id. A story whose documents are all unchanged is taken from the earlier
     * report as it is; only the stories that new or changed documents touch are analysed again. With an
     * annotation cache ({@link Builder#annotationCache}) an unchanged document is not annotated again either.
     */
    public Analysis update(Report previous, List<RawArticle> articles, List<Skipped> skipped) {
        return run(articles, Objects.requireNonNull(previous, "previous"), skipped);
    }

    private Analysis run(List<RawArticle> articles, Report previous, List<Skipped> skipped) {
        requireAnnotator();
        StageTimes times = new StageTimes();
        List<Skipped> skips = new ArrayList<>(skipped);

        // per-document stages, in parallel: clean, annotate, signature, features
        List<RawArticle> raws = DocumentIds.disambiguate(articles);
        List<DocumentWork> work = new ArrayList<>();
        for (RawArticle r : raws) {
            work.add(DocumentWork.of(r));
        }
        Corrections fixes = corrections;
        Map<String, Document> before = new HashMap<>();
        Map<String, DocumentWork> replaced = new LinkedHashMap<>();
        if (previous != null) {
            Set<String> fresh = new HashSet<>();
            raws.forEach(r -> fresh.add(r.id()));
            for (Document d : previous.documents()) {
                before.put(d.id(), d);
                DocumentWork w = DocumentWork.of(new Document(d.id(), d.source(), d.outlet(), d.title(),
                        d.publishedInferred() ? null : d.published(), false, d.text(), d.removed(), null));
                if (fresh.contains(d.id())) {
                    replaced.put(d.id(), w); // a newer version of the same document, read from the inputs
                } else {
                    work.add(w);
                }
            }
            List<Corrections.Op> ops = new ArrayList<>();
            for (Story s : previous.stories()) {
                if (s.documents().size() >= 2) {
                    ops.add(new Corrections.Op(Corrections.Kind.MERGE, s.documents()));
                }
            }
            ops.addAll(corrections.ops());
            fixes = Corrections.of(ops);
        }
        java.util.concurrent.atomic.AtomicLong annotated = new java.util.concurrent.atomic.AtomicLong();
        // counted when an annotation reaches the pipeline (on the waiting thread): an annotation a time budget gave
        // up on, finishing later on its own thread, is never counted
        AnnotationCache counting = (docId, text, date, compute, version) -> annotationCache.annotate(docId, text,
                date, (t, dd) -> {
                    org.concord.annotate.Annotation a = compute.apply(t, dd);
                    annotated.incrementAndGet();
                    return a;
                }, version);
        DocumentPipeline pipeline = DocumentPipeline.standard(annotator, counting, documentBudget);
        // an earlier document whose outputs are kept (documentOutputs) skips the stages: only the others run, and
        // the results are put back in input order. A kept document went through with no note, so the skipped
        // entries (by stage, then input order) are those of the documents that ran.
        String version = annotator.version();
        Map<String, DocumentOutputs.Entry> held = new HashMap<>();
        List<DocumentWork> toRun = new ArrayList<>();
        for (DocumentWork w : work) {
            DocumentOutputs.Entry e = documentOutputs == null || w.document() == null ? null
                    : documentOutputs.get(w.document(), version);
            if (e != null) {
                held.put(w.id(), e);
            } else {
                toRun.add(w);
            }
        }
        DocumentPipeline.Result processed = runner.documents(pipeline, toRun, times, progress);
        for (Skipped s : processed.skipped()) {
            warnings.accept(s.source() + ": skipped: " + s.reason());
        }
        skips.addAll(processed.skipped());
        Map<String, Long> tokensOf = new HashMap<>();
        List<DocumentWork> docs = new ArrayList<>();
        if (held.isEmpty()) {
            docs.addAll(processed.documents());
        } else {
            Map<String, DocumentWork> made = new HashMap<>();
            processed.documents().forEach(d -> made.put(d.id(), d));
            for (DocumentWork w : work) {
                DocumentOutputs.Entry e = held.get(w.id());
                if (e != null) {
                    docs.add(e.output());
                    tokensOf.put(w.id(), e.tokens());
                } else if (made.containsKey(w.id())) {
                    docs.add(made.get(w.id()));
                }
            }
        }
        if (documentOutputs != null) {
            processed.documents().forEach(d -> documentOutputs.put(version, d));
        }
        if (!replaced.isEmpty()) {
            // an earlier document stays when its new version could not be read; else the new one replaces it
            Set<String> done = new HashSet<>();
            docs.forEach(d -> done.add(d.id()));
            List<DocumentWork> keep = new ArrayList<>();
            replaced.forEach((id, w) -> {
                if (done.contains(id)) {
                    warnings.accept(id + ": a new version replaces the earlier report's document");
                } else {
                    warnings.accept(id + ": the new version was skipped; the earlier report's document is kept");
                    keep.add(w);
                }
            });
            DocumentPipeline.Result kept = pipeline.run(keep, threads, times, ProgressListener.none());
            docs.addAll(kept.documents());
            skips.addAll(kept.skipped());
        }
        long tokens = 0;
        for (DocumentWork d : docs) {
            tokens += d.annotation() != null ? d.annotation().tokenCount() : tokensOf.get(d.id());
        }

        // corpus-wide steps, from the per-document outputs only
        List<Document> kept = new ArrayList<>();
        List<NearDuplicates.Signature> signatures = new ArrayList<>();
        Map<String, Map<String, Integer>> features = new HashMap<>();
        for (DocumentWork d : docs) {
            kept.add(d.document());
            signatures.add(d.signature());
            features.put(d.id(), d.features());
        }
        Map<String, String> duplicateOf = times.time("duplicates",
                () -> runner.nearDuplicates(kept, signatures));
        Corrections grouped = fixes;
        StoryGrouping grouping = times.time("cluster", () -> stories(kept, features, duplicateOf, grouped));
        progress.progress("stories", grouping.stories().size(), grouping.stories().size());

        // a kept document's annotation is read only when a step needs it (annotations()): dating an undated
        // document from its story, and the stories analysed again
        Map<String, AnnotatedDocument> byId = new LinkedHashMap<>();
        Map<String, DocumentWork> workOf = new HashMap<>();
        for (DocumentWork d : docs) {
            workOf.put(d.id(), d);
            String orig = duplicateOf.get(d.id());
            Document doc = d.document();
            byId.put(d.id(), new AnnotatedDocument(orig == null ? doc : doc.withDuplicateOf(orig), d.annotation()));
        }
        java.util.function.UnaryOperator<AnnotatedDocument> annotations = m -> m.annotation() != null ? m
                : new AnnotatedDocument(m.document(), annotationOf(workOf.get(m.id()), pipeline, times));
        inferDates(grouping, byId, annotations);
        List<String> storyIds = storyIds(grouping, previous);

        // per-story analysis, in parallel; an unchanged earlier story is kept as it was
        Map<String, Story> earlier = new HashMap<>();
        Provenance provenance = new Provenance(ENGINE_VERSION, annotator.version(), summaryWords, Provenance.IDS,
                List.of(), minConfidence);
        // earlier stories stand only when made by this version, with these settings and ids
        boolean reusable = previous != null && provenance.sameSettings(previous.analysis());
        Map<String, String> previousDuplicates = new HashMap<>();
        if (previous != null) {
            previous.stories().forEach(s -> earlier.put(s.id(), s));
            previous.documents().forEach(d -> {
                if (d.duplicateOf() != null) {
                    previousDuplicates.put(d.id(), d.duplicateOf());
                }
            });
        }
        times.declare(StoryAnalyzer.STAGES);
        List<Story> stories = new ArrayList<>();
        List<StoryInput> todo = new ArrayList<>();
        List<Integer> todoIndex = new ArrayList<>();
        int reused = 0;
        for (int i = 0; i < grouping.stories().size(); i++) {
            List<AnnotatedDocument> members = new ArrayList<>();
            for (String id : grouping.stories().get(i)) {
                members.add(byId.get(id));
            }
            StoryInput in = new StoryInput(storyIds.get(i), members, duplicatesOf(members, duplicateOf),
                    related(i, grouping, storyIds));
            Story old = reusable ? earlier.get(in.id()) : null;
            if (old != null && !previous.analysis().incompleteStories().contains(old.id())
                    && unchanged(old, in, before, previousDuplicates)) {
                stories.add(new Story(old.id(), old.headline(), old.documents(), in.related(), old.summary(),
                        old.entities(), old.quotes(), old.timeline(), old.claims()));
                reused++;
            } else {
                stories.add(null);
                List<AnnotatedDocument> withText = new ArrayList<>();
                for (AnnotatedDocument m : members) {
                    AnnotatedDocument full = annotations.apply(m);
                    withText.add(full);
                    byId.put(m.id(), full);
                }
                todo.add(new StoryInput(in.id(), withText, in.duplicateOf(), in.related()));
                todoIndex.add(i);
            }
        }
        List<String> incomplete = new ArrayList<>();
        List<Story> analysed = runner.stories(documentOutputs == null
                ? StoryAnalyzer.create(summaryWords, minConfidence)
                : StoryAnalyzer.create(summaryWords, minConfidence, documentOutputs::mentions), todo, times, progress,
                (in, e) -> {
                    // one story's failure must not lose the others: it keeps its documents, without analysis
                    warnings.accept("story " + in.id() + ": analysis failed, documents kept without it: "
                            + describe(e));
                    incomplete.add(in.id());
                });
        for (int k = 0; k < todo.size(); k++) {
            stories.set(todoIndex.get(k), analysed.get(k));
        }

        List<Document> outDocs = new ArrayList<>();
        for (AnnotatedDocument d : byId.values()) {
            outDocs.add(d.document());
        }
        Report report = new Report(outDocs, stories, skips, new Provenance(provenance.concord(),
                provenance.annotator(), summaryWords, Provenance.IDS, incomplete, minConfidence));
        Analysis.Counts counts = new Analysis.Counts(outDocs.size(), annotated.get(), todo.size(), reused);
        return new Analysis(report, times.seconds(), tokens, annotator.name(), counts);
    }

    /** Whether an earlier story can stand as it is: same id, same documents in the same order, each unchanged. */
    private static boolean unchanged(Story old, StoryInput in, Map<String, Document> before,
                                     Map<String, String> previousDuplicates) {
        List<String> ids = in.members().stream().map(AnnotatedDocument::id).toList();
        if (!old.documents().equals(ids) || !in.duplicateOf().equals(duplicatesOf(in.members(), previousDuplicates))) {
            return false;
        }
        for (AnnotatedDocument m : in.members()) {
            Document was = before.get(m.id());
            if (was == null || !was.equals(m.document())) {
                return false;
            }
        }
        return true;
    }

    /** The near-duplicate links that the members' chains follow. */
    private static Map<String, String> duplicatesOf(List<AnnotatedDocument> members, Map<String, String> all) {
        Map<String, String> out = new HashMap<>();
        for (AnnotatedDocument m : members) {
            String r = m.id();
            while (all.containsKey(r) && !out.containsKey(r)) {
                out.put(r, all.get(r));
                r = all.get(r);
            }
        }
        return out;
    }

    private static List<Related> related(int index, StoryGrouping grouping, List<String> storyIds) {
        List<Related> related = new ArrayList<>();
        for (FollowUp f : grouping.followUps()) {
            if (f.story() == index) {
                related.add(new Related(storyIds.get(f.earlierStory()), "follow-up-of"));
            } else if (f.earlierStory() == index) {
                related.add(new Related(storyIds.get(f.story()), Related.FOLLOW_UP));
            }
        }
        return related;
    }

    /**
     * Story ids: {@code s-<id of the story's earliest document>} (its first member: by date, then id), so that an
     * id survives new documents joining the story. Continuing an earlier report, a story that holds the document
     * an earlier story's id came from (that story's first document) keeps the earlier id.
     */
    static List<String> storyIds(StoryGrouping grouping, Report previous) {
        Map<String, String> anchorOf = new HashMap<>();
        if (previous != null) {
            for (Story s : previous.stories()) {
                if (!s.documents().isEmpty()) {
                    anchorOf.putIfAbsent(s.documents().get(0), s.id());
                }
            }
        }
        List<String> ids = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (List<String> members : grouping.stories()) {
            String id = null;
            for (String m : members) {
                String old = anchorOf.get(m);
                if (old != null && !used.contains(old)) {
                    id = old;
                    break;
                }
            }
            if (id == null) {
                id = "s-" + members.get(0);
            }
            String unique = id;
            for (int k = 2; used.contains(unique); k++) {
                unique = id + "-" + k;
            }
            used.add(unique);
            ids.add(unique);
        }
        return ids;
    }
    private void requireAnnotator() {
        if (annotator == null) {
            throw new IllegalStateException("annotator: set one with Concord.builder().annotator(...) to analyse; "
                    + "clean, nearDuplicates and stories need none");
        }
    }

    /**
     * The clean stage: each raw article cleaned (boilerplate, headline, byline, dateline, outlet) into a document
     * with an id unique in the batch; an article that fails or has no text left becomes a skipped entry in
     * {@code skips}. What {@code analyze} runs, and what {@code concord eval stories} runs before grouping.
     */
    public List<Document> clean(List<RawArticle> articles, List<Skipped> skips) {
        List<Document> documents = new ArrayList<>();
        CleanStage clean = new CleanStage();
        for (RawArticle raw : DocumentIds.disambiguate(articles)) {
            try {
                documents.add(clean.apply(DocumentWork.of(raw)).document());
            } catch (DocumentStage.Rejected e) {
                skips.add(skip(raw.source(), e.getMessage()));
            } catch (RuntimeException e) {
                skips.add(skip(raw.source(), clean.failure() + ": " + describe(e)));
            }
        }
        return documents;
    }
    /** The corpus-wide near-duplicate step: each copy's id mapped to the id of the document it copies. */
    public Map<String, String> nearDuplicates(List<Document> documents) {
        return NearDuplicates.create().find(documents);
    }

    /**
     * The corpus-wide story step: documents grouped into stories with their follow-up links
     * ({@link StoryClusterer}), then the user's corrections applied. Reads only the documents' text features.
     */
    public StoryGrouping stories(List<Document> documents, Map<String, String> duplicateOf) {
        return stories(documents, Map.of(), duplicateOf, corrections);
    }

    private StoryGrouping stories(List<Document> documents, Map<String, Map<String, Integer>> features,
                                  Map<String, String> duplicateOf, Corrections corrections) {
        StoryClusterer clusterer = storyBlocking == null ? StoryClusterer.create()
                : StoryClusterer.blocked(storyBlocking).on(runner.storySteps());
        StoryGrouping grouping = clusterer.cluster(documents, features, duplicateOf);
        if (!corrections.ops().isEmpty()) {
            List<String> order = documents.stream()
                    .sorted(java.util.Comparator.comparing((Document d) -> d.publishedDate() == null ? "9999"
                            : d.publishedDate().toString()).thenComparing(Document::id))
                    .map(Document::id).toList();
            grouping = corrections.apply(grouping, order, warnings);
        }
        return grouping;
    }

    /**
     * Documents with no date from metadata or a dateline get one from their story, marked
     * {@code published_inferred}: the latest day of the story's dated span that the document refers to in the
     * past by weekday ("on Wednesday" in a story dated Tuesday to Thursday means it ran Wednesday or later),
     * else the story's earliest date. A story with no dated document leaves them null.
     */
    private static void inferDates(StoryGrouping grouping, Map<String, AnnotatedDocument> byId,
                                   UnaryOperator<AnnotatedDocument> annotations) {
        for (List<String> story : grouping.stories()) {
            List<AnnotatedDocument> members = new ArrayList<>();
            story.forEach(id -> members.add(byId.get(id)));
            withInferredDates(members, annotations).forEach(d -> byId.put(d.id(), d));
        }
    }

    /** One story's members with the dates {@link #inferDates} gives the undated ones (the same order). */
    public static List<AnnotatedDocument> withInferredDates(List<AnnotatedDocument> story) {
        return withInferredDates(story, UnaryOperator.identity());
    }

    /**
     * {@link #withInferredDates(List)}, where a member may come without its annotation: {@code annotations} gives
     * it one when its date is inferred (the only case that reads it).
     */
    private static List<AnnotatedDocument> withInferredDates(List<AnnotatedDocument> story,
                                                             UnaryOperator<AnnotatedDocument> annotations) {
        LocalDate earliest = null;
        LocalDate latest = null;
        for (AnnotatedDocument m : story) {
            LocalDate d = m.document().publishedDate();
            if (d != null && (earliest == null || d.isBefore(earliest))) {
                earliest = d;
            }
            if (d != null && (latest == null || d.isAfter(latest))) {
                latest = d;
            }
        }
        List<AnnotatedDocument> out = new ArrayList<>();
        for (AnnotatedDocument d : story) {
            if (earliest != null && d.document().published() == null) {
                AnnotatedDocument full = annotations.apply(d);
                LocalDate date = latestWeekdayIn(full, earliest, latest);
                out.add(new AnnotatedDocument(d.document().withPublished(date.toString(), true), full.annotation()));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    private static LocalDate latestWeekdayIn(AnnotatedDocument d, LocalDate from, LocalDate to) {
        LocalDate best = from;
        for (org.concord.annotate.Timex t : d.annotation().timexes()) {
            org.concord.annotate.Sentence s = d.annotation().sentenceAt(t.start());
            java.time.DayOfWeek day = TimexNormalizer.pastWeekday(t.text(),
                    s == null ? "" : d.text().substring(s.start(), s.end()));
            if (day == null) {
                continue;
            }
            for (LocalDate x = from; !x.isAfter(to); x = x.plusDays(1)) {
                if (x.getDayOfWeek() == day && x.isAfter(best)) {
                    best = x;
                }
            }
        }
        return best;
    }

    /**
     * The annotation of a document whose outputs were kept without it (its soft reference cleared): the kept one,
     * else made again by the stages, through the annotation cache, exactly as a run without kept outputs makes it.
     */
    private Annotation annotationOf(DocumentWork kept, DocumentPipeline pipeline, StageTimes times) {
        DocumentOutputs.Entry e = documentOutputs.get(kept.document(), annotator.version());
        Annotation a = e == null ? null : e.annotation().get();
        if (a != null) {
            return a;
        }
        DocumentPipeline.Outcome o = pipeline.attempt(DocumentWork.of(kept.document()), times);
        if (o.work() == null || o.work().annotation() == null) {
            throw new IllegalStateException("document " + kept.id() + ": its kept outputs lost their annotation and "
                    + "it could not be made again: " + (o.skipped() == null ? "no annotation" : o.skipped().reason()));
        }
        documentOutputs.put(annotator.version(), o.work());
        return o.work().annotation();
    }

    private Skipped skip(String source, String reason) {
        warnings.accept(source + ": skipped: " + reason);
        return new Skipped(source, reason);
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Builds a {@link Concord}; every setting has a default except the annotator. */
    public static final class Builder {
        private TextAnnotator annotator;
        private IngestOptions ingestOptions = IngestOptions.defaults();
        private int threads = Runtime.getRuntime().availableProcessors();
        private int summaryWords = 120;
        private double minConfidence = Double.NaN;
        private ProgressListener progress = ProgressListener.none();
        private Consumer<String> warnings = w -> { };
        private Corrections corrections = Corrections.none();
        private AnnotationCache annotationCache = AnnotationCache.none();
        private DocumentBudget documentBudget = DocumentBudget.none();
        private StageRunner runner;
        private StoryBlocking storyBlocking = StoryBlocking.DEFAULT;
        private DocumentOutputs documentOutputs;

        private Builder() {
        }

        public Builder annotator(TextAnnotator annotator) {
            this.annotator = Objects.requireNonNull(annotator, "annotator");
            return this;
        }

        public Builder ingestOptions(IngestOptions options) {
            this.ingestOptions = Objects.requireNonNull(options, "ingestOptions");
            return this;
        }

        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        public Builder summaryWords(int words) {
            if (words < 10) {
                throw new IllegalArgumentException("summaryWords must be at least 10, got " + words);
            }
            this.summaryWords = words;
            return this;
        }

        /**
         * The minimum confidence of a shown speaker, in [0, 1]: a quote whose speaker is less likely right keeps
         * its words and loses its speaker. Default: the confidence model's own threshold
         * ({@link QuoteStep#defaultMinConfidence()}); 0 shows every speaker found.
         */
        public Builder minConfidence(double minConfidence) {
            this.minConfidence = QuoteStep.checkMinConfidence(minConfidence);
            return this;
        }

        public Builder progress(ProgressListener listener) {
            this.progress = Objects.requireNonNull(listener, "progress");
            return this;
        }

        /** Receives one line per skipped input or problem (the CLI prints them on standard error). */
        public Builder warnings(Consumer<String> sink) {
            this.warnings = Objects.requireNonNull(sink, "warnings");
            return this;
        }

        /** The user's corrections to the story grouping, applied after clustering ({@link Corrections}). */
        public Builder corrections(Corrections corrections) {
            this.corrections = Objects.requireNonNull(corrections, "corrections");
            return this;
        }

        /** Where annotations are kept between runs (default: none, every document is annotated). */
        public Builder annotationCache(AnnotationCache cache) {
            this.annotationCache = Objects.requireNonNull(cache, "annotationCache");
            return this;
        }

        /**
         * What one document's annotation may cost (default: {@link DocumentBudget#none()}, no limit; the CLI uses
         * {@link DocumentBudget#defaults()}): a document past it is skipped with a reason naming the budget.
         */
        public Builder documentBudget(DocumentBudget budget) {
            this.documentBudget = Objects.requireNonNull(budget, "documentBudget");
            return this;
        }

        /** {@link #documentBudget(DocumentBudget)} of {@code time} (null: no limit) and {@code tokens} (0: none). */
        public Builder documentBudget(java.time.Duration time, int tokens) {
            return documentBudget(DocumentBudget.of(time, tokens));
        }

        /**
         * Where the per-document stages and the per-story analysis run (default: {@link StageRunner#threads} with
         * {@link #threads}); a runner elsewhere (concord-spark) gives the same report.
         */
        public Builder runner(StageRunner runner) {
            this.runner = java.util.Objects.requireNonNull(runner, "runner");
            return this;
        }

        /**
         * How the story step finds its candidate pairs on large corpora (default {@link StoryBlocking#DEFAULT}: all
         * pairs below its {@code exactBelow} documents, blocked from there on); null: all pairs, whatever the size.
         */
        public Builder storyBlocking(StoryBlocking blocking) {
            this.storyBlocking = blocking;
            return this;
        }

        /**
         * Where the per-document outputs of earlier documents are kept between calls (default: none, an earlier
         * report's documents go through the per-document stages again on each {@code update}). A long-lived caller
         * (a server) gives the same store to every instance it builds with the same annotator and budget.
         */
        public Builder documentOutputs(DocumentOutputs outputs) {
            this.documentOutputs = Objects.requireNonNull(outputs, "documentOutputs");
            return this;
        }

        public Concord build() {
            return new Concord(this);
        }
    }
}
