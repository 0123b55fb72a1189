package org.concord.eval.quotes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.quote.CueLexicon;

/**
 * {@code concord train quotes}: learns the {@link CueLexicon} from a PolNeAR split, counting for each word form
 * (and form with the word after it) how often it lies inside an annotated attribution cue. Deterministic: the same
 * split gives the same table, byte for byte.
 */
public final class QuoteTrainer {
    /** An entry must have been a cue this often to be kept (rarer ones answer 0 anyway, by {@link CueLexicon#MIN_COUNT}). */
    public static final int MIN_CUE = 2;

    /** What was learned, and from how much. */
    public record Result(CueLexicon lexicon, int documents, int attributions, List<PolnearReader.Problem> problems) {}

    private QuoteTrainer() {
    }

    public static Result train(Path splitDir) throws IOException {
        PolnearReader.Split split = PolnearReader.read(splitDir, 0);
        CueLexicon.Counter counter = new CueLexicon.Counter();
        int attributions = 0;
        for (PolnearDocument d : split.documents()) {
            List<int[]> cues = new ArrayList<>();
            for (GoldAttribution g : d.attributions()) {
                attributions++;
                for (Fragment f : g.cue()) {
                    cues.add(new int[] {f.start(), f.end()});
                }
            }
            counter.add(d.text(), cues);
        }
        return new Result(counter.build(MIN_CUE), split.documents().size(), attributions, split.problems());
    }
}
