package org.concord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** The read phase of {@link BenchServeCommand}: search and story-page latency under concurrent readers. */
final class BenchReads {
    private BenchReads() {
    }

    /**
     * {@code readers} threads reading for {@code readSeconds} seconds, each request a search for a word of the
     * stories' headlines or a story page, chosen at random (seeded); after 20 warm-up requests of each kind.
     */
    static BenchServeCommand.Reads measure(BenchServer s, int readers, double readSeconds, long seed, Progress progress)
            throws Exception {
        JsonNode health = s.getJson("/health");
        int docs = (int) health.path("documents").path("analysed").asLong();
        int stories = (int) health.path("stories").asLong();
        List<String> storyIds = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = s.getJson("/v1/stories?limit=100" + (cursor == null ? "" : "&cursor=" + BenchServeCommand.enc(cursor)));
            page.path("stories").forEach(st -> storyIds.add(st.path("id").asText()));
            cursor = page.path("next_cursor").isTextual() ? page.path("next_cursor").asText() : null;
        } while (cursor != null);
        List<String> words = queryWords(s, storyIds, seed);
        progress.note(String.format(Locale.ROOT, "reads: %d readers for %.0fs on %d documents, %d stories",
                readers, readSeconds, docs, stories));
        // warm-up: each kind a few times
        Random rnd = new Random(seed);
        for (int i = 0; i < 20; i++) {
            s.get("/v1/search?q=" + BenchServeCommand.enc(words.get(rnd.nextInt(words.size()))));
            s.get("/v1/stories/" + BenchServeCommand.enc(storyIds.get(rnd.nextInt(storyIds.size()))));
        }
        List<List<Long>> search = new ArrayList<>();
        List<List<Long>> story = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger storyErrors = new AtomicInteger();
        long end = System.nanoTime() + (long) (readSeconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                List<Long> sx = new ArrayList<>();
                List<Long> st = new ArrayList<>();
                search.add(sx);
                story.add(st);
                Random r = new Random(seed + 1 + i);
                fs.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        boolean isSearch = r.nextBoolean();
                        String path = isSearch ? "/v1/search?q=" + BenchServeCommand.enc(words.get(r.nextInt(words.size())))
                                : "/v1/stories/" + BenchServeCommand.enc(storyIds.get(r.nextInt(storyIds.size())));
                        long a = System.nanoTime();
                        int status;
                        try {
                            status = s.get(path).statusCode();
                        } catch (IOException e) {
                            status = -1;
                        }
                        long took = System.nanoTime() - a;
                        if (status != 200) {
                            (isSearch ? errors : storyErrors).incrementAndGet();
                        } else {
                            (isSearch ? sx : st).add(took);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double took = (System.nanoTime() - t0) / 1e9;
        List<Long> sAll = new ArrayList<>();
        search.forEach(sAll::addAll);
        List<Long> stAll = new ArrayList<>();
        story.forEach(stAll::addAll);
        long total = sAll.size() + stAll.size() + errors.get() + storyErrors.get();
        return new BenchServeCommand.Reads(readers, BenchServeCommand.round(took), docs, stories, BenchServeCommand.round(total / took), latency(sAll, errors.get()),
                latency(stAll, storyErrors.get()));
    }

    /** Search terms: the words of 4 letters or more of the stories' headlines (seeded sample of up to 200). */
    private static List<String> queryWords(BenchServer s, List<String> storyIds, long seed)
            throws IOException, InterruptedException {
        Set<String> words = new TreeSet<>();
        String cursor = null;
        do {
            JsonNode page = s.getJson("/v1/stories?limit=100" + (cursor == null ? "" : "&cursor=" + BenchServeCommand.enc(cursor)));
            for (JsonNode st : page.path("stories")) {
                for (String w : st.path("headline").asText("").toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    if (w.length() >= 4) {
                        words.add(w);
                    }
                }
            }
            cursor = page.path("next_cursor").isTextual() ? page.path("next_cursor").asText() : null;
        } while (cursor != null);
        List<String> out = new ArrayList<>(words);
        Collections.shuffle(out, new Random(seed));
        if (out.isEmpty()) {
            out.add("the");
        }
        return out.subList(0, Math.min(200, out.size()));
    }

    private static BenchServeCommand.Latency latency(List<Long> nanos, int errors) {
        List<Double> ms = new ArrayList<>();
        nanos.forEach(x -> ms.add(x / 1e6));
        Collections.sort(ms);
        if (ms.isEmpty()) {
            return new BenchServeCommand.Latency(0, errors, 0, 0, 0, 0);
        }
        return new BenchServeCommand.Latency(ms.size(), errors, BenchServeCommand.round(pct(ms, 50)), BenchServeCommand.round(pct(ms, 95)), BenchServeCommand.round(pct(ms, 99)),
                BenchServeCommand.round(ms.get(ms.size() - 1)));
    }

    /** Nearest-rank percentile of a sorted list. */
    static double pct(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
