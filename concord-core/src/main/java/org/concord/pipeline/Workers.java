package org.concord.pipeline;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The worker pools of the pipelines: daemon threads with a name, never more threads than tasks. */
final class Workers {
    private Workers() {
    }

    /** A fixed pool of {@code min(threads, tasks)} (at least one) daemon threads named {@code name}. */
    static ExecutorService pool(String name, int threads, int tasks) {
        return Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks)), r -> {
            Thread th = new Thread(r, name);
            th.setDaemon(true);
            return th;
        });
    }
}
