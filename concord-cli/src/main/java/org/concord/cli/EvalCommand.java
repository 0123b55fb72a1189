package org.concord.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concord eval TASK --data PATH}: scores a component on a dataset (contract concord.eval/1), and
 * {@code concord eval regressions}: checks every pinned figure in eval/regressions. The tasks are those of
 * {@link EvalTasks}; the help lists them from there ({@link TaskList}).
 */
@Command(name = "eval", mixinStandardHelpOptions = true, modelTransformer = EvalCommand.TaskList.class,
        description = {"Evaluate a component on a dataset: TASK is one of the tasks below, or regressions.",
                "The JSON result goes to --out (default standard output); a table goes to standard error."})
final class EvalCommand implements Callable<Integer> {
    /** The TASK that runs the regressions rather than one task. */
    static final String REGRESSIONS = "regressions";

    @Parameters(index = "0", paramLabel = "TASK", description = "A task of concord eval, or regressions.")
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

    @Option(names = "--gold", paramLabel = "FILE",
            description = "claims: the hand-checked conflicts (eval/fixtures/claims-duc2002/gold.json); without it "
                    + "every conflict is unjudged.")
    Path gold;

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
        if (task.equals(REGRESSIONS)) {
            return regressions(cl, n, log);
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
        List<String> systems = systems(t, cl);
        if (words < 0) {
            throw new CommandLine.ParameterException(cl, "--words must be 0 or more, got " + words);
        }
        List<EvalResult> results = new ArrayList<>();
        for (String sys : systems) {
            EvalResult r = t.run(data, data.toString(), sys, new EvalOptions(limit, n, log, words, gold));
            EvalTable.print(r, log);
            results.add(r);
        }
        output.write(EvalJson.writeResults(results), cl.getOut());
        return Main.OK;
    }

    /** The systems --system names (the task's default when not given), each one the task knows. */
    private List<String> systems(EvalTask t, CommandLine cl) {
        List<String> systems = system == null ? List.of(t.systems().get(0))
                : Arrays.stream(system.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        if (systems.isEmpty()) {
            throw new CommandLine.ParameterException(cl, "--system: no system named");
        }
        for (String sys : systems) {
            if (!t.knows(sys)) {
                throw new CommandLine.ParameterException(cl, "--system: task " + task + " knows " + t.systems()
                        + ", got '" + sys + "'");
            }
        }
        return systems;
    }

    private int regressions(CommandLine cl, int threadCount, PrintStream log) throws IOException {
        Path folder = dir != null ? dir : DemoCommand.home().resolve("eval").resolve("regressions");
        Path sharedData = shared != null ? shared : defaultSharedData();
        RegressionSuite suite = RegressionSuite.load(folder);
        if (quick) {
            suite = suite.quick();
        }
        List<RegressionSuite.Outcome> outcomes = suite.run(sharedData, DemoCommand.home(),
                new EvalOptions(0, threadCount, log), log);
        long failed = outcomes.stream().filter(o -> !o.passed()).count();
        cl.getOut().printf("%d regressions, %d passed, %d failed%n", outcomes.size(), outcomes.size() - failed,
                failed);
        cl.getOut().flush();
        return failed == 0 ? Main.OK : Main.FAILED;
    }

    static Path defaultSharedData() {
        String p = System.getProperty("concord.shared");
        Path sharedDir = p != null ? Path.of(p) : DemoCommand.home().resolve("..").resolve("shared").normalize();
        return sharedDir.resolve("data");
    }

    /**
     * Names the tasks of {@link EvalTasks} in the help (the first description line and TASK's description), so a
     * task added there is listed without touching this command.
     */
    static final class TaskList implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            List<String> names = new ArrayList<>(EvalTasks.names());
            names.add(REGRESSIONS);
            String last = names.get(names.size() - 1);
            String[] description = spec.usageMessage().description().clone();
            description[0] = "Evaluate a component on a dataset: TASK is "
                    + String.join(", ", names.subList(0, names.size() - 1)) + ", or " + last + ".";
            spec.usageMessage().description(description);
            PositionalParamSpec taskParam = spec.positionalParameters().get(0);
            spec.remove(taskParam);
            spec.addPositional(PositionalParamSpec.builder(taskParam).description(String.join(" | ", names)).build());
            return spec;
        }
    }
}
