package org.concord.eval;

import java.util.List;
import org.concord.eval.claims.ClaimsEval;
import org.concord.eval.coref.CorefEval;
import org.concord.eval.duplicates.DuplicatesEval;
import org.concord.eval.extraction.ExtractionEval;
import org.concord.eval.language.LanguageEval;
import org.concord.eval.quotes.QuotesEval;
import org.concord.eval.report.ReportEval;
import org.concord.eval.stories.StoriesEval;
import org.concord.eval.summarize.SummarizeEval;
import org.concord.eval.timex.TimexEval;

/** The registry of {@code concord eval} tasks: a new task is one {@link EvalTask} class added to {@link #all()}. */
public final class EvalTasks {
    private EvalTasks() {
    }

    public static List<EvalTask> all() {
        return List.of(new TimexEval(), new QuotesEval(), new SummarizeEval(), new ExtractionEval(),
                new StoriesEval(), new DuplicatesEval(), CorefEval.entities(), CorefEval.events(),
                new ReportEval(), new LanguageEval(), new ClaimsEval());
    }

    /** The names of the tasks, in {@link #all()} order. */
    public static List<String> names() {
        return all().stream().map(EvalTask::name).toList();
    }

    /** The task of that name; IllegalArgumentException naming the known tasks otherwise. */
    public static EvalTask named(String name) {
        for (EvalTask t : all()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown eval task '" + name + "'; known: "
                + String.join(", ", names()) + ", regressions");
    }
}
