package org.concord.eval.claims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.concord.model.Span;

/**
 * One conflict of a report, as the claims eval judges it: its docset, aspect, the documents of its values, the
 * sentences the report cites for it (one per value where the report cites one) and its key. The key is a short
 * hash of the docset, the aspect, the values (lower-cased; a date by its day only) and, for numbers and dates, the documents
 * that give them; within one story a value pair is reported once, so the key names one conflict without holding
 * any of its text.
 */
record FoundConflict(String docset, String aspect, String key, List<String> documents, List<Span> sentences,
                     List<String> values) {
    FoundConflict {
        documents = List.copyOf(documents);
        sentences = List.copyOf(sentences);
        values = List.copyOf(values);
    }

    /** The key of a conflict: see the class comment. */
    static String key(String docset, String aspect, List<String> values, List<String> documents) {
        TreeSet<String> vs = new TreeSet<>();
        for (String v : values) {
            vs.add(normalize(aspect, v));
        }
        StringBuilder b = new StringBuilder(docset).append('|').append(aspect).append('|').append(String.join("|", vs));
        if (aspect.equals("number") || aspect.equals("date")) {
            b.append('|').append(String.join("|", new TreeSet<>(documents)));
        }
        return hash(b.toString(), 12);
    }

    static String normalize(String aspect, String value) {
        String v = value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (aspect.equals("date")) {
            int paren = v.indexOf(" (");
            return paren < 0 ? v : v.substring(0, paren);
        }
        return v;
    }

    /** The first {@code hex} hex digits of the SHA-256 of {@code text} (UTF-8). */
    static String hash(String text, int hex) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, hex);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> sortedDocuments(List<String> docs) {
        return new ArrayList<>(new TreeSet<>(docs));
    }
}
