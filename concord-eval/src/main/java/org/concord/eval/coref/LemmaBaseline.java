package org.concord.eval.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Token;
import org.concord.compare.CorefMention;
import org.concord.compare.Heads;

/**
 * The same-head-lemma baseline of cross-document coreference (Upadhyay et al. 2016; Kenyon-Dean et al. 2018): within
 * the documents given (one story, or one topic), mentions whose heads ({@link Heads#head}) have the same lower-cased
 * lemma form one cluster.
 */
final class LemmaBaseline {
    private LemmaBaseline() {
    }

    static List<List<CorefMention>> cluster(List<AnnotatedDocument> docs, List<CorefMention> mentions,
                                            boolean events) {
        Map<String, AnnotatedDocument> byId = new HashMap<>();
        for (AnnotatedDocument d : docs) {
            byId.put(d.id(), d);
        }
        Map<String, List<CorefMention>> clusters = new LinkedHashMap<>();
        for (CorefMention m : mentions) {
            List<Token> toks = Heads.tokens(byId.get(m.document()), m.start(), m.end());
            String k = toks.isEmpty() ? "#" + m.id() : Heads.lemma(Heads.head(toks, events));
            clusters.computeIfAbsent(k, x -> new ArrayList<>()).add(m);
        }
        return new ArrayList<>(clusters.values());
    }
}
