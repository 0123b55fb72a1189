package org.concord.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.concord.ingest.Ingest;
import org.concord.ingest.IngestOptions;
import org.concord.ingest.IngestResult;
import org.concord.ingest.RawArticle;
import org.concord.model.Skipped;

/**
 * A file posted to {@code /v1/documents}, read as {@code concord analyze} reads its inputs ({@link Ingest}: text,
 * Markdown, JSONL, HTML, RSS/Atom, WARC, gzip, zip, tar), under the name it was posted with (the name picks the
 * reader, as a file's name does). Each article becomes a posted document ({@code {id, url, outlet, title,
 * published, text}}), stored and queued as any other; what could not be read is reported, under the posted name.
 */
final class Upload {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Upload() {
    }

    /** The documents of a file, and what in it could not be read. */
    record Read(List<DocumentInput> documents, List<Skipped> skipped) {}

    /**
     * The file name as the reader sees it: its last path segment, at most 200 characters of letters, digits, '.',
     * '-' and '_' (anything else becomes '_'); null when nothing is left.
     */
    static String safeName(String name) {
        if (name == null) {
            return null;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        StringBuilder b = new StringBuilder();
        base.codePoints().forEach(c -> b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-'
                || c == '_') ? (char) c : '_'));
        String out = b.toString().replaceAll("^[._]+", "");
        if (out.length() > 200) {
            out = out.substring(out.length() - 200);
        }
        return out.isEmpty() ? null : out;
    }

    /** Reads {@code bytes} as a file called {@code name} (already {@link #safeName safe}). */
    static Read read(byte[] bytes, String name, IngestOptions options) {
        Path dir;
        try {
            dir = Files.createTempDirectory("concord-upload");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for the upload", e);
        }
        try {
            Path file = dir.resolve(name);
            Files.write(file, bytes);
            return documents(Ingest.create(options).read(List.of(file)), dir.toString() + java.io.File.separator,
                    options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload for reading", e);
        } finally {
            delete(dir);
        }
    }

    /**
     * A file in a folder of the server's (the watched folder), read where it is as {@link #read} reads a posted one;
     * no path above the file's name shows in ids, sources or reasons.
     */
    static Read readFile(Path file, IngestOptions options) {
        Path parent = file.toAbsolutePath().getParent();
        return documents(Ingest.create(options).read(List.of(file.toAbsolutePath())),
                parent.toString() + java.io.File.separator, options);
    }

    /** The articles read as posted documents, {@code prefix} (the folder read from) taken out of every name. */
    private static Read documents(IngestResult in, String prefix, IngestOptions options) {
        List<String> lines = new ArrayList<>();
        for (RawArticle a : in.articles()) {
            ObjectNode o = MAPPER.createObjectNode();
            o.put("id", strip(a.id(), prefix));
            String source = strip(a.source(), prefix);
            if (source != null && (source.startsWith("http://") || source.startsWith("https://"))) {
                o.put("url", source);
            }
            putIfAny(o, "outlet", a.outlet());
            putIfAny(o, "title", a.title());
            putIfAny(o, "published", a.published());
            o.put("text", a.text());
            lines.add(o.toString());
        }
        List<Skipped> skipped = new ArrayList<>();
        for (Skipped s : in.skipped()) {
            skipped.add(new Skipped(strip(s.source(), prefix), s.reason().replace(prefix, "")));
        }
        List<DocumentInput> docs = lines.isEmpty() ? List.of()
                : DocumentInput.parseBody(String.join("\n", lines), options.maxArticleChars());
        return new Read(docs, skipped);
    }

    private static String strip(String s, String prefix) {
        return s == null ? null : s.replace(prefix, "");
    }

    private static void putIfAny(ObjectNode o, String field, String value) {
        if (value != null && !value.isBlank()) {
            o.put(field, value);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
