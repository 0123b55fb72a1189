package org.concord.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.concord.ingest.html.HtmlExtractor;
import org.concord.model.Removed;
import org.concord.model.Skipped;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, read with ROME (DOCTYPEs refused): each item is an article with its link,
 * title, date, authors and its content (content:encoded or Atom content, else the description). An item that
 * carries no text (a link only) is skipped with that reason; the others are read.
 */
final class FeedReader implements ArticleReader {
    private final HtmlExtractor extractor;

    FeedReader(int maxDepth) {
        this.extractor = HtmlExtractor.create(maxDepth);
    }

    @Override
    public String name() {
        return "feed";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".rss") || n.endsWith(".atom") || Sniff.feed(head);
    }

    @Override
    public List<RawArticle> read(Path file, String text, Consumer<Skipped> skipped) {
        return readBytes(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), skipped);
    }

    @Override
    public List<RawArticle> readBytes(Path file, byte[] bytes, Consumer<Skipped> skipped) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a readable RSS or Atom feed: " + oneLine(e.getMessage()));
        }
        String base = HtmlReader.baseName(file);
        String outlet = blankToNull(feed.getTitle());
        List<RawArticle> out = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry e = entries.get(i);
            String where = file + "#item" + (i + 1);
            try {
                List<Removed> removed = new ArrayList<>();
                List<String> paragraphs = new ArrayList<>();
                for (SyndContent c : e.getContents()) {
                    paragraphs.addAll(paragraphs(c, removed));
                }
                if (paragraphs.isEmpty() && e.getDescription() != null) {
                    paragraphs.addAll(paragraphs(e.getDescription(), removed));
                }
                String link = blankToNull(e.getLink());
                if (paragraphs.isEmpty()) {
                    skipped.accept(new Skipped(link != null ? link : where, "feed item " + (i + 1)
                            + " carries no text" + (link != null ? " (link only)" : "")));
                    continue;
                }
                Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
                String date = d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
                List<String> authors = new ArrayList<>();
                for (SyndPerson p : e.getAuthors()) {
                    if (p.getName() != null && !p.getName().isBlank()) {
                        authors.add(p.getName().strip());
                    }
                }
                if (authors.isEmpty() && e.getAuthor() != null && !e.getAuthor().isBlank()) {
                    authors.add(e.getAuthor().strip());
                }
                String body = String.join("\n", paragraphs);
                out.add(new RawArticle(DocumentIds.derived(base, link, body), link != null ? link : where, outlet,
                        blankToNull(e.getTitle()), date, body, removed, authors,
                        blankToNull(feed.getLanguage())));
            } catch (RuntimeException ex) {
                skipped.accept(new Skipped(where, "feed item " + (i + 1) + " unreadable: " + oneLine(ex.getMessage())));
            }
        }
        if (out.isEmpty() && entries.isEmpty()) {
            throw new IllegalArgumentException("feed has no items");
        }
        return out;
    }

    private List<String> paragraphs(SyndContent c, List<Removed> removed) {
        String v = c.getValue();
        if (v == null || v.isBlank()) {
            return List.of();
        }
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            List<String> out = new ArrayList<>();
            for (String line : v.split("\\R")) {
                if (!line.isBlank()) {
                    out.add(line.strip().replaceAll("\\s+", " "));
                }
            }
            return out;
        }
        return extractor.fragmentParagraphs(v, removed);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
    }

    static String oneLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 197) + "..." : t;
    }
}
