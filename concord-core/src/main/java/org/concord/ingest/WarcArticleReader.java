package org.concord.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.concord.ingest.html.HtmlDecoder;
import org.concord.ingest.html.HtmlExtractor;
import org.concord.model.Skipped;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC files (already decompressed by {@link Ingest} when gzipped): every HTML response record (and HTML resource
 * record) is an article with its target URI as source and the WARC date as the date of last resort. Records are
 * framed here by their Content-Length, checked by {@link WarcFramer} (the block must end where the next record or
 * the data begins, and, in a {@code .warc.gz}, not run into the next gzip member's record), and each is parsed by
 * jwarc on its own: a record with a wrong Content-Length (too large, too small), cut short, or that jwarc cannot
 * parse is skipped with its reason and byte offset, and reading resumes at the next WARC header line, so it loses
 * only itself. Other record types (requests, metadata, images) are passed over. At most {@code maxRecords} records
 * are read; the rest are reported. A body sent with a {@code Content-Encoding} (gzip, deflate) is inflated within
 * what is left of the file's decompression limit ({@code maxBodyBytes}, shared by all its records) and of the
 * batch's budget when one is given: a record that inflates past either is skipped with its reason, the others are
 * read.
 */
final class WarcArticleReader implements ArticleReader {
    private final HtmlExtractor extractor;
    private final int maxRecords;
    private final long maxBodyBytes;
    /** The batch-wide budget the inflated records also count against, or null. */
    private final ByteBudget batch;

    WarcArticleReader(int maxDepth, int maxRecords, long maxBodyBytes) {
        this(maxDepth, maxRecords, maxBodyBytes, null);
    }

    /**
     * With {@code batch} (may be null) as a budget shared by every file this reader reads: inflated record bodies
     * count against it as well as against each file's own {@code maxBodyBytes}.
     */
    WarcArticleReader(int maxDepth, int maxRecords, long maxBodyBytes, ByteBudget batch) {
        this.extractor = HtmlExtractor.create(maxDepth);
        this.maxRecords = maxRecords;
        this.maxBodyBytes = maxBodyBytes;
        this.batch = batch;
    }

    @Override
    public String name() {
        return "warc";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        return Sniff.warc(head);
    }

    @Override
    public List<RawArticle> read(Path file, String text, Consumer<Skipped> skipped) {
        return readBytes(file, text.getBytes(StandardCharsets.ISO_8859_1), skipped);
    }

    @Override
    public List<RawArticle> readBytes(Path file, byte[] b, Consumer<Skipped> skipped) {
        return readMembers(file, b, null, skipped);
    }

    /**
     * The articles of WARC data inflated from gzip, whose members' bounds are {@code members} (null: not inflated,
     * as {@link #readBytes}): a record's block may not run into the next member's record, so in a record-per-member
     * {@code .warc.gz} a Content-Length larger than its member loses only that record (see {@link WarcFramer}).
     */
    List<RawArticle> readMembers(Path file, byte[] b, Unpack.Members members, Consumer<Skipped> skipped) {
        List<RawArticle> out = new ArrayList<>();
        String base = HtmlReader.baseName(Path.of(file.getFileName().toString()
                .replaceFirst("(?i)\\.warc(\\.gz)?$", "")));
        ByteBudget inflated = ByteBudget.within(batch, maxBodyBytes, "--max-decompressed-size");
        WarcFramer framer = new WarcFramer(b, members);
        int index = 0;
        for (int pos = framer.skipLineEnds(0); pos < b.length; pos = framer.skipLineEnds(pos)) {
            index++;
            String where = file + "#record" + index;
            if (index > maxRecords) {
                skipped.accept(new Skipped(file.toString(), "more than " + maxRecords
                        + " WARC records; the rest not read (--max-warc-records)"));
                break;
            }
            WarcFramer.Frame frame = framer.at(pos);
            if (frame instanceof WarcFramer.Broken broken) {
                skipped.accept(new Skipped(where, "WARC record at " + framer.where(pos) + ": " + broken.reason()
                        + "; skipped, " + (broken.resume() < 0 ? "nothing readable after it"
                        : "reading resumes at the next record, byte " + broken.resume())));
                if (broken.resume() < 0) {
                    break;
                }
                pos = broken.resume();
                continue;
            }
            int end = ((WarcFramer.Sound) frame).end();
            try {
                RawArticle a = record(b, pos, end, base, where, inflated, skipped);
                if (a != null) {
                    out.add(a);
                }
            } catch (IOException | RuntimeException e) {
                skipped.accept(new Skipped(where, "broken WARC record: " + FeedReader.oneLine(e.getMessage())
                        + " (at " + framer.where(pos) + ")"));
            }
            pos = end;
        }
        if (index == 0) {
            throw new IllegalArgumentException("empty WARC file");
        }
        return out;
    }

    private RawArticle record(byte[] b, int from, int to, String base, String where, ByteBudget inflated,
                              Consumer<Skipped> skipped) throws IOException {
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(b, from, to - from))) {
            Optional<WarcRecord> next = reader.next();
            if (next.isEmpty()) {
                return null;
            }
            WarcRecord rec = next.get();
            String date = rec.date() == null ? null : rec.date().atOffset(ZoneOffset.UTC).toLocalDate().toString();
            if (rec instanceof WarcResponse resp) {
                if (!resp.contentType().base().equals(MediaType.HTTP_RESPONSE.base())
                        && !resp.contentType().raw().toLowerCase(Locale.ROOT).startsWith("application/http")) {
                    return null; // not an HTTP capture (dns:, gemini:)
                }
                HttpResponse http = resp.http();
                MediaType type = http.contentType();
                if (!html(type)) {
                    return null;
                }
                String target = resp.target();
                if (http.status() < 200 || http.status() >= 300) {
                    skipped.accept(new Skipped(target, "HTTP status " + http.status() + " (" + where + ")"));
                    return null;
                }
                byte[] body = encoded(http) ? inflate(http, inflated, where) : read(http.bodyDecoded().stream());
                String charset = type.parameters().get("charset");
                return page(base, target, body, charset, date);
            }
            if (rec instanceof WarcResource res && html(res.contentType())) {
                byte[] body = read(res.body().stream());
                return page(base, res.target(), body, res.contentType().parameters().get("charset"), date);
            }
            return null;
        }
    }

    private RawArticle page(String base, String target, byte[] body, String charset, String date) {
        if (body.length == 0) {
            throw new IllegalArgumentException("empty HTML body");
        }
        String html = HtmlDecoder.decode(body, charset).text();
        RawArticle a = HtmlReader.article(extractor, base, target, html, target, date);
        String derived = DocumentIds.derived(base, target, a.text());
        return new RawArticle(derived, a.source(), a.outlet(), a.title(), a.published(), a.text(), a.removed(),
                a.authors(), a.language());
    }

    /** Whether the HTTP body is sent with a content coding (gzip, deflate, br) that {@code bodyDecoded} undoes. */
    private static boolean encoded(HttpResponse http) {
        return http.headers().all("Content-Encoding").stream()
                .map(String::strip)
                .anyMatch(v -> !v.isEmpty() && !v.equalsIgnoreCase("identity") && !v.equalsIgnoreCase("none"));
    }

    /**
     * The decoded body, read no further than what is left of {@code inflated} (and of the per-body limit), whose
     * count it takes; IllegalArgumentException naming the limit when it inflates past it.
     */
    private byte[] inflate(HttpResponse http, ByteBudget inflated, String where) throws IOException {
        long allowed = Math.min(maxBodyBytes, inflated.remaining());
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, allowed + 1));
        }
        if (body.length > maxBodyBytes) {
            throw new IllegalArgumentException("HTML body over " + maxBodyBytes + " bytes (--max-decompressed-size)");
        }
        inflated.take(body.length, "the Content-Encoding of this record");
        return body;
    }

    private byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBodyBytes + 1));
        if (body.length > maxBodyBytes) {
            throw new IllegalArgumentException("HTML body over " + maxBodyBytes + " bytes (--max-decompressed-size)");
        }
        return body;
    }

    private static boolean html(MediaType t) {
        if (t == null) {
            return false;
        }
        String base = t.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }
}
