package org.concord.spark;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.concord.ingest.Ingest;
import org.concord.ingest.IngestOptions;
import org.concord.ingest.IngestResult;
import org.concord.model.Skipped;
import scala.Tuple2;

/**
 * Inputs on a Hadoop file system ({@code hdfs://}, {@code s3a://}, {@code file://}, ...), read on the executors:
 * {@code binaryFiles} lists the files (folders recursively; names starting with "." or "_" are passed over, as Hadoop
 * does) and each partition reads its files with one {@link Ingest} ({@link Ingest#readInput}: archives unpacked,
 * every format {@code analyze} reads, bad files skipped with their reason). The parts come back sorted by file name,
 * so the result does not depend on how the files were split, and {@link Ingest#merge} reports an article read twice
 * once. Per-input limits hold as in {@code analyze}; the batch budgets count per partition.
 */
final class SparkInputs {
    private SparkInputs() {
    }

    /** Whether {@code input} names a file system URI ("scheme://...") rather than a local path. */
    static boolean isUri(String input) {
        return input.matches("[A-Za-z][A-Za-z0-9+.-]*://.*");
    }

    static IngestResult read(JavaSparkContext spark, List<String> uris, IngestOptions options, int partitions) {
        spark.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        List<FileRead> reads = new ArrayList<>(spark.binaryFiles(String.join(",", uris), partitions)
                .mapPartitions(new ReadFiles(options))
                .collect());
        reads.sort(Comparator.comparing(FileRead::name));
        List<IngestResult> parts = new ArrayList<>();
        reads.forEach(r -> parts.add(r.result()));
        return Ingest.merge(parts);
    }

    /**
     * The inputs read on the executors and kept there ({@code --archive}): each article with its file name and
     * place in the file; an article an earlier one already holds ({@link Ingest#articleKey}, the first by file name
     * and place) is a skipped duplicate, read once, as {@link Ingest#merge} reports it.
     */
    static Tuple2<JavaRDD<ArchiveAnalysis.Placed>, JavaRDD<Skipped>> readKept(JavaSparkContext spark,
                                                                            List<String> uris, IngestOptions options,
                                                                            int partitions) {
        spark.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        JavaRDD<FileRead> reads = spark.binaryFiles(String.join(",", uris), partitions)
                .mapPartitions(new ReadFiles(options))
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, Iterable<ArchiveAnalysis.Placed>> byKey = reads
                .flatMap(r -> {
                    List<ArchiveAnalysis.Placed> out = new ArrayList<>();
                    for (int i = 0; i < r.result().articles().size(); i++) {
                        out.add(new ArchiveAnalysis.Placed(r.name(), i, r.result().articles().get(i)));
                    }
                    return out.iterator();
                })
                .groupBy(a -> Ingest.articleKey(a.article()), partitions);
        JavaRDD<ArchiveAnalysis.Placed> kept = byKey.map(g -> first(g._2()));
        JavaRDD<Skipped> duplicates = byKey.flatMap(g -> {
            ArchiveAnalysis.Placed first = first(g._2());
            List<Skipped> out = new ArrayList<>();
            g._2().forEach(a -> {
                if (!(a.file().equals(first.file()) && a.position() == first.position())) {
                    out.add(Skipped.duplicateOf(a.article().source(), first.article().source() + " ("
                            + first.article().id() + ")", false));
                }
            });
            return out.iterator();
        });
        JavaRDD<Skipped> unreadable = reads
                .sortBy(FileRead::name, true, partitions)
                .flatMap(r -> r.result().skipped().iterator());
        return new Tuple2<>(kept, unreadable.union(duplicates));
    }

    private static ArchiveAnalysis.Placed first(Iterable<ArchiveAnalysis.Placed> same) {
        ArchiveAnalysis.Placed best = null;
        for (ArchiveAnalysis.Placed a : same) {
            if (best == null || a.file().compareTo(best.file()) < 0
                    || (a.file().equals(best.file()) && a.position() < best.position())) {
                best = a;
            }
        }
        return best;
    }

    /** One file as read on an executor. */
    record FileRead(String name, IngestResult result) implements java.io.Serializable {}

    /** Reads the files of one partition; a file is never read past the per-file limit and one byte. */
    private static final class ReadFiles
            implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, FileRead> {
        private static final long serialVersionUID = 1L;
        private final IngestOptions options;

        ReadFiles(IngestOptions options) {
            this.options = options;
        }

        @Override
        public Iterator<FileRead> call(Iterator<Tuple2<String, PortableDataStream>> files) {
            Ingest ingest = Ingest.create(options);
            List<FileRead> out = new ArrayList<>();
            files.forEachRemaining(f -> {
                String name = f._1();
                byte[] bytes;
                try (DataInputStream in = f._2().open()) {
                    bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, options.maxFileBytes() + 1));
                } catch (IOException | RuntimeException e) {
                    out.add(new FileRead(name, new IngestResult(List.of(), List.of(new Skipped(name,
                            "cannot read: " + e.getMessage())))));
                    return;
                }
                out.add(new FileRead(name, ingest.readInput(name, bytes, false)));
            });
            return out.iterator();
        }
    }
}
