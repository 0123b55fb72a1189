package org.concord.eval.timex;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TimeML 1.2.1 documents (the TempEval-3 layout: {@code <DCT>}, optional header elements, {@code <TEXT>} with
 * inline {@code EVENT}, {@code TIMEX3} and {@code SIGNAL} tags, links after it) with the JDK's StAX parser.
 * <p>The document text is the character content of {@code <TEXT>} with the inline tags removed and entities decoded;
 * the XML parser normalizes CRLF line ends to LF, so offsets are the same for CRLF and LF files. The gold spans are
 * the TIMEX3 inside {@code <TEXT>} that cover some non-whitespace text; the document-creation-time TIMEX3
 * ({@code functionInDocument="CREATION_TIME"} or any TIMEX3 inside {@code <DCT>}) is not a gold span: its value is
 * the anchor date of the document. External entities and DTDs are not processed.
 */
public final class TimeMlReader {
    private static final Pattern FULL_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}.*");

    private final XMLInputFactory factory;

    private TimeMlReader() {
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
    }

    public static TimeMlReader create() {
        return new TimeMlReader();
    }

    /**
     * The .tml files under {@code dir} (searched recursively), in a fixed order (by path relative to {@code dir}).
     * @throws IllegalArgumentException when {@code dir} is not a directory or holds no .tml file (names it)
     */
    public static List<Path> listFiles(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("timex data '" + dir + "' is not a directory of .tml files");
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tml"))
                    .sorted(Comparator.comparing(p -> dir.relativize(p).toString().replace('\\', '/')))
                    .collect(Collectors.toList());
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("timex data directory '" + dir + "' holds no .tml file");
        }
        return files;
    }

    /**
     * Reads the .tml files under {@code dir} in {@link #listFiles} order, at most {@code limit} documents (0 = all).
     * A file that cannot be read or parsed is reported on {@code log} (file and reason) and skipped.
     * @throws IllegalArgumentException when {@code dir} is not a directory or holds no .tml file (names it)
     */
    public TimeMlCorpus readCorpus(Path dir, int limit, PrintStream log) throws IOException {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
        List<TimeMlDocument> docs = new ArrayList<>();
        int skipped = 0;
        for (Path f : listFiles(dir)) {
            if (limit > 0 && docs.size() >= limit) {
                break;
            }
            try {
                docs.add(read(f));
            } catch (IOException | RuntimeException e) {
                skipped++;
                log.printf(Locale.ROOT, "timex: skipping %s: %s%n", f, e.getMessage());
            }
        }
        return new TimeMlCorpus(docs, skipped);
    }

    /** Reads one TimeML file; IOException naming the file and the reason when it is unreadable or malformed. */
    public TimeMlDocument read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            try {
                return parse(r, file);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            Location loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNumber() + ", column " + loc.getColumnNumber();
            throw new IOException("malformed TimeML in " + file + where + ": " + stripLocation(e.getMessage()), e);
        }
    }

    private static String stripLocation(String message) {
        if (message == null) {
            return "parse error";
        }
        int i = message.indexOf("Message: ");
        return i >= 0 ? message.substring(i + "Message: ".length()) : message;
    }

    /** An open TIMEX3 element: where it started in the text and its attributes. */
    private record Open(int start, String type, String value, boolean creationTime) {}

    private static TimeMlDocument parse(XMLStreamReader r, Path file) throws XMLStreamException, IOException {
        StringBuilder text = new StringBuilder();
        List<TimexSpan> gold = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        String docId = null;
        String dctValue = null;
        int textDepth = 0;
        int dctDepth = 0;
        boolean sawText = false;
        boolean inDocId = false;
        StringBuilder docIdText = new StringBuilder();
        while (r.hasNext()) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = r.getLocalName();
                    if ("TEXT".equals(name)) {
                        if (textDepth == 0 && sawText) {
                            throw new IOException("more than one <TEXT> element in " + file);
                        }
                        sawText = true;
                        textDepth++;
                    } else if ("DCT".equals(name)) {
                        dctDepth++;
                    } else if ("DOCID".equals(name) && docId == null) {
                        inDocId = true;
                    } else if ("TIMEX3".equals(name)) {
                        boolean creation = dctDepth > 0 || "CREATION_TIME".equals(attribute(r, "functionInDocument"));
                        open.push(new Open(text.length(), attribute(r, "type"), attribute(r, "value"), creation));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    String name = r.getLocalName();
                    if ("TEXT".equals(name)) {
                        textDepth--;
                    } else if ("DCT".equals(name)) {
                        dctDepth--;
                    } else if ("DOCID".equals(name) && inDocId) {
                        inDocId = false;
                        docId = docIdText.toString().strip();
                    } else if ("TIMEX3".equals(name)) {
                        Open o = open.pop();
                        if (o.creationTime()) {
                            if (dctValue == null && o.value() != null) {
                                dctValue = o.value();
                            }
                        } else if (textDepth > 0 && !text.substring(o.start()).isBlank()) {
                            gold.add(new TimexSpan(o.start(), text.length(), o.type(), o.value()));
                        }
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (textDepth > 0) {
                        text.append(r.getText());
                    } else if (inDocId) {
                        docIdText.append(r.getText());
                    }
                }
                default -> {
                    // comments, processing instructions, document start/end: not part of the text
                }
            }
        }
        if (!sawText) {
            throw new IOException("no <TEXT> element in " + file);
        }
        gold.sort(Comparator.comparingInt(TimexSpan::start).thenComparingInt(TimexSpan::end));
        String id = docId == null || docId.isEmpty() ? baseName(file) : docId;
        return new TimeMlDocument(id, file, text.toString(), dctValue, anchorDate(dctValue), gold);
    }

    private static String attribute(XMLStreamReader r, String name) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (name.equals(r.getAttributeLocalName(i))) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        return n.toLowerCase(Locale.ROOT).endsWith(".tml") ? n.substring(0, n.length() - 4) : n;
    }

    /** The calendar date a DCT value starts with ("1998-02-06T22:19:00" -> 1998-02-06), or null. */
    static LocalDate anchorDate(String dctValue) {
        if (dctValue == null || !FULL_DATE.matcher(dctValue).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(dctValue.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
