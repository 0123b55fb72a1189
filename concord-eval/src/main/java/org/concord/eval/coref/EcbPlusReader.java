package org.concord.eval.coref;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the ECB+ layout (see {@code ../shared/data/events/ecbplus/SOURCE.txt}): {@code ECB+/<topic>/<topic>_<n>ecb.xml}
 * and {@code ..ecbplus.xml} documents in the CAT export format, {@code ECBplus_coreference_sentences.csv} (the
 * annotated sentences; only mentions whose tokens all lie in them are kept, the standard setting of Cybulska and
 * Vossen 2015 and Barhom et al. 2019; when the file is missing every mention is kept) and the optional
 * {@code doc_clusters.tsv} (its {@code split} column).
 * <p>Gold clusters: mentions grouped by the cross-document instance id ({@code CROSS_DOC_COREF note}); mentions of a
 * within-document chain ({@code INTRA_DOC_COREF}) form one cluster; the rest are singletons. A mention in two
 * relations keeps the one whose instance prefix matches its kind (ACT/NEG for events). Files that cannot be read are
 * reported on the log (file and reason), counted and skipped.
 */
public final class EcbPlusReader {
    private final DocumentBuilderFactory factory;

    private EcbPlusReader() {
        factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        factory.setExpandEntityReferences(false);
    }

    public static EcbPlusReader create() {
        return new EcbPlusReader();
    }

    /** The corpus read, and the number of files skipped. */
    public record Corpus(List<EcbDocument> documents, int skipped) {
        public Corpus {
            documents = List.copyOf(documents);
        }
    }

