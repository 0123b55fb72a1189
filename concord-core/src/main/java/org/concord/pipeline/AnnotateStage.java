package org.concord.pipeline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.concord.annotate.Annotation;
import org.concord.annotate.TextAnnotator;
import org.concord.model.Document;

/**
 * {@code annotate}: sentences, tokens, lemmas, entities and temporal expressions of the cleaned text, anchored at
 * the document's own date. With an annotation cache, an unchanged document is read back instead of annotated.
 * A text settled to be in another language than English is not annotated: it goes on with an empty annotation
 * and a note saying why ({@link EnglishOnly}), before any budget is checked (nothing is spent on it).
 *
 * <p>Under a {@link DocumentBudget}: a document whose estimated tokens exceed the token budget, or that holds a
 * run of punctuation longer than {@link #MAX_PUNCTUATION_RUN} (the tokenizer's time grows with the square of such
 * a run), is rejected before the annotator sees it. With a time budget the annotator runs on a watched thread; the
 * stage waits at most the budget, then interrupts that thread, rejects the document and discards whatever the
 * thread makes later: nothing it returns reaches the document, the cache or the counts. The residual risk: an
 * annotator that ignores interrupts (CoreNLP checks them only between some steps) keeps its thread, one core and
 * its memory until it ends by itself; the thread is a daemon and never delays the end of the run.
 */
final class AnnotateStage implements DocumentStage {
    static final String NAME = "annotate";
    /** The longest run of punctuation and symbols (no letter, digit or space) a budgeted document may hold. */
    static final int MAX_PUNCTUATION_RUN = 1_000;
    private static final ExecutorService WATCHED = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "concord-annotate-watched");
        t.setDaemon(true);
        return t;
    });
    private final TextAnnotator annotator;
    private final AnnotationCache cache;
    private final DocumentBudget budget;

    AnnotateStage(TextAnnotator annotator, AnnotationCache cache) {
        this(annotator, cache, DocumentBudget.none());
    }

    AnnotateStage(TextAnnotator annotator, AnnotationCache cache, DocumentBudget budget) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> requires() {
        return Set.of(CleanStage.NAME);
    }

    @Override
    public String failure() {
        return "annotation failed";
    }

    @Override
    public DocumentWork apply(DocumentWork in) {
        Document d = in.document();
        String notEnglish = EnglishOnly.reason(d.text());
        if (notEnglish != null) {
            return in.withAnnotation(EnglishOnly.NONE).withNote(notEnglish);
        }
        if (budget.tokens() > 0) {
            // checked whether or not the annotation is cached, so that the same inputs give the same report
            long estimated = DocumentBudget.estimateTokens(d.text());
            if (estimated > budget.tokens()) {
                throw new Rejected(budget.tokensReason(estimated));
            }
            int run = longestPunctuationRun(d.text());
            if (run > MAX_PUNCTUATION_RUN) {
                throw new Rejected(String.format(java.util.Locale.ROOT, "over the per-document token budget: a "
                        + "run of %d punctuation marks with no letter, digit or space (more than %d; tokenizing "
                        + "it takes time that grows with the square of its length)", run, MAX_PUNCTUATION_RUN));
            }
        }
        Annotation a = cache.annotate(d.id(), d.text(), d.publishedDate(), this::compute, annotator.version());
        return in.withAnnotation(a);
    }

    /** The length of the longest run of characters that are neither letters, digits nor white space. */
    static int longestPunctuationRun(CharSequence text) {
        int best = 0;
        int run = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                run = 0;
            } else if (++run > best) {
                best = run;
            }
        }
        return best;
    }

    private Annotation compute(String text, LocalDate date) {
        if (budget.time() == null) {
            return annotator.annotate(text, date);
        }
        annotator.prepare(); // model loading is not the document's time, and must never be interrupted
        Future<Annotation> f = WATCHED.submit(() -> annotator.annotate(text, date));
        try {
            return f.get(budget.time().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new Rejected(budget.timeReason());
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while annotating", e);
        }
    }
}
