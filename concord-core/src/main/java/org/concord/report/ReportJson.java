package org.concord.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.model.Report;
import org.concord.text.Utf16;

/**
 * The JSON form of the report contract concord.report/1: snake_case field names, nulls written as null, fields
 * in record order, two-space indentation and "\n" line ends whatever the platform. A report read back (an earlier
 * report to continue) has every unpaired UTF-16 surrogate in its strings (an escape such as {@code "\ud800"} that
 * JSON allows and UTF-8 cannot carry) replaced by U+FFFD, as ingestion does for articles.
 */
public final class ReportJson implements ReportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule("concord-valid-text").addDeserializer(String.class, new ValidText()));
    private static final ObjectWriter WRITER = MAPPER.writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    ReportJson() {
    }

    /** Strings read as Jackson reads them, then with unpaired surrogates replaced. */
    private static final class ValidText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Utf16.repair(super.deserialize(p, ctxt));
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write(toJson(report));
    }

    @Override
    public String extension() {
        return "json";
    }

    /**
     * A report written as it is produced, for reports too large to hold ({@code concord-spark --archive}): the
     * same bytes {@link #toJson} gives for the report of these documents, stories, skipped inputs and provenance.
     */
    public static void writeStreaming(Writer out, java.util.Iterator<org.concord.model.Document> documents,
                                      java.util.Iterator<org.concord.model.Story> stories,
                                      java.util.Iterator<org.concord.model.Skipped> skipped,
                                      org.concord.model.Provenance analysis) throws IOException {
        com.fasterxml.jackson.core.JsonGenerator g = MAPPER.getFactory().createGenerator(out);
        g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
        g.writeStartObject();
        g.writeStringField("schema", Report.SCHEMA);
        g.writeArrayFieldStart("documents");
        while (documents.hasNext()) {
            MAPPER.writeValue(g, documents.next());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("stories");
        while (stories.hasNext()) {
            MAPPER.writeValue(g, stories.next());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("skipped");
        while (skipped.hasNext()) {
            MAPPER.writeValue(g, skipped.next());
        }
        g.writeEndArray();
        if (analysis != null) {
            g.writeFieldName("analysis");
            MAPPER.writeValue(g, analysis);
        }
        g.writeEndObject();
        g.flush();
        out.write("\n");
    }

    public static String toJson(Report report) {
        try {
            return WRITER.writeValueAsString(report) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize report: " + e.getMessage(), e);
        }
    }

    public static Report read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            return read(r);
        }
    }

    public static Report read(Reader reader) throws IOException {
        return MAPPER.readValue(reader, Report.class);
    }
}
