package org.concord.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.concord.model.Skipped;
import org.junit.jupiter.api.Test;

/** Inputs fetched into memory by another system (concord-spark), read as files, and parts read apart merged. */
class IngestReadInputTest {
    private static final String BODY = "The Harbor City council voted 7-2 on Tuesday to freeze ferry fares for two "
            + "years, a win for commuters who had protested a planned increase.";

    private static byte[] text(String title) {
        return (title + "\n\n" + BODY + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anArchiveHeldInMemoryIsUnpackedAndAnUnknownFormatNamedWhenExplicit() {
        Ingest ingest = Ingest.create(IngestOptions.defaults());
        IngestResult zip = ingest.readInput("hdfs://nn/news/batch.zip", Fixtures.zip(Map.of("a.txt", text("Fares frozen"),
                "b.txt", ("Other story\n\nA different text about the harbour museum reopening in May.\n")
                        .getBytes(StandardCharsets.UTF_8))), false);
        assertEquals(2, zip.articles().size(), zip.skipped().toString());
        byte[] junk = {0, 1, 2, 3, (byte) 0xff, 0, 0, 7};
        assertEquals(List.of(), ingest.readInput("hdfs://nn/news/blob.bin", junk, false).skipped());
        List<Skipped> named = Ingest.create(IngestOptions.defaults()).readInput("hdfs://nn/news/blob.bin", junk, true)
                .skipped();
        assertEquals(1, named.size());
        assertTrue(named.get(0).reason().startsWith("not an article format"), named.toString());
    }

    @Test
    void budgetsAndDuplicatesCountAcrossCallsAndMergeReadsAnArticleOnce() {
        IngestOptions small = IngestOptions.defaults().withBatchBudget(400, IngestOptions.DEFAULT_MAX_BATCH_CHARS);
        Ingest ingest = Ingest.create(small);
        IngestResult first = ingest.readInput("s3a://b/one.txt", text("Fares frozen"), true);
        IngestResult again = ingest.readInput("s3a://b/copy.txt", text("Fares frozen"), true);
        assertEquals(1, first.articles().size());
        assertTrue(again.skipped().get(0).duplicate(), again.skipped().toString());
        IngestResult past = ingest.readInput("s3a://b/three.txt", text("Fares frozen again"), true);
        assertTrue(past.skipped().get(0).reason().contains("--max-batch-bytes 400"), past.skipped().toString());

        // two parts read on different machines: the second's copy of the first's article is read once
        IngestResult other = Ingest.create(IngestOptions.defaults()).readInput("s3a://c/x.txt", text("Fares frozen"),
                true);
        IngestResult merged = Ingest.merge(List.of(first, other));
        assertEquals(1, merged.articles().size());
        assertEquals(1, merged.skipped().size());
        assertTrue(merged.skipped().get(0).duplicate() && merged.skipped().get(0).source().equals("s3a:/c/x.txt"),
                merged.skipped().toString());
    }
}
