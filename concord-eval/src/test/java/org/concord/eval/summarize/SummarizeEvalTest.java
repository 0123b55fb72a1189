package org.concord.eval.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.eval.EvalOptions;
import org.concord.eval.EvalResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.concord.testkit.SharedData;
import org.concord.testkit.SharedDataCondition;

class SummarizeEvalTest {
    @TempDir
    Path tmp;

    private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true,
            StandardCharsets.UTF_8);

    private static Path multiling() {
        return SharedDataCondition.path("data/summarization/multiling2011-en");
    }

    private static final String LINE = "{\"id\":\"c1\",\"documents\":[{\"id\":\"a\",\"title\":\"T\",\"date\":null,"
            + "\"text\":\"The ferry sank in the harbour on Monday, killing twelve people. An inquiry has begun into "
            + "the company.\"},{\"id\":\"b\",\"text\":\"The ferry sank in the harbour on Monday, killing twelve "
            + "passengers. Officials opened an inquiry into the company.\"}],\"summaries\":[\"A ferry sank in the "
            + "harbour, killing twelve.\",\"Twelve died when a ferry sank.\"],\"peers\":{\"copy\":\"A ferry sank in "
            + "the harbour, killing twelve.\"}}";

    @Test
    void readsAFileOrADirectoryAndSkipsBadLinesWithTheirLineNumber() throws IOException {
        Path f = tmp.resolve("clusters.jsonl");
        Files.writeString(f, LINE + "\n{\"id\":\"c2\",\"documents\":[],\"summaries\":[\"x\"]}\nnot json\n");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(log, true, StandardCharsets.UTF_8);
        List<Cluster> fromDir = ClusterReader.read(tmp, 0, ps);
        assertEquals(1, fromDir.size());
        assertEquals(List.of("a", "b"), fromDir.get(0).documents().stream().map(Cluster.ClusterDocument::id).toList());
        String messages = log.toString(StandardCharsets.UTF_8);
        assertTrue(messages.contains(":2: cluster c2 has no document"), messages);
        assertTrue(messages.contains(":3:"), messages);
        assertEquals(1, ClusterReader.read(f, 0, QUIET).size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClusterReader.read(tmp.resolve("nothing-here"), 0, QUIET));
        assertTrue(e.getMessage().contains("nothing-here"), e.getMessage());
    }

    @Test
    void storedPeerThatCopiesAReferenceScoresAsRougeSaysAndMissingPeerIsAnError() throws IOException {
        Files.writeString(tmp.resolve("clusters.jsonl"), LINE + "\n");
        SummarizeEval task = new SummarizeEval();
        EvalResult r = task.run(tmp, "t", "peer:copy", new EvalOptions(0, 1, QUIET));
        Rouge.Score s = Rouge.spec(100).score("A ferry sank in the harbour, killing twelve.",
                List.of("A ferry sank in the harbour, killing twelve.", "Twelve died when a ferry sank."), 2);
        assertEquals(Rouge.round5(s.recall()), r.metrics().get("rouge2_recall"), 1e-12);
        assertEquals(1, r.n());
        assertThrows(IllegalArgumentException.class, () -> task.run(tmp, "t", "peer:other", new EvalOptions(0, 1,
                QUIET)));
        assertThrows(IllegalArgumentException.class, () -> task.run(tmp, "t", "nosuch", new EvalOptions(0, 1,
                QUIET)));
    }

    @Test
    void wordsOptionChangesTheCut() throws IOException {
        Files.writeString(tmp.resolve("clusters.jsonl"), LINE + "\n");
        SummarizeEval task = new SummarizeEval();
        EvalResult full = task.run(tmp, "t", "concord", new EvalOptions(0, 1, QUIET));
        EvalResult cut = task.run(tmp, "t", "concord", new EvalOptions(0, 1, QUIET, 3));
        assertEquals(3.0, cut.metrics().get("summary_words"));
        assertTrue(full.metrics().get("summary_words") > 3.0);
    }

    /** The target: concord's ROUGE-2 recall at least 20% above LexRank's, measured in the same run. */
    @SharedData("data/summarization/multiling2011-en/clusters.jsonl")
    @Test
    void concordBeatsLexRankOnDevByTheTargetMargin() throws IOException {
        Path data = multiling();
        SummarizeEval task = new SummarizeEval();
        EvalResult concord = task.run(data, "dev", "concord", new EvalOptions(0, 1, QUIET));
        EvalResult lexrank = task.run(data, "dev", "lexrank", new EvalOptions(0, 1, QUIET));
        assertEquals(10, concord.n());
        for (String m : List.of("rouge1_recall", "rouge2_recall", "rouge1_f", "rouge2_f")) {
            double v = concord.metrics().get(m);
            assertTrue(v > 0 && v < 1, m + " = " + v);
        }
        double c = concord.metrics().get("rouge2_recall");
        double l = lexrank.metrics().get("rouge2_recall");
        assertTrue(c >= 1.2 * l, "concord rouge2_recall " + c + " vs lexrank " + l);
    }

    @Test
    void sgmlParagraphTagsBecomeParagraphBreaksAndEntitiesAreDecoded() {
        assertEquals("\n\nAT&T said \"no\".\n\n\n\nIt ended.\n\n",
                SummarizeEval.plain("<P>AT&amp;T said &quot;no&quot;.</P><P>It ended.</P>"));
        String plainText = "Prices rose 5% in May.";
        assertEquals(plainText, SummarizeEval.plain(plainText));
    }
}
