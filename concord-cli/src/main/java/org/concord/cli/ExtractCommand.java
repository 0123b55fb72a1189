package org.concord.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.concord.clean.CleanedArticle;
import org.concord.clean.Cleaner;
import org.concord.ingest.Ingest;
import org.concord.ingest.IngestResult;
import org.concord.ingest.RawArticle;
import org.concord.model.Removed;
import org.concord.model.Skipped;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concord extract PATH...}: the cleaned text and metadata of every article in the inputs (web pages, feeds,
 * WARC files, JSONL, text, and archives of them), without the analysis. Skipped inputs are named on standard error.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Read articles (HTML, RSS/Atom, WARC, JSONL, text, gzip/zip/tar of them) and print each "
                + "article's cleaned text and metadata.",
                "Exit status: 0 all read (a duplicate input is read once), 3 some inputs could not be read, "
                        + "2 usage error, 1 nothing readable."})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "text, or json: one JSON object per line (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    IngestLimits limits;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        OutputOptions.checkFormat(format, cl, "text", "json");
        InputPaths.requireOne(paths, cl);
        IngestResult in = Ingest.create(limits.options(cl)).read(paths);
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        Cleaner cleaner = Cleaner.create();
        int written = 0;
        for (RawArticle raw : in.articles()) {
            CleanedArticle c = cleaner.clean(raw);
            if (format.equals("json")) {
                out.println(json(raw, c));
            } else {
                text(out, raw, c);
            }
            written++;
        }
        out.flush();
        for (Skipped s : in.skipped()) {
            err.println("concord: skipped " + s.source() + ": " + s.reason());
        }
        err.flush();
        if (written == 0) {
            throw new NothingReadable(paths, in.skipped());
        }
        return Runner.exitStatus(written, in.skipped());
    }

    private static void text(PrintWriter out, RawArticle raw, CleanedArticle c) {
        out.println("# " + raw.id());
        out.println("source: " + raw.source());
        line(out, "title", c.title());
        line(out, "outlet", c.outlet());
        line(out, "published", c.published());
        line(out, "language", raw.language());
        if (!c.authors().isEmpty()) {
            out.println("authors: " + String.join("; ", c.authors()));
        }
        out.println();
        out.println(c.text());
        out.println();
    }

    private static void line(PrintWriter out, String key, String value) {
        if (value != null) {
            out.println(key + ": " + value);
        }
    }

    private static final JsonFactory JSON = new JsonFactory();

    static String json(RawArticle raw, CleanedArticle c) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("id", raw.id());
            g.writeStringField("source", raw.source());
            g.writeStringField("title", c.title());
            g.writeStringField("outlet", c.outlet());
            g.writeStringField("published", c.published());
            g.writeStringField("language", raw.language());
            g.writeArrayFieldStart("authors");
            for (String a : c.authors()) {
                g.writeString(a);
            }
            g.writeEndArray();
            g.writeStringField("text", c.text());
            g.writeArrayFieldStart("removed");
            for (Removed r : c.removed()) {
                g.writeStartObject();
                g.writeStringField("text", r.text());
                g.writeStringField("reason", r.reason().json());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return w.toString();
    }
}
