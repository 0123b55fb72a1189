package org.concord.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One word list resource of this package, read once: lines of a word, a tab, the names of the lists the word is in
 * (space-separated), and, in tables that give one, a tab and a value ("-" for none). Lines starting with '#' are
 * comments. Words are unique and sorted (String order) so that a list reads, and diffs, as a list; a word in a list
 * the table does not declare, a missing value or an empty list is an error naming the resource and the line.
 */
final class WordTable {
    private final Map<String, Set<String>> lists;
    private final Map<String, String> values;

    private WordTable(Map<String, Set<String>> lists, Map<String, String> values) {
        this.lists = lists;
        this.values = values;
    }

    /**
     * Reads {@code resource} (a name beside this class) whose words may be in {@code listNames} only; with
     * {@code valued} every line has a value column.
     */
    static WordTable read(String resource, List<String> listNames, boolean valued) {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        listNames.forEach(n -> lists.put(n, new HashSet<>()));
        Map<String, String> values = new HashMap<>();
        try (InputStream in = WordTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list " + resource + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String previous = null;
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String where = resource + " line " + lineNo;
                String[] f = line.split("\t", -1);
                if (f.length != (valued ? 3 : 2) || f[0].isEmpty()) {
                    throw new IllegalStateException(where + ": expected word<TAB>lists" + (valued ? "<TAB>value" : "")
                            + ", got '" + line + "'");
                }
                if (previous != null && previous.compareTo(f[0]) >= 0) {
                    throw new IllegalStateException(where + ": '" + f[0] + "' is not after '" + previous
                            + "' (words are unique and sorted)");
                }
                previous = f[0];
                for (String name : f[1].split(" ")) {
                    Set<String> list = lists.get(name);
                    if (list == null) {
                        throw new IllegalStateException(where + ": unknown list '" + name + "' (" + listNames + ")");
                    }
                    list.add(f[0]);
                }
                if (valued && !f[2].equals("-")) {
                    values.put(f[0], f[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
        lists.forEach((name, words) -> {
            if (words.isEmpty()) {
                throw new IllegalStateException(resource + ": list '" + name + "' has no words");
            }
        });
        Map<String, Set<String>> frozen = new HashMap<>();
        lists.forEach((name, words) -> frozen.put(name, Set.copyOf(words)));
        return new WordTable(Map.copyOf(frozen), Map.copyOf(values));
    }

    /** The words of one declared list. */
    Set<String> list(String name) {
        Set<String> words = lists.get(name);
        if (words == null) {
            throw new IllegalArgumentException("no word list '" + name + "' (" + lists.keySet() + ")");
        }
        return words;
    }

    /** The value column: word to value, for the words that have one. */
    Map<String, String> values() {
        return values;
    }
}
