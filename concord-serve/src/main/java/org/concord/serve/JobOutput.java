package org.concord.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.concord.model.Document;
import org.concord.model.Report;
import org.concord.model.Story;
import org.concord.report.ReportChecks;
import org.concord.report.ReportJson;

/**
 * The output folder of the Spark job ({@code org.concord.spark.AnalyzeJob --out DIR}), read and checked for
 * {@code concord serve --import DIR}. The report imported is {@code report.json}: the whole report-v1 report, with
 * the {@code analysis} provenance the JSON lines lack (later rounds need it to keep the imported stories as they
 * are). {@code stories.jsonl} and {@code documents.jsonl} must hold the same stories and documents, line by line:
 * a folder that mixes the files of two runs is refused. {@code skipped.jsonl} is not read.
 *
 * <p>Every problem is an {@link JobImport.ImportException} naming the file and the reason; nothing here touches
 * the store.
 */
record JobOutput(Path dir, Report report, String sha256) {
    static final String REPORT = "report.json";
    static final String STORIES = "stories.jsonl";
    static final String DOCUMENTS = "documents.jsonl";
    /** The files the import needs, in the order they are checked. */
    static final List<String> FILES = List.of(REPORT, STORIES, DOCUMENTS);
    /** The report's reader, refusing anything after the JSON value (a file with two values is not a report). */
    private static final ObjectReader READER = ReportJson.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final int MAX_LISTED = 3;

    /** Reads and checks the job output in {@code dir}. */
    static JobOutput read(Path dir) {
        if (!Files.exists(dir)) {
            throw new JobImport.ImportException(dir + ": no such folder");
        }
        if (!Files.isDirectory(dir)) {
            throw new JobImport.ImportException(dir + ": not a folder (give the --out folder of the Spark job, "
                    + "which holds " + String.join(", ", FILES) + ")");
        }
        for (String f : FILES) {
            Path p = dir.resolve(f);
            if (!Files.isRegularFile(p)) {
                throw new JobImport.ImportException(p + ": missing (the Spark job's output folder holds "
                        + String.join(", ", FILES) + ")");
            }
        }
        Path file = dir.resolve(REPORT);
        String sha;
        Report report;
        try {
            sha = sha256(file);
            report = READER.forType(Report.class).readValue(file.toFile());
        } catch (JsonProcessingException e) {
            String schema = schemaOf(file);
            if (schema != null && !Report.SCHEMA.equals(schema)) {
                throw unsupported(file, schema);
            }
            throw new JobImport.ImportException(file + ": " + jsonProblem(e));
        } catch (IOException e) {
            throw new JobImport.ImportException(file + ": cannot be read: " + e.getMessage());
        }
        if (report == null) {
            throw new JobImport.ImportException(file + ": empty (JSON null), not a Concord report");
        }
        if (report.schema() == null) {
            throw new JobImport.ImportException(file + ": no \"schema\" field: not a Concord report (expected \""
                    + Report.SCHEMA + "\")");
        }
        if (!Report.SCHEMA.equals(report.schema())) {
            throw unsupported(file, report.schema());
        }
        if (report.documents() == null || report.stories() == null) {
            throw new JobImport.ImportException(file + ": no \"documents\" or \"stories\" list: not a whole report");
        }
        if (report.documents().isEmpty()) {
            throw new JobImport.ImportException(file + ": holds no document: nothing to import");
        }
        List<String> errors = ReportChecks.check(report);
        if (!errors.isEmpty()) {
            throw new JobImport.ImportException(file + ": not a consistent report: " + listed(errors));
        }
        for (Document d : report.documents()) {
            checkStorable(file, d);
        }
        matches(dir.resolve(STORIES), "story", report.stories(), Story.class, Story::id);
        matches(dir.resolve(DOCUMENTS), "document", report.documents(), Document.class, Document::id);
        return new JobOutput(dir, report, sha);
    }

