package org.concord.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
 * {@code concord quotes PATH...} or {@code concord quotes --report FILE}: the quote ledger of every story: who said
 * what, and where and when each outlet carried it (the date, outlet and document of every occurrence, with the
 * wording when it differs). A listing in the terminal, or JSON with {@code --format json}; {@code --speaker}
 * keeps the quotes of matching speakers.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Print the quote ledger of each story: the speaker and the whole quote, then where it "
                + "appeared: date, outlet and document id, and the other wording when an outlet worded it "
                + "differently.",
                "Reads articles (analysed as analyze does) or, with --report, a JSON report written by analyze "
                        + "(no models are loaded).",
                "--format json: one array with an object per quote: story, id, speaker, entity, confidence (when "
                        + "the report has one), text, outlets, wordings (how many), occurrences (each: document, start, end, text, cue, direct, "
                        + "outlet, published).",
                "Exit status as for analyze; 0 with --report (also when --speaker matches nothing)."})
final class QuotesCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Article files or directories.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--report", paramLabel = "FILE",
            description = "Read the quotes from a report written by analyze --format json instead of analysing "
                    + "articles.")
    Path report;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--width", paramLabel = "N",
            description = "table: cut each quote to N characters, ending in \u2026 (at least 10; default: the "
                    + "whole quote).")
    Integer width;

    @Option(names = "--speaker", paramLabel = "NAME",
            description = "Only the quotes whose speaker's name contains NAME (any case).")
    String speaker;

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Mixin
    ThreadsOption threads;

    @CommandLine.Mixin
    MinConfidenceOption minConfidence;

    @CommandLine.Mixin
    QuietOption quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        OutputOptions.checkFormat(format, cl, "table", "json");
        if (width != null && width < 10) {
            throw new CommandLine.ParameterException(cl, "--width must be at least 10, got " + width);
        }
        if (speaker != null && speaker.isBlank()) {
            throw new CommandLine.ParameterException(cl, "--speaker needs a name (or part of one)");
        }
        int n = threads.count(cl);
        Double min = minConfidence.value(cl);
        Report r;
        int status;
        Progress progress = quiet.progress(cl.getErr());
        if (report != null) {
            if (!paths.isEmpty()) {
                throw new CommandLine.ParameterException(cl, "give article PATHs or --report FILE, not both");
            }
            if (!Files.isRegularFile(report)) {
                throw new CommandLine.ParameterException(cl, "--report: no such file: " + report);
            }
            r = PreviousReport.read(report, "--report");
            status = Main.OK;
        } else {
            if (paths.isEmpty()) {
                throw new CommandLine.ParameterException(cl,
                        "give article PATHs to analyse, or --report FILE (a report written by analyze)");
            }
            InputPaths.requireOne(paths, cl);
            Analysis a = Runner.analyze(paths, n, IngestOptions.defaults(), org.concord.cluster.Corrections.none(),
                    Runner.DEFAULT_SUMMARY_WORDS, null, null, org.concord.pipeline.DocumentBudget.defaults(), min,
                    progress, cl.getErr());
            r = a.report();
            status = Runner.exitStatus(r);
        }
        // a report made at a lower threshold is shown at this one; a speaker it withheld cannot come back
        Ledger ledger = Ledger.of(r, speaker, min == null ? 0.0 : min);
        String text;
        if (format.equals("json")) {
            text = json(ledger);
            if (speaker != null && !ledger.isEmpty()) {
                progress.note(ledger.summary());
            }
        } else {
            text = table(ledger, width == null ? 0 : width);
        }
        try {
            output.write(text, cl.getOut());
        } catch (IOException e) {
            cl.getErr().println("concord: cannot write to " + output.file() + ": " + e.getMessage());
            return Main.FAILED;
        }
        if (format.equals("json") && ledger.isEmpty() && speaker != null) {
            cl.getErr().println("concord: " + ledger.summary());
            cl.getErr().flush();
        }
        return status;
    }

    /** The quotes shown: each story's quotes, those of a matching speaker when a name was given. */
    record Ledger(Report report, String speaker, Map<Story, List<Quote>> quotes, int all) {
        static Ledger of(Report report, String speaker) {
            return of(report, speaker, 0.0);
        }

        /** The ledger with speakers under {@code minConfidence} withheld, then those matching {@code speaker}. */
        static Ledger of(Report report, String speaker, double minConfidence) {
            Map<Story, List<Quote>> kept = new LinkedHashMap<>();
            int all = 0;
            for (Story s : report.stories()) {
                all += s.quotes().size();
                List<Quote> qs = s.quotes().stream().map(q -> MinConfidenceOption.apply(q, minConfidence))
                        .filter(q -> matches(q, speaker)).toList();
                if (!qs.isEmpty()) {
                    kept.put(s, qs);
                }
            }
            return new Ledger(report, speaker, kept, all);
        }

        static boolean matches(Quote q, String speaker) {
            if (speaker == null) {
                return true;
            }
            String name = q.speaker() == null ? null : q.speaker().name();
            return name != null && name.toLowerCase(Locale.ROOT).contains(speaker.toLowerCase(Locale.ROOT));
        }

        int count() {
            return quotes.values().stream().mapToInt(List::size).sum();
        }

        boolean isEmpty() {
            return quotes.isEmpty();
        }

        Map<String, Document> documents() {
            return report.documents().stream()
                    .collect(Collectors.toMap(Document::id, Function.identity(), (x, y) -> x));
        }

        /** The closing line: how many quotes, and with --speaker how many matched and whose they are. */
        String summary() {
            int stories = report.stories().size();
            String total = plural(all, "quote") + " in " + plural(stories, "story");
            if (speaker == null) {
                return total;
            }
            if (isEmpty()) {
                return "no quote matches --speaker '" + speaker + "' (" + total + "); speakers: "
                        + speakers(report.stories().stream().flatMap(s -> s.quotes().stream()).toList(), 10);
            }
            List<Quote> kept = quotes.values().stream().flatMap(List::stream).toList();
            return count() + " of " + plural(all, "quote") + ", in " + quotes.size() + " of "
                    + plural(stories, "story") + ", match --speaker '" + speaker + "': " + speakers(kept, 10);
        }

        /** Speakers by how many quotes they have (then by name), with the counts: "Marta Kowalczyk (12), ...". */
        private static String speakers(List<Quote> quotes, int most) {
            Map<String, Long> counts = quotes.stream().filter(q -> q.speaker() != null && q.speaker().name() != null)
                    .collect(Collectors.groupingBy(q -> q.speaker().name(), Collectors.counting()));
            if (counts.isEmpty()) {
                return "none named";
            }
            List<Map.Entry<String, Long>> sorted = counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .toList();
            String shown = sorted.stream().limit(most).map(e -> e.getKey() + " (" + e.getValue() + ")")
                    .collect(Collectors.joining(", "));
            return sorted.size() > most ? shown + " and " + (sorted.size() - most) + " more" : shown;
        }
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

    /**
     * Per story with quotes: each quote as "speaker: text" and under it one line per occurrence (date, outlet,
     * document id, and the wording when it differs from the quote's); quotes cut to {@code width} characters when
     * it is above 0. Ends with how many quotes there are (and with --speaker how many matched).
     */
    static String table(Ledger ledger, int width) {
        Map<String, Document> docs = ledger.documents();
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Story, List<Quote>> e : ledger.quotes().entrySet()) {
            Story s = e.getKey();
            sb.append("Story ").append(s.id()).append(": ").append(s.headline()).append("\n\n");
            for (Quote q : e.getValue()) {
                boolean direct = q.occurrences().stream().anyMatch(Occurrence::direct);
                sb.append("  ").append(speaker(q)).append(": ").append(quoted(q.text(), direct, width)).append('\n');
                int outletWidth = q.occurrences().stream().mapToInt(o -> outlet(o, docs).length()).max().orElse(0);
                String canonical = normal(q.text());
                for (Occurrence o : q.occurrences()) {
                    Document d = docs.get(o.document());
                    String date = d == null || d.published() == null ? "undated" : d.published();
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "      %-10s  %-" + outletWidth
                            + "s  %s", date, outlet(o, docs), o.document()));
                    if (!normal(o.text()).equals(canonical)) {
                        line.append("  as ").append(quoted(o.text(), o.direct(), width));
                    }
                    sb.append(line.toString().stripTrailing()).append('\n');
                }
            }
            sb.append('\n');
        }
        sb.append(ledger.summary()).append('\n');
        return sb.toString();
    }

    /**
     * One array, an object per quote: story, id, speaker, entity, text, outlets, wordings and occurrences (each as
     * in the report, plus its document's outlet and published date, or null).
     */
    static String json(Ledger ledger) {
        Map<String, Document> docs = ledger.documents();
        ArrayNode arr = ReportJson.mapper().createArrayNode();
        for (Map.Entry<Story, List<Quote>> e : ledger.quotes().entrySet()) {
            for (Quote q : e.getValue()) {
                ObjectNode o = arr.addObject();
                o.put("story", e.getKey().id());
                o.put("id", q.id());
                o.put("speaker", q.speaker() == null ? null : q.speaker().name());
                o.put("entity", q.speaker() == null ? null : q.speaker().entity());
                if (q.confidence() != null) {
                    o.put("confidence", q.confidence());
                }
                o.put("text", q.text());
                ArrayNode outlets = o.putArray("outlets");
                outlets(q, docs).forEach(outlets::add);
                o.put("wordings", wordings(q));
                ArrayNode occurrences = o.putArray("occurrences");
                for (Occurrence occ : q.occurrences()) {
                    ObjectNode on = ReportJson.mapper().valueToTree(occ);
                    Document d = docs.get(occ.document());
                    on.put("outlet", d == null ? null : d.outlet());
                    on.put("published", d == null ? null : d.published());
                    occurrences.add(on);
                }
            }
        }
        try {
            return ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(arr) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write quotes as JSON", e);
        }
    }

    private static String outlet(Occurrence o, Map<String, Document> docs) {
        Document d = docs.get(o.document());
        return d != null && d.outlet() != null ? d.outlet() : "(no outlet)";
    }

    private static String speaker(Quote q) {
        if (q.speaker() == null || q.speaker().name() == null) {
            return q.confidence() == null ? "(unknown speaker)" : String.format(Locale.ROOT,
                    "(speaker withheld, confidence %.2f)", q.confidence());
        }
        return q.confidence() == null ? q.speaker().name() : String.format(Locale.ROOT, "%s (%.2f)",
                q.speaker().name(), q.confidence());
    }

    /** The text on one line, cut to {@code width} when above 0, in quotation marks when said directly. */
    private static String quoted(String text, boolean direct, int width) {
        String t = normal(text);
        if (width > 0 && t.length() > width) {
            t = t.substring(0, width - 1).stripTrailing() + "\u2026";
        }
        return direct ? "\u201C" + t + "\u201D" : t;
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String plural(int n, String word) {
        return n + " " + (n == 1 ? word : word.equals("story") ? "stories" : word + "s");
    }
}
