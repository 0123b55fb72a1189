package org.concord.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.concord.ingest.html.Extraction;
import org.concord.ingest.html.HtmlDecoder;
import org.concord.ingest.html.HtmlExtractor;
import org.concord.ingest.html.HtmlMetadata;
import org.concord.model.Skipped;

/**
 * A saved web page (.html, .htm, .xhtml, or markup sniffed from the first bytes): one article, extracted by
 * {@link HtmlExtractor} with its metadata. The source is the page's canonical URL when it names one.
 */
final class HtmlReader implements ArticleReader {
    private final HtmlExtractor extractor;

    HtmlReader(int maxDepth) {
        this.extractor = HtmlExtractor.create(maxDepth);
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".shtml")
                || Sniff.html(head);
    }

    @Override
    public List<RawArticle> read(Path file, String text, Consumer<Skipped> skipped) {
        return List.of(article(extractor, baseName(file), file.toString(), text, null, null));
    }

    @Override
    public List<RawArticle> readBytes(Path file, byte[] bytes, Consumer<Skipped> skipped) {
        String why = TextDecoder.binaryReason(bytes);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        return read(file, HtmlDecoder.decode(bytes, null).text(), skipped);
    }

    /**
     * One page to an article. {@code url} (may be null) is where the page came from; {@code fallbackDate} (ISO, may
     * be null) is used when the page names no date. Throws IllegalArgumentException when no text is found.
     */
    static RawArticle article(HtmlExtractor extractor, String id, String source, String html, String url,
                              String fallbackDate) {
        Extraction x = extractor.extract(html, url);
        if (x.paragraphs().isEmpty()) {
            throw new IllegalArgumentException("no article text found in the page");
        }
        HtmlMetadata m = x.metadata();
        String src = m.canonicalUrl() != null && !m.canonicalUrl().isBlank() ? m.canonicalUrl()
                : url != null ? url : source;
        return new RawArticle(id, src, m.outlet(), m.title(), m.published() != null ? m.published() : fallbackDate,
                x.text(), x.removed(), m.authors(), m.language());
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".html.gz", ".htm.gz", ".html", ".htm", ".xhtml", ".shtml"}) {
            if (lower.endsWith(ext)) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
