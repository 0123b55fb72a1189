package org.concord.eval.quotes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads one split directory of the PolNeAR corpus (Newell, Margolin and Ruths, "An attribution relations corpus
 * for political news", LREC 2018) in its brat standoff layout: {@code text/<article>.txt} and
 * {@code attributions/<article>_<annotator>.ann}. The gold file of an article is the one of the lexicographically
 * smallest annotator id (the corpus's own convention for articles with several annotators). Every brat E record
 * with a non-empty content becomes a {@link GoldAttribution}: Content and Content2 roles are joined, the role name
 * in the E line is authoritative, trigger/Discard/Discuss records and orphan T records are ignored. Offsets are
 * code points of the UTF-8 text (here equal to Java string indices, as no text leaves the Basic Multilingual Plane;
 * a text outside it is rejected). When {@code <split>/../silver_source_coref/<split>.tsv} exists its silver source
 * heads and coreference names are attached to the attributions.
 *
 * <p>An article whose .ann is missing, whose files cannot be read or decoded, or whose .ann is malformed is not
 * read; it is listed in {@link Split#problems()} with the file and the reason.
 */
public final class PolnearReader {
    private static final Pattern RECORD = Pattern.compile("^([TE#RAN*])(\\d*)\t");
    private static final Pattern ANN_NAME = Pattern.compile("^(.+)_([^_]+)\\.ann$");

    /** A file that could not be used, and why. */
    public record Problem(String file, String reason) {}

    /** The documents read (sorted by article name) and the files skipped. */
    public record Split(Path dir, List<PolnearDocument> documents, List<Problem> problems, Path silverFile) {
        public Split {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
        }
    }

    private PolnearReader() {
    }

    /** IllegalArgumentException naming {@code dir} unless it has the {@code text} and {@code attributions} folders. */
    public static void checkSplit(Path dir) {
        if (!Files.isDirectory(dir.resolve("text")) || !Files.isDirectory(dir.resolve("attributions"))) {
            throw new IllegalArgumentException("not a PolNeAR split directory (needs text/ and attributions/): "
                    + dir);
        }
    }

    /**
     * Reads the split at {@code dir}, at most {@code limit} articles in name order (0 = all).
     * @throws IllegalArgumentException when {@code dir} lacks the {@code text} or {@code attributions} folder
     */
    public static Split read(Path dir, int limit) throws IOException {
        checkSplit(dir);
        Path textDir = dir.resolve("text");
        Path annDir = dir.resolve("attributions");
        List<Problem> problems = new ArrayList<>();
        Map<String, TreeMap<String, Path>> annByArticle = new HashMap<>();
        try (Stream<Path> s = Files.list(annDir)) {
            for (Path p : s.sorted().toList()) {
                String fn = p.getFileName().toString();
                if (!fn.endsWith(".ann")) {
                    continue;
                }
                Matcher m = ANN_NAME.matcher(fn);
                if (!m.matches()) {
                    problems.add(new Problem(p.toString(), "file name is not <article>_<annotator>.ann"));
                    continue;
                }
                annByArticle.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(m.group(2), p);
            }
        }
        List<Path> texts;
        try (Stream<Path> s = Files.list(textDir)) {
            texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (String article : new java.util.TreeSet<>(annByArticle.keySet())) {
            if (!Files.exists(textDir.resolve(article + ".txt"))) {
                problems.add(new Problem(annByArticle.get(article).firstEntry().getValue().toString(),
                        "no text file " + textDir.resolve(article + ".txt")));
            }
        }
        Path silverFile = silverFile(dir);
        Map<String, SilverSource> silver = silverFile == null ? Map.of() : readSilver(silverFile, problems);
        List<PolnearDocument> docs = new ArrayList<>();
        for (Path txt : texts) {
            if (limit > 0 && docs.size() >= limit) {
                break;
            }
            String fn = txt.getFileName().toString();
            String article = fn.substring(0, fn.length() - ".txt".length());
            TreeMap<String, Path> anns = annByArticle.get(article);
            if (anns == null || anns.isEmpty()) {
                problems.add(new Problem(txt.toString(), "missing .ann: no " + annDir.resolve(article + "_*.ann")));
                continue;
            }
            Path ann = anns.firstEntry().getValue();
            try {
                String text = decode(txt);
                String annText = decode(ann);
                String annName = ann.getFileName().toString();
                List<GoldAttribution> gold = new ArrayList<>();
                for (GoldAttribution g : parseAnn(annText, text, annName)) {
                    SilverSource ss = silver.get(annName + "\t" + g.eventId());
                    gold.add(ss == null ? g : g.withSilver(ss));
                }
                docs.add(new PolnearDocument(article, annName, text, gold));
            } catch (IOException e) {
                problems.add(new Problem(e instanceof FileProblem fp ? fp.file : txt.toString(),
                        "unreadable: " + e.getMessage()));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(ann.toString(), "malformed: " + e.getMessage()));
            }
        }
        return new Split(dir, docs, problems, silverFile);
    }

    /** {@code <split>/../silver_source_coref/<split name>.tsv} if it exists, else null. */
    static Path silverFile(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || abs.getFileName() == null) {
            return null;
        }
        Path f = parent.resolve("silver_source_coref").resolve(abs.getFileName() + ".tsv");
        return Files.isRegularFile(f) ? f : null;
    }

    private static final class FileProblem extends IOException {
        private static final long serialVersionUID = 1L;
        final String file;

        FileProblem(String file, String message, Throwable cause) {
            super(message, cause);
            this.file = file;
        }
    }

    private static String decode(Path p) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException e) {
            throw new FileProblem(p.toString(), e.toString(), e);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new FileProblem(p.toString(), "not UTF-8 (" + e + ")", e);
        }
    }

    private record TRecord(String type, List<Fragment> fragments) {}

    /**
     * Parses the brat standoff {@code ann} of {@code text}: one attribution per E record that has a content, in
     * file order. A physical line that does not start a record continues the previous one (its text is ignored:
     * span texts are rebuilt from the offsets).
     * @throws IllegalArgumentException naming {@code annName} and the line for a malformed record, an offset
     *     outside the text, or an E argument naming an unknown T record
     */
    public static List<GoldAttribution> parseAnn(String ann, String text, String annName) {
        if (text.codePointCount(0, text.length()) != text.length()) {
            throw new IllegalArgumentException(annName + ": text has characters outside the Basic Multilingual "
                    + "Plane; code-point offsets would not be string indices");
        }
        Map<String, TRecord> ts = new HashMap<>();
        Map<String, String[]> events = new LinkedHashMap<>();
        String[] lines = ann.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            Matcher m = RECORD.matcher(line);
            if (!m.find()) {
                continue; // blank, or the continuation of a T text that spans a line break
            }
            String[] cols = line.split("\t", -1);
            String where = annName + " line " + (i + 1);
            if (m.group(1).equals("T")) {
                if (cols.length < 2) {
                    throw new IllegalArgumentException(where + ": T record without type and offsets");
                }
                int sp = cols[1].indexOf(' ');
                if (sp <= 0) {
                    throw new IllegalArgumentException(where + ": T record without offsets: " + cols[1]);
                }
                List<Fragment> frags = new ArrayList<>();
                for (String f : cols[1].substring(sp + 1).split(";")) {
                    String[] se = f.trim().split(" ");
                    if (se.length != 2) {
                        throw new IllegalArgumentException(where + ": bad fragment '" + f + "'");
                    }
                    int s;
                    int e;
                    try {
                        s = Integer.parseInt(se[0]);
                        e = Integer.parseInt(se[1]);
                    } catch (NumberFormatException ex) {
                        throw new IllegalArgumentException(where + ": bad offset in '" + f + "'", ex);
                    }
                    if (s < 0 || e < s || e > text.length()) {
                        throw new IllegalArgumentException(where + ": fragment [" + s + ", " + e
                                + ") outside the text of length " + text.length());
                    }
                    frags.add(new Fragment(s, e));
                }
                ts.put(cols[0], new TRecord(cols[1].substring(0, sp), frags));
            } else if (m.group(1).equals("E")) {
                if (cols.length < 2 || cols[1].isBlank()) {
                    throw new IllegalArgumentException(where + ": E record without arguments");
                }
                events.put(cols[0], cols[1].trim().split(" +"));
            }
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (Map.Entry<String, String[]> e : events.entrySet()) {
            List<Fragment> content = new ArrayList<>();
            List<Fragment> source = new ArrayList<>();
            List<Fragment> cue = new ArrayList<>();
            String[] args = e.getValue();
            for (int a = 1; a < args.length; a++) { // args[0] is the trigger (EventType:T)
                int colon = args[a].indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException(annName + " " + e.getKey() + ": bad argument '" + args[a]
                            + "'");
                }
                String role = args[a].substring(0, colon).replaceAll("\\d+$", "");
                TRecord t = ts.get(args[a].substring(colon + 1));
                if (t == null) {
                    throw new IllegalArgumentException(annName + " " + e.getKey() + ": argument '" + args[a]
                            + "' names no T record");
                }
                switch (role) {
                    case "Content" -> content.addAll(t.fragments());
                    case "Source" -> source.addAll(t.fragments());
                    case "Cue" -> cue.addAll(t.fragments());
                    default -> { } // other roles carry nothing scored
                }
            }
            content = union(content);
            if (content.isEmpty()) {
                continue;
            }
            source = union(source);
            out.add(new GoldAttribution(e.getKey(), content, source, join(text, source), union(cue),
                    SilverSource.NONE));
        }
        return out;
    }

    /** Sorted, merged, non-empty fragments. */
    static List<Fragment> union(List<Fragment> fs) {
        Fragment[] a = fs.stream().filter(f -> f.length() > 0).toArray(Fragment[]::new);
        Arrays.sort(a);
        List<Fragment> out = new ArrayList<>();
        for (Fragment f : a) {
            if (!out.isEmpty() && f.start() <= out.get(out.size() - 1).end()) {
                Fragment last = out.remove(out.size() - 1);
                out.add(new Fragment(last.start(), Math.max(last.end(), f.end())));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static String join(String text, List<Fragment> fs) {
        StringBuilder sb = new StringBuilder();
        for (Fragment f : fs) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(text, f.start(), f.end());
        }
        return sb.toString();
    }

    private static List<String> split(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        return Arrays.stream(field.split(" \\|\\| ")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    /** Reads the silver table, keyed by "ann_file TAB event_id"; a bad table is reported and ignored. */
    static Map<String, SilverSource> readSilver(Path file, List<Problem> problems) {
        List<String> lines;
        try {
            lines = Arrays.asList(decode(file).split("\n"));
        } catch (IOException e) {
            problems.add(new Problem(file.toString(), "unreadable silver coreference table: " + e.getMessage()));
            return Map.of();
        }
        if (lines.isEmpty()) {
            problems.add(new Problem(file.toString(), "empty silver coreference table"));
            return Map.of();
        }
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int annCol = header.indexOf("ann_file");
        int eventCol = header.indexOf("event_id");
        if (annCol < 0 || eventCol < 0) {
            problems.add(new Problem(file.toString(), "silver coreference table lacks ann_file/event_id columns"));
            return Map.of();
        }
        Map<String, SilverSource> out = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t", -1);
            if (c.length <= Math.max(annCol, eventCol)) {
                continue;
            }
            int hs = -1;
            int he = -1;
            String ho = col(c, header, "head_offsets");
            if (!ho.isBlank()) {
                String[] se = ho.trim().split(" ");
                try {
                    hs = Integer.parseInt(se[0]);
                    he = Integer.parseInt(se[se.length - 1]);
                } catch (NumberFormatException e) {
                    hs = -1;
                    he = -1;
                }
            }
            out.put(c[annCol] + "\t" + c[eventCol], new SilverSource(col(c, header, "head_text"), hs, he,
                    col(c, header, "source_name"), col(c, header, "chain_representative"),
                    split(col(c, header, "chain_names")), split(col(c, header, "chain_proper_mentions"))));
        }
        return out;
    }

    private static String col(String[] c, List<String> header, String name) {
        int i = header.indexOf(name);
        return i >= 0 && i < c.length ? c[i] : "";
    }
}
