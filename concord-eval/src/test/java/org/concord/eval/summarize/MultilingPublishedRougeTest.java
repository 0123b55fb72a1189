package org.concord.eval.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.concord.testkit.SharedData;
import org.concord.testkit.SharedDataCondition;

/**
 * The ROUGE implementation against ROUGE-1.5.5's own output: MultiLing 2011 published the per-topic ROUGE-1 and
 * ROUGE-2 figures of its ten English peers (run with -a -x -2 4 -u -c 95 -r 1000 -n 2 -f A -p 0.5 -t 0 -d: no
 * stemming, no length limit, all models at once). Scored the same way, every peer's per-topic recall, precision
 * and F must come out exactly as published (the file numbers topics 1-10 without naming them, so each peer's
 * figures are compared as a sorted list).
 */
@SharedData({"data/summarization/multiling2011-en/clusters.jsonl", "data/summarization/multiling2011-en/evaluation/rouge/englishDetailed.txt"})
class MultilingPublishedRougeTest {
    private static final Pattern LINE = Pattern.compile(
            "^(ID\\d+) ROUGE-(\\d) Eval \\d+\\.ID\\d+ R:([\\d.]+) P:([\\d.]+) F:([\\d.]+)");
    private static final List<String> PEERS = List.of("CIST1", "CLASSY1", "JRC1", "LIF1", "SIEL_IIITH1",
            "TALN_UPF1", "UBSummarizer1", "UoEssex1", "CentroidBaseline", "GATopline");

    private static Path multiling() {
        return SharedDataCondition.path("data/summarization/multiling2011-en");
    }

    @Test
    void everyPeerMatchesThePublishedRouge155Figures() throws IOException {
        Path dir = multiling();
        Map<String, List<String>> published = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("evaluation/rouge/englishDetailed.txt"),
                StandardCharsets.UTF_8)) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                published.computeIfAbsent(m.group(1) + "/" + m.group(2), k -> new ArrayList<>())
                        .add(fmt(Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)),
                                Double.parseDouble(m.group(5))));
            }
        }
        List<Cluster> clusters = ClusterReader.read(dir, 0,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(10, clusters.size());
        Rouge rouge = Rouge.of(0, false, false, 0.5);
        int compared = 0;
        for (int k = 0; k < PEERS.size(); k++) {
            for (int n = 1; n <= 2; n++) {
                List<String> mine = new ArrayList<>();
                for (Cluster c : clusters) {
                    Rouge.Score s = rouge.score(c.peers().get(PEERS.get(k)), c.summaries(), n);
                    mine.add(fmt(s.recall(), s.precision(), s.f()));
                }
                List<String> theirs = published.get("ID" + (k + 1) + "/" + n);
                mine.sort(null);
                theirs.sort(null);
                assertEquals(theirs, mine, PEERS.get(k) + " ROUGE-" + n);
                compared += mine.size();
            }
        }
        assertEquals(200, compared);
    }

    private static String fmt(double r, double p, double f) {
        return String.format(Locale.ROOT, "%.5f %.5f %.5f", r, p, f);
    }
}
