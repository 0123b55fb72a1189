package org.concord.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent per stage, summed over every document or story and every thread (so with two threads the stages of
 * a run can add up to twice its wall time). Thread-safe; the pipelines record into it, callers never time stages
 * themselves. Reported in the order the stages were declared, then any others in the order first seen.
 */
public final class StageTimes {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Declares stage names in their reporting order. */
    public StageTimes declare(List<String> stages) {
        for (String s : stages) {
            slot(s);
        }
        return this;
    }

    /** Adds {@code n} nanoseconds to {@code stage}. */
    public void add(String stage, long n) {
        slot(stage).add(n);
    }

    /** Adds the time since {@code startNanos} (a {@link System#nanoTime()} reading) to {@code stage}. */
    public void since(String stage, long startNanos) {
        add(stage, System.nanoTime() - startNanos);
    }

    /** Runs {@code step} and adds its time to {@code stage}. */
    public <T> T time(String stage, java.util.function.Supplier<T> step) {
        long t = System.nanoTime();
        try {
            return step.get();
        } finally {
            since(stage, t);
        }
    }

    private LongAdder slot(String stage) {
        LongAdder a = nanos.get(stage);
        if (a != null) {
            return a;
        }
        synchronized (order) {
            a = nanos.get(stage);
            if (a == null) {
                a = new LongAdder();
                nanos.put(stage, a);
                order.add(stage);
            }
            return a;
        }
    }

    /** Seconds per stage, in reporting order. */
    public Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String s : order) {
            out.put(s, nanos.get(s).sum() / 1e9);
        }
        return out;
    }
}
