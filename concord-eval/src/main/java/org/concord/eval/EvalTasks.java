package org.concord.eval;

import java.util.List;
import java.util.stream.Collectors;
import org.concord.eval.coref.CorefEval;
import org.concord.eval.extraction.ExtractionEval;
import org.concord.eval.quotes.QuotesEval;
import org.concord.eval.duplicates.DuplicatesEval;
import org.concord.eval.stories.StoriesEval;
import org.concord.eval.summarize.SummarizeEval;
import org.concord.eval.timex.TimexEval;

/** The registry of {@code concord eval} tasks. */
public final class EvalTasks {
    private EvalTasks() {
    }

    public static List<EvalTask> all() {
        return List.of(new TimexEval(), new QuotesEval(), new SummarizeEval(), new ExtractionEval(),
                new StoriesEval(), new DuplicatesEval(), CorefEval.entities(), CorefEval.events(),
                new org.concord.eval.report.ReportEval());
    }

    /** The task of that name; IllegalArgumentException naming the known tasks otherwise. */
    public static EvalTask named(String name) {
        for (EvalTask t : all()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown eval task '" + name + "'; known: "
                + all().stream().map(EvalTask::name).collect(Collectors.joining(", ")) + ", regressions");
    }
}
