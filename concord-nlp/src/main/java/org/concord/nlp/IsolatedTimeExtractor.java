package org.concord.nlp;

import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Expression;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * SUTime that gives a document the same time values whatever was annotated before it and on whichever thread.
 * <p>CoreNLP's SUTime keeps state between calls in its rule environment (stanfordnlp/CoreNLP#1061): its tense rules
 * ({@code VTag(..., "resolveTo", RESOLVE_TO_PAST)} after a past-tense verb, {@code RESOLVE_TO_FUTURE} after "will")
 * tag the shared constants themselves ({@code MONDAY}, {@code JUNE} ...), so a bare weekday or month is resolved
 * backwards or forwards by whatever sentence, in any earlier document, last tagged that constant; and two threads
 * sharing one extractor tag each other's constants. Measured on 60 DUC 2002 documents annotated in two orders on one
 * thread: 2 of them got other dates for bare weekdays ("Sunday" 1988-11-13 in one order, 1988-11-06 in the other).
 * <p>So each thread gets its own extractor (built from the same {@link Options}), and before the first sentence of
 * each new document the constants' tags are put back as they were when the rules were loaded. Within one document
 * the rules keep their state from sentence to sentence, as SUTime intends.
 */
final class IsolatedTimeExtractor implements TimeExpressionExtractor {
    private volatile Options options;
    /** Bumped by {@link #init}: a thread whose extractor is of an older generation builds a new one. */
    private volatile int generation;
    private final AtomicReference<TimeExpressionExtractorImpl> spare;
    private final AtomicInteger built = new AtomicInteger();
    private final ThreadLocal<Slot> slots = ThreadLocal.withInitial(this::newSlot);

    /** Isolates {@code first}, which the first thread to annotate takes over; other threads build their own. */
    IsolatedTimeExtractor(TimeExpressionExtractorImpl first) {
        try {
            this.options = (Options) field(TimeExpressionExtractorImpl.class, "options").get(first);
        } catch (ReflectiveOperationException | ClassCastException | SecurityException e) {
            throw new IllegalStateException("cannot read the options of this CoreNLP's SUTime: " + e, e);
        }
        this.spare = new AtomicReference<>(first);
    }

    /** Extractors this one has made or taken over (one per thread that annotated). */
    int extractors() {
        return built.get();
    }

    private Slot newSlot() {
        int g = generation;
        TimeExpressionExtractorImpl ex = g == 0 ? spare.getAndSet(null) : null;
        if (ex == null) {
            ex = new TimeExpressionExtractorImpl();
            ex.init(options);
        }
        built.incrementAndGet();
        return new Slot(ex, g);
    }

    /** This thread's extractor, built again when {@link #init} changed the options since it was built. */
    private Slot slot() {
        Slot slot = slots.get();
        if (slot.generation != generation) {
            slot = newSlot();
            slots.set(slot);
        }
        return slot;
    }

    @Override
    public void init(String name, Properties props) {
        init(new Options(name, props));
    }

    /** New options for every thread: each builds its extractor again before its next sentence. */
    @Override
    public synchronized void init(Options options) {
        this.options = options;
        spare.set(null);
        generation++;
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap annotation, CoreMap docAnnotation) {
        Slot slot = slot();
        slot.enter(docAnnotation);
        return slot.extractor.extractTimeExpressionCoreMaps(annotation, docAnnotation);
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap annotation, String docDate) {
        Slot slot = slot();
        slot.enter(null); // no document to tell sentences apart by: each call starts afresh
        return slot.extractor.extractTimeExpressionCoreMaps(annotation, docDate);
    }

    @Override
    public void finalize(CoreMap docAnnotation) {
        Slot slot = slot();
        slot.extractor.finalize(docAnnotation);
        slot.leave();
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** One thread's extractor, the tags its constants had when loaded, and the document it is in. */
    private static final class Slot {
        final TimeExpressionExtractorImpl extractor;
        final int generation;
        final Env env;
        final Map<String, Map<String, Value>> loaded = new HashMap<>();
        WeakReference<CoreMap> document;
        boolean dirty;

        Slot(TimeExpressionExtractorImpl extractor, int generation) {
            this.extractor = extractor;
            this.generation = generation;
            this.env = envOf(extractor);
            for (Map.Entry<String, Object> e : env.getVariables().entrySet()) {
                loaded.put(e.getKey(), tagsOf(e.getValue()));
            }
        }

        /** Called before each sentence: a sentence of another document first restores the constants. */
        void enter(CoreMap doc) {
            CoreMap current = document == null ? null : document.get();
            if (doc == null || doc != current) {
                if (dirty) {
                    restore();
                }
                document = doc == null ? null : new WeakReference<>(doc);
            }
            dirty = true;
        }

        void leave() {
            if (dirty) {
                restore();
            }
            document = null;
            dirty = false;
        }

        /** Puts every constant's tags back as they were after loading (tags added since are removed). */
        private void restore() {
            for (Map.Entry<String, Object> e : env.getVariables().entrySet()) {
                if (!(e.getValue() instanceof Expression x) || x.getTags() == null) {
                    continue;
                }
                Tags tags = x.getTags();
                Map<String, Value> was = loaded.getOrDefault(e.getKey(), Map.of());
                for (String name : new ArrayList<>(tags.getTags())) {
                    if (!was.containsKey(name)) {
                        tags.removeTag(name);
                    }
                }
                for (Map.Entry<String, Value> w : was.entrySet()) {
                    if (tags.getTag(w.getKey()) != w.getValue()) {
                        tags.setTag(w.getKey(), w.getValue());
                    }
                }
            }
            dirty = false;
        }

        private static Map<String, Value> tagsOf(Object v) {
            if (!(v instanceof Expression x) || x.getTags() == null) {
                return Map.of();
            }
            Map<String, Value> out = new LinkedHashMap<>();
            for (String name : x.getTags().getTags()) {
                out.put(name, x.getTags().getTag(name));
            }
            return out;
        }

        private static Env envOf(TimeExpressionExtractorImpl ex) {
            try {
                Object extractor = field(TimeExpressionExtractorImpl.class, "expressionExtractor").get(ex);
                return ((CoreMapExpressionExtractor<?>) extractor).getEnv();
            } catch (ReflectiveOperationException | ClassCastException | SecurityException e) {
                throw new IllegalStateException("cannot reach the rule environment of this CoreNLP's SUTime: " + e, e);
            }
        }
    }
}
