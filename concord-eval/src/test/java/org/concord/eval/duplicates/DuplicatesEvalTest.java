package org.concord.eval.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.eval.EvalOptions;
import org.concord.eval.EvalResult;
import org.junit.jupiter.api.Test;
import org.concord.testkit.SharedData;
import org.concord.testkit.SharedDataCondition;

class DuplicatesEvalTest {
    @Test
    void generationIsDeterministicAndCopiesAreEdited() {
        List<String> articles = new java.util.ArrayList<>();
        String[] topics = {"council vote on ferry fares", "storm that closed the harbour", "new library opening",
            "school budget debate", "bridge repairs on the river road"};
        for (String t : topics) {
            StringBuilder sb = new StringBuilder("Report on the " + t);
            for (int p = 1; p <= 5; p++) {
                sb.append("\n\nParagraph ").append(p).append(" of the report on the ").append(t)
                        .append(" gives residents, officials and visitors the details they asked for about the ")
                        .append(t).append(" and what happens next in the city.");
            }
            articles.add(sb.toString());
        }
        List<CopyCorpus.Doc> a = CopyCorpus.generate(articles, 30, 7);
        List<CopyCorpus.Doc> b = CopyCorpus.generate(articles, 30, 7);
        assertEquals(a, b);
        assertEquals(30, a.size());
        for (CopyCorpus.Doc d : a) {
            if (d.id().startsWith("copy-")) {
                assertTrue(d.text().startsWith("UPDATE: "), d.text());
                assertTrue(d.group() >= 0);
            }
            if (d.id().startsWith("mix-")) {
                assertEquals(-1, d.group());
            }
        }
    }

    @SharedData("data/quotes/polnear")
    @Test
    void copiesAreFoundOnPolnear() throws Exception {
        Path polnear = SharedDataCondition.path("data/quotes/polnear");
        EvalResult r = new DuplicatesEval().run(polnear, "quotes/polnear", "concord", new EvalOptions(3000, 1,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        assertEquals(3000, r.n());
        assertTrue(r.metrics().get("precision") >= 0.99, r.metrics().toString());
        assertTrue(r.metrics().get("recall") >= 0.95, r.metrics().toString());
    }
}
