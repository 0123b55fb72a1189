package org.concord.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a model table Concord ships (the cue lexicon, the weight tables): UTF-8, tab-separated, blank lines
 * and {@code #} comment lines skipped, every row with its line number for messages.
 */
final class TsvRows {
    /** One row: its line number (from 1), the line as read, and its fields. */
    record Row(int line, String text, String[] fields) {}

    private TsvRows() {
    }

    /**
     * The rows of {@code in}, each of exactly {@code fields} fields; otherwise an IOException naming the table
     * ({@code what}), the line, and the fields {@code expected} ("feature, weight").
     */
    static List<Row> read(InputStream in, String what, int fields, String expected) throws IOException {
        List<Row> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != fields) {
                throw new IOException(what + " line " + n + ": expected " + expected + "; got '" + line + "'");
            }
            out.add(new Row(n, line, f));
        }
        return out;
    }
}
