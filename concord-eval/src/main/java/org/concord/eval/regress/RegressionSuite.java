package org.concord.eval.regress;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.concord.eval.EvalOptions;
import org.concord.eval.EvalResult;
import org.concord.eval.EvalTask;
import org.concord.eval.EvalTasks;

/**
 * Regressions as data (after Anserini): every {@code *.json} file of a folder is a {@link Regression}; running
 * the suite evaluates each and compares every pinned metric. A figure that moved beyond its tolerance, up or
 * down, fails: an improvement is recorded by updating the file.
 */
public final class RegressionSuite {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The outcome of one regression: the result and one line per metric outside its tolerance. */
    public record Outcome(Regression regression, EvalResult result, List<String> failures) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /** The widest tolerance a pinned figure may have: every eval is deterministic (fixed seeds, stable order). */
    public static final double MAX_TOLERANCE = 0.003;
    private final List<Regression> regressions;
    private final Function<String, EvalTask> tasks;

    private RegressionSuite(List<Regression> regressions, Function<String, EvalTask> tasks) {
        this.regressions = List.copyOf(regressions);
        this.tasks = tasks;
    }

    /** The same regressions, run by the tasks {@code tasks} names (tests substitute their own). */
    public RegressionSuite withTasks(Function<String, EvalTask> tasks) {
        return new RegressionSuite(regressions, tasks);
    }

    /** Loads every {@code *.json} of {@code dir}, sorted by file name. */
    public static RegressionSuite load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("regression folder not found: " + dir);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<Regression> out = new ArrayList<>();
        for (Path f : files) {
            try {
                Regression r = MAPPER.readValue(f.toFile(), Regression.class);
                if (r.task() == null || r.data() == null || r.metrics() == null || r.metrics().isEmpty()) {
                    throw new IllegalArgumentException("needs task, data and metrics");
                }
                for (Map.Entry<String, Regression.Expectation> m : r.metrics().entrySet()) {
                    double t = m.getValue().tolerance();
                    if (!(t >= 0 && t <= MAX_TOLERANCE + 1e-12)) {
                        throw new IllegalArgumentException(String.format(Locale.ROOT, "metric %s: tolerance %s is "
                                + "outside [0, %s] (every pinned figure is deterministic)", m.getKey(), t,
                                MAX_TOLERANCE));
                    }
                }
                out.add(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException("bad regression file " + f + ": " + e.getMessage(), e);
            }
        }
        return new RegressionSuite(out, EvalTasks::named);
    }

    public List<Regression> regressions() {
        return regressions;
    }

    /** Only the quick ones. */
    public RegressionSuite quick() {
        return new RegressionSuite(regressions.stream().filter(Regression::quick).toList(), tasks);
    }

    /** Only those {@code keep} accepts. */
    public RegressionSuite matching(java.util.function.Predicate<Regression> keep) {
        return new RegressionSuite(regressions.stream().filter(keep).toList(), tasks);
    }

    /** Only those whose data is in the repository ({@code true}) or in the shared folder ({@code false}). */
    public RegressionSuite inRepository(boolean inRepository) {
        return new RegressionSuite(regressions.stream().filter(r -> r.inRepository() == inRepository).toList(),
                tasks);
    }

    /**
     * Runs every regression against its data (under {@code sharedData}, or under {@code repository} for data that
     * ships with Concord) and prints one line per metric.
     */
    public List<Outcome> run(Path sharedData, Path repository, EvalOptions options, PrintStream log)
            throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (Regression r : regressions) {
            Path data = (r.inRepository() ? repository : sharedData).resolve(r.data());
            if (!Files.exists(data)) {
                throw new IllegalArgumentException("regression " + r.name() + ": data not found at " + data
                        + (r.inRepository() ? " (the repository's own data)"
                        : " (shared data missing? it lives in ../shared/data next to the checkout)"));
            }
            String system = r.system() == null ? "concord" : r.system();
            EvalOptions opts = new EvalOptions(r.limit(), options.threads(), options.log(), 0,
                    r.gold() == null ? null : repository.resolve(r.gold()));
            EvalResult result = tasks.apply(r.task()).run(data, r.data(), system, opts);
            List<String> failures = new ArrayList<>();
            for (Map.Entry<String, Regression.Expectation> m : r.metrics().entrySet()) {
                Double got = result.metrics().get(m.getKey());
                Regression.Expectation e = m.getValue();
                String line;
                if (got == null) {
                    line = String.format(Locale.ROOT, "%s %s: metric missing", r.name(), m.getKey());
                    failures.add(line);
                } else {
                    boolean ok = Math.abs(got - e.expected()) <= e.tolerance() + 1e-9;
                    line = String.format(Locale.ROOT, "%s %-26s %.4f expected %.4f ± %.4f %s", r.name(), m.getKey(),
                            got, e.expected(), e.tolerance(), ok ? "ok" : "FAIL");
                    if (!ok) {
                        failures.add(line);
                    }
                }
                log.println(line);
            }
            outcomes.add(new Outcome(r, result, failures));
        }
        log.flush();
        return outcomes;
    }
}
