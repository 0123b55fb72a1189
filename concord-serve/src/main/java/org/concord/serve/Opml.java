package org.concord.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * OPML subscription lists (OPML 1.0 and 2.0): read, every {@code outline} with an {@code xmlUrl} (at any depth, in
 * document order) being one feed; and written, one outline per feed. Read with the JDK's parser, DOCTYPEs refused
 * (so no entity is ever expanded) and secure processing on.
 */
final class Opml {
    private Opml() {
    }

    /** One subscription of an OPML document: its place (1-based, among the outlines with an xmlUrl), text and URL. */
    record Outline(int number, String text, String xmlUrl) {}

    /** The subscriptions of {@code body}; IllegalArgumentException when it is not OPML. */
    static List<Outline> read(byte[] body) {
        org.w3c.dom.Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            doc = b.parse(new ByteArrayInputStream(body));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML parser in this JDK", e);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("not OPML: " + FeedFetcher.describe(e));
        }
        Element root = doc.getDocumentElement();
        if (root == null || !root.getTagName().equalsIgnoreCase("opml")) {
            throw new IllegalArgumentException("not OPML: the root element is <" + (root == null ? "" : root.getTagName())
                    + ">, not <opml>");
        }
        List<Outline> out = new ArrayList<>();
        NodeList all = root.getElementsByTagName("outline");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String url = attribute(e, "xmlUrl");
            if (url != null && !url.isBlank()) {
                String text = attribute(e, "text");
                out.add(new Outline(out.size() + 1, text != null ? text : attribute(e, "title"), url.strip()));
            }
        }
        return out;
    }

    /** An attribute by name in any case (exports write xmlUrl, xmlurl, XMLURL). */
    private static String attribute(Element e, String name) {
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            if (a.getNodeName().equalsIgnoreCase(name)) {
                return a.getNodeValue();
            }
        }
        return null;
    }

    /** An OPML 2.0 document listing {@code feeds}, one {@code rss} outline each. */
    static String write(List<FeedStore.Feed> feeds) {
        StringWriter s = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(s);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("opml");
            w.writeAttribute("version", "2.0");
            w.writeCharacters("\n  ");
            w.writeStartElement("head");
            w.writeStartElement("title");
            w.writeCharacters("Concord feeds");
            w.writeEndElement();
            w.writeEndElement();
            w.writeCharacters("\n  ");
            w.writeStartElement("body");
            for (FeedStore.Feed f : feeds) {
                w.writeCharacters("\n    ");
                w.writeEmptyElement("outline");
                w.writeAttribute("type", "rss");
                w.writeAttribute("text", f.title() != null ? f.title() : f.url());
                w.writeAttribute("xmlUrl", f.url());
            }
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write OPML: " + e.getMessage(), e);
        }
        return s.toString() + "\n";
    }
}
