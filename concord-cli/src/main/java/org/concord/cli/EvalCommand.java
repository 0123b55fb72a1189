package org.concord.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.concord.eval.EvalJson;
import org.concord.eval.EvalOptions;
import org.concord.eval.EvalResult;
import org.concord.eval.EvalTable;
import org.concord.eval.EvalTask;
import org.concord.eval.EvalTasks;
import org.concord.eval.regress.RegressionSuite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concord eval TASK --data PATH}: scores a component on a dataset (contract concord.eval/1), and
 * {@code concord eval regressions}: checks every pinned figure in eval/regressions.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate a component on a dataset: TASK is timex, quotes, summarize, extraction, stories, "
                + "duplicates, entities, events, report, or regressions.",
                "The JSON result goes to --out (default standard output); a table goes to standard error."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TASK",
            description = "timex | quotes | summarize | extraction | stories | duplicates | entities | events | report "
                    + "| regressions")
    String task;

    @Option(names = "--data", paramLabel = "PATH", description = {"The dataset (a folder in the task's layout).",
            "report: a folder of articles with its gold file DIR-gold.json beside it (samples/demo)."})
    Path data;

    @Option(names = "--system", paramLabel = "NAME", description = {"concord (default) or a baseline the task names;",
            "a comma-separated list (concord,readability4j,boilerpipe) scores each in the same run and writes one "
                    + "JSON object per line."})
    String system;

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Mixin
    LimitOption limitOption;

    @CommandLine.Mixin
    ThreadsOption threads;

    @Option(names = "--words", paramLabel = "N", defaultValue = "0",
            description = "summarize: cut summaries to the first N words (default 100).")
    int words;

    @Option(names = "--dir", paramLabel = "DIR", description = "regressions: the folder of regression files "
            + "(default: eval/regressions in the checkout).")
    Path dir;

    @Option(names = "--shared", paramLabel = "DIR", description = "regressions: the shared data folder "
            + "(default: ../shared/data next to the checkout).")
    Path shared;

    @Option(names = "--quick", description = "regressions: only the quick ones (those the build runs).")
    boolean quick;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        int limit = limitOption.value(cl);
        int n = threads.count(cl);
        PrintStream log = new PrintStream(new WriterOutputStream(cl.getErr()), true, StandardCharsets.UTF_8);
        if (task.equals("regressions")) {
            Path folder = dir != null ? dir : DemoCommand.home().resolve("eval").resolve("regressions");
            Path sharedData = shared != null ? shared : defaultSharedData();
            RegressionSuite suite = RegressionSuite.load(folder);
            if (quick) {
                suite = suite.quick();
            }
            List<RegressionSuite.Outcome> outcomes = suite.run(sharedData, DemoCommand.home(),
                    new EvalOptions(0, n, log), log);
            long failed = outcomes.stream().filter(o -> !o.passed()).count();
            cl.getOut().printf("%d regressions, %d passed, %d failed%n", outcomes.size(), outcomes.size() - failed,
                    failed);
            cl.getOut().flush();
            return failed == 0 ? Main.OK : Main.FAILED;
        }
        EvalTask t;
        try {
            t = EvalTasks.named(task);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        if (data == null) {
            throw new CommandLine.ParameterException(cl, "eval " + task + " needs --data PATH");
        }
        if (!Files.exists(data)) {
            throw new CommandLine.ParameterException(cl, "--data: no such file or directory: " + data);
        }
        List<String> systems = system == null ? List.of(t.systems().get(0))
                : java.util.Arrays.stream(system.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        if (systems.isEmpty()) {
            throw new CommandLine.ParameterException(cl, "--system: no system named");
        }
        for (String sys : systems) {
            if (!t.systems().contains(sys) && !sys.startsWith("peer:")) {
                throw new CommandLine.ParameterException(cl, "--system: task " + task + " knows " + t.systems()
                        + ", got '" + sys + "'");
            }
        }
        if (words < 0) {
            throw new CommandLine.ParameterException(cl, "--words must be 0 or more, got " + words);
        }
        StringBuilder json = new StringBuilder();
        for (String sys : systems) {
            EvalResult r = t.run(data, data.toString(), sys, new EvalOptions(limit, n, log, words));
            EvalTable.print(r, log);
            String one = EvalJson.write(r);
            // one system: the object as the contract writes it; several: one compact object per line
            json.append(systems.size() == 1 ? one : one.replaceAll("\\s*\\n\\s*", " ").strip() + "\n");
        }
        output.write(json.toString(), cl.getOut());
        return Main.OK;
    }

    static Path defaultSharedData() {
        String p = System.getProperty("concord.shared");
        Path sharedDir = p != null ? Path.of(p) : DemoCommand.home().resolve("..").resolve("shared").normalize();
        return sharedDir.resolve("data");
    }
}
