package org.concord.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concord.ingest.IngestOptions;
import org.concord.model.Document;
import org.concord.model.Occurrence;
import org.concord.model.Quote;
import org.concord.model.Report;
import org.concord.model.Story;
import org.concord.pipeline.Analysis;
import org.concord.report.ReportJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concord quotes PATH...}: the quote ledger of every story: who said what, and which outlets carried it
 * (with how many wordings). A table in the terminal, or JSON with {@code --format json}.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Analyse articles and print the quote ledger: speaker, quote and the outlets that carried it.",
                "Exit status as for analyze."})
final class QuotesCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--width", defaultValue = "72", paramLabel = "N",
            description = "table: the quote column is cut to this many characters (default: ${DEFAULT-VALUE}).")
    int width;

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Mixin
    ThreadsOption threads;

    @CommandLine.Mixin
    QuietOption quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        OutputOptions.checkFormat(format, cl, "table", "json");
        if (width < 20) {
            throw new CommandLine.ParameterException(cl, "--width must be at least 20, got " + width);
        }
        int n = threads.count(cl);
        if (paths.stream().noneMatch(Files::exists)) {
            throw new CommandLine.ParameterException(cl, "no such file or directory: " + paths);
        }
        Progress progress = quiet.progress(cl.getErr());
        Analysis a = Runner.analyze(paths, n, IngestOptions.defaults(), progress, cl.getErr());
        String text = format.equals("json") ? json(a.report()) : table(a.report(), width);
        try {
            output.write(text, cl.getOut());
        } catch (IOException e) {
            cl.getErr().println("concord: cannot write to " + output.file() + ": " + e.getMessage());
            return Main.FAILED;
        }
        return Runner.exitStatus(a.report());
    }

    /** The outlets that carried a quote, in first-seen order (the document id when the outlet is unknown). */
    static List<String> outlets(Quote q, Map<String, Document> docs) {
        Set<String> out = new LinkedHashSet<>();
        for (Occurrence o : q.occurrences()) {
            Document d = docs.get(o.document());
            out.add(d != null && d.outlet() != null ? d.outlet() : o.document());
        }
        return List.copyOf(out);
    }

    static int wordings(Quote q) {
        return (int) q.occurrences().stream().map(o -> o.text().strip()).distinct().count();
    }

    static String table(Report report, int width) {
        Map<String, Document> docs = report.documents().stream()
                .collect(Collectors.toMap(Document::id, Function.identity(), (x, y) -> x));
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (Story s : report.stories()) {
            if (s.quotes().isEmpty()) {
                continue;
            }
            sb.append("Story ").append(s.id()).append(": ").append(s.headline()).append('\n');
            int speakerWidth = Math.min(28, s.quotes().stream()
                    .mapToInt(q -> speaker(q).length()).max().orElse(7));
            speakerWidth = Math.max(speakerWidth, "speaker".length());
            sb.append(String.format(Locale.ROOT, "  %-" + speakerWidth + "s  %-" + width + "s  %s%n", "speaker",
                    "quote", "outlets"));
            for (Quote q : s.quotes()) {
                count++;
                String marks = q.occurrences().stream().anyMatch(Occurrence::direct) ? "\u201C" : "";
                String quote = cut(marks + q.text().replaceAll("\\s+", " ") + (marks.isEmpty() ? "" : "\u201D"),
                        width);
                List<String> outlets = outlets(q, docs);
                int w = wordings(q);
                sb.append(String.format(Locale.ROOT, "  %-" + speakerWidth + "s  %-" + width + "s  %s%s%n",
                        cut(speaker(q), speakerWidth), quote, String.join(", ", outlets),
                        w > 1 ? " (" + w + " wordings)" : ""));
            }
            sb.append('\n');
        }
        sb.append(count).append(count == 1 ? " quote" : " quotes").append(" in ")
                .append(report.stories().size()).append(report.stories().size() == 1 ? " story" : " stories")
                .append('\n');
        return sb.toString();
    }

    static String json(Report report) {
        Map<String, Document> docs = report.documents().stream()
                .collect(Collectors.toMap(Document::id, Function.identity(), (x, y) -> x));
        ArrayNode arr = ReportJson.mapper().createArrayNode();
        for (Story s : report.stories()) {
            for (Quote q : s.quotes()) {
                ObjectNode o = arr.addObject();
                o.put("story", s.id());
                o.put("id", q.id());
                o.put("speaker", q.speaker() == null ? null : q.speaker().name());
                o.put("entity", q.speaker() == null ? null : q.speaker().entity());
                o.put("text", q.text());
                ArrayNode outlets = o.putArray("outlets");
                outlets(q, docs).forEach(outlets::add);
                o.put("wordings", wordings(q));
                o.set("occurrences", ReportJson.mapper().valueToTree(q.occurrences()));
            }
        }
        try {
            return ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(arr) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write quotes as JSON", e);
        }
    }

    private static String speaker(Quote q) {
        return q.speaker() == null || q.speaker().name() == null ? "(unknown)" : q.speaker().name();
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
    }
}