    /** The SHA-256 (hex) of the file's bytes: the import's identity, so that importing it again changes nothing. */
    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static JobImport.ImportException unsupported(Path file, String schema) {
        return new JobImport.ImportException(file + ": a \"" + schema + "\" report; this Concord imports \""
                + Report.SCHEMA + "\" only");
    }

    /** The report's top-level "schema", read with a streaming parser (for the message when the rest is unreadable). */
    private static String schemaOf(Path file) {
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("schema")) {
                    return value == JsonToken.VALUE_STRING ? p.getText() : null;
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            // broken before the schema field: the caller names the parse error
        }
        return null;
    }

    /** A document must be one the store can keep as an input (see {@link JobImport}): an id and some text. */
    private static void checkStorable(Path file, Document d) {
        if (d.id() == null || d.id().isBlank() || d.id().length() > 500
                || d.id().chars().anyMatch(Character::isISOControl)) {
            throw new JobImport.ImportException(file + ": document id '" + (d.id() == null ? "null" : d.id())
                    + "' cannot be stored (1 to 500 characters, without control characters)");
        }
        if (d.text() == null || d.text().isBlank()) {
            throw new JobImport.ImportException(file + ": document " + d.id() + " has no text");
        }
    }

    /**
     * Checks that {@code file} holds one JSON object per line equal, in order, to {@code expected} (the report's
     * stories or documents), streaming the lines.
     */
    private static <T> void matches(Path file, String what, List<T> expected, Class<T> type,
                                    Function<T, String> id) {
        int n = 0;
        int line = 0;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                decoder))) {
            for (String s = r.readLine(); s != null; s = r.readLine()) {
                line++;
                if (s.isBlank()) {
                    continue;
                }
                T value;
                try {
                    value = READER.forType(type).readValue(s);
                } catch (JsonProcessingException e) {
                    throw new JobImport.ImportException(file + " line " + line + ": " + jsonProblem(e));
                }
                if (n >= expected.size()) {
                    throw new JobImport.ImportException(String.format(Locale.ROOT, "%s line %d: a %s more than "
                            + "%s holds (%d): the folder mixes the output of two runs?", file, line, what, REPORT,
                            expected.size()));
                }
                if (value == null || !value.equals(expected.get(n))) {
                    throw new JobImport.ImportException(file + " line " + line + ": " + what + " "
                            + (value == null ? "null" : id.apply(value)) + " differs from " + REPORT + "'s "
                            + what + " " + id.apply(expected.get(n)) + ": the folder mixes the output of two runs?");
                }
                n++;
            }
        } catch (CharacterCodingException e) {
            throw new JobImport.ImportException(file + " line " + (line + 1) + ": not UTF-8");
        } catch (IOException e) {
            throw new JobImport.ImportException(file + ": cannot be read: " + e.getMessage());
        }
        if (n != expected.size()) {
            throw new JobImport.ImportException(String.format(Locale.ROOT, "%s: %d %s lines, %s holds %d: the "
                    + "folder mixes the output of two runs, or a file is cut short?", file, n, what, REPORT,
                    expected.size()));
        }
    }

    /** A parse error in one line: what is wrong and where (line and column of the file, or of the JSON line). */
    private static String jsonProblem(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : String.format(Locale.ROOT, " at line %d, column %d", at.getLineNr(),
                at.getColumnNr());
        String why = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
                : e.getOriginalMessage().lines().findFirst().orElse("");
        boolean syntax = false;
        for (Throwable t = e; t != null && !syntax; t = t.getCause() == t ? null : t.getCause()) {
            syntax = t instanceof JsonParseException; // databind wraps the parser's end-of-input error
        }
        return (syntax ? "not valid JSON" : "not in the report-v1 shape") + where + ": " + why;
    }

    private static String listed(List<String> errors) {
        String first = String.join("; ", errors.subList(0, Math.min(MAX_LISTED, errors.size())));
        return errors.size() > MAX_LISTED ? first + String.format(Locale.ROOT, " (and %d more)",
                errors.size() - MAX_LISTED) : first;
    }
}
