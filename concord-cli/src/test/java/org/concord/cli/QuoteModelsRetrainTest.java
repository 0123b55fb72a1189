package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.eval.quotes.PolnearReader;
import org.concord.eval.quotes.QuoteTrainer;
import org.concord.testkit.SharedData;
import org.concord.testkit.SharedDataCondition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cue lexicon, the attribution filter and the speaker confidence committed in concord-core are exactly what
 * {@code concord train quotes} makes from PolNeAR train, byte for byte, headers included (which name the split and hash its files).
 *
 * <p>Where a retrain spends its time (JFR, 2 threads): 95% annotating the 840 articles with the annotator Concord
 * ships (CoreNLP NER with SUTime about 53%, the NER CRF about 30%, POS 8%); proposing candidates, training the
 * model and sweeping the threshold take the other 5%. The filter's features come from that annotation, so an honest
 * retrain cannot skip it; this test runs it once, on both cores, through the real command, with the annotator this
 * module's other tests have already loaded. The lexicon needs no annotation and is checked on its own first.
 *
 * <p>Needs ../shared: skipped when PolNeAR train is absent, failed then under {@code -Dconcord.requireShared=true}.
 */
@SharedData({"data/quotes/polnear/train/text", "data/quotes/polnear/train/attributions"})
class QuoteModelsRetrainTest {
    @TempDir
    Path tmp;

    /** PolNeAR train under the shared folder (the class is skipped, or failed under CI's flag, without it). */
    static Path polnearTrain() {
        return SharedDataCondition.path("data/quotes/polnear/train");
    }

    private static Path committed(String path) {
        return Cli.root().resolve(path);
    }

    @Test
    void committedCueLexiconEqualsTheCountsOfPolnearTrain() throws Exception {
        Path train = polnearTrain();
        PolnearReader.Split split = PolnearReader.read(train, 0);
        StringWriter lexicon = new StringWriter();
        QuoteTrainer.writeLexicon(QuoteTrainer.lexicon(split.documents()), QuoteTrainer.source(split), lexicon);
        assertSameTable(committed(TrainCommand.LEXICON_PATH), lexicon.toString());
    }

    @Test
    void committedLexiconFilterAndConfidenceEqualConcordTrainQuotesOnPolnearTrain() throws Exception {
        Path train = polnearTrain();
        Path lexicon = tmp.resolve("cue-lexicon.tsv");
        Path filter = tmp.resolve("attribution-filter.tsv");
        Path confidence = tmp.resolve("speaker-confidence.tsv");
        Cli.Run r = Cli.run("train", "quotes", "--data", train.toString(), "--out", lexicon.toString(),
                "--filter-out", filter.toString(), "--confidence-out", confidence.toString(), "--threads", "2");
        assertEquals(0, r.status(), r.err());
        assertSameTable(committed(TrainCommand.LEXICON_PATH), Files.readString(lexicon, StandardCharsets.UTF_8));
        assertSameTable(committed(TrainCommand.FILTER_PATH), Files.readString(filter, StandardCharsets.UTF_8));
        assertSameTable(committed(TrainCommand.CONFIDENCE_PATH),
                Files.readString(confidence, StandardCharsets.UTF_8));
    }

    /** Byte-for-byte equality, failing with the first line that differs and how to bring the resource up to date. */
    private static void assertSameTable(Path committed, String retrained) throws Exception {
        String expected = Files.readString(committed, StandardCharsets.UTF_8);
        if (expected.equals(retrained)) {
            return;
        }
        List<String> a = expected.lines().toList();
        List<String> b = retrained.lines().toList();
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        fail(committed + " is not what concord train quotes makes from PolNeAR train (line " + (i + 1)
                + ": committed '" + (i < a.size() ? a.get(i) : "<end>") + "', retrained '"
                + (i < b.size() ? b.get(i) : "<end>") + "'); retrain with: concord train quotes --data "
                + "../shared/data/quotes/polnear/train, review the diff and commit it");
    }
}
