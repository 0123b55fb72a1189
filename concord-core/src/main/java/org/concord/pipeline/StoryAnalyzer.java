package org.concord.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.concord.annotate.AnnotatedDocument;
import org.concord.compare.ClaimAligner;
import org.concord.model.Story;
import org.concord.quote.QuoteMention;
import org.concord.quote.QuoteStep;
import org.concord.summarize.Summarizer;
import org.concord.timeline.TimelineBuilder;

/**
 * The per-story analysis, one pure function: {@code analyze(StoryInput) -> Story}. Its stages, in order:
 * {@code entities} (resolved across the members), {@code quotes} (statements and their ledger), {@code timeline},
 * {@code claims} (agreement and conflict across outlets), {@code summarize} (a cited summary and a headline), then
 * {@code ids} (ids derived from their evidence, {@link StableIds}). The CLI, a server and a Spark job run the same
 * analyzer; it is immutable and thread-safe, so stories can be analysed in parallel.
 */
public final class StoryAnalyzer {
    /** The stage names, in order. */
    public static final List<String> STAGES = List.of("entities", "quotes", "timeline", "claims", "summarize", "ids");

    private final List<StoryStage> stages;

    private StoryAnalyzer(int summaryWords, double minConfidence,
                          java.util.function.Function<AnnotatedDocument, List<QuoteMention>> mentions) {
        stages = List.of(
                stage("entities", Set.of(), d -> d.withEntities(QuoteStep.entities(d.input().members()))),
                stage("quotes", Set.of("entities"),
                        d -> d.withQuotes(QuoteStep.quotes(d.input().members(), d.entities(), minConfidence, mentions)
                                .quotes())),
                stage("timeline", Set.of(),
                        d -> d.withTimeline(TimelineBuilder.create().build(d.input().members(), anchors(d)))),
                stage("claims", Set.of("quotes"), d -> d.withClaims(ClaimAligner.create()
                        .align(d.input().members(), d.input().duplicateOf(), d.quotes(), d.entities().entities()))),
                stage("summarize", Set.of(), d -> d.withSummary(Summarizer.create(summaryWords)
                        .summarize(d.input().members(), d.input().duplicateOf()),
                        org.concord.summarize.Headline.of(d.input().members()))));
        Set<String> done = new HashSet<>();
        for (StoryStage s : stages) {
            if (!done.containsAll(s.requires())) {
                throw new IllegalStateException("stage " + s.name() + " needs " + s.requires());
            }
            done.add(s.name());
        }
    }

    /**
     * The analyzer with a summary budget of {@code summaryWords} words (at least 10), showing speakers at the
     * default minimum confidence ({@link QuoteStep#defaultMinConfidence()}).
     */
    public static StoryAnalyzer create(int summaryWords) {
        return create(summaryWords, QuoteStep.defaultMinConfidence());
    }

    /** The analyzer, withholding speakers whose confidence is below {@code minConfidence} (in [0, 1]). */
    public static StoryAnalyzer create(int summaryWords, double minConfidence) {
        if (summaryWords < 10) {
            throw new IllegalArgumentException("summaryWords must be at least 10, got " + summaryWords);
        }
        return create(summaryWords, minConfidence, QuoteStep::mentions);
    }

    /**
     * {@link #create(int, double)}, each member's statements from {@code mentions} (by default
     * {@link QuoteStep#mentions}; a caller that keeps them between analyses gives the same ones back).
     */
    public static StoryAnalyzer create(int summaryWords, double minConfidence,
                                       java.util.function.Function<AnnotatedDocument, List<QuoteMention>> mentions) {
        if (summaryWords < 10) {
            throw new IllegalArgumentException("summaryWords must be at least 10, got " + summaryWords);
        }
        return new StoryAnalyzer(summaryWords, QuoteStep.checkMinConfidence(minConfidence),
                java.util.Objects.requireNonNull(mentions, "mentions"));
    }

    /** Analyses one story. */
    public Story analyze(StoryInput in) {
        return analyze(in, new StageTimes());
    }

    /**
     * Analyses one story, adding the time of each stage to {@code times}. The stages read only the members that
     * were annotated (at least one sentence): a document the English stages passed over ({@link EnglishOnly}, an
     * empty annotation) stays among the story's documents but gives it nothing; a story of such documents only is
     * kept as {@link #withoutAnalysis} keeps one.
     */
    public Story analyze(StoryInput in, StageTimes times) {
        List<AnnotatedDocument> annotated = new ArrayList<>();
        for (AnnotatedDocument m : in.members()) {
            if (!m.annotation().sentences().isEmpty()) {
                annotated.add(m);
            }
        }
        if (annotated.isEmpty()) {
            return withoutAnalysis(in);
        }
        StoryInput read = annotated.size() == in.members().size() ? in
                : new StoryInput(in.id(), annotated, in.duplicateOf(), in.related());
        StoryDraft d = StoryDraft.of(read);
        for (StoryStage s : stages) {
            StoryDraft in0 = d;
            d = times.time(s.name(), () -> s.apply(in0));
        }
        Story made = d.story();
        Story built = read == in ? made : new Story(made.id(), made.headline(),
                in.members().stream().map(AnnotatedDocument::id).toList(), made.related(), made.summary(),
                made.entities(), made.quotes(), made.timeline(), made.claims());
        return times.time("ids", () -> StableIds.apply(built));
    }

    /**
     * Analyses stories on {@code threads} threads, results in input order; {@code progress} hears "story details".
     * A story whose analysis fails is reported to {@code failed} and kept with its documents and links only (its
     * first document's title as headline), so that one failure never loses the others.
     */
    public List<Story> analyzeAll(List<StoryInput> inputs, int threads, StageTimes times, ProgressListener progress,
                                  BiConsumer<StoryInput, Throwable> failed) {
        List<Story> out = new ArrayList<>();
        if (inputs.isEmpty()) {
            return out;
        }
        int total = inputs.size();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Workers.pool("concord-story", threads, total);
        try {
            List<Future<Story>> futures = new ArrayList<>();
            for (StoryInput in : inputs) {
                futures.add(pool.submit(() -> {
                    Story s = analyze(in, times);
                    progress.progress("story details", done.incrementAndGet(), total);
                    return s;
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    failed.accept(inputs.get(i), e.getCause());
                    out.add(withoutAnalysis(inputs.get(i)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while analysing stories", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /** A story whose analysis failed: its documents and links, and its headline ({@link org.concord.summarize.Headline#of}). */
    public static Story withoutAnalysis(StoryInput in) {
        String headline = org.concord.summarize.Headline.of(in.members());
        return new Story(in.id(), headline, in.members().stream().map(AnnotatedDocument::id).toList(),
                in.related(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static Map<String, LocalDate> anchors(StoryDraft d) {
        Map<String, LocalDate> anchors = new HashMap<>();
        for (AnnotatedDocument m : d.input().members()) {
            LocalDate date = m.document().publishedDate();
            if (date != null) {
                anchors.put(m.id(), date);
            }
        }
        return anchors;
    }

    private static StoryStage stage(String name, Set<String> requires, UnaryOperator<StoryDraft> f) {
        return new StoryStage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<String> requires() {
                return requires;
            }

            @Override
            public StoryDraft apply(StoryDraft in) {
                return f.apply(in);
            }
        };
    }
}
