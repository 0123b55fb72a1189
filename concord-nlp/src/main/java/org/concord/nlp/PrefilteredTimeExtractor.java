package org.concord.nlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * SUTime behind {@link TemporalCues}: a sentence with no cue of a time expression or a number gets SUTime's answer
 * for such a sentence (no expressions) without running its rule matcher. Installed in the pipeline's NER annotator
 * by {@link #install}, in the place CoreNLP's {@code NumberSequenceClassifier} keeps its extractor (CoreNLP builds it
 * by a fixed class name and offers no setting for it), so everything around SUTime (the CRF taggers, the number,
 * money, percent and ordinal rules, the normalizer, the entity mentions) runs as before on every sentence. Behind the
 * prefilter SUTime runs {@link IsolatedTimeExtractor isolated}: one extractor per thread, its rule state reset for
 * each document, so a document's time values do not depend on what was annotated before it or beside it.
 */
final class PrefilteredTimeExtractor implements TimeExpressionExtractor {
    private final TimeExpressionExtractor inner;
    private final AtomicLong run = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    PrefilteredTimeExtractor(TimeExpressionExtractor inner) {
        this.inner = inner;
    }

    /**
     * Puts a prefilter in front of the SUTime of {@code pipeline}'s NER annotator (once: a prefilter already there is
     * returned as it is); throws IllegalStateException when the pipeline has no NER annotator with SUTime (or
     * CoreNLP's layout changed).
     */
    static PrefilteredTimeExtractor install(AnnotationPipeline pipeline) {
        try {
            NumberSequenceClassifier nsc = numberClassifier(pipeline);
            Field f = field(NumberSequenceClassifier.class, "timexExtractor");
            Object extractor = f.get(nsc);
            if (extractor instanceof PrefilteredTimeExtractor p) {
                return p;
            }
            if (!(extractor instanceof TimeExpressionExtractorImpl inner)) {
                throw new IllegalStateException("the pipeline's NER annotator does not run SUTime");
            }
            PrefilteredTimeExtractor p = new PrefilteredTimeExtractor(new IsolatedTimeExtractor(inner));
            f.set(nsc, p);
            return p;
        } catch (ReflectiveOperationException | ClassCastException | SecurityException e) {
            throw new IllegalStateException("cannot put the SUTime prefilter in this CoreNLP: " + e, e);
        }
    }

    /** Whether the SUTime of {@code pipeline}'s NER annotator runs behind a prefilter. */
    static boolean isInstalled(AnnotationPipeline pipeline) {
        try {
            return field(NumberSequenceClassifier.class, "timexExtractor").get(numberClassifier(pipeline))
                    instanceof PrefilteredTimeExtractor;
        } catch (ReflectiveOperationException | ClassCastException | SecurityException e) {
            throw new IllegalStateException("cannot read the SUTime of this CoreNLP: " + e, e);
        }
    }

    private static NumberSequenceClassifier numberClassifier(AnnotationPipeline pipeline)
            throws ReflectiveOperationException {
        for (Object a : (List<?>) field(AnnotationPipeline.class, "annotators").get(pipeline)) {
            if (a instanceof NERCombinerAnnotator) {
                Object ner = field(NERCombinerAnnotator.class, "ner").get(a);
                Object nsc = field(NERClassifierCombiner.class, "nsc").get(ner);
                if (nsc instanceof NumberSequenceClassifier n) {
                    return n;
                }
            }
        }
        throw new IllegalStateException("the pipeline has no NER annotator with numeric classifiers");
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** Sentences given to SUTime. */
    long run() {
        return run.get();
    }

    /** Sentences SUTime was spared. */
    long skipped() {
        return skipped.get();
    }

    @Override
    public void init(String name, Properties props) {
        inner.init(name, props);
    }

    @Override
    public void init(Options options) {
        inner.init(options);
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap annotation, CoreMap docAnnotation) {
        if (!mayHoldTime(annotation)) {
            skipped.incrementAndGet();
            return List.of();
        }
        run.incrementAndGet();
        return inner.extractTimeExpressionCoreMaps(annotation, docAnnotation);
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap annotation, String docDate) {
        if (!mayHoldTime(annotation)) {
            skipped.incrementAndGet();
            return List.of();
        }
        run.incrementAndGet();
        return inner.extractTimeExpressionCoreMaps(annotation, docDate);
    }

    @Override
    public void finalize(CoreMap docAnnotation) {
        inner.finalize(docAnnotation);
    }

    private static boolean mayHoldTime(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null || TemporalCues.mayHoldTime(tokens);
    }
}
