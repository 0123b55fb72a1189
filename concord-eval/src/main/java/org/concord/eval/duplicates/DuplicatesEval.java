package org.concord.eval.duplicates;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.concord.cluster.NearDuplicates;
import org.concord.eval.EvalContext;
import org.concord.eval.EvalOptions;
import org.concord.eval.EvalResult;
import org.concord.eval.EvalTask;
import org.concord.model.Document;

/**
 * {@code concord eval duplicates --data DIR [--limit N]}: the generated near-duplicate benchmark ({@link CopyCorpus},
 * seed 42) over the {@code .txt} articles under DIR (for example {@code ../shared/data/quotes/polnear}: its
 * {@code text} folders), {@code --limit} documents (default 100,000). Scored on pairs: a pair of documents is
 * predicted together when {@link NearDuplicates} puts them in one origin group, and is gold together when one is a
 * re-post of the other or both re-post the same original. Metrics: pairwise {@code precision}, {@code recall},
 * {@code f1}; {@code docs_per_s} of the detection alone (generation excluded); {@code peak_heap_mb}, the sum of the
 * heap pools' peak usage over the run (an upper bound of the simultaneous peak).
 */
public final class DuplicatesEval implements EvalTask {
    public static final String NAME = "duplicates";
    public static final int DEFAULT_SIZE = 100_000;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> systems() {
        return List.of("concord");
    }

    /** A directory (its {@code text/*.txt} files are read). */
    @Override
    public void checkData(Path data) {
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException("duplicates data directory not found: " + data);
        }
    }

    @Override
    public EvalResult run(EvalContext ctx) throws IOException {
        Path data = ctx.data();
        EvalOptions options = ctx.options();
        List<String> articles = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(data)) {
            files = s.filter(p -> p.getParent() != null && p.getParent().getFileName().toString().equals("text")
                    && p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            try {
                articles.add(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                options.log().println(f + ": skipped: " + e.getMessage());
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("duplicates data '" + data + "' holds no text/*.txt article");
        }
        int size = options.limit() > 0 ? options.limit() : DEFAULT_SIZE;
        List<CopyCorpus.Doc> docs = CopyCorpus.generate(articles, size, 42);
        options.log().printf(Locale.ROOT, "duplicates: %d articles, %d generated documents%n", articles.size(),
                docs.size());
        List<Document> documents = new ArrayList<>();
        for (CopyCorpus.Doc d : docs) {
            documents.add(new Document(d.id(), d.id(), null, null, null, false, d.text(), List.of(), null));
        }
        long t1 = System.nanoTime();
        Map<String, String> dup = NearDuplicates.create().find(documents);
        double secs = (System.nanoTime() - t1) / 1e9;
        // predicted group of each document: its original's id (itself when it is no copy)
        Map<String, Integer> goldGroup = new HashMap<>();
        for (CopyCorpus.Doc d : docs) {
            goldGroup.put(d.id(), d.group());
        }
        Map<String, List<String>> predicted = new LinkedHashMap<>();
        for (CopyCorpus.Doc d : docs) {
            predicted.computeIfAbsent(dup.getOrDefault(d.id(), d.id()), k -> new ArrayList<>()).add(d.id());
        }
        long predPairs = 0;
        long correct = 0;
        for (List<String> g : predicted.values()) {
            Map<Integer, Integer> byGold = new HashMap<>();
            for (String id : g) {
                int gg = goldGroup.get(id);
                byGold.merge(gg < 0 ? -1 - id.hashCode() : gg, 1, Integer::sum); // no gold group: alone
            }
            predPairs += (long) g.size() * (g.size() - 1) / 2;
            for (int c : byGold.values()) {
                correct += (long) c * (c - 1) / 2;
            }
        }
        Map<Integer, Integer> goldSizes = new HashMap<>();
        for (CopyCorpus.Doc d : docs) {
            if (d.group() >= 0) {
                goldSizes.merge(d.group(), 1, Integer::sum);
            }
        }
        long goldPairs = 0;
        for (int c : goldSizes.values()) {
            goldPairs += (long) c * (c - 1) / 2;
        }
        double p = predPairs == 0 ? 1 : correct / (double) predPairs;
        double r = goldPairs == 0 ? 1 : correct / (double) goldPairs;
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("precision", p);
        metrics.put("recall", r);
        metrics.put("f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
        metrics.put("docs_per_s", docs.size() / Math.max(secs, 1e-9));
        metrics.put("peak_heap_mb", peakHeapMb());
        metrics.put("gold_pairs", (double) goldPairs);
        return ctx.result(docs.size(), metrics, null);
    }

    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            if (b.getType() == MemoryType.HEAP && b.getPeakUsage() != null) {
                sum += b.getPeakUsage().getUsed();
            }
        }
        return sum / (1024.0 * 1024.0);
    }
}
