package org.concord.eval.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.eval.EvalOptions;
import org.concord.eval.EvalResult;
import org.junit.jupiter.api.Test;
import org.concord.testkit.SharedData;
import org.concord.testkit.SharedDataCondition;

/** The reader and the {@code concord} system on the first 3 documents of ../shared/data/time/tbaq. */
@SharedData("data/time/tbaq")
class TbaqSampleTest {
    private static final Pattern TIMEX = Pattern.compile("<TIMEX3([^>]*)>([^<]*)</TIMEX3>");

    private static Path tbaq() {
        return SharedDataCondition.path("data/time/tbaq");
    }

    /** The gold TIMEX3 texts of a raw file, found independently of the StAX reader. */
    private static List<String> rawTimexTexts(Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int from = raw.indexOf("<TEXT>");
        int to = raw.indexOf("</TEXT>");
        assertTrue(from >= 0 && to > from, "no <TEXT> in " + file);
        List<String> out = new ArrayList<>();
        Matcher m = TIMEX.matcher(raw.substring(from, to));
        while (m.find()) {
            if (m.group(1).contains("CREATION_TIME") || m.group(2).isBlank()) {
                continue;
            }
            out.add(m.group(2).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&apos;", "'").replace("&amp;", "&"));
        }
        return out;
    }

    @Test
    void readerAgreesWithTheRawFiles() throws IOException {
        List<Path> files = TimeMlReader.listFiles(tbaq()).subList(0, 3);
        TimeMlReader reader = TimeMlReader.create();
        for (Path f : files) {
            TimeMlDocument d = reader.read(f);
            assertNotNull(d.anchor(), "no DCT date in " + f);
            List<String> expected = rawTimexTexts(f);
            List<String> actual = d.timexes().stream().map(t -> t.textIn(d.text())).toList();
            assertEquals(expected, actual, "gold timex texts of " + f);
            assertTrue(d.timexes().stream().allMatch(t -> t.type() != null && t.value() != null), f.toString());
        }
    }

    @Test
    void concordSystemOnThreeDocuments() throws IOException {
        Path dir = tbaq();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EvalOptions opts = new EvalOptions(3, 2, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        EvalResult r = new TimexEval().run(dir, "time/tbaq", "concord", opts);
        assertEquals("timex", r.task());
        assertEquals("time/tbaq", r.data());
        assertEquals("concord", r.system());
        assertEquals(3, r.n());
        int gold = 0;
        for (Path f : TimeMlReader.listFiles(dir).subList(0, 3)) {
            gold += rawTimexTexts(f).size();
        }
        Map<String, Double> m = r.metrics();
        assertEquals(gold, m.get("gold_timexes"), 0.0);
        for (String k : List.of("strict_f1", "relaxed_f1", "type_f1", "value_f1", "strict_precision",
                "strict_recall", "relaxed_precision", "relaxed_recall", "timeline_date_precision",
                "timeline_date_recall", "timeline_date_f1")) {
            assertTrue(m.containsKey(k) && m.get(k) >= 0 && m.get(k) <= 1, k + " = " + m.get(k));
        }
        assertTrue(m.get("relaxed_f1") >= m.get("strict_f1"), m.toString());
        assertTrue(m.get("relaxed_f1") >= m.get("value_f1") && m.get("relaxed_f1") >= m.get("type_f1"),
                m.toString());
        // SUTime finds most TimeBank dates; far below this means spans or offsets are misaligned
        assertTrue(m.get("relaxed_f1") > 0.5, "relaxed F1 too low, offsets misaligned? " + m);
        assertNotNull(r.tokensPerS());
        assertTrue(r.elapsedS() > 0);
    }
}
