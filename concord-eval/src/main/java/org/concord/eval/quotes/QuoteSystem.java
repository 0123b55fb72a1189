package org.concord.eval.quotes;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A system whose attributions the quotes task scores. Implementations are safe to call from several threads. */
public interface QuoteSystem {
    /**
     * What the system found in one document, and how many tokens it processed: the primary predictions, and the
     * predictions of each further view the system names in {@link #views()} (scored beside the primary ones, their
     * metrics prefixed with the view's name and "_").
     */
    record Output(List<PredictedQuote> quotes, int tokens, Map<String, List<PredictedQuote>> views) {
        public Output {
            quotes = List.copyOf(quotes);
            TreeMap<String, List<PredictedQuote>> v = new TreeMap<>();
            views.forEach((k, x) -> v.put(k, List.copyOf(x)));
            views = java.util.Collections.unmodifiableMap(v);
        }

        /** Primary predictions only. */
        public Output(List<PredictedQuote> quotes, int tokens) {
            this(quotes, tokens, Map.of());
        }
    }

    /** The system's name, as {@code --system} gives it. */
    String name();

    /** The further views every {@link Output} of this system carries (none by default). */
    default List<String> views() {
        return List.of();
    }

    /** Finds the attributions in {@code text} (document {@code id}). */
    Output extract(String id, String text);
}
