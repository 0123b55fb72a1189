package org.concord.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.concord.cluster.StoryExplainer;
import org.concord.model.Entity;
import org.concord.model.Related;
import org.concord.model.Report;
import org.concord.model.Story;
import org.concord.report.ReportJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concord explain --report FILE STORY_ID}: why each document of a story is in it: its similarity to the
 * story's other documents, the terms and entities it shares with them, and its distance in days from the story's
 * first document (a near-copy is shown as a copy of its original).
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain why each document of a story in a JSON report belongs to it.")
final class ExplainCommand implements Callable<Integer> {
    @Option(names = "--report", paramLabel = "FILE", required = true, description = "A report written by analyze --format json.")
    Path report;

    @Parameters(paramLabel = "STORY_ID", description = "The story, e.g. s-cw-ferry-strike-begins (ids are printed in the report).")
    String storyId;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        if (!Files.isRegularFile(report)) {
            throw new CommandLine.ParameterException(cl, "--report: no such file: " + report);
        }
        Report r;
        try {
            r = ReportJson.read(report);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(cl, "--report " + report + " is not a Concord JSON report: "
                    + ErrorHandler.reason(e));
        }
        if (r == null || r.stories() == null || r.documents() == null) {
            throw new CommandLine.ParameterException(cl, "--report " + report + " is not a Concord JSON report "
                    + "(no documents or stories)");
        }
        Story story = r.stories().stream().filter(s -> s.id().equals(storyId)).findFirst().orElseThrow(() ->
                new CommandLine.ParameterException(cl, "no story '" + storyId + "' in " + report + "; stories: "
                        + storyIds(r)));
        PrintWriter out = cl.getOut();
        out.printf(Locale.ROOT, "%s: %s (%d documents)%n", story.id(), story.headline(), story.documents().size());
        for (Related rel : story.related()) {
            out.printf(Locale.ROOT, "  %s %s%n", rel.relation(), rel.story());
        }
        for (StoryExplainer.Member m : StoryExplainer.explain(r.documents(), story.documents(), 8)) {
            out.printf(Locale.ROOT, "- %s  %s%s%n", m.id(), m.published() == null ? "undated" : m.published(),
                    m.days() == null ? "" : String.format(Locale.ROOT, " (day %d of the story)", m.days()));
            if (m.duplicateOf() != null) {
                out.printf(Locale.ROOT, "    near-copy of %s: in the story with its original%n", m.duplicateOf());
            }
            out.printf(Locale.ROOT, "    similarity to the other documents: %s%n",
                    m.similarity() == null ? "n/a (only document)" : String.format(Locale.ROOT, "%.3f", m.similarity()));
            out.printf(Locale.ROOT, "    shared terms: %s%n", m.sharedTerms().isEmpty() ? "none"
                    : String.join(", ", m.sharedTerms()));
            List<String> ents = new ArrayList<>();
            for (Entity e : story.entities()) {
                if (e.documents().contains(m.id()) && e.documents().size() > 1) {
                    ents.add(e.name());
                }
            }
            out.printf(Locale.ROOT, "    shared entities: %s%n", ents.isEmpty() ? "none" : String.join(", ", ents));
        }
        out.flush();
        return Main.OK;
    }

    /** The report's story ids, the first {@value #LISTED} of them (the rest counted). */
    private static String storyIds(Report r) {
        List<String> ids = r.stories().stream().map(Story::id).toList();
        return ids.isEmpty() ? "none" : String.join(", ", ids.subList(0, Math.min(LISTED, ids.size())))
                + (ids.size() > LISTED ? " and " + (ids.size() - LISTED) + " more" : "");
    }

    private static final int LISTED = 10;
}