    /**
     * The directory of topic directories: {@code data/ECB+} when it exists, else {@code data}.
     * @throws IllegalArgumentException naming {@code data} when it is not a directory
     */
    public static Path checkLayout(Path data) {
        Path root = Files.isDirectory(data.resolve("ECB+")) ? data.resolve("ECB+") : data;
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("ECB+ data '" + data + "' is not a directory");
        }
        return root;
    }

    /**
     * Reads the documents under {@code data} whose split is accepted by {@code splits} (null: all), sorted by topic
     * (numerically) and name.
     * @throws IllegalArgumentException when {@code data} is not in the ECB+ layout (the message names it)
     */
    public Corpus read(Path data, java.util.function.Predicate<String> splits, PrintStream log) throws IOException {
        Path root = checkLayout(data);
        Map<String, Set<Integer>> annotated = readSentences(data.resolve("ECBplus_coreference_sentences.csv"));
        Map<String, String> split = readSplits(data.resolve("doc_clusters.tsv"));
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            for (Path topicDir : s.filter(Files::isDirectory).toList()) {
                try (Stream<Path> f = Files.list(topicDir)) {
                    f.filter(p -> p.getFileName().toString().endsWith(".xml")).forEach(files::add);
                }
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("ECB+ data '" + data
                    + "' holds no topic directory with .xml documents (expected ECB+/<topic>/<topic>_<n>ecb.xml)");
        }
        files.sort(Comparator.comparing((Path p) -> topicOrder(p.getParent().getFileName().toString()))
                .thenComparing(p -> p.getParent().getFileName().toString())
                .thenComparing(p -> p.getFileName().toString()));
        List<EcbDocument> docs = new ArrayList<>();
        int skipped = 0;
        for (Path f : files) {
            String id = f.getFileName().toString().replaceFirst("\\.xml$", "");
            String sp = split.getOrDefault(id, "");
            if (splits != null && !splits.test(sp)) {
                continue;
            }
            try {
                docs.add(readDocument(f, f.getParent().getFileName().toString(), sp,
                        annotated == null ? null : annotated.getOrDefault(id, Set.of())));
            } catch (IOException | SAXException | RuntimeException e) {
                skipped++;
                log.println("ecbplus: skipped " + f + ": " + e.getMessage());
            }
        }
        return new Corpus(docs, skipped);
    }

    private static long topicOrder(String name) {
        return name.matches("\\d{1,9}") ? Long.parseLong(name) : Long.MAX_VALUE;
    }

    /** document id -> annotated sentence numbers; null when the file is missing. */
    private static Map<String, Set<Integer>> readSentences(Path csv) throws IOException {
        if (!Files.isRegularFile(csv)) {
            return null;
        }
        Map<String, Set<Integer>> out = new HashMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).strip().split(",");
            if (c.length < 3 || !c[2].strip().matches("\\d+")) {
                continue;
            }
            out.computeIfAbsent(c[0].strip() + "_" + c[1].strip(), k -> new HashSet<>())
                    .add(Integer.parseInt(c[2].strip()));
        }
        return out;
    }

    private static Map<String, String> readSplits(Path tsv) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (!Files.isRegularFile(tsv)) {
            return out;
        }
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return out;
        }
        List<String> header = List.of(lines.get(0).split("\t"));
        int id = header.indexOf("doc_id");
        int sp = header.indexOf("split");
        if (id < 0 || sp < 0) {
            return out;
        }
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t");
            if (c.length > Math.max(id, sp)) {
                out.put(c[id].strip(), c[sp].strip().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Reads one document; {@code annotated} null keeps every mention. */
    EcbDocument readDocument(Path file, String topic, String split, Set<Integer> annotated)
            throws IOException, SAXException {
        org.w3c.dom.Document xml;
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilder b = factory.newDocumentBuilder();
            b.setErrorHandler(null);
            xml = b.parse(in);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        String id = file.getFileName().toString().replaceFirst("\\.xml$", "");
        Element root = xml.getDocumentElement();
        if (!"Document".equals(root.getTagName())) {
            throw new IOException("root element is <" + root.getTagName() + ">, not <Document>");
        }
        TreeMap<Integer, List<String>> sentences = new TreeMap<>();
        Map<Integer, int[]> position = new HashMap<>();
        NodeList tokens = root.getElementsByTagName("token");
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            int tid = Integer.parseInt(t.getAttribute("t_id"));
            int s = Integer.parseInt(t.getAttribute("sentence"));
            List<String> words = sentences.computeIfAbsent(s, k -> new ArrayList<>());
            position.put(tid, new int[] {s, words.size()});
            String w = t.getTextContent().strip();
            words.add(w.isEmpty() ? "_" : w.replaceAll("\\s+", "_"));
        }
        if (tokens.getLength() == 0) {
            throw new IOException("no <token> element");
        }
        // mentions: markables with token anchors
        Map<Integer, String> tagOf = new LinkedHashMap<>();
        Map<Integer, List<Integer>> anchors = new HashMap<>();
        for (Element markables : children(root, "Markables")) {
            for (Node n = markables.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element m)) {
                    continue;
                }
                List<Integer> tids = new ArrayList<>();
                for (Element a : children(m, "token_anchor")) {
                    tids.add(Integer.parseInt(a.getAttribute("t_id")));
                }
                if (tids.isEmpty()) {
                    continue;
                }
                int mid = Integer.parseInt(m.getAttribute("m_id"));
                tagOf.put(mid, m.getTagName());
                anchors.put(mid, tids);
            }
        }
        Map<Integer, String> clusterOf = new HashMap<>();
        for (Element relations : children(root, "Relations")) {
            for (Node n = relations.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element r)) {
                    continue;
                }
                String cluster;
                if (r.getTagName().equals("CROSS_DOC_COREF")) {
                    cluster = r.getAttribute("note");
                } else if (r.getTagName().equals("INTRA_DOC_COREF")) {
                    cluster = id + "#r" + r.getAttribute("r_id");
                } else {
                    continue;
                }
                for (Element src : children(r, "source")) {
                    int mid = Integer.parseInt(src.getAttribute("m_id"));
                    String tag = tagOf.get(mid);
                    if (tag == null) {
                        continue;
                    }
                    String old = clusterOf.get(mid);
                    if (old == null || !prefixMatches(old, tag) && prefixMatches(cluster, tag)) {
                        clusterOf.put(mid, cluster);
                    }
                }
            }
        }
        List<GoldMention> mentions = new ArrayList<>();
        for (Map.Entry<Integer, String> e : tagOf.entrySet()) {
            int mid = e.getKey();
            List<Integer> tids = new ArrayList<>(anchors.get(mid));
            tids.sort(Integer::compare);
            int[] first = position.get(tids.get(0));
            if (first == null) {
                throw new IOException("mention m_id " + mid + " anchors unknown token " + tids.get(0));
            }
            boolean keep = true;
            List<Integer> inSentence = new ArrayList<>();
            for (int tid : tids) {
                int[] p = position.get(tid);
                if (p == null) {
                    throw new IOException("mention m_id " + mid + " anchors unknown token " + tid);
                }
                if (annotated != null && !annotated.contains(p[0])) {
                    keep = false;
                }
                if (p[0] == first[0]) {
                    inSentence.add(p[1]);
                }
            }
            if (!keep) {
                continue;
            }
            mentions.add(new GoldMention(id, mid, e.getValue(), first[0], inSentence,
                    clusterOf.getOrDefault(mid, id + "#m" + mid)));
        }
        mentions.sort(Comparator.comparingInt(GoldMention::sentence).thenComparingInt(m -> m.tokens().get(0))
                .thenComparingInt(GoldMention::mId));
        List<List<String>> sents = new ArrayList<>();
        int expect = 0;
        for (Map.Entry<Integer, List<String>> s : sentences.entrySet()) {
            while (expect < s.getKey()) { // keep sentence numbers as list indices
                sents.add(List.of());
                expect++;
            }
            sents.add(s.getValue());
            expect++;
        }
        return new EcbDocument(id, topic, split, sents, mentions);
    }

    private static boolean prefixMatches(String cluster, String tag) {
        boolean eventInstance = cluster.startsWith("ACT") || cluster.startsWith("NEG");
        return !cluster.contains("#") && eventInstance == GoldMention.isEventTag(tag);
    }

    private static List<Element> children(Element e, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(tag)) {
                out.add(c);
            }
        }
        return out;
    }
}
