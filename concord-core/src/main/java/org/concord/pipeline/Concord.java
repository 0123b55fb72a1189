package org.concord.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Annotation;
import org.concord.annotate.TextAnnotator;
import org.concord.clean.CleanedArticle;
import org.concord.clean.Cleaner;
import org.concord.cluster.Corrections;
import org.concord.cluster.FollowUp;
import org.concord.cluster.NearDuplicates;
import org.concord.cluster.StoryClusterer;
import org.concord.cluster.StoryGrouping;
import org.concord.compare.ClaimAligner;
import org.concord.ingest.Ingest;
import org.concord.ingest.IngestOptions;
import org.concord.ingest.IngestResult;
import org.concord.ingest.RawArticle;
import org.concord.model.Claim;
import org.concord.model.Document;
import org.concord.model.Quote;
import org.concord.model.Related;
import org.concord.model.Report;
import org.concord.model.Skipped;
import org.concord.model.Story;
import org.concord.model.SummarySentence;
import org.concord.model.TimelineEntry;
import org.concord.quote.QuoteStep;
import org.concord.resolve.EntityIndex;
import org.concord.summarize.Summarizer;
import org.concord.timeline.TimelineBuilder;
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
    private final TextAnnotator annotator;
    private final IngestOptions ingestOptions;
    private final int threads;
    private final int summaryWords;
    private final ProgressListener progress;
    private final Consumer<String> warnings;
    private final Corrections corrections;

    private Concord(Builder b) {
        this.corrections = b.corrections;
        this.annotator = b.annotator;
        this.ingestOptions = b.ingestOptions;
        this.threads = b.threads;
        this.summaryWords = b.summaryWords;
        this.progress = b.progress;
        this.warnings = b.warnings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads every input (files and directories, recursively) and analyses what could be read. */
    public Analysis analyze(List<Path> inputs) {
        requireAnnotator();
        long t0 = System.nanoTime();
        IngestResult in = Ingest.create(ingestOptions).read(inputs);
        double ingestS = seconds(t0);
        for (Skipped s : in.skipped()) {
            warnings.accept(s.source() + ": skipped: " + s.reason());
        }
        progress.progress("read", in.articles().size(), in.articles().size());
        Analysis a = analyzeArticles(in.articles(), in.skipped());
        Map<String, Double> stages = new LinkedHashMap<>();
        stages.put("ingest", ingestS);
        stages.putAll(a.stageSeconds());
        return new Analysis(a.report(), stages, a.tokens(), a.annotator());
    }

    /** Analyses articles already read; {@code skipped} (inputs the caller could not read) is carried into the report. */
    public Analysis analyzeArticles(List<RawArticle> articles, List<Skipped> skipped) {
        requireAnnotator();
        Map<String, Double> stages = new LinkedHashMap<>();
        List<Skipped> skips = new ArrayList<>(skipped);

        long t = System.nanoTime();
        List<Document> documents = clean(articles, skips);
        stages.put("clean", seconds(t));

        t = System.nanoTime();
        List<AnnotatedDocument> annotated = annotateAll(documents, skips);
        stages.put("annotate", seconds(t));
        long tokens = 0;
        for (AnnotatedDocument d : annotated) {
            tokens += d.annotation().tokenCount();
        }

        t = System.nanoTime();
        List<Document> kept = new ArrayList<>();
        for (AnnotatedDocument d : annotated) {
            kept.add(d.document());
        }
        Map<String, String> duplicateOf = nearDuplicates(kept);
        List<AnnotatedDocument> docs = new ArrayList<>();
        for (AnnotatedDocument d : annotated) {
            String orig = duplicateOf.get(d.id());
            docs.add(orig == null ? d : new AnnotatedDocument(d.document().withDuplicateOf(orig), d.annotation()));
        }
        stages.put("duplicates", seconds(t));

        t = System.nanoTime();
        StoryGrouping grouping = stories(kept, duplicateOf);
        progress.progress("stories", grouping.stories().size(), grouping.stories().size());
        stages.put("cluster", seconds(t));

        Map<String, AnnotatedDocument> byId = new LinkedHashMap<>();
        for (AnnotatedDocument d : docs) {
            byId.put(d.id(), d);
        }
        inferDates(grouping, byId);

        List<Story> stories = new ArrayList<>();
        Map<String, Double> storyStages = new LinkedHashMap<>();
        for (int i = 0; i < grouping.stories().size(); i++) {
            List<AnnotatedDocument> members = new ArrayList<>();
            for (String id : grouping.stories().get(i)) {
                members.add(byId.get(id));
            }
            stories.add(buildStory(i, members, duplicateOf, grouping, storyStages));
            progress.progress("story details", i + 1, grouping.stories().size());
        }
        stages.putAll(storyStages);

        List<Document> outDocs = new ArrayList<>();
        for (AnnotatedDocument d : byId.values()) {
            outDocs.add(d.document());
        }
        Report report = new Report(outDocs, stories, skips);
        return new Analysis(report, stages, tokens, annotator.name());
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
        Map<String, Integer> seenIds = new HashMap<>();
        Cleaner cleaner = Cleaner.create();
        for (RawArticle raw : articles) {
            try {
                CleanedArticle c = cleaner.clean(raw);
                if (c.text().isBlank()) {
                    skips.add(skip(raw.source(), "no article text left after cleaning"));
                    continue;
                }
                String id = uniqueId(raw.id(), seenIds);
                documents.add(new Document(id, raw.source(), c.outlet(), c.title(), c.published(), false,
                        c.text(), c.removed(), null));
            } catch (RuntimeException e) {
                skips.add(skip(raw.source(), "cleaning failed: " + describe(e)));
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
        StoryGrouping grouping = StoryClusterer.create().cluster(documents, duplicateOf);
        if (!corrections.ops().isEmpty()) {
            List<String> order = documents.stream()
                    .sorted(java.util.Comparator.comparing((Document d) -> d.publishedDate() == null ? "9999"
                            : d.publishedDate().toString()).thenComparing(Document::id))
                    .map(Document::id).toList();
            grouping = corrections.apply(grouping, order, warnings);
        }
        return grouping;
    }

    private Story buildStory(int index, List<AnnotatedDocument> members, Map<String, String> duplicateOf,
                             StoryGrouping grouping, Map<String, Double> stageSeconds) {
        String id = storyId(index);
        List<String> ids = new ArrayList<>();
        Map<String, LocalDate> anchors = new HashMap<>();
        for (AnnotatedDocument d : members) {
            ids.add(d.id());
            LocalDate date = d.document().publishedDate();
            if (date != null) {
                anchors.put(d.id(), date);
            }
        }
        List<Related> related = new ArrayList<>();
        for (FollowUp f : grouping.followUps()) {
            if (f.story() == index) {
                related.add(new Related(storyId(f.earlierStory()), "follow-up-of"));
            } else if (f.earlierStory() == index) {
                related.add(new Related(storyId(f.story()), Related.FOLLOW_UP));
            }
        }

        // entities, statements and their ledger: the one quote step that concord eval quotes also scores
        QuoteStep.Result quoteStep = QuoteStep.run(members,
                (stage, nanos) -> stageSeconds.merge(stage, nanos / 1e9, Double::sum));
        EntityIndex entities = quoteStep.entities();
        List<Quote> quotes = quoteStep.quotes();

        long t = System.nanoTime();
        List<TimelineEntry> timeline = TimelineBuilder.create().build(members, anchors);
        add(stageSeconds, "timeline", t);

        t = System.nanoTime();
        List<Claim> claims = ClaimAligner.create().align(members, duplicateOf, quotes);
        add(stageSeconds, "claims", t);

        t = System.nanoTime();
        List<SummarySentence> summary = Summarizer.create(summaryWords).summarize(members, duplicateOf);
        String headline = Summarizer.headline(members);
        add(stageSeconds, "summarize", t);

        return new Story(id, headline, ids, related, summary, entities.entities(), quotes, timeline, claims);
    }

    /**
     * Documents with no date from metadata or a dateline get one from their story, marked
     * {@code published_inferred}: the latest day of the story's dated span that the document refers to in the
     * past by weekday ("on Wednesday" in a story dated Tuesday to Thursday means it ran Wednesday or later),
     * else the story's earliest date. A story with no dated document leaves them null.
     */
    private static void inferDates(StoryGrouping grouping, Map<String, AnnotatedDocument> byId) {
        for (List<String> story : grouping.stories()) {
            LocalDate earliest = null;
            LocalDate latest = null;
            for (String id : story) {
                LocalDate d = byId.get(id).document().publishedDate();
                if (d != null && (earliest == null || d.isBefore(earliest))) {
                    earliest = d;
                }
                if (d != null && (latest == null || d.isAfter(latest))) {
                    latest = d;
                }
            }
            if (earliest == null) {
                continue;
            }
            for (String id : story) {
                AnnotatedDocument d = byId.get(id);
                if (d.document().published() == null) {
                    LocalDate date = latestWeekdayIn(d, earliest, latest);
                    byId.put(id, new AnnotatedDocument(d.document().withPublished(date.toString(), true),
                            d.annotation()));
                }
            }
        }
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

    private List<AnnotatedDocument> annotateAll(List<Document> documents, List<Skipped> skips) {
        int total = documents.size();
        AtomicInteger done = new AtomicInteger();
        List<AnnotatedDocument> out = new ArrayList<>();
        if (total == 0) {
            return out;
        }
        int n = Math.max(1, Math.min(threads, total));
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread th = new Thread(r, "concord-annotate");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<Annotation>> futures = new ArrayList<>();
            for (Document d : documents) {
                futures.add(pool.submit(() -> {
                    Annotation a = annotator.annotate(d.text(), d.publishedDate());
                    progress.progress("annotate", done.incrementAndGet(), total);
                    return a;
                }));
            }
            for (int i = 0; i < documents.size(); i++) {
                Document d = documents.get(i);
                try {
                    out.add(new AnnotatedDocument(d, futures.get(i).get()));
                } catch (java.util.concurrent.ExecutionException e) {
                    skips.add(skip(d.source(), "annotation failed: " + describe(e.getCause())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while annotating", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    private Skipped skip(String source, String reason) {
        warnings.accept(source + ": skipped: " + reason);
        return new Skipped(source, reason);
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static String uniqueId(String id, Map<String, Integer> seen) {
        int n = seen.merge(id, 1, Integer::sum);
        return n == 1 ? id : id + "-" + n;
    }

    private static String storyId(int index) {
        return "s" + (index + 1);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void add(Map<String, Double> m, String stage, long t0) {
        m.merge(stage, seconds(t0), Double::sum);
    }

    /** Builds a {@link Concord}; every setting has a default except the annotator. */
    public static final class Builder {
        private TextAnnotator annotator;
        private IngestOptions ingestOptions = IngestOptions.defaults();
        private int threads = Runtime.getRuntime().availableProcessors();
        private int summaryWords = 120;
        private ProgressListener progress = ProgressListener.none();
        private Consumer<String> warnings = w -> { };
        private Corrections corrections = Corrections.none();

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

        public Concord build() {
            return new Concord(this);
        }
    }
}
