package org.concord.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The corpus the web UI tests serve: the sample corpus (samples/demo) and one hostile document whose outlet, title,
 * text and quotes carry script and HTML payloads (each would set {@code window.__pwned} if it ran), and whose URL is
 * a {@code javascript:} address.
 */
final class WebUiFixture {
    static final String XSS_ID = "xss-ferry";
    static final String XSS_TITLE = "<script>window.__pwned='title'</script>Ferry talks <img src=x "
            + "onerror=\"window.__pwned='title-img'\">";
    static final String XSS_OUTLET = "Harbour <b onmouseover=\"window.__pwned='outlet'\">Gazette</b>";
    static final String XSS_QUOTE = "We will not sail <img src=x onerror=window.__pwned=7> until the pay "
            + "offer is fair";

    private WebUiFixture() {
    }

    /** The hostile document as a JSON line. */
    static String xssLine() {
        ObjectNode o = Served.JSON.createObjectNode();
        o.put("id", XSS_ID);
        o.put("url", "javascript:window.__pwned='url'");
        o.put("outlet", XSS_OUTLET);
        o.put("title", XSS_TITLE);
        o.put("published", "2023-03-15");
        o.put("text", "The Lindmouth ferry strike entered its second day on Wednesday as harbour crews stayed off "
                + "the job <script>window.__pwned='text'</script> and commuters queued for buses.\n\n"
                + "\"" + XSS_QUOTE + ",\" said Ana Kowal, who leads the Harbour Transport Union.\n\n"
                + "Lindmouth Harbour Ferries said talks with the union <svg onload=\"window.__pwned='svg'\"> would "
                + "resume on Thursday, and that about 1,200 crew members were on strike.\n");
        return o.toString();
    }

    /** samples/demo and the hostile document. */
    static List<String> lines() {
        List<String> lines = new ArrayList<>(Served.demoLines());
        lines.add(xssLine());
        return lines;
    }

    /** The seeds (five real articles, ../shared/seeds) as JSON lines of {id, text}. */
    static List<String> seedLines(Path seeds) {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString();
                ObjectNode o = Served.JSON.createObjectNode();
                o.put("id", name.substring(0, name.length() - 4));
                o.put("text", Files.readString(f, StandardCharsets.UTF_8));
                lines.add(o.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
