package org.concord.compare;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concord.annotate.AnnotatedDocument;

/**
 * Who stands behind a story's documents. A document's origin is the document it is a near-copy of
 * ({@code duplicate_of}, followed to its end), and its source is the outlet of that origin (the origin itself when
 * the outlet is unknown): an outlet's rewrites of its own story are one source, and a wire copy carried by other
 * outlets counts for the outlet it copies.
 */
final class Independence {
    private final Map<String, String> duplicateOf;
    private final Map<String, String> outletOf = new HashMap<>();

    Independence(List<AnnotatedDocument> members, Map<String, String> duplicateOf) {
        this.duplicateOf = duplicateOf;
        for (AnnotatedDocument d : members) {
            String outlet = d.document() == null ? null : d.document().outlet();
            if (outlet != null && !outlet.isBlank()) {
                outletOf.put(d.id(), outlet.strip().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** The document a document copies, followed to its end (itself when it copies none). */
    String origin(String doc) {
        String r = doc;
        Set<String> seen = new HashSet<>();
        while (duplicateOf.containsKey(r) && seen.add(r)) {
            r = duplicateOf.get(r);
        }
        return r;
    }

    /** The source behind a document: the outlet of its origin, else its own outlet, else its origin. */
    String source(String doc) {
        String origin = origin(doc);
        String outlet = outletOf.getOrDefault(origin, outletOf.get(doc));
        return outlet != null ? "outlet:" + outlet : "document:" + origin;
    }

    /** How many sources stand behind the documents. */
    int sources(Set<String> docs) {
        Set<String> out = new HashSet<>();
        docs.forEach(d -> out.add(source(d)));
        return out.size();
    }

    /** How many of the documents are not copies of one another (distinct origins). */
    int origins(Set<String> docs) {
        Set<String> out = new HashSet<>();
        docs.forEach(d -> out.add(origin(d)));
        return out.size();
    }
}
