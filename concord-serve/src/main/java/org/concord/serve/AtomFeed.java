package org.concord.serve;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A saved search as an Atom 1.0 feed (RFC 4287): one entry per matching document, newest publication first. Entry
 * ids are stable ({@code urn:concord:document:<id, percent-encoded>}), so a reader sees a document once however
 * often it polls; an entry is updated at its publication date (midnight UTC), or when it was received when it has
 * none; the feed is updated at its newest entry (the search's creation when it has none). Every text is written by
 * the XML writer (escaped), with characters XML 1.0 cannot carry replaced by U+FFFD.
 */
final class AtomFeed {
    static final String MEDIA_TYPE = "application/atom+xml; charset=utf-8";
    private static final String NS = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    /** One entry: a document the search found, when it was received (may be null). */
    record Item(SearchIndex.FeedItem document, Instant received) {}

    static String write(SavedSearches.Saved search, List<Item> items, String base) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("feed");
            w.writeDefaultNamespace(NS);
            text(w, "id", "urn:concord:search:" + search.id());
            text(w, "title", "Concord: " + search.name());
            text(w, "subtitle", describe(search));
            Instant newest = null;
            for (Item i : items) {
                Instant u = updated(i);
                if (u != null && (newest == null || u.isAfter(newest))) {
                    newest = u;
                }
            }
            text(w, "updated", (newest == null ? Instant.parse(search.createdAt()) : newest).toString());
            w.writeStartElement("author");
            text(w, "name", "Concord");
            w.writeEndElement();
            w.writeEmptyElement("link");
            w.writeAttribute("rel", "self");
            w.writeAttribute("type", "application/atom+xml");
            w.writeAttribute("href", base + "/v1/searches/" + search.id() + "/atom");
            w.writeStartElement("generator");
            w.writeCharacters("Concord");
            w.writeEndElement();
            for (Item i : items) {
                entry(w, i, search, base);
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter w, Item i, SavedSearches.Saved search, String base)
            throws XMLStreamException {
        SearchIndex.FeedItem d = i.document();
        w.writeStartElement("entry");
        text(w, "id", "urn:concord:document:" + encode(d.id()));
        text(w, "title", d.title() == null || d.title().isBlank() ? d.id() : d.title());
        Instant updated = updated(i);
        text(w, "updated", (updated == null ? Instant.parse(search.createdAt()) : updated).toString());
        LocalDate published = date(d.published());
        if (published != null) {
            text(w, "published", published.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        }
        if (d.outlet() != null) {
            w.writeStartElement("author");
            text(w, "name", d.outlet());
            w.writeEndElement();
        }
        w.writeEmptyElement("link");
        w.writeAttribute("rel", "alternate");
        w.writeAttribute("type", "application/json");
        w.writeAttribute("href", base + "/v1/documents/" + encode(d.id()));
        if (d.story() != null) {
            w.writeEmptyElement("link");
            w.writeAttribute("rel", "related");
            w.writeAttribute("type", "text/html");
            w.writeAttribute("title", "the story");
            w.writeAttribute("href", base + "/v1/stories/" + encode(d.story()) + "/report.html");
        }
        w.writeStartElement("summary");
        w.writeAttribute("type", "text");
        w.writeCharacters(xmlSafe(d.excerpt()));
        w.writeEndElement();
        w.writeEndElement();
    }

    private static Instant updated(Item i) {
        LocalDate p = date(i.document().published());
        return p != null ? p.atStartOfDay(ZoneOffset.UTC).toInstant() : i.received();
    }

    private static String describe(SavedSearches.Saved s) {
        StringBuilder b = new StringBuilder(s.q() == null ? "every document" : "q: " + s.q());
        for (Map.Entry<String, String> f : s.filters().entrySet()) {
            b.append("; ").append(f.getKey()).append(": ").append(f.getValue());
        }
        return b.toString();
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static void text(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeCharacters(xmlSafe(value));
        w.writeEndElement();
    }

    /** A path segment or URN part: percent-encoded UTF-8 (space as %20). */
    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code s} with every character XML 1.0 does not allow (controls, unpaired surrogates, U+FFFE/F) as U+FFFD. */
    static String xmlSafe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (ok) {
                b.appendCodePoint(c);
            } else {
                b.append('\uFFFD');
            }
            i += Character.charCount(c);
        }
        return b.toString();
    }
}
